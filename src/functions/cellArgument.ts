import { functionText } from '../messages/zh-CN';
import { isBlank } from '../model/parse/normalizeText';
import type { CellValue } from '../model/sources/source';
import { invalidValue } from './excelError';

/**
 * Converts an argument that names a text-like cell (date, duration, level,
 * maintenance, service life) to a cell value. Excel desktop passes an empty
 * referenced cell as 0 and Excel on the web as null or "" (reported on
 * GitHub in OfficeDev/office-js issues 4702 and 5262), and none of these
 * cells holds a meaningful 0, so null, undefined and 0 all become "".
 *
 * Example: `textCellArgument(0)` → ''; `textCellArgument('1小时')` → '1小时'.
 */
export function textCellArgument(value: unknown): CellValue {
  const cell = valueCellArgument(value);
  return cell === 0 ? '' : cell;
}

/**
 * Converts an argument that may hold a meaningful 0 (a count, a target) to a
 * cell value; null and undefined become "". Values that are not a single
 * cell's value (entity or record values) are #VALUE!.
 */
export function valueCellArgument(value: unknown): CellValue {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  throw invalidValue(functionText.notACell);
}

/** Returns the text-like cell value of an optional argument, or undefined when it is omitted or blank. */
export function optionalTextArgument(value: unknown): CellValue | undefined {
  const cell = textCellArgument(value);
  return isBlank(cell) ? undefined : cell;
}
