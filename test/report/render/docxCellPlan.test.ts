import type { TableCell } from '../../../src/report/document';
import { planDocxCells, type DocxCellSlot } from '../../../src/report/render/docxCellPlan';

const covered: TableCell = { text: '', covered: true };

function text(value: string, extra: Partial<TableCell> = {}): TableCell {
  return { text: value, ...extra };
}

/** Writes a slot as `text@column rowSpan x columnSpan`, `^anchor@column xSpan` for continue cells and `_@column` for blanks. */
function describeSlot(slot: DocxCellSlot): string {
  switch (slot.kind) {
    case 'anchor':
      return `${slot.cell.text}@${slot.column} ${slot.rowSpan}x${slot.columnSpan}`;
    case 'continue':
      return `^${slot.anchor.text}@${slot.column} x${slot.columnSpan}`;
    case 'blank':
      return `_@${slot.column}`;
  }
}

function plan(rows: TableCell[][], columnCount: number): string[][] {
  return planDocxCells(rows, columnCount).map((row) => row.map(describeSlot));
}

describe('planDocxCells', () => {
  test('row span continues below', () => {
    const rows = [
      [text('分类', { rowSpan: 3 }), text('a')],
      [covered, text('b')],
      [covered, text('c')],
    ];

    expect(plan(rows, 2)).toEqual([
      ['分类@0 3x1', 'a@1 1x1'],
      ['^分类@0 x1', 'b@1 1x1'],
      ['^分类@0 x1', 'c@1 1x1'],
    ]);
  });

  test('column span omits covered cells', () => {
    const rows = [
      [text('基本信息', { colSpan: 3 }), covered, covered, text('进展')],
      [text('a'), text('b'), text('c'), text('d')],
    ];

    expect(plan(rows, 4)).toEqual([
      ['基本信息@0 1x3', '进展@3 1x1'],
      ['a@0 1x1', 'b@1 1x1', 'c@2 1x1', 'd@3 1x1'],
    ]);
  });

  test('ledger header: column and row spans together', () => {
    const rows = [
      [text('基本信息', { colSpan: 2 }), covered, text('动态信息', { colSpan: 2 }), covered, text('本月最新进展', { rowSpan: 2 })],
      [text('设备类型'), text('设备名称'), text('备机'), text('维保情况'), covered],
    ];

    expect(plan(rows, 5)).toEqual([
      ['基本信息@0 1x2', '动态信息@2 1x2', '本月最新进展@4 2x1'],
      ['设备类型@0 1x1', '设备名称@1 1x1', '备机@2 1x1', '维保情况@3 1x1', '^本月最新进展@4 x1'],
    ]);
  });

  test('block span continues with its width', () => {
    const rows = [
      [text('块', { rowSpan: 2, colSpan: 2 }), covered, text('a')],
      [covered, covered, text('b')],
    ];

    expect(plan(rows, 3)).toEqual([
      ['块@0 2x2', 'a@2 1x1'],
      ['^块@0 x2', 'b@2 1x1'],
    ]);
  });

  test('span past the grid is cut', () => {
    const rows = [
      [text('a'), text('b', { colSpan: 5, rowSpan: 4 })],
      [text('c'), covered],
    ];

    expect(plan(rows, 2)).toEqual([
      ['a@0 1x1', 'b@1 2x1'],
      ['c@0 1x1', '^b@1 x1'],
    ]);
  });

  test('span onto an uncovered cell stops there', () => {
    const rows = [
      [text('a', { rowSpan: 3 }), text('b', { colSpan: 2 }), text('c')],
      [text('d'), text('e'), text('f')],
    ];

    expect(plan(rows, 3)).toEqual([
      ['a@0 1x1', 'b@1 1x1', 'c@2 1x1'],
      ['d@0 1x1', 'e@1 1x1', 'f@2 1x1'],
    ]);
  });

  test('orphan covered cell becomes blank', () => {
    const rows = [[covered, text('a')], [text('b'), covered]];

    expect(plan(rows, 2)).toEqual([
      ['_@0', 'a@1 1x1'],
      ['b@0 1x1', '_@1'],
    ]);
  });

  test('short row is padded', () => {
    expect(plan([[text('a')]], 3)).toEqual([['a@0 1x1', '@1 1x1', '@2 1x1']]);
  });

  test('rows always fill the grid', () => {
    const rows = [
      [text('a', { rowSpan: 2, colSpan: 2 }), covered, text('b', { rowSpan: 3 }), covered],
      [covered, text('c'), covered, text('d', { colSpan: 9 })],
      [covered, covered, covered, covered],
    ];

    for (const row of planDocxCells(rows, 4)) {
      const width = row.reduce((sum, slot) => sum + (slot.kind === 'blank' ? 1 : slot.columnSpan), 0);
      expect(width).toBe(4);
    }
  });
});
