import type { Incident } from '../records';
import { isInMonth, ReportMonth } from '../reportMonth';
import type { Settings } from '../settings';
import type { SeverityLevel } from '../parse/parseLevel';
import { headerKey } from '../sources/headerKey';
import { isFault, isTimeout } from './incidentFigures';

/** Conditions an incident must meet to be counted; an absent condition matches every incident. */
export interface IncidentCriteria {
  month?: ReportMonth;
  /** Exactly this level. */
  level?: SeverityLevel;
  /** 故障类型, compared ignoring spaces and full-width forms. */
  type?: string;
  /** Service category, e.g. 网络类. */
  category?: string;
  /** Leaves out the settings' non-fault types (技术支持 by default). */
  faultsOnly?: boolean;
  /** Keeps only timeouts of incidents at this level or more severe (2 = 二级以上). */
  timeoutsAtOrAbove?: SeverityLevel;
}

/**
 * Selects the incidents that meet every given condition, in source order.
 * The report's counts are this selection's length: all incidents of M, the
 * faults, one level, the timeouts of 二级以上.
 *
 * Example: `selectIncidents(incidents, { month: 2022-11, timeoutsAtOrAbove: 2 }, settings)` → the month's timeouts.
 */
export function selectIncidents(incidents: Incident[], criteria: IncidentCriteria, settings: Settings): Incident[] {
  const typeKey = criteria.type === undefined ? undefined : headerKey(criteria.type);

  return incidents.filter((incident) => {
    if (criteria.month && (incident.date === null || !isInMonth(incident.date, criteria.month))) {
      return false;
    }
    if (criteria.level !== undefined && incident.level !== criteria.level) {
      return false;
    }
    if (typeKey !== undefined && headerKey(incident.type) !== typeKey) {
      return false;
    }
    if (criteria.category !== undefined && incident.category !== criteria.category) {
      return false;
    }
    if (criteria.faultsOnly && !isFault(incident, settings)) {
      return false;
    }
    return criteria.timeoutsAtOrAbove === undefined || isTimeout(incident, settings, criteria.timeoutsAtOrAbove);
  });
}

/** Service categories the settings can assign, in rule order: the values a category criterion may take. */
export function knownCategories(settings: Settings): string[] {
  const categories = settings.categoryRules.map((rule) => rule.category);
  return [...new Set([...categories, settings.defaultCategory])];
}
