import type { SeverityLevel } from '../model/parse/parseLevel';
import { parseLevel } from '../model/parse/parseLevel';
import { optionalTextArgument } from './cellArgument';
import { parsedValue } from './parsedValue';

/**
 * Reads an optional level argument: 1, 2, 3, 一级, Ⅱ级, 二级事件. Returns
 * undefined when omitted, blank or 未定级; throws #VALUE! when unreadable.
 *
 * Example: `levelArgument('二级')` → 2; `levelArgument(null)` → undefined.
 */
export function levelArgument(value: unknown): SeverityLevel | undefined {
  const cell = optionalTextArgument(value);
  if (cell === undefined) {
    return undefined;
  }
  return parsedValue(parseLevel(cell)) ?? undefined;
}
