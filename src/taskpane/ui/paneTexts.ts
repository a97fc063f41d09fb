import { paneText, paneUiText } from '../../messages/zh-CN';

/**
 * Fills every element that has a `data-text` attribute with the catalogue
 * text at that path of `paneUiText` (e.g. `columns.role`), through
 * textContent, and sets the page title.
 *
 * Example: `<th data-text="columns.role">` becomes `<th>类型</th>`.
 */
export function applyPaneTexts(root: Document): void {
  root.title = paneText.title;
  root.getElementById('title')!.textContent = paneText.title;

  root.querySelectorAll<HTMLElement>('[data-text]').forEach((element) => {
    const text = textAt(element.dataset.text ?? '');
    if (text !== undefined) element.textContent = text;
  });
}

function textAt(path: string): string | undefined {
  let node: unknown = paneUiText;
  for (const key of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : undefined;
}
