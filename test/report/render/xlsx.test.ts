import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { ReportTable } from '../../../src/report/document';
import { allocateGridColumns, gridColumnStarts } from '../../../src/report/render/gridColumns';
import { addReportWorksheet, renderXlsx } from '../../../src/report/render/xlsx';
import { HOSTILE_TEXTS, SAMPLE_TABLES, sampleDocument } from '../sampleDocument';

const SHEET_NAME = '月报 2022-11';

let bytes: Buffer;
let sheet: ExcelJS.Worksheet;

beforeAll(async () => {
  bytes = await renderXlsx(sampleDocument);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  sheet = workbook.getWorksheet(SHEET_NAME) as ExcelJS.Worksheet;
});

function gridColumnCount(): number {
  return sheet.columnCount;
}

/** Finds the 1-based row of a table's first header row by matching all of that row's texts. */
function locateTable(table: ReportTable): number {
  const firstTexts = table.headerRows[0].filter((cell) => cell.covered !== true).map((cell) => cell.text);

  for (let row = 1; row <= sheet.rowCount; row += 1) {
    const values: string[] = [];
    sheet.getRow(row).eachCell((cell) => {
      if (cell.isMerged && cell.master.address !== cell.address) return;
      values.push(String(cell.value));
    });
    if (values.join('|') === firstTexts.join('|')) return row;
  }
  throw new Error(`table ${table.id} not found on the sheet`);
}

/** Returns every cell holding `value` itself, leaving out merged cells that only show their master's value. */
function cellsWithValue(value: ExcelJS.CellValue): ExcelJS.Cell[] {
  const cells: ExcelJS.Cell[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Merge && cell.value === value) cells.push(cell);
    }),
  );
  return cells;
}

function columnLetter(column: number): string {
  return sheet.getColumn(column).letter;
}

describe('renderXlsx workbook', () => {
  test('has the monthly sheet', () => {
    expect(sheet).toBeDefined();
    expect(sheet.name).toBe(SHEET_NAME);
  });

  test('page setup is A4 portrait one page wide', () => {
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.orientation).toBe('portrait');
    expect(sheet.pageSetup.fitToWidth).toBe(1);
    expect(sheet.pageSetup.fitToHeight).toBe(0);
  });

  test('columns fit the A4 text width', () => {
    let pixels = 0;
    for (let column = 1; column <= gridColumnCount(); column += 1) {
      pixels += (sheet.getColumn(column).width ?? 0) * 7;
    }

    expect(pixels).toBeGreaterThan(600);
    expect(pixels).toBeLessThanOrEqual(690);
  });

  test('every written cell uses 宋体', () => {
    let checked = 0;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === null || cell.value === '') return;
        expect(cell.font?.name).toBe('宋体');
        checked += 1;
      }),
    );

    expect(checked).toBeGreaterThan(200);
  });

  test('no cell holds a formula', async () => {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        expect(cell.formula).toBeUndefined();
      }),
    );

    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')?.async('string');
    expect(sheetXml).toBeDefined();
    expect(sheetXml).not.toMatch(/<f[ >]/);
  });

  test.each(HOSTILE_TEXTS.map((text) => [text]))('hostile text %s is a plain string', (text) => {
    const cells = cellsWithValue(text);

    expect(cells.length).toBeGreaterThan(0);
    for (const cell of cells) {
      expect(cell.type).toBe(ExcelJS.ValueType.String);
    }
  });

  test('page breaks follow the cover, notice and pageBreak blocks', async () => {
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    const breaks = [...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((match) => Number(match[1]));
    const rowAfterBreak = (title: string): boolean => breaks.some((row) => sheet.getCell(row + 1, 1).value === title);

    // After the cover and the notice, then one per pageBreak block of the sample document.
    expect(breaks).toHaveLength(6);
    expect(rowAfterBreak('版权声明和保密须知')).toBe(true);
    expect(rowAfterBreak('目　录')).toBe(true);
    expect(rowAfterBreak('一、本月关键信息摘要')).toBe(true);
    expect(rowAfterBreak('二、质量目标完成情况跟踪')).toBe(false);
    expect(rowAfterBreak('四、故障分析与改进建议')).toBe(true);
    expect(rowAfterBreak('五、重要设备情况跟踪')).toBe(true);
    expect(rowAfterBreak('数据校验')).toBe(true);
  });

  test('footer numbers the pages', () => {
    expect(sheet.headerFooter.oddFooter).toContain('&P');
  });

  test('headings are bold and larger', () => {
    // The first occurrence is the table of contents entry, the second the heading.
    const [tocEntry, heading] = cellsWithValue('一、本月关键信息摘要');
    const [, subheading] = cellsWithValue('1、故障趋势分析');

    expect(tocEntry.font?.size).toBe(12);
    expect(heading.font?.bold).toBe(true);
    expect(heading.font?.size).toBe(16);
    expect(subheading.font?.bold).toBe(true);
    expect(subheading.font?.size).toBe(14);
  });
});

