import { defaultSettings, Settings } from '../../model/settings';
import type { Source } from '../../model/sources/source';
import type { Diagnostic } from '../../model/diagnostic';
import type { ReportDocument } from '../../report/document';
import type { PaneHost } from './paneHost';
import type { SourceChoices } from './sourceEntries';

/** Everything the pane's handlers read and change: the host, the page and what the user has chosen so far. */
export interface Pane {
  root: Document;
  host: PaneHost;
  settings: Settings;
  /** True when the settings came from the ITSM设置 sheet. */
  settingsFromSheet: boolean;
  /** Data sheets of the open workbook, as last read. */
  workbookSources: Source[];
  /** Sheets of the .xlsx files the user added. */
  addedSources: Source[];
  choices: SourceChoices;
  /** 报告月份 of the 报告信息 sheet, as YYYY-MM, when it names one. */
  reportInfoMonth?: string;
  /** The last report written, for 复制到 Word and 保存 Word 文档. */
  report?: ReportDocument;
  diagnostics: Diagnostic[];
}

/**
 * Creates the pane's state with default settings and no sources read yet.
 *
 * Example: `createPane(document, officePaneHost())`.
 */
export function createPane(root: Document, host: PaneHost): Pane {
  return {
    root,
    host,
    settings: defaultSettings(),
    settingsFromSheet: false,
    workbookSources: [],
    addedSources: [],
    choices: { roleOverrides: new Map(), excluded: new Set() },
    diagnostics: [],
  };
}

/** The element with that id; the page template defines every id the pane uses. */
export function element<T extends HTMLElement = HTMLElement>(pane: Pane, id: string): T {
  return pane.root.getElementById(id) as T;
}
