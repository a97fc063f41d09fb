import type { CellValue, Source } from '../model/sources/source';
import { parseCsv } from './parseCsv';

/** A plain decimal number without a leading zero ("06" stays text, as a code would). */
const NUMBER_TEXT = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;

/**
 * Decodes a CSV file's bytes: UTF-8 (with or without a byte order mark), else
 * GB18030, the superset of the GBK that Chinese Excel and ticket systems
 * export by default.
 */
export function decodeCsv(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * Turns CSV text into a source shaped as a worksheet: one sheet named after
 * the file, rows padded to the widest row, and decimal numbers as numbers
 * the way Excel opens a CSV. Dates stay text, which the date parser reads.
 *
 * @example csvSource('日期,时长\n2017-06-01 10:00,45', 'f.csv').values → [['日期', '时长'], ['2017-06-01 10:00', 45]]
 */
export function csvSource(text: string, fileName: string): Source {
  const records = parseCsv(text);
  const width = records.reduce((max, record) => Math.max(max, record.length), 0);
  const values = records.map((record) => {
    const row: CellValue[] = record.map(toCellValue);
    while (row.length < width) {
      row.push('');
    }
    return row;
  });

  return {
    origin: { file: fileName, sheet: fileName.replace(/\.csv$/i, ''), topLeft: 'A1' },
    values,
    date1904: false,
  };
}

function toCellValue(field: string): CellValue {
  const trimmed = field.trim();
  return NUMBER_TEXT.test(trimmed) ? Number(trimmed) : field;
}
