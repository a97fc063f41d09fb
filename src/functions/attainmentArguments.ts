import type { AttainmentInput } from '../model/compute/attainment';
import { parseCount } from '../model/parse/parseCount';
import { parseTarget } from '../model/parse/parseTarget';
import { displayText } from '../model/sources/displayText';
import { optionalTextArgument, valueCellArgument } from './cellArgument';
import { monthArgument } from './monthArgument';
import { parsedValue } from './parsedValue';
import { todayDate } from './today';

/**
 * Builds the attainment judge's input from ATTAINMENT's arguments. A cell
 * formatted as a percentage passes its fraction (95% arrives as 0.95), so a
 * number from 0 to 1 compared with a percent target is read as a fraction.
 * The actual must be a number when the target compares numbers, else it is
 * #VALUE!; against 完成 it is compared as text. An omitted frequency means
 * monthly; an omitted month is the current month.
 *
 * Example: (0.95, '≥90%', null, '2022-11') → actual 95, target at least 90%, month 11.
 */
export function attainmentArguments(
  actual: unknown,
  target: unknown,
  frequency: unknown,
  month: unknown
): AttainmentInput {
  const actualCell = valueCellArgument(actual);
  const expression = parsedValue(parseTarget(valueCellArgument(target)));
  const isNumericTarget = expression !== null && 'value' in expression;
  const count = isNumericTarget ? parsedValue(parseCount(actualCell)) : null;
  const isFraction = typeof actualCell === 'number' && actualCell >= 0 && actualCell <= 1;
  const isPercentTarget = isNumericTarget && expression.percent;
  let actualValue = count === null ? null : count.value;
  if (actualValue !== null && isFraction && isPercentTarget) {
    actualValue *= 100;
  }

  return {
    target: expression,
    actual: actualValue,
    actualText: displayText(actualCell, undefined, false),
    frequency: String(optionalTextArgument(frequency) ?? ''),
    month: (monthArgument(month) ?? todayDate()).month,
  };
}
