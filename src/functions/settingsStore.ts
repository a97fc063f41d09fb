import { defaultSettings, Settings } from '../model/settings';

let current: Settings = defaultSettings();

/**
 * Returns the settings the custom functions use. The functions and the task
 * pane share one JavaScript runtime, so the pane's `setSettings` is seen by
 * the next function call.
 */
export function getSettings(): Settings {
  return current;
}

/**
 * Replaces the settings, for example with those the task pane read from the
 * ITSM设置 sheet. The caller validates them with `settingsSchema` first.
 *
 * NOTE: Excel does not recalculate formulas when settings change; the caller
 * must request a full recalculation for the cells to show the new results.
 */
export function setSettings(settings: Settings): void {
  current = settings;
}

/** Restores the default settings. */
export function resetSettings(): void {
  current = defaultSettings();
}
