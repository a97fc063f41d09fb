import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell as DocxTableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { ReportTable, TableCell } from '../document';
import { alignmentOf } from './cellAlignment';
import { planDocxCells, type DocxCellSlot } from './docxCellPlan';
import { CELL_MARGIN, SIZE } from './docxStyles';
import { textRuns } from './docxText';
import { HEADER_FILL, toneColours } from './tones';

/** A thin black line (0.5 pt), on every edge of every cell. */
const CELL_BORDER: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_BORDERS = { top: CELL_BORDER, bottom: CELL_BORDER, left: CELL_BORDER, right: CELL_BORDER };
const TABLE_BORDERS = { ...CELL_BORDERS, insideHorizontal: CELL_BORDER, insideVertical: CELL_BORDER };

const ALIGNMENTS = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * Renders a report table as a fixed-layout .docx table `width` twips wide,
 * its columns in proportion to the model's relative widths. Header rows
 * repeat on every page (`w:tblHeader`) and are shaded. Borders are set on
 * the table and on every cell, tones shade cells, and the total row is bold.
 * Merges are written as `w:vMerge`/`w:gridSpan` (see `planDocxCells`), never
 * through the docx package's `rowSpan` option, which adds continue cells of
 * its own and would double the ones the grid already has.
 *
 * Example: `renderDocxTable(servicesTable, 9070)` returns a 4-column table with one repeated header row.
 */
export function renderDocxTable(table: ReportTable, width: number): Table {
  const columnCount = table.columns.length;
  const columnWidths = scaleColumnWidths(table.columns.map((column) => column.width), width);

  const allRows = [...table.headerRows, ...table.rows];
  const plan = planDocxCells(allRows, columnCount);
  const lastRow = allRows.length - 1;

  const rows = plan.map((slots, index) => {
    const isHeader = index < table.headerRows.length;
    const isTotal = table.totalRow === true && index === lastRow && !isHeader;

    return new TableRow({
      tableHeader: isHeader ? true : undefined,
      cantSplit: true,
      children: slots.map((slot) => renderSlot(slot, columnWidths, isHeader, isTotal)),
    });
  });

  return new Table({
    rows,
    width: { size: columnWidths.reduce((sum, columnWidth) => sum + columnWidth, 0), type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: { ...CELL_MARGIN, marginUnitType: WidthType.DXA },
    alignment: AlignmentType.CENTER,
  });
}

/**
 * Shares `width` twips among the columns in proportion to their relative
 * widths, in whole twips that add up to `width`. A missing or non-positive
 * width counts as 1.
 *
 * Example: `scaleColumnWidths([1, 3], 1000)` returns `[250, 750]`.
 */
export function scaleColumnWidths(relativeWidths: number[], width: number): number[] {
  const weights = relativeWidths.map((relative) => (Number.isFinite(relative) && relative > 0 ? relative : 1));
  const total = weights.reduce((sum, weight) => sum + weight, 0);

  const widths = weights.map((weight) => Math.floor((weight / total) * width));
  const remainder = width - widths.reduce((sum, columnWidth) => sum + columnWidth, 0);
  if (widths.length > 0) widths[widths.length - 1] += remainder;

  return widths;
}

function renderSlot(slot: DocxCellSlot, columnWidths: number[], isHeader: boolean, isTotal: boolean): DocxTableCell {
  const columnSpan = slot.kind === 'blank' ? 1 : slot.columnSpan;
  const cellWidth = columnWidths.slice(slot.column, slot.column + columnSpan).reduce((sum, columnWidth) => sum + columnWidth, 0);
  const common = {
    width: { size: cellWidth, type: WidthType.DXA },
    columnSpan: columnSpan > 1 ? columnSpan : undefined,
    borders: CELL_BORDERS,
    verticalAlign: VerticalAlignTable.CENTER,
  };

  if (slot.kind === 'blank') {
    return new DocxTableCell({ ...common, children: [new Paragraph({})] });
  }

  if (slot.kind === 'continue') {
    // A continue cell repeats the anchor's shading so Word draws the merged area in one colour.
    return new DocxTableCell({
      ...common,
      verticalMerge: VerticalMergeType.CONTINUE,
      shading: cellShading(slot.anchor, isHeader),
      children: [new Paragraph({})],
    });
  }

  return new DocxTableCell({
    ...common,
    verticalMerge: slot.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
    shading: cellShading(slot.cell, isHeader),
    children: [cellParagraph(slot.cell, isHeader, isTotal)],
  });
}

function cellParagraph(cell: TableCell, isHeader: boolean, isTotal: boolean): Paragraph {
  const tone = toneColours(cell.tone);
  const bold = isHeader || isTotal || cell.bold === true;

  return new Paragraph({
    alignment: ALIGNMENTS[alignmentOf(cell, isHeader)],
    spacing: { before: 0, after: 0, line: 240 },
    children: textRuns(cell.text, { bold, size: SIZE.table, color: tone?.text }),
  });
}

function cellShading(cell: TableCell, isHeader: boolean): { fill: string; type: typeof ShadingType.CLEAR; color: string } | undefined {
  const tone = toneColours(cell.tone);
  if (tone !== undefined) return { fill: tone.fill, type: ShadingType.CLEAR, color: 'auto' };
  return isHeader ? { fill: HEADER_FILL, type: ShadingType.CLEAR, color: 'auto' } : undefined;
}
