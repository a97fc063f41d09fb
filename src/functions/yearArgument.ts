import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import { MAX_YEAR, MIN_YEAR } from '../model/parse/dateContext';
import { optionalTextArgument } from './cellArgument';
import { invalidValue } from './excelError';

/**
 * Reads an optional four-digit year argument (2022 or "2022"); undefined when
 * omitted or blank, #VALUE! outside 1950–2100.
 *
 * Example: `yearArgument(2022)` → 2022.
 */
export function yearArgument(value: unknown): number | undefined {
  const cell = optionalTextArgument(value);
  if (cell === undefined) {
    return undefined;
  }

  const year = Number(cell);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw invalidValue(fillTemplate(functionText.yearInvalid, { input: String(cell) }));
  }
  return year;
}
