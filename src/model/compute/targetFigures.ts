import type { Diagnostic } from '../diagnostic';
import { describeIssue } from '../../messages/issues';
import { parseCount } from '../parse/parseCount';
import { parseTarget } from '../parse/parseTarget';
import type { Incident, TargetRow } from '../records';
import type { ReportMonth } from '../reportMonth';
import { SERVICE_CATEGORIES, Settings } from '../settings';
import { displayText } from '../sources/displayText';
import { AttainmentStatus, combineAttainments, judgeAttainment } from './attainment';
import { incidentsInMonth, incidentsYearToDate, isTimeout } from './incidentFigures';
import type { CellValue } from '../sources/source';

/** How a figure of the target table was obtained, shown in the report. */
export type FigureRule = 'logs' | 'typedPlusMonth' | 'typed';

export interface TargetValueFigure {
  /** Text shown in the report, e.g. "2（网站平台部）". */
  text: string;
  value: number | null;
  rule: FigureRule;
}

export interface IndicatorFigure {
  indicator: string;
  target: string;
  month: TargetValueFigure;
  ytd: TargetValueFigure;
  status: AttainmentStatus;
  responsible: string;
  provider: string;
  frequency: string;
}

export interface TargetGroupFigure {
  category: string;
  target: string;
  targetValue: string;
  month: TargetValueFigure;
  ytd: TargetValueFigure;
  status: AttainmentStatus;
  indicators: IndicatorFigure[];
}

export interface TargetContext {
  incidents: Incident[];
  /** Incidents of earlier months of the year are in the logs, so year-to-date counts come from them. */
  logsCoverYear: boolean;
  servicesOverdue: number | null;
  month: ReportMonth;
  settings: Settings;
}

type Measure = (incidents: Incident[]) => number;

/**
 * Computes the quality-target table: 本月值 from the logs where the indicator
 * is an incident count, a timeout count or 业务办理超时完成; 累计值 from the
 * logs when they cover the year, else typed 累计值 (last month's) plus 本月值;
 * the typed values elsewhere. Typed values that disagree with computed ones
 * become diagnostics.
 */
export function computeTargetFigures(rows: TargetRow[], context: TargetContext): { groups: TargetGroupFigure[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const groups = groupRows(rows).map((groupRows) => computeGroup(groupRows, context, diagnostics));
  return { groups, diagnostics };
}

function groupRows(rows: TargetRow[]): TargetRow[][] {
  const groups: TargetRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last[0].category === row.category && last[0].target === row.target) {
      last.push(row);
    } else {
      groups.push([row]);
    }
  }
  return groups;
}

function computeGroup(rows: TargetRow[], context: TargetContext, diagnostics: Diagnostic[]): TargetGroupFigure {
  const first = rows[0];
  const indicators = rows
    .filter((row) => row.indicator !== '')
    .map((row) =>
      computeIndicator(
        { label: row.indicator, target: row.subTargetValue, ytd: row.subYtd, month: row.subMonth, frequency: row.frequency },
        { row, ytdCell: row.cells.subYtd, monthCell: row.cells.subMonth },
        context,
        diagnostics,
      ),
    );

  const targetExpression = parseTarget(first.targetValue);
  const groupFrequency = indicators.find((indicator) => indicator.frequency !== '')?.frequency ?? first.frequency;
  const own = computeIndicator(
    { label: first.target, target: first.targetValue, ytd: first.ytd, month: first.month, frequency: groupFrequency },
    { row: first, ytdCell: first.cells.ytd, monthCell: first.cells.month },
    context,
    diagnostics,
  );
  const isAllSubTargets = targetExpression.ok && targetExpression.value?.kind === 'allSubTargets';

  return {
    category: first.category,
    target: first.target,
    targetValue: cellString(first.targetValue),
    month: own.month,
    ytd: own.ytd,
    status: isAllSubTargets ? combineAttainments(indicators.map((indicator) => indicator.status)) : own.status,
    indicators,
  };
}

interface IndicatorInput {
  label: string;
  target: CellValue;
  ytd: CellValue;
  month: CellValue;
  frequency: string;
}

