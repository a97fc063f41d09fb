import { setSettings } from '../../functions/settingsStore';
import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import { defaultSettings, Settings } from '../../model/settings';
import type { ExcelRun } from '../buildHandler';
import {
  createSettingsSheet,
  readSettingsSheet,
  SETTINGS_SHEET_NAME,
} from '../excel/settingsSheet';
import { settingsFromRows } from '../settingsRows';

export interface SettingsLoad {
  settings: Settings;
  /** True when the ITSM设置 sheet exists. */
  fromSheet: boolean;
  /** Chinese message when the sheet contains an invalid value. `settings` is then the previous settings. */
  error?: string;
}

/**
 * Reads the ITSM设置 sheet, validates it and, when valid, hands the settings
 * to the custom functions (the shared settings store). It then requests a
 * full recalculation, so ITSM.* cells show results under the new settings.
 * Without the sheet the defaults apply. Host errors become `error`, never a throw.
 *
 * Example: `await loadSettings(Excel.run, current)` returns `{ settings, fromSheet: true }`.
 */
export async function loadSettings(run: ExcelRun, current: Settings): Promise<SettingsLoad> {
  try {
    const values = await run((context) => readSettingsSheet(context));
    const parsed =
      values === null
        ? { ok: true as const, settings: defaultSettings() }
        : settingsFromRows(values);
    if (!parsed.ok) {
      return {
        settings: current,
        fromSheet: true,
        error: fillTemplate(paneUiText.settingsInvalid, {
          sheet: SETTINGS_SHEET_NAME,
          reason: parsed.message,
        }),
      };
    }

    setSettings(parsed.settings);
    await run(async (context) => {
      context.workbook.application.calculate('Full');
      await context.sync();
    });
    return { settings: parsed.settings, fromSheet: values !== null };
  } catch (error) {
    return { settings: current, fromSheet: false, error: failure(error) };
  }
}

/**
 * Creates the ITSM设置 sheet from the current settings when it is missing,
 * and returns the message to show. No other sheet is written.
 *
 * Example: `await createSettings(Excel.run, settings)` returns `'已创建工作表“ITSM设置”，可在其中修改设置。'`.
 */
export async function createSettings(
  run: ExcelRun,
  settings: Settings
): Promise<{ ok: boolean; message: string }> {
  try {
    const outcome = await run((context) => createSettingsSheet(context, settings));
    const template = outcome === 'created' ? paneUiText.settingsCreated : paneUiText.settingsExists;
    return { ok: true, message: fillTemplate(template, { sheet: SETTINGS_SHEET_NAME }) };
  } catch (error) {
    return { ok: false, message: failure(error) };
  }
}

function failure(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return fillTemplate(paneUiText.settingsFailed, { reason });
}
