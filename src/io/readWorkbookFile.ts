import { promises as fs } from 'fs';
import path from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fillTemplate } from '../messages/issues';
import { loadText } from '../messages/zh-CN';
import type { Source } from '../model/sources/source';
import { addBuiltInFormats } from './builtInNumberFormats';
import { countSheetRows } from './countSheetRows';
import { csvSource, decodeCsv } from './csvSource';
import { fileSignature } from './fileSignature';
import { workbookSources } from './workbookSources';

/** Largest input file read, in bytes; larger files are reported, not loaded. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Most rows read from one sheet. A year's incident log of a large centre
 * has tens of thousands; past this, exceljs would need gigabytes, so the
 * file is reported instead of loaded. Independent of the settings.
 */
export const MAX_SHEET_ROWS = 200_000;

/** The sources of one file, or the Chinese reason it cannot be read. */
export type FileReading = { sources: Source[] } | { reason: string };

/**
 * Reads one .xlsx or .csv file into sources. The content decides, not the
 * name: an OLE file (old .xls or a password-protected .xlsx), a text file
 * renamed to .xlsx, a damaged ZIP, a sheet past `MAX_SHEET_ROWS` or a file
 * past `MAX_FILE_BYTES` each give a short Chinese reason, never an exception.
 */
export async function readWorkbookFile(file: string): Promise<FileReading> {
  const stat = await fs.stat(file);
  if (stat.size > MAX_FILE_BYTES) {
    const size = (stat.size / 1024 / 1024).toFixed(1);
    return { reason: fillTemplate(loadText.tooLarge, { size, limit: MAX_FILE_BYTES / 1024 / 1024 }) };
  }

  const bytes = await fs.readFile(file);
  const name = path.basename(file);
  if (/\.csv$/i.test(name)) {
    return readCsv(bytes, name);
  }

  switch (fileSignature(bytes)) {
    case 'empty':
      return { reason: loadText.emptyFile };
    case 'ole':
      return { reason: /\.xls$/i.test(name) ? loadText.oldXls : loadText.encrypted };
    case 'other':
      return { reason: loadText.notWorkbook };
    case 'zip':
      return readXlsx(bytes, name);
  }
}

function readCsv(bytes: Buffer, name: string): FileReading {
  const source = csvSource(decodeCsv(bytes), name);
  if (source.values.length > MAX_SHEET_ROWS) {
    return { reason: tooManyRows(source.origin.sheet, source.values.length) };
  }
  return { sources: [source] };
}

async function readXlsx(bytes: Buffer, name: string): Promise<FileReading> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return { reason: loadText.damagedZip };
  }
  if (!zip.file('xl/workbook.xml')) {
    return { reason: loadText.notWorkbook };
  }

  const rowCounts = await countSheetRows(zip, MAX_SHEET_ROWS).catch(() => undefined);
  if (!rowCounts) {
    return { reason: loadText.damagedZip };
  }
  const oversized = rowCounts.find((sheet) => sheet.rows > MAX_SHEET_ROWS);
  if (oversized) {
    return { reason: tooManyRows(path.basename(oversized.path, '.xml'), oversized.rows) };
  }

  const patched = await addBuiltInFormats(zip);
  const data = patched ? await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' }) : bytes;
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    return { reason: loadText.damagedXlsx };
  }
  return { sources: workbookSources(workbook, name) };
}

// NOTE: an .xlsx sheet is named by its part (sheet3), not by its tab name, because the count runs before exceljs reads the workbook.
function tooManyRows(sheet: string, rows: number): string {
  return fillTemplate(loadText.tooManyRows, { sheet, rows: rows > MAX_SHEET_ROWS ? `${MAX_SHEET_ROWS} 以上` : rows, limit: MAX_SHEET_ROWS });
}
