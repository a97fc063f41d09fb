/**
 * Estimates of how much room text needs in a worksheet, because exceljs
 * cannot measure text and Excel never auto-fits the height of merged cells.
 * Widths are in pixels at 96 dpi, where a full-width (CJK) character of an
 * N-point font is N × 96 / 72 pixels wide and other characters half that.
 */

const POINTS_TO_PIXELS = 96 / 72;

/**
 * Slack for word wrapping, which breaks Latin text at spaces, and for the
 * line-breaking rules that keep 。，； off the start of a line. Both leave lines short.
 */
const WRAP_SLACK = 1.2;

/** Code points drawn full width: CJK, fullwidth forms, CJK punctuation. */
const FULL_WIDTH = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u3000-\u303F\u2014\u2018-\u201D\u2026\u2265\u2264]/;

/**
 * Estimates the pixel width of one line of text in a font of the given size.
 *
 * Example: `estimateTextWidth('网络部', 10.5)` returns 42.
 */
export function estimateTextWidth(line: string, fontSize: number): number {
  const fullWidth = fontSize * POINTS_TO_PIXELS;

  let width = 0;
  for (const character of line) {
    width += FULL_WIDTH.test(character) ? fullWidth : fullWidth / 2;
  }
  return width;
}

/**
 * Estimates how many lines wrapped text takes in a box `availableWidth`
 * pixels wide; each line break in the text starts a new line.
 *
 * Example: `estimateLineCount('网络部\n资源部', 10.5, 100)` returns 2.
 */
export function estimateLineCount(text: string, fontSize: number, availableWidth: number): number {
  const width = Math.max(availableWidth, 1);

  let lines = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const lineWidth = estimateTextWidth(line, fontSize) * WRAP_SLACK;
    lines += Math.max(1, Math.ceil(lineWidth / width));
  }
  return lines;
}
