import type { ReportTable } from '../../../src/report/document';
import { SAMPLE_CHARTS, SAMPLE_TABLES, sampleDocument } from '../sampleDocument';

/** Returns the positions `row:column` that some cell's span covers, anchors excluded. */
function spannedPositions(table: ReportTable): Set<string> {
  const rows = [...table.headerRows, ...table.rows];
  const positions = new Set<string>();

  rows.forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      if (cell.covered === true) return;
      for (let dr = 0; dr < (cell.rowSpan ?? 1); dr += 1) {
        for (let dc = 0; dc < (cell.colSpan ?? 1); dc += 1) {
          if (dr !== 0 || dc !== 0) positions.add(`${rowIndex + dr}:${column + dc}`);
        }
      }
    });
  });
  return positions;
}

describe('sample report document', () => {
  test.each(SAMPLE_TABLES.map((table) => [table.id, table] as const))('table %s is a full grid', (_id, table) => {
    for (const row of [...table.headerRows, ...table.rows]) {
      expect(row).toHaveLength(table.columns.length);
    }
  });

  test.each(SAMPLE_TABLES.map((table) => [table.id, table] as const))('table %s marks exactly the spanned cells covered', (_id, table) => {
    const covered = new Set<string>();
    [...table.headerRows, ...table.rows].forEach((row, rowIndex) =>
      row.forEach((cell, column) => {
        if (cell.covered === true) covered.add(`${rowIndex}:${column}`);
      }),
    );

    expect([...covered].sort()).toEqual([...spannedPositions(table)].sort());
  });

  test('every table and chart appears in the blocks', () => {
    const tables = sampleDocument.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
    const charts = sampleDocument.blocks.flatMap((block) => (block.kind === 'chart' ? [block.chart] : []));

    expect(tables).toHaveLength(SAMPLE_TABLES.length);
    expect(charts).toHaveLength(SAMPLE_CHARTS.length);
  });
});
