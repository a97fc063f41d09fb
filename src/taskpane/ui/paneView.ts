import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import { formatReportMonth, parseReportMonth } from '../../model/reportMonth';
import { SETTINGS_SHEET_NAME } from '../excel/settingsSheet';
import { renderFactList } from './factList';
import { reportInfoFacts, settingsFacts } from './infoFacts';
import { readReportMonth } from './monthInput';
import { element, Pane } from './paneState';
import { summariseSources } from './sourceEntries';
import { renderSourcesTable, SourcesTableHandlers } from './sourcesTable';

export type NoticeKind = 'info' | 'error' | 'success';

/**
 * Shows a one-line message above the sections, or hides it for an empty text.
 *
 * Example: `showNotice(pane, '设置已读取。', 'success')`.
 */
export function showNotice(pane: Pane, text: string, kind: NoticeKind = 'info'): void {
  const notice = element(pane, 'notice');
  notice.textContent = text;
  notice.className = kind === 'info' ? 'notice' : `notice ${kind}`;
  notice.hidden = text === '';
}

/**
 * Redraws the sources list and the 报告信息 panel from the pane's sources and
 * choices, and offers the 报告信息 month when it differs from the picker's.
 *
 * Example: `renderSources(pane, handlers)` after the workbook was read.
 */
export function renderSources(pane: Pane, handlers: SourcesTableHandlers): void {
  const monthInput = element<HTMLInputElement>(pane, 'month-input');
  const month = readReportMonth(monthInput.value) ?? { year: new Date().getFullYear(), month: 1 };
  const overview = summariseSources(
    pane.workbookSources,
    pane.addedSources,
    pane.choices,
    month,
    pane.settings
  );

  renderSourcesTable(element(pane, 'sources-body'), overview.entries, handlers);
  const status = element(pane, 'sources-status');
  status.hidden = overview.entries.length > 0;
  status.textContent = overview.entries.length > 0 ? '' : paneUiText.noSources;

  renderFactList(
    element(pane, 'report-info'),
    overview.reportInfo === null ? [] : reportInfoFacts(overview.reportInfo)
  );
  element(pane, 'report-info-missing').hidden = overview.reportInfo !== null;

  const infoMonth =
    overview.reportInfo === null ? undefined : parseReportMonth(overview.reportInfo.reportMonth);
  pane.reportInfoMonth = infoMonth === undefined ? undefined : formatReportMonth(infoMonth);
  renderInfoMonthOffer(pane);
}

/** Shows 使用报告信息中的月份 only when the 报告信息 month differs from the picker's. */
export function renderInfoMonthOffer(pane: Pane): void {
  const offer = element<HTMLButtonElement>(pane, 'use-info-month');
  const current = element<HTMLInputElement>(pane, 'month-input').value;
  offer.hidden = pane.reportInfoMonth === undefined || pane.reportInfoMonth === current;
  offer.textContent = fillTemplate(paneUiText.useReportInfoMonth, {
    month: pane.reportInfoMonth ?? '',
  });
}

/**
 * Redraws the settings panel: where the settings come from and their values.
 *
 * Example: `renderSettings(pane)` after the ITSM设置 sheet was read.
 */
export function renderSettings(pane: Pane): void {
  const source = pane.settingsFromSheet
    ? paneUiText.settingsSource.sheet
    : paneUiText.settingsSource.defaults;
  element(pane, 'settings-source').textContent = fillTemplate(source, {
    sheet: SETTINGS_SHEET_NAME,
  });
  renderFactList(element(pane, 'settings-facts'), settingsFacts(pane.settings));
  element<HTMLButtonElement>(pane, 'create-settings').hidden = pane.settingsFromSheet;
}
