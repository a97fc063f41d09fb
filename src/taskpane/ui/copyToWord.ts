import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { ReportDocument } from '../../report/document';
import { downloadBlob } from './downloadBlob';

/** Route the report took to the user: the Clipboard API, the execCommand fallback, or the HTML dialog. */
export type CopyOutcome = 'clipboard' | 'execCommand' | 'dialog';

/**
 * Puts the report on the clipboard as HTML that Word pastes with borders,
 * merges and chart images (PNG, drawn on a canvas). Tries, in order:
 * 1. `navigator.clipboard.write` with a text/html ClipboardItem, called at
 *    once with promised blobs so the click's user activation still counts;
 * 2. a hidden contenteditable copy of the report and `execCommand('copy')`,
 *    for hosts that block the Clipboard API (Excel on the web);
 * 3. a dialog showing the HTML source with a download button.
 *
 * Example: `await copyReportToWord(report, document)` returns 'clipboard' in desktop Excel.
 */
export async function copyReportToWord(
  report: ReportDocument,
  root: Document
): Promise<CopyOutcome> {
  const htmlPromise = renderReportHtml(report);

  if (await writeClipboard(root, htmlPromise)) return 'clipboard';

  const html = await htmlPromise;
  if (copyWithSelection(root, html)) return 'execCommand';

  showHtmlDialog(root, html, fillTemplate(paneUiText.htmlFileName, { month: report.month }));
  return 'dialog';
}

/** Renders the report's HTML with PNG charts. The renderer and ECharts load by dynamic import on first use. */
async function renderReportHtml(report: ReportDocument): Promise<string> {
  const [{ renderHtmlFragment }, { rasteriseSvgImages }] = await Promise.all([
    import(/* webpackChunkName: "report-html" */ '../../report/render/html'),
    import(/* webpackChunkName: "report-html" */ './chartImages'),
  ]);
  return rasteriseSvgImages(renderHtmlFragment(report, { chartFormat: 'svg' }));
}

async function writeClipboard(root: Document, htmlPromise: Promise<string>): Promise<boolean> {
  const clipboard = root.defaultView?.navigator.clipboard;
  const Item = root.defaultView?.ClipboardItem;
  if (clipboard?.write === undefined || Item === undefined) return false;

  try {
    const item = new Item({
      'text/html': htmlPromise.then((html) => new Blob([html], { type: 'text/html' })),
      'text/plain': htmlPromise.then(
        (html) => new Blob([plainText(root, html)], { type: 'text/plain' })
      ),
    });
    await clipboard.write([item]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies rendered HTML by selecting it in the hidden contenteditable area.
 * DOMParser parses the HTML without running scripts, and its nodes are moved
 * in. Every cell text in it was escaped by the HTML renderer.
 */
function copyWithSelection(root: Document, html: string): boolean {
  const area = root.getElementById('copy-area');
  const selection = root.defaultView?.getSelection();
  if (area === null || selection === null || selection === undefined) return false;

  const parsed = new DOMParser().parseFromString(html, 'text/html');
  area.replaceChildren(
    ...Array.from(parsed.body.childNodes).map((node) => root.importNode(node, true))
  );

  try {
    const range = root.createRange();
    range.selectNodeContents(area);
    selection.removeAllRanges();
    selection.addRange(range);
    return root.execCommand('copy');
  } catch {
    return false;
  } finally {
    selection.removeAllRanges();
    area.replaceChildren();
  }
}

function showHtmlDialog(root: Document, html: string, fileName: string): void {
  const dialog = root.getElementById('clipboard-dialog')!;
  const source = root.getElementById('clipboard-html') as HTMLTextAreaElement;
  const download = root.getElementById('clipboard-download') as HTMLButtonElement;
  const close = root.getElementById('clipboard-close') as HTMLButtonElement;

  source.value = html;
  download.onclick = () =>
    downloadBlob(root, new Blob([wrapPage(html)], { type: 'text/html' }), fileName);
  close.onclick = () => {
    dialog.hidden = true;
    source.value = '';
  };
  dialog.hidden = false;
  source.focus();
  source.select();
}

/** Wraps the fragment in a standalone page, so Word opens the downloaded file as UTF-8. */
function wrapPage(html: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"></head><body>${html}</body></html>`;
}

function plainText(root: Document, html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
}
