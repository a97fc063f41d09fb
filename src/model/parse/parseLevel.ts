import type { CellValue } from '../sources/source';
import { isBlank, isErrorValue, isPlaceholder, normalizeText } from './normalizeText';
import { fail, ok, Parsed } from './parsed';

/** Incident severity: 1 is the most severe (一级). */
export type SeverityLevel = 1 | 2 | 3;

const LEVEL_WORDS: Record<string, SeverityLevel> = {
  一: 1, '1': 1, i: 1,
  二: 2, 两: 2, '2': 2, ii: 2,
  三: 3, '3': 3, iii: 3,
};

/** 一级, 1级, Ⅱ级 (II级 after folding), 二级事件, 三级故障, or a bare 1, II. */
const LEVEL_TEXT = /^(一|二|两|三|[123]|i{1,3})\s*(?:级\s*(?:事件|故障|事故)?)?$/i;

const UNCLASSIFIED_WORDS = new Set(['未定级', '未分级', '无级别', '不定级']);

/**
 * Reads an incident level. Blank cells, placeholders and 未定级 give null,
 * which means unclassified (below 三级); anything else that is not level
 * 1–3 gives `level.invalid`.
 *
 * @example parseLevel('Ⅱ级') → ok(2); parseLevel('') → ok(null)
 */
export function parseLevel(value: CellValue | null | undefined): Parsed<SeverityLevel | null> {
  if (value === null || value === undefined || isBlank(value)) {
    return ok(null);
  }
  if (typeof value === 'number') {
    return value === 1 || value === 2 || value === 3 ? ok(value) : fail('level.invalid', value);
  }
  if (typeof value === 'boolean') {
    return fail('level.invalid', value);
  }
  if (isErrorValue(value)) {
    return fail('cell.error', value);
  }

  const text = normalizeText(value);
  if (isPlaceholder(text) || UNCLASSIFIED_WORDS.has(text)) {
    return ok(null);
  }

  const match = LEVEL_TEXT.exec(text);
  if (!match) {
    return fail('level.invalid', value);
  }
  return ok(LEVEL_WORDS[match[1].toLowerCase()]);
}
