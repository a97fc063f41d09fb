import { AlignmentType, Paragraph } from 'docx';
import type { CoverInfo } from '../document';
import { renderText } from '../../messages/zh-CN';
import { BODY_LINE_SPACING, FIRST_LINE_INDENT, HEADING_FONT, SIZE } from './docxStyles';
import { textRuns, type RunFormat } from './docxText';

/** Space above the organisation and above the compiling department, in twips, so the cover fills its page. */
const SPACE_ABOVE_ORGANISATION = 2400;
const SPACE_ABOVE_COMPILER = 3200;

/**
 * Renders the cover page: the control lines (编号, 版本号, 受控状态) at the
 * top left, the organisation, the title and the month in the middle, the
 * compiling department and date below. When the cover has a copyright and
 * confidentiality note, it follows on a page of its own. None of these
 * paragraphs uses a heading style, so the table of contents leaves them out.
 *
 * Example: `renderDocxCover(cover)` returns paragraphs reading 编号：ITSM-4-RP-01 … 服务报告（月报） … 2022年12月4日.
 */
export function renderDocxCover(cover: CoverInfo): Paragraph[] {
  const paragraphs = [
    controlLine(renderText.documentNumberLabel + cover.documentNumber),
    controlLine(renderText.versionLabel + cover.version),
    controlLine(renderText.controlStatusLabel + cover.controlStatus),
    centred(cover.organisation, { font: HEADING_FONT, size: SIZE.coverOrganisation }, SPACE_ABOVE_ORGANISATION),
    centred(cover.title, { font: HEADING_FONT, size: SIZE.coverTitle, bold: true }, 360),
    centred(cover.monthLabel, { size: SIZE.heading1 }, 240),
    centred(cover.compilingDepartment, { size: SIZE.heading2 }, SPACE_ABOVE_COMPILER),
    centred(cover.compiledDate, { size: SIZE.heading2 }, 120),
  ];

  if (cover.notice !== undefined) {
    paragraphs.push(
      new Paragraph({
        alignment: AlignmentType.CENTER,
        pageBreakBefore: true,
        spacing: { after: 360 },
        children: textRuns(cover.notice.title, { font: HEADING_FONT, size: SIZE.heading1, bold: true }),
      }),
      ...cover.notice.paragraphs.map(
        (text) => new Paragraph({ indent: { firstLine: FIRST_LINE_INDENT }, spacing: { line: BODY_LINE_SPACING, after: 120 }, children: textRuns(text) }),
      ),
    );
  }

  return paragraphs;
}

function controlLine(text: string): Paragraph {
  return new Paragraph({ spacing: { after: 60 }, children: textRuns(text, { size: SIZE.body }) });
}

function centred(text: string, format: RunFormat, spaceBefore: number): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spaceBefore, after: 0 }, children: textRuns(text, format) });
}