interface IndicatorPlace {
  row: TargetRow;
  ytdCell: string;
  monthCell: string;
}

function computeIndicator(
  input: IndicatorInput,
  place: IndicatorPlace,
  context: TargetContext,
  diagnostics: Diagnostic[],
): IndicatorFigure {
  const measure = findMeasure(input.label, context);
  const typedMonth = typedCount(input.month);
  const typedYtd = typedCount(input.ytd);
  let month: TargetValueFigure = { text: typedMonth.text, value: typedMonth.value, rule: 'typed' };
  let ytd: TargetValueFigure = { text: typedYtd.text, value: typedYtd.value, rule: 'typed' };

  if (measure !== undefined) {
    const computedMonth = measure.month;
    month = { text: String(computedMonth), value: computedMonth, rule: 'logs' };
    checkTyped(typedMonth.value, computedMonth, input.label, '本月值', place.monthCell, place.row, diagnostics);

    if (context.logsCoverYear) {
      ytd = { text: String(measure.yearToDate), value: measure.yearToDate, rule: 'logs' };
      checkTyped(typedYtd.value, measure.yearToDate, input.label, '累计值', place.ytdCell, place.row, diagnostics);
    } else if (typedYtd.value !== null || typedYtd.text === '') {
      const total = (typedYtd.value ?? 0) + computedMonth;
      ytd = { text: `${total}${typedYtd.note ? `（${typedYtd.note}）` : ''}`, value: total, rule: 'typedPlusMonth' };
    }
  }

  const target = parseTarget(input.target);
  const status = judgeAttainment({
    target: target.ok ? target.value : null,
    actual: ytd.value ?? month.value,
    actualText: ytd.text !== '' ? ytd.text : month.text,
    frequency: input.frequency,
    month: context.month.month,
  });

  return {
    indicator: input.label,
    target: cellString(input.target),
    month,
    ytd,
    status,
    responsible: place.row.responsible,
    provider: place.row.provider,
    frequency: input.frequency,
  };
}

/**
 * Finds the count an indicator names: 一级事件次数 (by category when the name
 * has one), 二级以上…超时次数, 业务办理超时完成. Undefined for other indicators.
 */
function findMeasure(label: string, context: TargetContext): { month: number; yearToDate: number } | undefined {
  const category = SERVICE_CATEGORIES.find((name) => label.includes(name));
  const inCategory = (incidents: Incident[]) =>
    category === undefined ? incidents : incidents.filter((incident) => incident.category === category);

  let measure: Measure | undefined;
  if (/一级事件/.test(label)) {
    measure = (incidents) => inCategory(incidents).filter((incident) => incident.level === 1).length;
  } else if (/二级以上/.test(label) && /超时/.test(label)) {
    measure = (incidents) => inCategory(incidents).filter((incident) => isTimeout(incident, context.settings)).length;
  } else if (/业务办理超时/.test(label) && context.servicesOverdue !== null) {
    const overdue = context.servicesOverdue;
    return { month: overdue, yearToDate: overdue };
  }

  if (!measure) {
    return undefined;
  }
  return {
    month: measure(incidentsInMonth(context.incidents, context.month)),
    yearToDate: measure(incidentsYearToDate(context.incidents, context.month)),
  };
}

function checkTyped(
  typed: number | null,
  computed: number,
  indicator: string,
  field: string,
  cell: string,
  row: TargetRow,
  diagnostics: Diagnostic[],
): void {
  if (typed === null || typed === computed) {
    return;
  }
  const detail = { indicator, field, typed, computed };
  diagnostics.push({
    code: 'target.valueMismatch',
    severity: 'warning',
    file: row.origin.file,
    sheet: row.origin.sheet,
    cell,
    value: String(typed),
    message: describeIssue('target.valueMismatch', detail),
  });
}

function typedCount(value: CellValue): { text: string; value: number | null; note?: string } {
  const text = cellString(value);
  const parsed = parseCount(value);
  if (!parsed.ok || parsed.value === null) {
    return { text, value: null };
  }
  return { text, value: parsed.value.value, note: parsed.value.note };
}

function cellString(value: CellValue): string {
  return displayText(value, undefined, false);
}
