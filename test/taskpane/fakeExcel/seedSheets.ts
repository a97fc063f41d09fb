import type { Source } from '../../../src/model/sources/source';
import { FakeSheetSeed, parseRect } from './fakeWorkbook';

/** Longest worksheet name Excel accepts. */
const MAX_SHEET_NAME = 31;

/**
 * Turns sources read from several workbooks into seeds of one fake workbook:
 * each sheet is named "<file stem> <sheet>" (cut to 31 characters, numbered
 * when repeated), its values shaped as Office.js passes merged cells (the
 * value in the top-left cell, "" elsewhere), its merges kept by the host.
 * Uses no Node module, so the browser preview host can use it too.
 *
 * Example: `seedsOf(sources)[0].name` returns `'IDC部 重要设备'`.
 */
export function seedsOf(sources: Source[]): FakeSheetSeed[] {
  const used = new Set<string>();
  return sources.map((source) => ({
    name: uniqueName(`${fileStem(source.origin.file)} ${source.origin.sheet}`, used),
    topLeft: source.origin.topLeft,
    values: blankMergedCells(source),
    numberFormats: source.numberFormats,
    merges: source.merges,
  }));
}

function blankMergedCells(source: Source): Source['values'] {
  const values = source.values.map((row) => [...row]);
  for (const merge of source.merges ?? []) {
    const rect = parseRect(merge);
    for (let row = rect.top; row <= rect.bottom; row++) {
      for (let column = rect.left; column <= rect.right; column++) {
        const covered = row !== rect.top || column !== rect.left;
        if (covered && values[row]?.[column] !== undefined) values[row][column] = '';
      }
    }
  }
  return values;
}

function fileStem(file: string): string {
  return file.replace(/\.[^.]*$/, '');
}

function uniqueName(wanted: string, used: Set<string>): string {
  let name = wanted.replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET_NAME);
  for (let count = 2; used.has(name.toLowerCase()); count += 1) name = `${wanted.slice(0, MAX_SHEET_NAME - 3)} ${count}`;
  used.add(name.toLowerCase());
  return name;
}
