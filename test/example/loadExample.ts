import path from 'path';
import { loadSources } from '../../src/io/loadSources';
import { analyseMonth, MonthlyAnalysis } from '../../src/model/analyseMonth';
import { defaultSettings } from '../../src/model/settings';
import type { Source } from '../../src/model/sources/source';

export const EXAMPLE_DIR = path.join(__dirname, '..', '..', 'examples', '2022-11');
export const EXAMPLE_MONTH = { year: 2022, month: 11 };

/** Reads the example workbooks through the same loader as the CLI. */
export async function loadExampleSources(): Promise<Source[]> {
  const loaded = await loadSources([EXAMPLE_DIR]);
  expect(loaded.diagnostics).toEqual([]);
  return loaded.sources;
}

export async function analyseExample(): Promise<MonthlyAnalysis> {
  return analyseMonth(await loadExampleSources(), EXAMPLE_MONTH, defaultSettings());
}

/**
 * Reshapes a source as Office.js passes a used range: a merged area's value
 * only in its top-left cell, "" elsewhere, and no merge list.
 */
export function asOfficeJsRange(source: Source): Source {
  const values = source.values.map((row) => [...row]);
  for (const merge of source.merges ?? []) {
    const [start, end] = merge.split(':').map(parseA1);
    for (let row = start.row; row <= end.row; row++) {
      for (let column = start.column; column <= end.column; column++) {
        if ((row !== start.row || column !== start.column) && values[row]?.[column] !== undefined) {
          values[row][column] = '';
        }
      }
    }
  }
  return { ...source, values, merges: undefined };
}

function parseA1(address: string): { row: number; column: number } {
  const match = /^([A-Z]+)(\d+)$/.exec(address)!;
  const column = [...match[1]].reduce((total, letter) => total * 26 + letter.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(match[2]) - 1, column };
}
