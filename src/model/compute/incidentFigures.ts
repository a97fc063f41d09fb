import type { Incident } from '../records';
import { isInMonth, ReportMonth } from '../reportMonth';
import type { Settings } from '../settings';

export type LevelCounts = { '1': number; '2': number; '3': number };

/** Incident counts for the report month, plus the year-to-date series. */
export interface IncidentFigures {
  total: number;
  /** Incidents whose type is not a non-fault type (技术支持 by default). */
  faults: number;
  byLevel: LevelCounts;
  /** Incidents with no level (below 三级). */
  unclassified: number;
  /** Incidents of 二级 or higher whose duration exceeds their level's limit. */
  timeouts: number;
  byType: Record<string, number>;
  byDepartment: Record<string, number>;
  byCategory: Record<string, number>;
  /** Month number ("1".."12") → count, January to the report month. */
  byMonth: Record<string, number>;
  yearToDate: { total: number; faults: number; byLevel: LevelCounts; timeouts: number };
  /** True when the logs hold incidents of earlier months of the same year. */
  hasEarlierMonths: boolean;
}

/** True when an incident at or above `minLevel` took longer than its level's limit. */
export function isTimeout(incident: Pick<Incident, 'level' | 'durationMinutes'>, settings: Settings, minLevel = 2): boolean {
  if (incident.level === null || incident.level > minLevel || incident.durationMinutes === null) {
    return false;
  }
  return incident.durationMinutes > settings.timeLimitMinutes[String(incident.level) as '1' | '2' | '3'];
}

export function isFault(incident: Pick<Incident, 'type'>, settings: Settings): boolean {
  return !settings.nonFaultTypes.includes(incident.type.trim());
}

/** Incidents that fall in the report month. */
export function incidentsInMonth(incidents: Incident[], month: ReportMonth): Incident[] {
  return incidents.filter((incident) => incident.date !== null && isInMonth(incident.date, month));
}

/** Incidents of the report year up to and including the report month. */
export function incidentsYearToDate(incidents: Incident[], month: ReportMonth): Incident[] {
  return incidents.filter(
    (incident) => incident.date !== null && incident.date.year === month.year && incident.date.month <= month.month,
  );
}

/** Computes every incident figure of the report for month M. */
export function computeIncidentFigures(incidents: Incident[], month: ReportMonth, settings: Settings): IncidentFigures {
  const current = incidentsInMonth(incidents, month);
  const yearToDate = incidentsYearToDate(incidents, month);

  const byMonth: Record<string, number> = {};
  for (let number = 1; number <= month.month; number++) {
    byMonth[String(number)] = yearToDate.filter((incident) => incident.date?.month === number).length;
  }

  return {
    total: current.length,
    faults: current.filter((incident) => isFault(incident, settings)).length,
    byLevel: countLevels(current),
    unclassified: current.filter((incident) => incident.level === null).length,
    timeouts: current.filter((incident) => isTimeout(incident, settings)).length,
    byType: countBy(current, (incident) => incident.type || '未填写'),
    byDepartment: countBy(current, (incident) => incident.department || '未知部门'),
    byCategory: countBy(current, (incident) => incident.category),
    byMonth,
    yearToDate: {
      total: yearToDate.length,
      faults: yearToDate.filter((incident) => isFault(incident, settings)).length,
      byLevel: countLevels(yearToDate),
      timeouts: yearToDate.filter((incident) => isTimeout(incident, settings)).length,
    },
    hasEarlierMonths: yearToDate.some((incident) => (incident.date?.month ?? month.month) < month.month),
  };
}

function countLevels(incidents: Incident[]): LevelCounts {
  return {
    '1': incidents.filter((incident) => incident.level === 1).length,
    '2': incidents.filter((incident) => incident.level === 2).length,
    '3': incidents.filter((incident) => incident.level === 3).length,
  };
}

/**
 * Counts items by key, largest count first. The result has no prototype, so
 * keys taken from cell text (even "__proto__") stay plain entries.
 */
export function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const name = key(item);
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }

  const sorted = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const result: Record<string, number> = Object.create(null);
  for (const [name, count] of sorted) {
    result[name] = count;
  }
  return result;
}
