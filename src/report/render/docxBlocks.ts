import { AlignmentType, HeadingLevel, Paragraph, Table, TableOfContents } from 'docx';
import type { Block } from '../document';
import { renderText } from '../../messages/zh-CN';
import { renderDocxChart } from './docxChart';
import { BODY_LINE_SPACING, BULLET_REFERENCE, FIRST_LINE_INDENT, HEADING_FONT, NOTE_COLOUR, PARAGRAPH_SPACING_AFTER, SIZE } from './docxStyles';
import { renderDocxTable } from './docxTable';
import { textRuns } from './docxText';

type BodyElement = Paragraph | Table | TableOfContents;

const HEADING_LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

/**
 * Renders the blocks of one section as .docx body elements `textWidth` twips
 * wide. Headings use Word's built-in Heading 1 to 3 styles, so the table of
 * contents finds them. A `pageBreak` block starts the next block on a new
 * page: through the next paragraph's page-break-before, or an empty
 * paragraph with one before a table or chart.
 *
 * Example: `renderDocxBlocks([{ kind: 'heading', level: 1, text: '一、本月关键信息摘要' }], 9070)`
 * returns one paragraph in style Heading1.
 */
export function renderDocxBlocks(blocks: Block[], textWidth: number, chartPngs?: ReadonlyMap<string, Uint8Array>): BodyElement[] {
  const elements: BodyElement[] = [];
  let breakPending = false;

  blocks.forEach((block, index) => {
    if (block.kind === 'pageBreak') {
      breakPending = true;
      return;
    }

    const beforeChart = blocks[index + 1]?.kind === 'chart';
    elements.push(...renderBlock(block, textWidth, { breakBefore: breakPending, keepNext: beforeChart }, chartPngs));
    breakPending = false;
  });

  return elements;
}

/** Page flow of a block: start it on a new page, keep it on the page of the next block. */
interface BlockFlow {
  breakBefore: boolean;
  keepNext: boolean;
}

function renderBlock(
  block: Exclude<Block, { kind: 'pageBreak' }>,
  textWidth: number,
  { breakBefore, keepNext }: BlockFlow,
  chartPngs: ReadonlyMap<string, Uint8Array> | undefined,
): BodyElement[] {
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block.level, block.text, breakBefore)];
    case 'paragraph':
      return [bodyParagraph(block.text, block.emphasis, { breakBefore, keepNext })];
    case 'bullets':
      return block.items.map((item, index) => bulletParagraph(item, breakBefore && index === 0));
    case 'toc':
      return [...breakParagraph(breakBefore), tocTitle(), tableOfContents()];
    case 'table':
      return [...breakParagraph(breakBefore), ...tableCaption(block.caption), renderDocxTable(block.table, textWidth), spacerAfterTable()];
    case 'chart':
      return [...breakParagraph(breakBefore), ...renderDocxChart(block.chart, textWidth, chartPngs?.get(block.chart.id))];
  }
}

function headingParagraph(level: number, text: string, breakBefore: boolean): Paragraph {
  const headingLevel = level === 1 || level === 2 || level === 3 ? HEADING_LEVELS[level] : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, pageBreakBefore: breakBefore || undefined, children: textRuns(text) });
}

/** A body paragraph; one that introduces a chart (1) 按故障原因分类：) stays on the chart's page. */
function bodyParagraph(text: string, emphasis: 'note' | 'strong' | undefined, { breakBefore, keepNext }: BlockFlow): Paragraph {
  const format = emphasis === 'note' ? { size: SIZE.table, color: NOTE_COLOUR } : emphasis === 'strong' ? { bold: true } : {};

  return new Paragraph({
    indent: { firstLine: FIRST_LINE_INDENT },
    spacing: { line: BODY_LINE_SPACING, after: PARAGRAPH_SPACING_AFTER },
    pageBreakBefore: breakBefore || undefined,
    keepNext: keepNext || undefined,
    children: textRuns(text, format),
  });
}

function bulletParagraph(text: string, breakBefore: boolean): Paragraph {
  return new Paragraph({
    numbering: { reference: BULLET_REFERENCE, level: 0 },
    spacing: { line: BODY_LINE_SPACING, after: 60 },
    pageBreakBefore: breakBefore || undefined,
    children: textRuns(text),
  });
}

function breakParagraph(breakBefore: boolean): Paragraph[] {
  return breakBefore ? [new Paragraph({ pageBreakBefore: true })] : [];
}

function tocTitle(): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 240 },
    children: textRuns(renderText.tocTitle, { font: HEADING_FONT, size: SIZE.heading1, bold: true }),
  });
}

/**
 * Creates a TOC field over Heading 1 to 3 with hyperlinked entries. docx 9.15
 * writes it with one entry per heading and no page numbers. The document's
 * `updateFields` setting makes Word offer to update it on opening, which
 * fills in the page numbers.
 * NOTE: LibreOffice 7.4 does not update the field, so its PDF shows the entries without page numbers.
 */
function tableOfContents(): TableOfContents {
  return new TableOfContents(renderText.tocTitle, { hyperlink: true, headingStyleRange: '1-3' });
}

function tableCaption(caption: string | undefined): Paragraph[] {
  if (caption === undefined || caption === '') return [];
  return [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: true, spacing: { before: 120, after: 60 }, children: textRuns(caption, { bold: true }) })];
}

/** Word joins two tables with nothing between them into one, so every table is followed by a small empty paragraph. */
function spacerAfterTable(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 240 }, children: textRuns('', { size: SIZE.table }) });
}
