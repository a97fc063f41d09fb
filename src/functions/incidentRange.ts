import { readIncidents } from '../model/read/readIncidents';
import type { Incident } from '../model/records';
import type { Settings } from '../model/settings';
import { recogniseRange } from './recogniseRange';
import { rejectCellErrors } from './rangeErrors';

/**
 * Reads an incident-log range (header row included) into incidents, as the
 * report reads a 故障登记 sheet. A date without a year takes the year of a
 * title row inside the range, else `defaultYear`. Throws #VALUE! for a range
 * without an incident header or with a cell that cannot be read.
 *
 * Example: the 网络部 故障登记 range A2:G9 → 7 incidents.
 */
export function readIncidentRange(
  values: unknown[][],
  settings: Settings,
  defaultYear: number
): Incident[] {
  const recognised = recogniseRange(values, 'incidents');
  const { incidents, diagnostics } = readIncidents(recognised, settings, defaultYear);
  rejectCellErrors(diagnostics);
  return incidents;
}
