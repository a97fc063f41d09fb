import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { Diagnostic } from '../../model/diagnostic';
import type { SourceRole } from '../../model/sources/roles';
import { BuildOutcome, buildMonthlyReport, isDataSheet } from '../buildHandler';
import { readWorkbookSources } from '../excel/readWorkbookSources';
import { confirmInPane } from './confirmDialog';
import { copyReportToWord, CopyOutcome } from './copyToWord';
import { diagnosticSummary, renderDiagnosticList } from './diagnosticList';
import { renderFactList } from './factList';
import { figureFacts } from './infoFacts';
import { readReportMonth } from './monthInput';
import { element, Pane } from './paneState';
import { renderSettings, renderSources, showNotice } from './paneView';
import { showProgress } from './progressBar';
import { readAddedFiles } from './readAddedFiles';
import { saveWordDocument } from './saveWordDocument';
import { selectDiagnosticCell } from './selectDiagnosticCell';
import { createSettings, loadSettings } from './settingsActions';
import type { SourcesTableHandlers } from './sourcesTable';

/**
 * The handlers behind the pane's buttons. Each takes the pane, changes its
 * state and redraws what changed; none throws, failures become a notice.
 * `wirePane` connects them to the page; tests call them directly.
 */

/** Reads the open workbook's data sheets (two syncs) and redraws the sources list. */
export async function handleReloadSources(pane: Pane): Promise<void> {
  const status = element(pane, 'sources-status');
  status.hidden = false;
  status.textContent = paneUiText.readingSources;

  try {
    const sources = await pane.host.run((context) =>
      readWorkbookSources(context, {
        workbookName: pane.host.workbookName,
        can1904: pane.host.can1904,
      })
    );
    pane.workbookSources = sources.filter(isDataSheet);
  } catch (error) {
    showNotice(pane, fillTemplate(paneUiText.sourcesFailed, { reason: reasonOf(error) }), 'error');
  }
  renderSources(pane, sourcesTableHandlers(pane));
}

/** Reads the picked .xlsx files in the pane (exceljs loads on first use); a file added again replaces its earlier sheets. */
export async function handleAddFiles(pane: Pane, files: File[]): Promise<void> {
  if (files.length === 0) return;
  showNotice(pane, paneUiText.readingFiles);

  const added = await readAddedFiles(files);
  const names = new Set(files.map((file) => file.name));
  pane.addedSources = [
    ...pane.addedSources.filter((source) => !names.has(source.origin.file)),
    ...added.sources,
  ];

  showNotice(pane, added.problems.join('\n'), added.problems.length > 0 ? 'error' : 'info');
  renderSources(pane, sourcesTableHandlers(pane));
}

/** Creates the sources list's callbacks: role correction, exclusion and removal of an added file. */
export function sourcesTableHandlers(pane: Pane): SourcesTableHandlers {
  const redraw = () => renderSources(pane, sourcesTableHandlers(pane));
  return {
    onRoleChange: (key: string, role: SourceRole) => {
      pane.choices.roleOverrides.set(key, role);
      redraw();
    },
    onExcludeChange: (key: string, excluded: boolean) => {
      if (excluded) pane.choices.excluded.add(key);
      else pane.choices.excluded.delete(key);
      redraw();
    },
    onRemoveFile: (file: string) => {
      pane.addedSources = pane.addedSources.filter((source) => source.origin.file !== file);
      redraw();
    },
  };
}

/** Reads ITSM设置 (or the defaults), pushes valid settings to the functions and recalculates. */
export async function handleReloadSettings(pane: Pane, quiet = false): Promise<void> {
  const loaded = await loadSettings(pane.host.run, pane.settings);
  pane.settings = loaded.settings;
  pane.settingsFromSheet = loaded.fromSheet;
  renderSettings(pane);

  if (loaded.error !== undefined) showNotice(pane, loaded.error, 'error');
  else if (!quiet) showNotice(pane, paneUiText.settingsLoaded, 'success');
}

/** Creates ITSM设置 filled with the current settings, then reads it back. */
export async function handleCreateSettings(pane: Pane): Promise<void> {
  const created = await createSettings(pane.host.run, pane.settings);
  if (created.ok) await handleReloadSettings(pane, true);
  showNotice(pane, created.message, created.ok ? 'success' : 'error');
}

/**
 * 生成月报: builds the report into the open workbook with a progress bar.
 * When the month's sheet exists it requests confirmation in the pane's dialog, then builds
 * again with `replace`. Shows the key figures and the data-check list.
 */
