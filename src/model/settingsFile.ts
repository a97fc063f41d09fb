import { z } from 'zod';
import { settingsText } from '../messages/zh-CN';
import { fillTemplate } from '../messages/issues';
import { Settings, settingsSchema } from './settings';

/** zod's own Chinese messages, so field errors read in the user's language. */
const chineseErrors = z.locales.zhCN().localeError;

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

  const result = settingsSchema.safeParse(raw, { error: chineseErrors });
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
