import { computeEquipmentFigures } from '../model/compute/equipmentFigures';
import { equipmentWarning } from '../model/compute/equipmentWarning';
import type { CalendarDate } from '../model/parse/calendarDate';
import { readEquipment } from '../model/read/readEquipment';
import type { Settings } from '../model/settings';
import { parseAddress } from '../model/sources/address';
import { describeCellError } from './rangeErrors';
import { functionText } from '../messages/zh-CN';
import { invalidValue, notAvailable } from './excelError';
import { recogniseRange } from './recogniseRange';

/**
 * Judges every row below the header of an equipment-ledger range as the
 * report does and returns one 预警 text per row, as a column: blank rows give
 * "", a row with a cell that cannot be read gives #VALUE! with the reason.
 * Throws #VALUE! for a range without a ledger header and #N/A when no row
 * follows the header.
 *
 * Example: header plus the row `NE80E … 齐普生 2022/10/1`, as of 2022-11-30 → [['已过保；高风险']].
 */
export function equipmentWarningColumn(
  values: unknown[][],
  asOf: CalendarDate,
  settings: Settings
): Array<Array<string | CustomFunctions.Error>> {
  const recognised = recogniseRange(values, 'equipment');
  const { entries, diagnostics } = readEquipment(recognised, settings, asOf.year);
  const { figures } = computeEquipmentFigures(entries, asOf, settings);
  const errors = diagnostics.filter(
    (diagnostic) => diagnostic.severity === 'error' && diagnostic.cell !== ''
  );

  const column: Array<Array<string | CustomFunctions.Error>> = [];
  for (let row = recognised.headerRow + 1; row < values.length; row++) {
    const error = errors.find((diagnostic) => parseAddress(diagnostic.cell).row === row);
    const index = entries.findIndex((entry) => entry.row.row === row);
    if (error) {
      column.push([invalidValue(describeCellError(error))]);
    } else {
      column.push([index < 0 ? '' : equipmentWarning(figures.items[index].status)]);
    }
  }
  if (column.length === 0) {
    throw notAvailable(functionText.noEquipmentRows);
  }
  return column;
}
