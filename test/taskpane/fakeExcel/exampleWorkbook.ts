import { loadExampleSources } from '../../example/loadExample';
import { FakeSheetSeed, createFakeWorkbook, FakeWorkbookData } from './fakeWorkbook';
import { seedsOf } from './seedSheets';

export { seedsOf };

/**
 * One fake workbook holding every sheet of the example workbooks, each named
 * "<file stem> <sheet>" (cut to 31 characters, numbered when repeated), with
 * values as Office.js passes merged cells and the merges kept by the host.
 */
export async function exampleFakeWorkbook(extraSeeds: FakeSheetSeed[] = []): Promise<FakeWorkbookData> {
  return createFakeWorkbook([...seedsOf(await loadExampleSources()), ...extraSeeds]);
}
