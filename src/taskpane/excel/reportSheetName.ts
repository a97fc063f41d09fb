/**
 * Returns the name of the report sheet of a month, given as YYYY-MM.
 *
 * Example: `reportSheetName('2022-11')` returns `'月报 2022-11'`.
 */
export function reportSheetName(month: string): string {
  return `月报 ${month}`;
}

/**
 * Tells whether a sheet name is a report sheet this add-in wrote, which is
 * never read back as a source.
 *
 * Example: `isReportSheetName('月报 2022-11')` returns true.
 */
export function isReportSheetName(name: string): boolean {
  return /^月报 \d{4}-\d{2}$/.test(name.trim());
}
