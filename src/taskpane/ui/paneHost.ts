import type { ExcelRun } from '../buildHandler';
import { paneUiText } from '../../messages/zh-CN';

/** What the pane needs from Office: a batch runner and facts about the open workbook. */
export interface PaneHost {
  run: ExcelRun;
  /** File name of the open workbook, shown in the sources list and in diagnostics. */
  workbookName: string;
  /** True when the host supports ExcelApi 1.16, which reports the 1904 date system. */
  can1904: boolean;
}

/**
 * Builds the pane host from the Office.js globals, after `Office.onReady`.
 *
 * Example: `officePaneHost()` returns `{ run: Excel.run, workbookName: '月报素材.xlsx', can1904: true }`.
 */
export function officePaneHost(): PaneHost {
  return {
    run: (batch) => Excel.run(batch),
    workbookName: workbookNameOf(Office.context.document?.url),
    can1904: Office.context.requirements.isSetSupported('ExcelApi', '1.16'),
  };
}

/** The last path segment of the document URL, or a generic name for an unsaved workbook. */
export function workbookNameOf(url: string | undefined): string {
  const segment = (url ?? '').split(/[\\/]/).pop() ?? '';
  const name = safeDecode(segment.split(/[?#]/)[0]).trim();
  return name === '' ? paneUiText.defaultWorkbookName : name;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
