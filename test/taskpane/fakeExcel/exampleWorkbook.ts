import path from 'path';
import type { Source } from '../../../src/model/sources/source';
import { asOfficeJsRange, loadExampleSources } from '../../example/loadExample';
import { FakeSheetSeed, createFakeWorkbook, FakeWorkbookData } from './fakeWorkbook';

/** Longest worksheet name Excel accepts. */
const MAX_SHEET_NAME = 31;

/**
 * One fake workbook holding every sheet of the example workbooks, each named
 * "<file stem> <sheet>" (cut to 31 characters, numbered when repeated), with
 * values as Office.js passes merged cells and the merges kept by the host.
 */
export async function exampleFakeWorkbook(extraSeeds: FakeSheetSeed[] = []): Promise<FakeWorkbookData> {
  return createFakeWorkbook([...seedsOf(await loadExampleSources()), ...extraSeeds]);
}

export function seedsOf(sources: Source[]): FakeSheetSeed[] {
  const used = new Set<string>();
  return sources.map((source) => {
    const officeShaped = asOfficeJsRange(source);
    return {
      name: uniqueName(`${path.parse(source.origin.file).name} ${source.origin.sheet}`, used),
      topLeft: source.origin.topLeft,
      values: officeShaped.values,
      numberFormats: source.numberFormats,
      merges: source.merges,
    };
  });
}

function uniqueName(wanted: string, used: Set<string>): string {
  let name = wanted.replace(/[\\/?*[\]:]/g, ' ').slice(0, MAX_SHEET_NAME);
  for (let count = 2; used.has(name.toLowerCase()); count += 1) name = `${wanted.slice(0, MAX_SHEET_NAME - 3)} ${count}`;
  used.add(name.toLowerCase());
  return name;
}
