import { applyPaneTexts } from './paneTexts';
import { defaultReportMonth } from './monthInput';
import {
  handleAddFiles,
  handleBuild,
  handleCopyToWord,
  handleCreateSettings,
  handleReloadSettings,
  handleReloadSources,
  handleSaveDocx,
  sourcesTableHandlers,
} from './paneHandlers';
import type { PaneHost } from './paneHost';
import { createPane, element, Pane } from './paneState';
import { renderInfoMonthOffer, renderSettings, renderSources } from './paneView';

/**
 * Fills the page's texts, connects every control to its handler, then reads
 * the settings and the open workbook's sources. Returns the pane, whose
 * state tests and the preview may inspect.
 *
 * Example: `await wirePane(document, officePaneHost(), new Date())`.
 */
export async function wirePane(root: Document, host: PaneHost, today: Date): Promise<Pane> {
  const pane = createPane(root, host);
  applyPaneTexts(root);

  const monthInput = element<HTMLInputElement>(pane, 'month-input');
  monthInput.value = defaultReportMonth(today);
  monthInput.addEventListener('change', () => {
    renderInfoMonthOffer(pane);
    renderSources(pane, sourcesTableHandlers(pane));
  });
  element(pane, 'use-info-month').addEventListener('click', () => {
    if (pane.reportInfoMonth === undefined) return;
    monthInput.value = pane.reportInfoMonth;
    monthInput.dispatchEvent(new Event('change'));
  });

  wireSources(pane);
  element(pane, 'create-settings').addEventListener('click', () => void handleCreateSettings(pane));
  element(pane, 'reload-settings').addEventListener('click', () => void handleReloadSettings(pane));
  element(pane, 'build').addEventListener('click', () => void handleBuild(pane));
  element(pane, 'copy-word').addEventListener('click', () => void handleCopyToWord(pane));
  element(pane, 'save-docx').addEventListener('click', () => void handleSaveDocx(pane));

  renderSettings(pane);
  await handleReloadSettings(pane, true);
  await handleReloadSources(pane);
  return pane;
}

function wireSources(pane: Pane): void {
  const fileInput = element<HTMLInputElement>(pane, 'file-input');
  element(pane, 'add-files').addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', () => {
    const files = Array.from(fileInput.files ?? []);
    fileInput.value = '';
    void handleAddFiles(pane, files);
  });
  element(pane, 'reload-sources').addEventListener('click', () => void handleReloadSources(pane));
}