describe('renderXlsx tables', () => {
  test.each(SAMPLE_TABLES.map((table) => [table.id, table] as const))('%s merges match the model spans', (_id, table) => {
    const top = locateTable(table);
    const starts = gridColumnStarts(allocateGridColumns(table.columns.map((column) => column.width), gridColumnCount()));
    const merges = new Set(sheet.model.merges);

    [...table.headerRows, ...table.rows].forEach((row, rowIndex) => {
      row.forEach((cell, column) => {
        if (cell.covered === true) return;

        const first = `${columnLetter(1 + starts[column])}${top + rowIndex}`;
        const lastColumn = starts[column + (cell.colSpan ?? 1)];
        const last = `${columnLetter(lastColumn)}${top + rowIndex + (cell.rowSpan ?? 1) - 1}`;

        expect(sheet.getCell(first).value).toBe(cell.number ?? cell.text);
        if (first !== last) expect(merges).toContain(`${first}:${last}`);
      });
    });
  });

  test.each(SAMPLE_TABLES.map((table) => [table.id, table] as const))('%s has thin borders on every cell', (_id, table) => {
    const top = locateTable(table);
    const rowCount = table.headerRows.length + table.rows.length;

    for (let row = top; row < top + rowCount; row += 1) {
      for (let column = 1; column <= gridColumnCount(); column += 1) {
        const border = sheet.getCell(row, column).border;
        expect(border?.top?.style).toBe('thin');
        expect(border?.left?.style).toBe('thin');
        expect(border?.bottom?.style).toBe('thin');
        expect(border?.right?.style).toBe('thin');
      }
    }
  });

  test('header rows are bold on grey', () => {
    const top = locateTable(SAMPLE_TABLES[0]);
    const header = sheet.getCell(top, 1);

    expect(header.font?.bold).toBe(true);
    expect(header.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } });
  });

  test('tones become fills', () => {
    const fills = new Map<string, string | undefined>();
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string' && ['未达标', '达标', '进行中', '不适用'].includes(cell.value)) {
          const fill = cell.fill as ExcelJS.FillPattern | undefined;
          fills.set(cell.value, fill?.fgColor?.argb);
        }
      }),
    );

    expect(fills.get('未达标')).toBe('FFFFC7CE');
    expect(fills.get('达标')).toBe('FFE2EFDA');
    expect(fills.get('进行中')).toBe('FFFFEB9C');
    expect(fills.get('不适用')).toBe('FFEDEDED');
  });

  test('bad tone text is dark red', () => {
    let colour: string | undefined;
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === '未达标') colour = cell.font?.color?.argb;
      }),
    );

    expect(colour).toBe('FF9C0006');
  });

  test('numbers are stored as numbers', () => {
    const servicesTable = SAMPLE_TABLES.find((table) => table.id === 'routine-services') as ReportTable;
    const top = locateTable(servicesTable);
    const totalRow = top + servicesTable.headerRows.length + servicesTable.rows.length - 1;
    const starts = gridColumnStarts(allocateGridColumns(servicesTable.columns.map((column) => column.width), gridColumnCount()));
    const total = sheet.getCell(totalRow, 1 + starts[1]);

    expect(total.value).toBe(51);
    expect(total.type).toBe(ExcelJS.ValueType.Number);
    expect(total.font?.bold).toBe(true);
  });

  test('cells wrap text', () => {
    const top = locateTable(SAMPLE_TABLES[0]);

    expect(sheet.getCell(top + 1, 1).alignment?.wrapText).toBe(true);
  });
});

describe('renderXlsx charts', () => {
  test('each chart writes a captioned data table', () => {
    const captions: string[] = [];
    sheet.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === 'string' && value.endsWith('（数据）')) captions.push(value);
    });

    expect(captions).toEqual(['近六个月故障趋势（数据）', '按故障原因分类（数据）', '按部门分类（数据）']);
  });

  test('chart data values are numbers', () => {
    const [category] = cellsWithValue('技术支持');
    const numbers: ExcelJS.CellValue[] = [];
    sheet.getRow(Number(category.row)).eachCell((cell) => {
      if (cell.type === ExcelJS.ValueType.Number) numbers.push(cell.value);
    });

    expect(numbers).toEqual([4]);
  });

  test('each chart is embedded as an image', () => {
    expect(sheet.getImages()).toHaveLength(3);
  });

  test('chartImages false leaves data tables only', async () => {
    const workbook = new ExcelJS.Workbook();
    const worksheet = addReportWorksheet(workbook, sampleDocument, 'x', { chartImages: false });

    expect(worksheet.getImages()).toHaveLength(0);
  });
});
