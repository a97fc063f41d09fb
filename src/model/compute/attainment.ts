import type { TargetExpression } from '../parse/parseTarget';

/** Verdicts of the 达标情况 column. */
export const ATTAINMENT_STATUSES = ['达标', '未达标', '进行中', '不适用', '数据缺失'] as const;
export type AttainmentStatus = (typeof ATTAINMENT_STATUSES)[number];

/**
 * Tells whether a target with this 统计频次 is measured in a month:
 * 每月 every month, 每季度 in 3/6/9/12, 半年 in 6 and 12, 每年 in December.
 * An empty or unknown frequency counts as monthly.
 */
export function isMeasuredIn(frequency: string, month: number): boolean {
  const text = frequency.replace(/\s+/g, '');
  if (/半年/.test(text)) {
    return month === 6 || month === 12;
  }
  if (/季/.test(text)) {
    return month % 3 === 0;
  }
  if (/年/.test(text)) {
    return month === 12;
  }
  return true;
}

export interface AttainmentInput {
  target: TargetExpression | null;
  /** The figure compared with the target: the year-to-date value for yearly targets. */
  actual: number | null;
  /** The figure as typed, for text targets such as 完成. */
  actualText: string;
  frequency: string;
  /** Report month, 1–12. */
  month: number;
}

/**
 * Judges one target for the report month. An "at least" target not yet
 * reached is 进行中 until December, since every target of the table is yearly.
 *
 * Example: target ≥4 (次), actual 2, 每月, November → 进行中; target 0 (次), actual 1 → 未达标.
 */
export function judgeAttainment(input: AttainmentInput): AttainmentStatus {
  const { target, actual, actualText, frequency, month } = input;
  if (!isMeasuredIn(frequency, month) || target === null || target.kind === 'notMeasured' || target.kind === 'allSubTargets') {
    return '不适用';
  }

  if (target.kind === 'equals') {
    if (actualText.trim() === '') {
      return '数据缺失';
    }
    return actualText.trim() === target.text ? '达标' : '未达标';
  }

  if (actual === null) {
    return '数据缺失';
  }
  if (target.kind === 'atMost') {
    const met = target.strict ? actual < target.value : actual <= target.value;
    return met ? '达标' : '未达标';
  }
  if (target.strict ? actual > target.value : actual >= target.value) {
    return '达标';
  }
  return month < 12 ? '进行中' : '未达标';
}

/**
 * Combines the verdicts of a target's sub-targets (分指标全达标). Any 未达标 or
 * 数据缺失 decides the result, then any 进行中. The target is 达标 when every
 * measured sub-target is met, and 不适用 when none is measured this month.
 */
export function combineAttainments(statuses: AttainmentStatus[]): AttainmentStatus {
  for (const decisive of ['未达标', '数据缺失', '进行中'] as const) {
    if (statuses.includes(decisive)) {
      return decisive;
    }
  }
  return statuses.includes('达标') ? '达标' : '不适用';
}
