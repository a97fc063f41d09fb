/**
 * The report document model: what the monthly report says, independent of
 * how it is drawn. Builders fill it from the computed figures; renderers
 * (worksheet, HTML, .docx) draw it and compute nothing.
 */

/** How a cell's verdict is coloured: good (达标, 在保), bad (未达标, 已过保, 高风险), warn (即将到期, 进行中), muted (不适用). */
export type CellTone = 'good' | 'bad' | 'warn' | 'muted';

export interface TableCell {
  text: string;
  /** Rows this cell spans, counting itself; 1 when absent. */
  rowSpan?: number;
  /** Columns this cell spans, counting itself; 1 when absent. */
  colSpan?: number;
  /**
   * True for a position covered by another cell's span. Renderers skip it
   * (HTML), merge over it (worksheet) or continue the merge (.docx).
   */
  covered?: boolean;
  tone?: CellTone;
  align?: 'left' | 'center' | 'right';
  bold?: boolean;
  /** Numeric value when the text shows a number, so a worksheet can store it as a number. */
  number?: number;
}

export interface TableColumn {
  /** Relative width in characters, as Excel column widths are given. */
  width: number;
}

/**
 * A table laid out as a full grid: every row has one entry per column, with
 * `covered` entries under spans. `headerRows` repeat on every printed page.
 */
export interface ReportTable {
  id: string;
  columns: TableColumn[];
  headerRows: TableCell[][];
  rows: TableCell[][];
  /** Wide tables are printed in landscape. */
  landscape?: boolean;
  /** Last row is a total row (合计), drawn bold. */
  totalRow?: boolean;
}

export interface ChartSeries {
  name: string;
  values: number[];
}

export interface ChartSpec {
  id: string;
  kind: 'pie' | 'column' | 'line';
  title: string;
  categories: string[];
  series: ChartSeries[];
  /** Axis title for values, e.g. 起. */
  valueAxisTitle?: string;
}

export interface CoverInfo {
  documentNumber: string;
  version: string;
  controlStatus: string;
  organisation: string;
  /** Title line, e.g. 服务报告（月报）. */
  title: string;
  /** Month line, e.g. 2022 年 11 月. */
  monthLabel: string;
  compilingDepartment: string;
  /** Compiled date, e.g. 2022 年 12 月 4 日. */
  compiledDate: string;
  /** Copyright and confidentiality note, when the source provides one. */
  notice?: { title: string; paragraphs: string[] };
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; emphasis?: 'note' | 'strong' }
  | { kind: 'bullets'; items: string[] }
  | { kind: 'table'; table: ReportTable; caption?: string }
  | { kind: 'chart'; chart: ChartSpec }
  | { kind: 'toc' }
  | { kind: 'pageBreak' };

export interface ReportDocument {
  /** Report month as YYYY-MM. */
  month: string;
  cover: CoverInfo;
  blocks: Block[];
}
