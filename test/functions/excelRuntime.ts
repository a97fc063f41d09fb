import ExcelJS from 'exceljs';
import path from 'path';
import { workbookSources } from '../../src/io/workbookSources';
import { parseAddress } from '../../src/model/sources/address';
import type { CellValue, Source } from '../../src/model/sources/source';
import { asOfficeJsRange, EXAMPLE_DIR } from '../example/loadExample';

/**
 * Stands in for the CustomFunctions global that Excel's runtime provides:
 * only the error class and the two codes the functions use.
 */
class ExcelFunctionError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

export function installCustomFunctionsGlobal(): void {
  (globalThis as Record<string, unknown>).CustomFunctions = {
    Error: ExcelFunctionError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
  };
}

/** Runs a function call and returns the Excel error it threw, or fails the test when it returned. */
export function excelError(call: () => unknown): { code: string; message: string } {
  try {
    const result = call();
    throw new Error(`expected an Excel error, got ${JSON.stringify(result)}`);
  } catch (error) {
    if (!(error instanceof ExcelFunctionError)) {
      throw error;
    }
    return { code: error.code, message: error.message ?? '' };
  }
}

/** How a host passes empty cells of a range: Excel on the web "" and Excel desktop 0. */
export type Host = 'web' | 'desktop';
export const HOSTS: Host[] = ['web', 'desktop'];

/** Reads one sheet of an example workbook through the same loader as the CLI. */
export async function exampleSheet(file: string, sheet: string): Promise<Source> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path.join(EXAMPLE_DIR, file));
  const source = workbookSources(workbook, file).find(
    (candidate) => candidate.origin.sheet === sheet
  );
  if (!source) {
    throw new Error(`no sheet ${sheet} in ${file}`);
  }
  return source;
}

/**
 * Copies a range cell by cell as Excel passes it to a custom function:
 * dates as serial numbers, a merged area's value only in its top-left cell,
 * and empty cells as "" (web) or 0 (desktop).
 *
 * Example: `excelRange(source, 'A2:G9', 'desktop')`.
 */
export function excelRange(source: Source, range: string, host: Host): CellValue[][] {
  const officeJs = asOfficeJsRange(source);
  const [first, last] = range.split(':').map(parseAddress);
  const rows: CellValue[][] = [];
  for (let row = first.row; row <= last.row; row++) {
    const cells: CellValue[] = [];
    for (let column = first.column; column <= last.column; column++) {
      const value = officeJs.values[row]?.[column] ?? '';
      cells.push(value === '' && host === 'desktop' ? 0 : value);
    }
    rows.push(cells);
  }
  return rows;
}

/** The A1 range of a whole sheet's used area, e.g. 'A1:H57'. */
export function usedRange(source: Source): string {
  const columns = Math.max(...source.values.map((row) => row.length));
  return `A1:${String.fromCharCode(64 + columns)}${source.values.length}`;
}
