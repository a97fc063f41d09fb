import type { CellTone, TableCell } from './document';

/** Creates a body cell holding text. */
export function textCell(text: string, options: Partial<TableCell> = {}): TableCell {
  return { text, ...options };
}

/** Creates a centred body cell holding a count, which the worksheet renderer stores as a number. */
export function numberCell(value: number, options: Partial<TableCell> = {}): TableCell {
  return { text: String(value), number: value, align: 'center', ...options };
}

/** Creates a header row of bold, centred titles. */
export function headerRow(titles: readonly string[]): TableCell[] {
  return titles.map((title) => ({ text: title, bold: true, align: 'center' }));
}

/** Creates a centred cell coloured by a verdict's tone. */
export function verdictCell(text: string, tone: CellTone | undefined): TableCell {
  return { text, tone, align: 'center' };
}

/**
 * Merges runs of rows in one column: consecutive rows with the same non-empty
 * key become one cell spanning them (the first row's cell), the rest covered.
 *
 * Example: keys ['路由器', '路由器', '防火墙'] → rowSpan 2 on row 0, row 1 covered.
 */
export function mergeRuns(rows: TableCell[][], column: number, keys: string[]): void {
  let start = 0;
  while (start < rows.length) {
    let end = start + 1;
    while (end < rows.length && keys[end] !== '' && keys[end] === keys[start]) {
      end++;
    }
    if (end - start > 1) {
      rows[start][column] = { ...rows[start][column], rowSpan: end - start };
      for (let row = start + 1; row < end; row++) {
        rows[row][column] = { text: '', covered: true };
      }
    }
    start = end;
  }
}
