import ExcelJS from 'exceljs';
import { renderText } from '../../../src/messages/zh-CN';
import { addReportWorksheet } from '../../../src/report/render/xlsx';
import { sampleDocument } from '../sampleDocument';

jest.mock('@resvg/resvg-js', () => ({
  Resvg: class {
    constructor() {
      throw new Error('resvg failed');
    }
  },
}));

describe('addReportWorksheet when resvg fails', () => {
  const workbook = new ExcelJS.Workbook();
  const worksheet = addReportWorksheet(workbook, sampleDocument, '月报 2022-11');

  test('embeds no image', () => {
    expect(worksheet.getImages()).toHaveLength(0);
  });

  test('notes each missing chart image', () => {
    const notes: string[] = [];
    worksheet.eachRow((row) => {
      if (row.getCell(1).value === renderText.chartImageMissing) notes.push(String(row.number));
    });

    expect(notes).toHaveLength(3);
  });

  test('still writes the chart data tables', () => {
    const captions: string[] = [];
    worksheet.eachRow((row) => {
      const value = row.getCell(1).value;
      if (typeof value === 'string' && value.endsWith('（数据）')) captions.push(value);
    });

    expect(captions).toHaveLength(3);
  });
});
