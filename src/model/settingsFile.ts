import { z } from 'zod';
import { settingsText } from '../messages/zh-CN';
import { fillTemplate } from '../messages/issues';
import { Settings, settingsSchema } from './settings';

/** zod's own Chinese messages, the fallback for the rare issues `describeZodIssue` leaves out. */
const chineseErrors = z.locales.zhCN().localeError;

const TYPE_NAMES: Record<string, string> = settingsText.typeNames;

/**
 * Words the common zod issues in the project's own Chinese, since zod's zh-CN
 * locale mixes in English type names (期望 number >0).
 */
function describeZodIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      return fillTemplate(settingsText.expectedType, { type: TYPE_NAMES[issue.expected] ?? issue.expected });
    case 'too_small':
      return describeBound(issue.origin, issue.minimum, issue.inclusive ?? false, 'min');
    case 'too_big':
      return describeBound(issue.origin, issue.maximum, issue.inclusive ?? false, 'max');
    case 'unrecognized_keys':
      return fillTemplate(settingsText.unknownKeys, { keys: issue.keys.join('、') });
    case 'invalid_value':
      return fillTemplate(settingsText.expectedOneOf, { values: issue.values.map(String).join('、') });
    default:
      return undefined;
  }
}

function describeBound(origin: string, bound: number | bigint, inclusive: boolean, side: 'min' | 'max'): string | undefined {
  if (origin === 'number') {
    const template = side === 'min' ? (inclusive ? settingsText.numberAtLeast : settingsText.numberAbove) : inclusive ? settingsText.numberAtMost : settingsText.numberBelow;
    return fillTemplate(template, { bound: String(bound) });
  }
  if (origin === 'string' && side === 'min') {
    return settingsText.textEmpty;
  }
  if (origin === 'array') {
    return fillTemplate(side === 'min' ? settingsText.listAtLeast : settingsText.listAtMost, { bound: String(bound) });
  }
  return undefined;
}

function settingsError(issue: z.core.$ZodRawIssue): string | undefined {
  const message = describeZodIssue(issue);
  if (message !== undefined) {
    return message;
  }
  const fallback = chineseErrors(issue);
  return typeof fallback === 'string' ? fallback : fallback?.message;
}

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; message: string };

/**
 * Parses settings from JSON text and validates them. Returns a Chinese message
 * naming the first invalid field instead of throwing.
 *
 * Example: `parseSettingsJson('{"warrantyWarningDays": 60}')` gives the defaults with a 60-day window.
 */
export function parseSettingsJson(text: string, fileName: string): SettingsResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: fillTemplate(settingsText.invalidJson, { file: fileName, reason: (error as Error).message }) };
  }

  const result = settingsSchema.safeParse(raw, { error: settingsError });
  if (result.success) {
    return { ok: true, settings: result.data };
  }
  return { ok: false, message: describeSettingsError(result.error, fileName) };
}

function describeSettingsError(error: z.ZodError, fileName: string): string {
  const lines = error.issues.map((issue) =>
    fillTemplate(settingsText.invalidField, {
      field: issue.path.length > 0 ? issue.path.join('.') : '（根）',
      reason: issue.message,
    }),
  );
  return [fillTemplate(settingsText.invalidFile, { file: fileName }), ...lines].join('\n');
}