export async function handleBuild(pane: Pane): Promise<BuildOutcome | 'cancelled' | 'invalid'> {
  const month = readReportMonth(element<HTMLInputElement>(pane, 'month-input').value);
  if (month === undefined) {
    showNotice(pane, paneUiText.monthInvalid, 'error');
    return 'invalid';
  }

  const button = element<HTMLButtonElement>(pane, 'build');
  button.disabled = true;
  button.textContent = paneUiText.building;
  showNotice(pane, '');

  try {
    let outcome = await buildOnce(pane, month, false);
    if (outcome.status === 'exists') {
      showProgress(
        element(pane, 'progress'),
        element(pane, 'progress-bar'),
        element(pane, 'progress-label'),
        null
      );
      if (!(await confirmInPane(pane.root, outcome.message))) {
        showNotice(pane, fillTemplate(paneUiText.cancelled, { sheet: outcome.sheetName }));
        return 'cancelled';
      }
      outcome = await buildOnce(pane, month, true);
    }

    showOutcome(pane, outcome);
    return outcome;
  } finally {
    button.disabled = false;
    button.textContent = paneUiText.build;
  }
}

async function buildOnce(
  pane: Pane,
  month: { year: number; month: number },
  replace: boolean
): Promise<BuildOutcome> {
  const progress = [
    element(pane, 'progress'),
    element(pane, 'progress-bar'),
    element(pane, 'progress-label'),
  ] as const;
  const today = new Date();

  return buildMonthlyReport(
    pane.host.run,
    {
      month,
      settings: pane.settings,
      extraSources: pane.addedSources,
      replace,
      excluded: [...pane.choices.excluded].map(splitKey),
      roleOverrides: [...pane.choices.roleOverrides].map(([key, role]) => ({
        ...splitKey(key),
        role,
      })),
      workbookName: pane.host.workbookName,
      can1904: pane.host.can1904,
      today: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
    },
    (step, label) => showProgress(...progress, step, label)
  );
}

function showOutcome(pane: Pane, outcome: BuildOutcome): void {
  const progress = [
    element(pane, 'progress'),
    element(pane, 'progress-bar'),
    element(pane, 'progress-label'),
  ] as const;
  if (outcome.status !== 'written') {
    showProgress(...progress, null);
    showNotice(pane, outcome.message, 'error');
    return;
  }

  showProgress(...progress, 'done', paneUiText.done);
  pane.report = outcome.document;
  pane.diagnostics = outcome.diagnostics;

  element(pane, 'result').hidden = false;
  element(pane, 'result-message').textContent = outcome.message;
  renderFactList(
    element(pane, 'figures'),
    figureFacts(outcome.figures, pane.settings, outcome.syncs)
  );
  element(pane, 'diagnostics-summary').textContent = diagnosticSummary(outcome.diagnostics);
  renderDiagnosticList(
    element(pane, 'diagnostics'),
    outcome.diagnostics,
    pane.host.workbookName,
    (diagnostic, item) => {
      void handleProblemClick(pane, diagnostic, item);
    }
  );
}

/** Selects the problem's cell in the open workbook and marks the item as the selected one. */
export async function handleProblemClick(
  pane: Pane,
  diagnostic: Diagnostic,
  item?: HTMLElement
): Promise<void> {
  const failure = await selectDiagnosticCell(pane.host.run, diagnostic);
  if (failure !== null) {
    showNotice(pane, failure, 'error');
    return;
  }

  element(pane, 'diagnostics')
    .querySelectorAll('.diagnostic.selected')
    .forEach((selected) => selected.classList.remove('selected'));
  item?.classList.add('selected');
  showNotice(pane, '');
}

/** 复制到 Word: the report's HTML to the clipboard, with the fallbacks of `copyReportToWord`. */
export async function handleCopyToWord(pane: Pane): Promise<CopyOutcome | undefined> {
  if (pane.report === undefined) return undefined;
  showNotice(pane, paneUiText.copying);

  const outcome = await copyReportToWord(pane.report, pane.root);
  showNotice(pane, outcome === 'dialog' ? '' : paneUiText.copied, 'success');
  return outcome;
}

/** 保存 Word 文档: renders the .docx in the pane and downloads it. */
export async function handleSaveDocx(pane: Pane): Promise<void> {
  if (pane.report === undefined) return;
  showNotice(pane, paneUiText.saving);

  try {
    const fileName = await saveWordDocument(pane.report, pane.root);
    showNotice(pane, fillTemplate(paneUiText.saved, { file: fileName }), 'success');
  } catch (error) {
    showNotice(pane, fillTemplate(paneUiText.saveFailed, { reason: reasonOf(error) }), 'error');
  }
}

function splitKey(key: string): { file: string; sheet: string } {
  const [file, sheet] = key.split('\u0000');
  return { file, sheet };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
