/**
 * Inline CSS of the HTML report. Word keeps inline styles when HTML is pasted
 * and drops most stylesheet rules, so every element carries its own style.
 * Sizes follow Chinese official documents: 三号 16pt, 四号 14pt, 小四 12pt, 五号 10.5pt.
 * None of these strings contains report text.
 */

export const BODY_FONT = "font-family:宋体,SimSun,'Songti SC',serif";
export const HEADING_FONT = "font-family:黑体,SimHei,'Heiti SC',sans-serif";

export const BODY_TEXT = `${BODY_FONT};font-size:12pt;line-height:1.5`;

export const HEADING_STYLES: Record<1 | 2 | 3, string> = {
  1: `${HEADING_FONT};font-size:16pt;font-weight:bold;margin:18pt 0 8pt`,
  2: `${HEADING_FONT};font-size:14pt;font-weight:bold;margin:12pt 0 6pt`,
  3: `${HEADING_FONT};font-size:12pt;font-weight:bold;margin:10pt 0 4pt`,
};

export const PARAGRAPH = `${BODY_TEXT};margin:0 0 6pt`;
export const STRONG_PARAGRAPH = `${PARAGRAPH};font-weight:bold`;
export const NOTE_PARAGRAPH = `${BODY_FONT};font-size:10.5pt;line-height:1.5;color:#595959;margin:0 0 6pt`;

export const BULLET_LIST = 'margin:0 0 6pt 2em;padding:0';

export const TABLE_CAPTION = `${BODY_FONT};font-size:12pt;font-weight:bold;margin:8pt 0 4pt`;
export const TABLE = `border-collapse:collapse;border:1px solid #000;width:100%;${BODY_FONT};font-size:10.5pt;margin:0 0 8pt`;
export const TABLE_CELL = `border:1px solid #000;padding:2pt 4pt;vertical-align:middle;${BODY_FONT};font-size:10.5pt;line-height:1.25`;

export const CHART_PARAGRAPH = 'text-align:center;margin:6pt 0';

/** Word turns this exact element into a page break when HTML is pasted. */
export const PAGE_BREAK = '<br clear="all" style="page-break-before:always">';
export const PAGE_BREAK_BEFORE = 'page-break-before:always';

export const TOC_TITLE = `${HEADING_FONT};font-size:16pt;font-weight:bold;text-align:center;margin:0 0 12pt`;
export const TOC_LIST = 'list-style:none;margin:0;padding:0';
export const TOC_INDENT_EM: Record<1 | 2 | 3, number> = { 1: 0, 2: 2, 3: 4 };

export const COVER_CONTROL_LINE = `${BODY_FONT};font-size:12pt;margin:0 0 4pt`;
export const COVER_ORGANISATION = `${HEADING_FONT};font-size:22pt;text-align:center;margin:120pt 0 18pt`;
export const COVER_TITLE = `${HEADING_FONT};font-size:26pt;font-weight:bold;text-align:center;margin:0 0 18pt`;
export const COVER_MONTH = `${BODY_FONT};font-size:16pt;text-align:center;margin:0`;
export const COVER_COMPILER = `${BODY_FONT};font-size:14pt;text-align:center;margin:160pt 0 4pt`;
export const COVER_DATE = `${BODY_FONT};font-size:14pt;text-align:center;margin:0`;
export const NOTICE_TITLE = `${HEADING_FONT};font-size:16pt;font-weight:bold;text-align:center;margin:0 0 12pt`;
