import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { Diagnostic } from '../../model/diagnostic';

/**
 * Draws the data-check list: severity, location, message and the cell's
 * text, each through textContent. A problem in a sheet of the open workbook
 * (`workbookName`) with a cell address is a button that calls `onSelect`;
 * the others are plain text.
 *
 * Example: `renderDiagnosticList(ul, diagnostics, '月报素材.xlsx', (d) => selectCell(d))`.
 */
export function renderDiagnosticList(
  list: HTMLElement,
  diagnostics: Diagnostic[],
  workbookName: string,
  onSelect: (diagnostic: Diagnostic, item: HTMLElement) => void
): void {
  const doc = list.ownerDocument;
  list.replaceChildren();

  for (const diagnostic of diagnostics) {
    const item = doc.createElement('li');
    item.className = 'diagnostic';
    const selectable = diagnostic.file === workbookName && diagnostic.cell !== '';
    const body = doc.createElement(selectable ? 'button' : 'div');
    body.className = selectable ? 'diagnostic-button' : 'diagnostic-static';
    if (selectable) {
      (body as HTMLButtonElement).type = 'button';
      body.addEventListener('click', () => onSelect(diagnostic, item));
    } else if (diagnostic.file !== workbookName) {
      body.title = paneUiText.notInWorkbook;
    }

    body.append(...diagnosticParts(doc, diagnostic));
    item.append(body);
    list.append(item);
  }
}

/**
 * Returns the summary line above the list.
 *
 * Example: `diagnosticSummary(diagnostics)` returns `'共 6 个问题（错误 5 个）。…'`.
 */
export function diagnosticSummary(diagnostics: Diagnostic[]): string {
  if (diagnostics.length === 0) return paneUiText.diagnosticsNone;
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length;
  return fillTemplate(paneUiText.diagnosticsCount, { count: diagnostics.length, errors });
}

function diagnosticParts(doc: Document, diagnostic: Diagnostic): HTMLElement[] {
  const severity = span(
    doc,
    `severity ${diagnostic.severity}`,
    paneUiText.severity[diagnostic.severity]
  );
  const where =
    diagnostic.cell === ''
      ? fillTemplate(paneUiText.locationSheet, { file: diagnostic.file, sheet: diagnostic.sheet })
      : fillTemplate(paneUiText.location, {
          file: diagnostic.file,
          sheet: diagnostic.sheet,
          cell: diagnostic.cell,
        });
  const parts = [
    severity,
    span(doc, 'location', where),
    span(doc, 'diagnostic-message', diagnostic.message),
  ];
  if (diagnostic.value !== '') {
    parts.push(
      span(doc, 'diagnostic-value', fillTemplate(paneUiText.cellValue, { value: diagnostic.value }))
    );
  }
  return parts;
}

function span(doc: Document, className: string, text: string): HTMLElement {
  const element = doc.createElement('span');
  element.className = className;
  element.textContent = text;
  return element;
}
