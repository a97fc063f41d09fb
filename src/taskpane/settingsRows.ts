import { z } from 'zod';
import { fillTemplate } from '../messages/issues';
import { paneUiText } from '../messages/zh-CN';
import type { Settings, SettingsInput } from '../model/settings';
import { settingsSchema } from '../model/settings';
import type { CellValue } from '../model/sources/source';

const labels = paneUiText.settingsSheet;

/** zod's own Chinese messages, so a wrong value is named in the user's language. */
const chineseErrors = z.locales.zhCN().localeError;

/** Columns of the ITSM设置 sheet: label, value, note. */
export const SETTINGS_COLUMNS = 3;

export type SettingsRowsResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * Lays out settings as the rows of the ITSM设置 sheet: a title, one labelled
 * row per scalar setting, then the category rules as a small table. Every
 * row has three cells. Department order is not written; it keeps its default.
 *
 * Example: `settingsToRows(defaultSettings())[2]` returns `['一级事件处理时限（分钟）', 120, '超过时限…']`.
 */
export function settingsToRows(settings: Settings): CellValue[][] {
  const rows: CellValue[][] = [
    [labels.title, '', ''],
    [...labels.header],
    [labels.timeLimit1, settings.timeLimitMinutes['1'], labels.timeLimitNote],
    [labels.timeLimit2, settings.timeLimitMinutes['2'], labels.timeLimitNote],
    [labels.timeLimit3, settings.timeLimitMinutes['3'], labels.timeLimitNote],
    [
      labels.nonFaultTypes,
      settings.nonFaultTypes.join(labels.listSeparator),
      labels.nonFaultTypesNote,
    ],
    [labels.warningDays, settings.warrantyWarningDays, labels.warningDaysNote],
    [labels.defaultCategory, settings.defaultCategory, labels.defaultCategoryNote],
    ['', '', ''],
    [labels.rulesTitle, '', ''],
    [...labels.rulesHeader],
  ];

  for (const rule of settings.categoryRules) {
    rows.push([rule.department, rule.objectKeywords.join(labels.listSeparator), rule.category]);
  }
  return rows;
}

/**
 * Reads settings back from the values of the ITSM设置 sheet, finding each
 * setting by its label in the first column, so the user may insert rows or
 * notes. A missing row keeps its default; a wrong value is returned as a
 * Chinese message naming the setting, never thrown.
 *
 * Example: `settingsFromRows([['维保到期预警（天）', 60]])` returns the defaults with a 60-day window.
 */
export function settingsFromRows(values: CellValue[][]): SettingsRowsResult {
  const input: SettingsInput = {};
  const limits: Record<string, number> = {};
  const limitLabels: Array<[string, '1' | '2' | '3']> = [
    [labels.timeLimit1, '1'],
    [labels.timeLimit2, '2'],
    [labels.timeLimit3, '3'],
  ];

  for (const [label, level] of limitLabels) {
    const value = valueOf(values, label);
    if (value !== undefined) limits[level] = toNumber(value);
  }
  if (Object.keys(limits).length > 0) {
    input.timeLimitMinutes = { '1': 120, '2': 240, '3': 480, ...limits };
  }

  const nonFault = valueOf(values, labels.nonFaultTypes);
  if (nonFault !== undefined) input.nonFaultTypes = splitList(nonFault);

  const warningDays = valueOf(values, labels.warningDays);
  if (warningDays !== undefined) input.warrantyWarningDays = toNumber(warningDays);

  const defaultCategory = valueOf(values, labels.defaultCategory);
  if (defaultCategory !== undefined) input.defaultCategory = String(defaultCategory).trim();

  const rules = categoryRules(values);
  if (rules !== undefined) input.categoryRules = rules;

  const parsed = settingsSchema.safeParse(input, { error: chineseErrors });
  if (parsed.success) return { ok: true, settings: parsed.data };

  const reasons = parsed.error.issues.map((issue) => `${fieldLabel(issue.path)}：${issue.message}`);
  return { ok: false, message: reasons.join('；') };
}

/** Returns the value beside a label, or undefined when no row has that label or its value is blank. */
function valueOf(values: CellValue[][], label: string): CellValue | undefined {
  const row = values.find((cells) => String(cells[0] ?? '').trim() === label);
  const value = row?.[1];
  return value === undefined || String(value).trim() === '' ? undefined : value;
}

/** Reads a number cell or numeric text. Anything else becomes NaN, which the schema reports. */
function toNumber(value: CellValue): number {
  if (typeof value === 'number') return value;
  const text = String(value).normalize('NFKC').trim();
  return text === '' ? Number.NaN : Number(text);
}

function splitList(value: CellValue): string[] {
  return String(value)
    .split(/[、,，;；\s]+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Rows under the rules header until the first blank row; undefined when the sheet has no rules table. */
function categoryRules(values: CellValue[][]): SettingsInput['categoryRules'] {
  const header = values.findIndex((cells) =>
    labels.rulesHeader.every((title, index) => String(cells[index] ?? '').trim() === title)
  );
  if (header < 0) return undefined;

  const rules: NonNullable<SettingsInput['categoryRules']> = [];
  for (const cells of values.slice(header + 1)) {
    const [department, keywords, category] = [0, 1, 2].map((index) =>
      String(cells[index] ?? '').trim()
    );
    if (department === '' && keywords === '' && category === '') break;
    rules.push({ department, objectKeywords: splitList(keywords), category });
  }
  return rules;
}

/** Returns the sheet label of a settings field, so a message points at the row to fix. */
function fieldLabel(path: PropertyKey[]): string {
  const [field, key] = path;
  if (field === 'timeLimitMinutes') {
    const levelLabels: Record<string, string> = {
      '1': labels.timeLimit1,
      '2': labels.timeLimit2,
      '3': labels.timeLimit3,
    };
    return levelLabels[String(key)] ?? path.join('.');
  }
  if (field === 'nonFaultTypes') return labels.nonFaultTypes;
  if (field === 'warrantyWarningDays') return labels.warningDays;
  if (field === 'defaultCategory') return labels.defaultCategory;
  if (field === 'categoryRules') {
    return fillTemplate(labels.ruleNumber, { row: Number(key) + 1 });
  }
  return path.join('.');
}
