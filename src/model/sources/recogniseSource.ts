import { Diagnostic, sourceDiagnostic } from '../diagnostic';
import { columnLetters } from './address';
import { headerKey } from './headerKey';
import { REPORT_INFO_KEYS, RoleDefinition, ROLE_DEFINITIONS, SourceRole } from './roles';
import type { Source } from './source';

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
 * first ten, that holds enough known column titles of one role. Returns
 * undefined for sheets that match no role.
 */
export function recogniseSource(source: Source): RecognisedSource | undefined {
  const reportInfo = source.roleOverride === undefined ? isReportInfoSheet(source) : source.roleOverride === 'reportInfo';
  if (reportInfo) {
    return { source, role: 'reportInfo', headerRow: -1, columns: new Map(), titleText: '', diagnostics: [] };
  }

  const match = findHeader(source);
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
  return { source, role: match.role.role, headerRow: match.row, columns: match.columns, titleText, diagnostics };
}

function findHeader(source: Source): HeaderMatch | undefined {
  const rowCount = Math.min(HEADER_SEARCH_ROWS, source.values.length);
  for (let row = 0; row < rowCount; row++) {
    const keys = source.values[row].map(headerKey);
    const roles = source.roleOverride === undefined ? ROLE_DEFINITIONS : ROLE_DEFINITIONS.filter((role) => role.role === source.roleOverride);
    const candidates = roles.map((role) => matchRole(role, keys, row)).filter(
      (candidate): candidate is HeaderMatch => candidate !== undefined,
    );
    if (candidates.length > 0) {
      return candidates.sort((a, b) => b.columns.size - a.columns.size)[0];
    }
  }
  return undefined;
}

/** Assigns columns to the role's fields in order; each column is used once. */
function matchRole(role: RoleDefinition, keys: string[], row: number): HeaderMatch | undefined {
  const claimed = new Set<number>();
  const columns = new Map<string, number>();

  for (const definition of role.fields) {
    const titles = definition.titles.map(headerKey);
    const column = keys.findIndex((key, index) => !claimed.has(index) && key !== '' && titles.includes(key));
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
