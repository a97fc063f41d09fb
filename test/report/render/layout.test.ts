import fc from 'fast-check';
import ExcelJS from 'exceljs';
import type { ReportDocument, ReportTable } from '../../../src/report/document';
import { cellSpanOf } from '../../../src/report/render/cellSpan';
import { toCellText } from '../../../src/report/render/cellText';
import { encodeBase64Utf8 } from '../../../src/report/render/encodeBase64';
import { allocateGridColumns, gridColumnStarts } from '../../../src/report/render/gridColumns';
import { renderHtml } from '../../../src/report/render/html';
import { estimateLineCount, estimateTextWidth } from '../../../src/report/render/textWidth';
import { renderXlsx } from '../../../src/report/render/xlsx';
import { sampleDocument } from '../sampleDocument';

describe('allocateGridColumns', () => {
  test('splits in proportion to widths', () => {
    expect(allocateGridColumns([1, 1, 2], 8)).toEqual([2, 2, 4]);
  });

  test('gives every column at least one', () => {
    expect(allocateGridColumns([100, 1, 1], 4)).toEqual([2, 1, 1]);
  });

  test('treats invalid widths as 1', () => {
    expect(allocateGridColumns([0, Number.NaN, -3, 1], 8)).toEqual([2, 2, 2, 2]);
  });

  test('always fills the grid exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.1, max: 80, noNaN: true }), { minLength: 1, maxLength: 24 }), (widths) => {
        const allocation = allocateGridColumns(widths, 24);

        expect(allocation.reduce((sum, columns) => sum + columns, 0)).toBe(24);
        expect(Math.min(...allocation)).toBeGreaterThanOrEqual(1);
      }),
    );
  });

  test('gridColumnStarts accumulates', () => {
    expect(gridColumnStarts([2, 2, 4])).toEqual([0, 2, 4, 8]);
  });
});

describe('text estimates', () => {
  test('CJK characters are full width', () => {
    expect(estimateTextWidth('网络部', 10.5)).toBe(42);
  });

  test('Latin characters are half width', () => {
    expect(estimateTextWidth('IDC', 12)).toBe(24);
  });

  test('line breaks start new lines', () => {
    expect(estimateLineCount('网络部\n资源部', 10.5, 100)).toBe(2);
  });

  test('long text wraps', () => {
    expect(estimateLineCount('网'.repeat(20), 10.5, 140)).toBe(3);
  });
});

describe('cell helpers', () => {
  test('toCellText removes XML-invalid characters', () => {
    expect(toCellText('a\u0000b\u001Fc\td')).toBe('abc\td');
  });

  test('toCellText cuts at the Excel limit', () => {
    expect(toCellText('x'.repeat(40000))).toHaveLength(32767);
  });

  test('cellSpanOf ignores invalid spans', () => {
    expect(cellSpanOf({ text: '', rowSpan: 0, colSpan: 2.5 })).toEqual({ rows: 1, columns: 1 });
    expect(cellSpanOf({ text: '', rowSpan: 3, colSpan: 2 })).toEqual({ rows: 3, columns: 2 });
  });

  test('encodeBase64Utf8 encodes UTF-8', () => {
    expect(encodeBase64Utf8('图')).toBe('5Zu+');
    expect(Buffer.from(encodeBase64Utf8('网络部<svg>'), 'base64').toString('utf8')).toBe('网络部<svg>');
  });
});

describe('malformed grids', () => {
  const overlapping: ReportTable = {
    id: 'overlap',
    columns: [{ width: 1 }, { width: 1 }],
    headerRows: [[{ text: 'a', colSpan: 2 }, { text: 'b', rowSpan: 3 }]],
    rows: [[{ text: 'c' }], [{ text: 'd', rowSpan: 9, colSpan: 9 }, { text: 'e' }]],
  };
  const document: ReportDocument = { ...sampleDocument, blocks: [{ kind: 'table', table: overlapping }] };

  test('xlsx renders overlapping and out-of-grid spans', async () => {
    const bytes = await renderXlsx(document, { chartImages: false });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);

    expect(workbook.getWorksheet('月报 2022-11')).toBeDefined();
  });

  test('html renders short rows', () => {
    expect(renderHtml(document)).toContain('>e</td>');
  });
});

describe('empty document', () => {
  const empty: ReportDocument = { ...sampleDocument, blocks: [] };

  test('xlsx renders the cover only', async () => {
    await expect(renderXlsx(empty)).resolves.toBeInstanceOf(Buffer);
  });

  test('html renders the cover only', () => {
    expect(renderHtml(empty)).toContain('服务报告（月报）');
  });
});
