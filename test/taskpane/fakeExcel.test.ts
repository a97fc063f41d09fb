import { FakeExcelHost } from './fakeExcel/fakeExcel';
import { createFakeWorkbook } from './fakeExcel/fakeWorkbook';

function host() {
  return new FakeExcelHost(
    createFakeWorkbook([
      { name: 'Data', topLeft: 'C3', values: [['标题', ''], ['a', 1]], merges: ['C3:D3'] },
      { name: 'Empty', values: [] },
    ]),
  );
}

describe('fake Excel host', () => {
  test('unloaded property throws', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('Data').getRange('C3:D4');
      range.load('values');
      await context.sync();

      expect(range.values).toEqual([['标题', ''], ['a', 1]]);
      expect(() => range.address).toThrow(/PropertyNotLoaded/);
    });
  });

  test('load without sync throws', async () => {
    await host().run(async (context) => {
      const range = context.workbook.worksheets.getItemOrNullObject('Data').getRange('C3');
      range.load('values');
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
    });
  });

  test('proxy after run throws', async () => {
    const fake = host();
    const range = await fake.run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject('Data').getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      return used;
    });

    expect(() => range.address).toThrow(/InvalidObjectPath/);
  });

  test('used range starts at C3', async () => {
    await host().run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject('Data').getUsedRangeOrNullObject(true);
      used.load('address');
      await context.sync();
      expect(used.address).toBe('Data!C3:D4');
    });
  });

  test('empty sheet gives null used range', async () => {
    await host().run(async (context) => {
      const used = context.workbook.worksheets.getItemOrNullObject('Empty').getUsedRangeOrNullObject(true);
      const missing = context.workbook.worksheets.getItemOrNullObject('Missing');
      await context.sync();
      expect(used.isNullObject).toBe(true);
      expect(missing.isNullObject).toBe(true);
    });
  });

  test('merged cells read empty except top-left', async () => {
    await host().run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Data');
      sheet.getRange('E5:F5').values = [['x', 'y']];
      sheet.getRange('E5:F5').merge(false);
      const range = sheet.getRange('E5:F5');
      range.load('values');
      const areas = sheet.getRange().getMergedAreasOrNullObject();
      areas.load('address');
      await context.sync();

      expect(range.values).toEqual([['x', '']]);
      expect(areas.address).toBe('Data!C3:D3, Data!E5:F5');
    });
  });

  test('text format keeps formula text', async () => {
    const fake = host();
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject('Data');
      sheet.getRange('A1').numberFormat = [['@']];
      sheet.getRange('A1:B1').values = [['=1+1', '=2+2']];
      await context.sync();
    });

    const data = fake.sheet('Data')!;
    expect(data.values.get('0,0')).toBe('=1+1');
    expect(data.formulas.has('0,0')).toBe(false);
    expect(data.formulas.get('0,1')).toBe('=2+2');
  });

  test('syncs are counted', async () => {
    const fake = host();
    await fake.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(fake.syncCount).toBe(2);
  });
});
