import { fillTemplate } from '../messages/issues';
import { functionText } from '../messages/zh-CN';
import { invalidValue } from './excelError';

/**
 * Reads an optional TRUE/FALSE argument; omitted, blank or 0 is FALSE, any
 * other number is TRUE as in Excel. Throws #VALUE! for text.
 *
 * Example: `flagArgument(true)` → true; `flagArgument(null)` → false.
 */
export function flagArgument(value: unknown): boolean {
  if (value === null || value === undefined || value === '') {
    return false;
  }
  if (typeof value === 'boolean') {
    return value;
  }
  if (typeof value === 'number') {
    return value !== 0;
  }
  throw invalidValue(fillTemplate(functionText.flagInvalid, { input: String(value) }));
}
