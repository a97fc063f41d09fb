/**
 * Page geometry, fonts and sizes of the .docx report. Sizes follow Chinese
 * official documents: 一号 26pt, 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt.
 * Font sizes are in half-points and lengths in twips (1/20 pt), as Word stores them.
 */

/** A4 in twips, portrait (210 mm × 297 mm). */
export const A4_WIDTH = 11906;
export const A4_HEIGHT = 16838;

/** Page margins in twips: 2.54 cm top and bottom, 2.5 cm left and right, on portrait and landscape pages. */
export const PAGE_MARGIN = { top: 1440, bottom: 1440, left: 1418, right: 1418, header: 851, footer: 851 } as const;

/** Width of the text column in twips. */
export const PORTRAIT_TEXT_WIDTH = A4_WIDTH - PAGE_MARGIN.left - PAGE_MARGIN.right;
export const LANDSCAPE_TEXT_WIDTH = A4_HEIGHT - PAGE_MARGIN.left - PAGE_MARGIN.right;

/** Latin text beside 宋体 and 黑体, as Chinese official documents pair them. */
const LATIN_FONT = 'Times New Roman';

/** Run fonts for body text: 宋体 for Chinese, Times New Roman for Latin letters and digits. */
export const BODY_FONT = { ascii: LATIN_FONT, eastAsia: '宋体', hAnsi: LATIN_FONT, cs: LATIN_FONT } as const;

/** Run fonts for headings and the cover title: 黑体 for Chinese. */
export const HEADING_FONT = { ascii: LATIN_FONT, eastAsia: '黑体', hAnsi: LATIN_FONT, cs: LATIN_FONT } as const;

/** Font sizes in half-points. */
export const SIZE = {
  /** 一号, the cover title. */
  coverTitle: 52,
  /** 二号, the organisation on the cover. */
  coverOrganisation: 44,
  /** 三号: Heading 1, the cover month, the 目录 and notice titles. */
  heading1: 32,
  /** 四号: Heading 2, the compiling department and date on the cover. */
  heading2: 28,
  /** 小四: Heading 3 and body text. */
  body: 24,
  /** 五号: table text, notes and the page footer. */
  table: 21,
} as const;

/** Line spacing of body paragraphs: 1.5 lines (240 = single). */
export const BODY_LINE_SPACING = 360;

/** Space after a body paragraph, in twips (6 pt). */
export const PARAGRAPH_SPACING_AFTER = 120;

/** Body paragraphs start with an indent of two Chinese characters. */
export const FIRST_LINE_INDENT = 2 * SIZE.body * 10;

/** Colour of note paragraphs (说明, missing chart images). */
export const NOTE_COLOUR = '595959';

/** Table cell padding in twips: 0.1 cm left and right, so 14-column tables keep room for text. */
export const CELL_MARGIN = { top: 28, bottom: 28, left: 57, right: 57 } as const;

/** Chart image size in pixels at 96 dpi: 15.9 cm wide, inside the 16 cm portrait text column. */
export const CHART_IMAGE_WIDTH = 600;
export const CHART_IMAGE_HEIGHT = 300;

/** Numbering reference of the bullet list definition. */
export const BULLET_REFERENCE = 'report-bullet';
