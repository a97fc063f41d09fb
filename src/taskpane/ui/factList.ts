/**
 * Fills a `<dl>` with term and value pairs through textContent.
 *
 * Example: `renderFactList(dl, [['编号', 'ITSM-4-RP-01']])` gives `<dt>编号</dt><dd>ITSM-4-RP-01</dd>`.
 */
export function renderFactList(list: HTMLElement, facts: Array<[string, string]>): void {
  const doc = list.ownerDocument;
  list.replaceChildren();

  for (const [term, value] of facts) {
    const dt = doc.createElement('dt');
    dt.textContent = term;
    const dd = doc.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
}
