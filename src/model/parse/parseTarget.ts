import type { CellValue } from '../sources/source';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { isPercentFormat } from './numberFormat';
import { fail, ok, Parsed } from './parsed';

/**
 * A quality target as written in the target table. `strict` marks targets
 * written with > or < rather than ≥ or ≤.
 */
export type TargetExpression =
  | { kind: 'atMost'; value: number; percent: boolean; unit?: string; strict?: boolean }
  | { kind: 'atLeast'; value: number; percent: boolean; unit?: string; strict?: boolean }
  | { kind: 'equals'; text: string }
  | { kind: 'allSubTargets' }
  | { kind: 'notMeasured' };

/** Settings a target parser uses besides the cell value. */
export interface TargetContext {
  /** The cell's number format; a percent format makes 0.9 read as 90%. */
  numberFormat?: string;
}

/** The target kinds that compare against a number. */
type Bound = Extract<TargetExpression, { value: number }>;

type Comparison = { kind: 'atMost' | 'atLeast'; strict: boolean };

const COMPARATORS: Array<[string, Comparison]> = [
  ['>=', { kind: 'atLeast', strict: false }],
  ['≥', { kind: 'atLeast', strict: false }],
  ['≧', { kind: 'atLeast', strict: false }],
  ['不低于', { kind: 'atLeast', strict: false }],
  ['不少于', { kind: 'atLeast', strict: false }],
  ['大于等于', { kind: 'atLeast', strict: false }],
  ['至少', { kind: 'atLeast', strict: false }],
  ['<=', { kind: 'atMost', strict: false }],
  ['≤', { kind: 'atMost', strict: false }],
  ['≦', { kind: 'atMost', strict: false }],
  ['不高于', { kind: 'atMost', strict: false }],
  ['不超过', { kind: 'atMost', strict: false }],
  ['不多于', { kind: 'atMost', strict: false }],
  ['小于等于', { kind: 'atMost', strict: false }],
  ['至多', { kind: 'atMost', strict: false }],
  ['>', { kind: 'atLeast', strict: true }],
  ['大于', { kind: 'atLeast', strict: true }],
  ['<', { kind: 'atMost', strict: true }],
  ['小于', { kind: 'atMost', strict: true }],
];

/** A number, an optional %, and an optional unit bare or in brackets: 0 (次), ≥4 (次), 90%, 5个. */
const QUANTITY = /^(\d+(?:\.\d+)?)\s*(%)?\s*(?:\(\s*([^()\d]{1,4})\s*\)|([次个件台起项单天小时分钟人份]{1,2}))?$/;

const EQUALS_WORDS = new Set(['完成', '按时完成', '全部完成', '已完成', '通过', '合格']);

const ALL_SUB_TARGETS = /^(?:各)?分指标(?:全部|全|均|都)(?:部)?达标$/;

const NOT_MEASURED_WORDS = new Set(['不适用', '不考核', '不统计']);

/**
 * Reads a target expression. 0 (次), 0（个） and 0 mean at most 0; ≥85,
 * >=85, ≥4 (次) and ≥90% mean at least; ≤5% and <=5% mean at most; 100% and a
 * plain positive number (a satisfaction score such as 85) mean at least;
 * 完成 must be met as written; 分指标全达标 means every sub-target is met;
 * —— and other placeholders mean not measured this period. Blank gives null.
 *
 * @example parseTarget('≥90%') → ok({ kind: 'atLeast', value: 90, percent: true })
 */
export function parseTarget(value: CellValue | null | undefined, context: TargetContext = {}): Parsed<TargetExpression | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return parseNumber(value, context);
  }
  if (typeof value === 'boolean') {
    return fail('target.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (isPlaceholder(text) || NOT_MEASURED_WORDS.has(text)) {
    return ok({ kind: 'notMeasured' });
  }
  if (EQUALS_WORDS.has(text)) {
    return ok({ kind: 'equals', text });
  }
  if (ALL_SUB_TARGETS.test(text)) {
    return ok({ kind: 'allSubTargets' });
  }
  return parseComparison(text, value);
}

function parseNumber(value: number, context: TargetContext): Parsed<TargetExpression | null> {
  if (!Number.isFinite(value) || value < 0) {
    return fail('target.invalid', value);
  }
  const percent = isPercentFormat(context.numberFormat);
  const amount = percent ? roundPercent(value * 100) : value;
  if (!Number.isFinite(amount)) {
    return fail('target.invalid', value);
  }
  return ok(amount === 0 ? { kind: 'atMost', value: 0, percent } : { kind: 'atLeast', value: amount, percent });
}

function parseComparison(text: string, input: string): Parsed<TargetExpression | null> {
  const comparator = COMPARATORS.find(([symbol]) => text.startsWith(symbol));
  const rest = comparator ? text.slice(comparator[0].length).trim() : text;

  const match = QUANTITY.exec(rest);
  if (!match) {
    return fail('target.invalid', input);
  }
  const amount = Number(match[1]);
  if (!Number.isFinite(amount)) {
    return fail('target.invalid', input);
  }
  const percent = match[2] !== undefined;
  const unit = match[3] ?? match[4];

  // NOTE: a bare positive number reads as "at least", which fits scores and
  // rates; a count target such as "2 (次)" meaning "at most 2" needs ≤.
  const comparison: Comparison = comparator?.[1] ?? { kind: amount === 0 ? 'atMost' : 'atLeast', strict: false };
  const target: Bound = { kind: comparison.kind, value: amount, percent };
  if (unit !== undefined) {
    target.unit = unit;
  }
  if (comparison.strict) {
    target.strict = true;
  }
  return ok(target);
}

function roundPercent(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
