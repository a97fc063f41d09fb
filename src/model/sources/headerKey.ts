/**
 * Folds a header title for comparison: full-width characters to half-width
 * (NFKC), all whitespace removed. "目标值 （年）" → "目标值(年)".
 */
export function headerKey(title: unknown): string {
  if (typeof title !== 'string') {
    return typeof title === 'number' ? String(title) : '';
  }
  return title.normalize('NFKC').replace(/\s+/g, '');
}
