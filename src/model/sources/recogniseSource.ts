import { Diagnostic, sourceDiagnostic } from '../diagnostic';
import { columnLetters, parseAddress } from './address';
import { headerKey } from './headerKey';
import { REPORT_INFO_KEYS, RoleDefinition, ROLE_DEFINITIONS, SourceRole } from './roles';
import type { Source } from './source';
import type { HeaderSynonyms } from '../settings';

/** How many rows from the top are searched for the header row. */
const HEADER_SEARCH_ROWS = 10;

/** A source whose role was recognised, with the position of each known column. */
export interface RecognisedSource {
  source: Source;
  role: SourceRole;
  /** Index into `source.values` of the header row; -1 for key/value sheets. */
  headerRow: number;
  /** Column index per field name, e.g. { date: 0, duration: 1 }. */
  columns: Map<string, number>;
  /** Text of the rows above the header (sheet titles), used for the year and department. */
  titleText: string;
  diagnostics: Diagnostic[];
}

interface HeaderMatch {
  role: RoleDefinition;
  row: number;
  columns: Map<string, number>;
  duplicates: { title: string; column: number }[];
}

/**
 * Recognises a sheet's role from its header row: the first row, among the
 * first ten, that holds enough known column titles of one role. Titles the
 * user added in `synonyms` are tried before the built-in ones, so a mapping
 * such as date → 故障开始时间 wins over a column titled 日期. Returns
 * undefined for sheets that match no role.
 */
export function recogniseSource(source: Source, synonyms: HeaderSynonyms = {}): RecognisedSource | undefined {
  const reportInfo = source.roleOverride === undefined ? isReportInfoSheet(source) : source.roleOverride === 'reportInfo';
  if (reportInfo) {
    return { source, role: 'reportInfo', headerRow: -1, columns: new Map(), titleText: '', diagnostics: [] };
  }

  const match = findHeader(source, synonyms);
  if (!match) {
    return undefined;
  }

  const titleText = source.values
    .slice(0, match.row)
    .flat()
    .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
    .join(' ');
  const diagnostics = match.duplicates.map((duplicate) =>
    sourceDiagnostic(source.origin, 'source.duplicateHeader', {
      title: duplicate.title,
      column: columnLetters(duplicate.column),
    }, 'warning'),
  );
  diagnostics.push(...hiddenRowsDiagnostic(source, match.row));
  return { source, role: match.role.role, headerRow: match.row, columns: match.columns, titleText, diagnostics };
}

/**
 * Hidden rows are read, as Office.js returns them in the used range, so the
 * CLI and the task pane count the same rows; an info diagnostic lists them.
 */
function hiddenRowsDiagnostic(source: Source, headerRow: number): Diagnostic[] {
  const hidden = (source.hiddenRows ?? []).filter((row) => row > headerRow && row < source.values.length);
  if (hidden.length === 0) {
    return [];
  }
  const topRow = parseAddress(source.origin.topLeft).row;
  const shown = hidden.slice(0, 10).map((row) => String(topRow + row + 1));
  const rows = hidden.length > 10 ? `${shown.join('、')} 等` : shown.join('、');
  return [sourceDiagnostic(source.origin, 'source.hiddenRows', { count: hidden.length, rows }, 'info')];
}

function findHeader(source: Source, synonyms: HeaderSynonyms): HeaderMatch | undefined {
  const rowCount = Math.min(HEADER_SEARCH_ROWS, source.values.length);
  for (let row = 0; row < rowCount; row++) {
    const keys = source.values[row].map(headerKey);
    const roles = source.roleOverride === undefined ? ROLE_DEFINITIONS : ROLE_DEFINITIONS.filter((role) => role.role === source.roleOverride);
    const candidates = roles.map((role) => matchRole(role, keys, row, synonyms[role.role] ?? {})).filter(
      (candidate): candidate is HeaderMatch => candidate !== undefined,
    );
    if (candidates.length > 0) {
      return candidates.sort((a, b) => b.columns.size - a.columns.size)[0];
    }
  }
  return undefined;
}

/** Assigns columns to the role's fields in order; each column is used once. */
function matchRole(
  role: RoleDefinition,
  keys: string[],
  row: number,
  extraTitles: Partial<Record<string, string[]>>,
): HeaderMatch | undefined {
  const claimed = new Set<number>();
  const columns = new Map<string, number>();
  const findColumn = (titles: string[]) => {
    const folded = titles.map(headerKey);
    const exact = keys.findIndex((key, index) => !claimed.has(index) && key !== '' && folded.includes(key));
    return exact >= 0 ? exact : keys.findIndex((key, index) => !claimed.has(index) && key !== '' && folded.includes(withoutUnit(key)));
  };

  for (const definition of role.fields) {
    const userColumn = findColumn(extraTitles[definition.field] ?? []);
    const column = userColumn >= 0 ? userColumn : findColumn(definition.titles);
    if (column >= 0) {
      claimed.add(column);
      columns.set(definition.field, column);
    }
  }

  const hasRequired = role.fields.every((definition) => !definition.required || columns.has(definition.field));
  if (!hasRequired || columns.size < role.minMatches) {
    return undefined;
  }
  return { role, row, columns, duplicates: findDuplicates(keys, claimed) };
}

/** A unit in brackets at the end of a title, as in 持续时间(分钟) or 处理时长(小时), after `headerKey`. */
const TITLE_UNIT = /\((?:分钟|小时|天|min|h|次|件|台|台\(套\)|个|%)\)$/i;

/** The title without its unit, so 处理时长(小时) still means 处理时长; readers look at the unit themselves. */
function withoutUnit(key: string): string {
  return key.replace(TITLE_UNIT, '');
}

/** Unclaimed columns whose title repeats a claimed one: the first column wins. */
function findDuplicates(keys: string[], claimed: Set<number>): { title: string; column: number }[] {
  const claimedKeys = new Set([...claimed].map((index) => keys[index]));
  return keys
    .map((key, column) => ({ title: key, column }))
    .filter((entry) => entry.title !== '' && !claimed.has(entry.column) && claimedKeys.has(entry.title));
}

function isReportInfoSheet(source: Source): boolean {
  const firstColumn = source.values.slice(0, 20).map((row) => headerKey(row[0]));
  const keyCount = REPORT_INFO_KEYS.filter((key) => firstColumn.includes(key)).length;
  return keyCount >= 3;
}
