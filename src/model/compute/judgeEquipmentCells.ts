import type { CalendarDate } from '../parse/calendarDate';
import type { DateContext } from '../parse/dateContext';
import { isPlaceholder } from '../parse/normalizeText';
import { parseDate } from '../parse/parseDate';
import { parseMaintenance } from '../parse/parseMaintenance';
import { parseServiceLife } from '../parse/parseServiceLife';
import { ok, Parsed } from '../parse/parsed';
import type { EquipmentRecord } from '../records';
import type { Settings } from '../settings';
import { displayText } from '../sources/displayText';
import type { CellValue } from '../sources/source';
import { EquipmentStatus, judgeEquipment } from './equipmentStatus';

/** The cells of one ledger row that the verdicts read; an absent cell counts as blank. */
export interface EquipmentCells {
  maintenance?: CellValue;
  startDate?: CellValue;
  life?: CellValue;
  spare?: CellValue;
  /** 设备名称, 历史故障 and 本月最新进展, searched for 已停产. */
  texts?: string[];
}

/**
 * Judges one ledger row given as raw cells, reading each cell as the ledger
 * reader does: numbers in 启用日期 and 维保情况 are serial dates, a date
 * without a year takes the year of `asOf`. Returns the first cell that
 * cannot be read as a failure instead of a verdict.
 *
 * Example: `{ maintenance: '齐普生 2022/10/1' }` as of 2022-11-30 → warranty 已过保, highRisk true.
 */
export function judgeEquipmentCells(
  cells: EquipmentCells,
  asOf: CalendarDate,
  settings: Settings,
  date1904 = false,
): Parsed<EquipmentStatus> {
  const context: DateContext = { defaultYear: asOf.year, date1904, treatNumbersAsSerials: true };
  const startDate = parseDate(cells.startDate, context);
  const life = parseServiceLife(cells.life);
  const maintenance = parseMaintenance(cells.maintenance, context);
  if (!startDate.ok) {
    return startDate;
  }
  if (!life.ok) {
    return life;
  }
  if (!maintenance.ok) {
    return maintenance;
  }

  const spare = displayText(cells.spare, undefined, date1904);
  const texts = cells.texts ?? [];
  const record: EquipmentRecord = {
    origin: { file: '', sheet: '', row: 1 },
    department: '',
    group: '',
    name: texts[0] ?? '',
    startDate: startDate.value,
    life: life.value,
    spare,
    hasSpare: spare !== '' && !isPlaceholder(spare),
    maintenanceText: displayText(cells.maintenance, undefined, date1904),
    maintenanceEnd: maintenance.value?.end ?? null,
    history: texts.slice(1).join(' '),
    progress: '',
    display: { startDate: '', life: '' },
  };
  return ok(judgeEquipment(record, maintenance.value, asOf, settings));
}
