import { z } from 'zod';
import type { MonthlyAnalysis } from './analyseMonth';
import { countBy } from './compute/incidentFigures';
import { formatReportMonth } from './reportMonth';

const counts = z.record(z.string(), z.number().int().nonnegative());
const levelCounts = z.object({ '1': z.number(), '2': z.number(), '3': z.number() });
const status = z.enum(['达标', '未达标', '进行中', '不适用', '数据缺失']);

/** The computed figures of a month, as `itsm-report build --json` prints them. */
export const monthlyFiguresSchema = z.object({
  month: z.string(),
  incidents: z.object({
    total: z.number(),
    faults: z.number(),
    byLevel: levelCounts,
    unclassified: z.number(),
    timeouts: z.number(),
    byType: counts,
    byDepartment: counts,
    byCategory: counts,
    byMonth: counts,
    yearToDate: z.object({ total: z.number(), faults: z.number(), byLevel: levelCounts, timeouts: z.number() }),
    timeLimitMinutes: levelCounts,
  }),
  services: z
    .object({ inProgress: z.number(), completed: z.number(), overdue: z.number(), completionRate: z.number().nullable() })
    .nullable(),
  documents: z.object({ total: z.number(), byChangeType: counts }),
  equipment: z.object({
    total: z.number(),
    byDepartment: counts,
    byWarranty: counts,
    byLife: counts,
    highRisk: z.number(),
  }),
  targets: z.array(
    z.object({
      level: z.enum(['target', 'indicator']),
      category: z.string(),
      indicator: z.string(),
      target: z.string(),
      month: z.string(),
      ytd: z.string(),
      status,
      rule: z.enum(['logs', 'typedPlusMonth', 'typed']),
    }),
  ),
  diagnostics: z.array(
    z.object({ file: z.string(), sheet: z.string(), cell: z.string(), value: z.string(), message: z.string(), code: z.string(), severity: z.string() }),
  ),
});
export type MonthlyFigures = z.infer<typeof monthlyFiguresSchema>;

/**
 * Flattens an analysis into the figures printed by `--json`. The schema checks
 * the shape, but the object returned is the one built here, because zod's
 * parsed copy of a record drops a key such as "__proto__" taken from cell text.
 */
export function toMonthlyFigures(analysis: MonthlyAnalysis): MonthlyFigures {
  const figures = buildFigures(analysis);
  monthlyFiguresSchema.parse(figures);
  return figures;
}

function buildFigures(analysis: MonthlyAnalysis): MonthlyFigures {
  const incidents = analysis.incidentFigures;
  const services = analysis.services;
  return {
    month: formatReportMonth(analysis.month),
    incidents: {
      total: incidents.total,
      faults: incidents.faults,
      byLevel: incidents.byLevel,
      unclassified: incidents.unclassified,
      timeouts: incidents.timeouts,
      byType: incidents.byType,
      byDepartment: incidents.byDepartment,
      byCategory: incidents.byCategory,
      byMonth: incidents.byMonth,
      yearToDate: incidents.yearToDate,
      timeLimitMinutes: analysis.settings.timeLimitMinutes,
    },
    services: services
      ? { inProgress: services.inProgress, completed: services.completed, overdue: services.overdue, completionRate: services.completionRate }
      : null,
    documents: { total: analysis.documents.length, byChangeType: countBy(analysis.documents, (document) => document.changeType) },
    equipment: {
      total: analysis.equipment.total,
      byDepartment: analysis.equipment.byDepartment,
      byWarranty: analysis.equipment.byWarranty,
      byLife: analysis.equipment.byLife,
      highRisk: analysis.equipment.highRisk,
    },
    targets: analysis.targets.flatMap((group) => [
      {
        level: 'target' as const,
        category: group.category,
        indicator: group.target,
        target: group.targetValue,
        month: group.month.text,
        ytd: group.ytd.text,
        status: group.status,
        rule: group.ytd.rule,
      },
      ...group.indicators.map((indicator) => ({
        level: 'indicator' as const,
        category: group.category,
        indicator: indicator.indicator,
        target: indicator.target,
        month: indicator.month.text,
        ytd: indicator.ytd.text,
        status: indicator.status,
        rule: indicator.ytd.rule,
      })),
    ]),
    diagnostics: analysis.diagnostics.map(({ file, sheet, cell, value, message, code, severity }) => ({
      file,
      sheet,
      cell,
      value,
      message,
      code,
      severity,
    })),
  };
}
