import type { CellValue, Source } from '../model/sources/source';

/** Where a range argument comes from, as diagnostics name it: Excel does not pass the range's address. */
export const RANGE_ORIGIN = { file: '(当前工作簿)', sheet: '(公式参数)', topLeft: 'A1' } as const;

/**
 * Turns a range argument into a source the model reads. Empty cells arrive
 * as "" (Excel on the web), null, or 0 (Excel desktop) and all become "",
 * since no column of an incident log or equipment ledger holds a meaningful
 * 0. A merged area arrives as its value in the top-left cell and "" in the
 * others, which the model fills down where it matters (设备类型).
 *
 * Example: `rangeSource([['日期', '持续时间'], [44868, 0]]).values` → [['日期', '持续时间'], [44868, '']].
 */
export function rangeSource(values: unknown[][]): Source {
  return {
    origin: { ...RANGE_ORIGIN },
    values: values.map((row) => row.map(rangeCell)),
    date1904: false,
  };
}

function rangeCell(value: unknown): CellValue {
  if (typeof value === 'string' || typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    return value === 0 ? '' : value;
  }
  return '';
}
