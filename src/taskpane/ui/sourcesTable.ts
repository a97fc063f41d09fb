import { fillTemplate } from '../../messages/issues';
import { paneUiText, roleLabels } from '../../messages/zh-CN';
import type { SourceRole } from '../../model/sources/roles';
import { SourceEntry, sourceKey } from './sourceEntries';

export interface SourcesTableHandlers {
  onRoleChange: (key: string, role: SourceRole) => void;
  onExcludeChange: (key: string, excluded: boolean) => void;
  onRemoveFile: (file: string) => void;
}

/**
 * Draws the sources list: one heading row per file (the open workbook first),
 * then one row per sheet with a role select, the department, the row count
 * and an exclude checkbox. Every text goes through textContent.
 *
 * Example: `renderSourcesTable(tbody, entries, handlers)` fills `tbody` with `<tr>` rows.
 */
export function renderSourcesTable(
  body: HTMLElement,
  entries: SourceEntry[],
  handlers: SourcesTableHandlers
): void {
  const doc = body.ownerDocument;
  body.replaceChildren();

  for (const [file, sheets] of groupByFile(entries)) {
    body.append(fileRow(doc, file, sheets[0].inWorkbook, handlers));
    for (const entry of sheets) body.append(sheetRow(doc, entry, handlers));
  }
}

function groupByFile(entries: SourceEntry[]): Map<string, SourceEntry[]> {
  const ordered = [
    ...entries.filter((entry) => entry.inWorkbook),
    ...entries.filter((entry) => !entry.inWorkbook),
  ];
  const groups = new Map<string, SourceEntry[]>();
  for (const entry of ordered) groups.set(entry.file, [...(groups.get(entry.file) ?? []), entry]);
  return groups;
}

function fileRow(
  doc: Document,
  file: string,
  inWorkbook: boolean,
  handlers: SourcesTableHandlers
): HTMLTableRowElement {
  const row = doc.createElement('tr');
  row.className = 'file-row';
  const cell = cellWith(doc, inWorkbook ? `${file}（${paneUiText.openWorkbook}）` : file);
  cell.colSpan = inWorkbook ? 5 : 4;
  row.append(cell);

  if (!inWorkbook) {
    const remove = doc.createElement('button');
    remove.type = 'button';
    remove.className = 'link-button';
    remove.textContent = paneUiText.removeFile;
    remove.addEventListener('click', () => handlers.onRemoveFile(file));
    const removeCell = doc.createElement('td');
    removeCell.className = 'center';
    removeCell.append(remove);
    row.append(removeCell);
  }
  return row;
}

function sheetRow(
  doc: Document,
  entry: SourceEntry,
  handlers: SourcesTableHandlers
): HTMLTableRowElement {
  const key = sourceKey(entry.file, entry.sheet);
  const row = doc.createElement('tr');
  row.dataset.key = key;
  if (entry.excluded) row.className = 'excluded';

  const name = cellWith(doc, entry.sheet);
  name.className = 'sheet-name';

  const roleCell = doc.createElement('td');
  roleCell.append(roleSelect(doc, entry, (role) => handlers.onRoleChange(key, role)));

  const rows = cellWith(doc, entry.role === undefined ? '' : String(entry.rows));
  rows.className = 'number';

  const excludeCell = doc.createElement('td');
  excludeCell.className = 'center';
  const exclude = doc.createElement('input');
  exclude.type = 'checkbox';
  exclude.checked = entry.excluded;
  exclude.setAttribute('aria-label', fillTemplate(paneUiText.excludeLabel, { sheet: entry.sheet }));
  exclude.addEventListener('change', () => handlers.onExcludeChange(key, exclude.checked));
  excludeCell.append(exclude);

  row.append(name, roleCell, cellWith(doc, entry.department ?? ''), rows, excludeCell);
  return row;
}

function roleSelect(
  doc: Document,
  entry: SourceEntry,
  onChange: (role: SourceRole) => void
): HTMLSelectElement {
  const select = doc.createElement('select');
  select.className = 'role-select';
  select.setAttribute(
    'aria-label',
    fillTemplate(paneUiText.roleSelectLabel, { sheet: entry.sheet })
  );

  if (entry.role === undefined) {
    const unrecognised = doc.createElement('option');
    unrecognised.value = '';
    unrecognised.textContent = paneUiText.unrecognisedRole;
    select.append(unrecognised);
    select.classList.add('unrecognised');
  }
  for (const [role, label] of Object.entries(roleLabels)) {
    const option = doc.createElement('option');
    option.value = role;
    option.textContent = label;
    select.append(option);
  }
  select.value = entry.role ?? '';

  select.addEventListener('change', () => {
    if (select.value !== '') onChange(select.value as SourceRole);
  });
  return select;
}

function cellWith(doc: Document, text: string): HTMLTableCellElement {
  const cell = doc.createElement('td');
  cell.textContent = text;
  return cell;
}
