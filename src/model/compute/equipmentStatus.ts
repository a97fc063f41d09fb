import { addDays, addYears, CalendarDate, compareDates, formatDate } from '../parse/calendarDate';
import type { Maintenance } from '../parse/parseMaintenance';
import type { EquipmentRecord } from '../records';
import type { Settings } from '../settings';
import type { ParseIssue } from '../diagnostic';

/** Warranty verdicts, in the words the report prints. */
export const WARRANTY_STATUSES = ['在保', '即将到期', '已过保', '租用', '建设中', '无维保信息', '数据错误'] as const;
export type WarrantyStatus = (typeof WARRANTY_STATUSES)[number];

/** Service-life verdicts; null when the start date or the life is unknown. */
export const LIFE_STATUSES = ['寿命期内', '已达寿命', '超期服役'] as const;
export type LifeStatus = (typeof LIFE_STATUSES)[number];

export interface EquipmentStatus {
  warranty: WarrantyStatus;
  life: LifeStatus | null;
  /** 已过保 or 超期服役 without a spare, or 已停产 anywhere in the row. */
  highRisk: boolean;
  discontinued: boolean;
  /** Data errors found while judging, to be reported on the maintenance cell. */
  issues: ParseIssue[];
}

/**
 * Judges one ledger row as of `asOf` (the last day of the report month).
 *
 * Example: maintenance `齐普生 2022/10/1` as of 2022-11-30 → 已过保; with 备机 `---`
 * and that verdict the row is 高风险.
 */
export function judgeEquipment(
  record: EquipmentRecord,
  maintenance: Maintenance | null,
  asOf: CalendarDate,
  settings: Settings,
): EquipmentStatus {
  const issues = findDateErrors(record, maintenance);
  const warranty = issues.length > 0 ? '数据错误' : judgeWarranty(maintenance, asOf, settings.warrantyWarningDays);
  const life = judgeLife(record, asOf);
  const discontinued = [record.name, record.maintenanceText, record.history, record.progress].some((text) => text.includes('已停产'));
  const highRisk = discontinued || ((warranty === '已过保' || life === '超期服役') && !record.hasSpare);
  return { warranty, life, highRisk, discontinued, issues };
}

/** Periods that end before they start, and maintenance that ends before the equipment was started. */
function findDateErrors(record: EquipmentRecord, maintenance: Maintenance | null): ParseIssue[] {
  const issues: ParseIssue[] = [];
  if (maintenance?.start && maintenance.end && compareDates(maintenance.end, maintenance.start) < 0) {
    issues.push({
      code: 'equipment.periodReversed',
      input: record.maintenanceText,
      detail: { start: formatDate(maintenance.start), end: formatDate(maintenance.end) },
    });
    return issues;
  }
  if (maintenance?.end && record.startDate && compareDates(maintenance.end, record.startDate) < 0) {
    issues.push({
      code: 'equipment.maintenanceBeforeStart',
      input: record.maintenanceText,
      detail: { start: formatDate(record.startDate), end: formatDate(maintenance.end) },
    });
  }
  return issues;
}

function judgeWarranty(maintenance: Maintenance | null, asOf: CalendarDate, warningDays: number): WarrantyStatus {
  if (!maintenance) {
    return '无维保信息';
  }
  if (maintenance.statuses.includes('underConstruction')) {
    return '建设中';
  }
  if (maintenance.statuses.includes('leased')) {
    return '租用';
  }
  if (maintenance.statuses.includes('expired')) {
    return '已过保';
  }
  if (!maintenance.end) {
    return '无维保信息';
  }
  if (compareDates(maintenance.end, asOf) < 0) {
    return '已过保';
  }
  return compareDates(maintenance.end, addDays(asOf, warningDays)) <= 0 ? '即将到期' : '在保';
}

/** Start plus the lower bound of the life passed → 已达寿命; plus the upper bound → 超期服役. */
function judgeLife(record: EquipmentRecord, asOf: CalendarDate): LifeStatus | null {
  if (!record.startDate || !record.life) {
    return null;
  }
  if (compareDates(addYears(record.startDate, record.life.maxYears), asOf) <= 0) {
    return '超期服役';
  }
  if (compareDates(addYears(record.startDate, record.life.minYears), asOf) <= 0) {
    return '已达寿命';
  }
  return '寿命期内';
}
