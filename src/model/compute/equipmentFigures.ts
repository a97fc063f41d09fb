import type { Diagnostic } from '../diagnostic';
import { cellDiagnostic } from '../diagnostic';
import type { CalendarDate } from '../parse/calendarDate';
import type { EquipmentEntry } from '../read/readEquipment';
import type { EquipmentRecord } from '../records';
import type { Settings } from '../settings';
import { countBy } from './incidentFigures';
import { EquipmentStatus, judgeEquipment } from './equipmentStatus';

export interface JudgedEquipment {
  record: EquipmentRecord;
  status: EquipmentStatus;
}

export interface EquipmentFigures {
  items: JudgedEquipment[];
  total: number;
  byDepartment: Record<string, number>;
  byWarranty: Record<string, number>;
  byLife: Record<string, number>;
  highRisk: number;
  /** Department → warranty status → count, for the section 五 summary. */
  warrantyByDepartment: Record<string, Record<string, number>>;
}

/** Judges every ledger row as of the report month's last day and counts the verdicts. */
export function computeEquipmentFigures(
  entries: EquipmentEntry[],
  asOf: CalendarDate,
  settings: Settings,
): { figures: EquipmentFigures; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const items = entries.map((entry) => {
    const status = judgeEquipment(entry.record, entry.maintenance, asOf, settings);
    const column = Math.max(entry.row.column('maintenance'), 0);
    for (const issue of status.issues) {
      diagnostics.push(cellDiagnostic(entry.reader.recognised.source, entry.row.row, column, issue));
    }
    return { record: entry.record, status };
  });

  const warrantyByDepartment: Record<string, Record<string, number>> = Object.create(null);
  for (const department of new Set(items.map((item) => item.record.department))) {
    const ofDepartment = items.filter((item) => item.record.department === department);
    warrantyByDepartment[department] = countBy(ofDepartment, (item) => item.status.warranty);
  }

  return {
    figures: {
      items,
      total: items.length,
      byDepartment: countBy(items, (item) => item.record.department),
      byWarranty: countBy(items, (item) => item.status.warranty),
      byLife: countBy(items, (item) => item.status.life ?? '未知'),
      highRisk: items.filter((item) => item.status.highRisk).length,
      warrantyByDepartment,
    },
    diagnostics,
  };
}
