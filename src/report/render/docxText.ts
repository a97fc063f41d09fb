import { TextRun, type IRunOptions } from 'docx';
import { toCellText } from './cellText';

/** Run formatting without the text itself. */
export type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Turns report text into plain text runs, one per line, with a line break
 * before each line after the first. The text becomes `w:t` content only, so
 * a cell reading `=SUM(A1)` or `<b>` stays literal and never becomes a field
 * or markup. Characters that XML 1.0 forbids are removed.
 *
 * Example: `textRuns('网站平台部\n安全和备份部', { bold: true })` returns two bold runs, the second after a `w:br`.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  const lines = toCellText(text).split(/\r\n|\r|\n/);

  return lines.map((line, index) => new TextRun({ ...format, text: line, break: index > 0 ? 1 : undefined }));
}
