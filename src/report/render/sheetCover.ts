import type { Block, CoverInfo } from '../document';
import { renderText } from '../../messages/zh-CN';
import { BODY_FONT_SIZE, HEADING_FONT_SIZES, fontOf, writeFullWidthText, writeSpacer, type SheetLayout } from './sheetLayout';

/**
 * Writes the cover page (control lines, organisation, title, month,
 * compiling department and date) and, when the cover has one, the notice on
 * a page of its own. The caller adds the page break after the last row.
 *
 * Example: `writeCover(layout, document.cover)` fills the first two printed pages.
 */
export function writeCover(layout: SheetLayout, cover: CoverInfo): void {
  const controlFont = fontOf(BODY_FONT_SIZE);
  writeFullWidthText(layout, renderText.documentNumberLabel + cover.documentNumber, { font: controlFont });
  writeFullWidthText(layout, renderText.versionLabel + cover.version, { font: controlFont });
  writeFullWidthText(layout, renderText.controlStatusLabel + cover.controlStatus, { font: controlFont });

  writeSpacer(layout, 150);
  writeFullWidthText(layout, cover.organisation, { font: fontOf(22), horizontal: 'center' });
  writeSpacer(layout, 18);
  writeFullWidthText(layout, cover.title, { font: fontOf(26, { bold: true }), horizontal: 'center' });
  writeFullWidthText(layout, cover.monthLabel, { font: fontOf(16), horizontal: 'center' });

  writeSpacer(layout, 200);
  writeFullWidthText(layout, cover.compilingDepartment, { font: fontOf(14), horizontal: 'center' });
  writeFullWidthText(layout, cover.compiledDate, { font: fontOf(14), horizontal: 'center' });

  if (cover.notice === undefined) return;

  layout.worksheet.getRow(layout.nextRow - 1).addPageBreak();
  writeFullWidthText(layout, cover.notice.title, { font: fontOf(HEADING_FONT_SIZES[1], { bold: true }), horizontal: 'center', minHeight: 36 });
  for (const paragraph of cover.notice.paragraphs) {
    writeFullWidthText(layout, paragraph, { font: fontOf(BODY_FONT_SIZE) });
  }
}

/**
 * Writes the table of contents: a title, then one row per heading of levels
 * 1 to 3, indented by level. A worksheet has no page numbers to show beside them.
 *
 * Example: `writeToc(layout, document.blocks)` writes 目录 and the rows 一、本月关键信息摘要 …
 */
export function writeToc(layout: SheetLayout, blocks: Block[]): void {
  writeFullWidthText(layout, renderText.tocTitle, { font: fontOf(HEADING_FONT_SIZES[1], { bold: true }), horizontal: 'center', minHeight: 36 });

  for (const block of blocks) {
    if (block.kind !== 'heading') continue;
    writeFullWidthText(layout, block.text, { font: fontOf(BODY_FONT_SIZE), indent: (block.level - 1) * 2, minHeight: 22 });
  }
}
