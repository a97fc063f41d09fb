import { analyseMonth } from '../../model/analyseMonth';
import type { ReportInfo } from '../../model/records';
import type { ReportMonth } from '../../model/reportMonth';
import type { Settings } from '../../model/settings';
import type { SourceRole } from '../../model/sources/roles';
import type { Source } from '../../model/sources/source';

/** One row of the sources list. */
export interface SourceEntry {
  file: string;
  sheet: string;
  /** True for a sheet of the open workbook; false for a sheet of an added file. */
  inWorkbook: boolean;
  /** Recognised role, or the corrected one; undefined when the sheet matched no role. */
  role?: SourceRole;
  department?: string;
  /** Data rows below the header. */
  rows: number;
  excluded: boolean;
}

/** The user's corrections in the sources list, keyed by `sourceKey`. */
export interface SourceChoices {
  roleOverrides: Map<string, SourceRole>;
  excluded: Set<string>;
}

export interface SourcesOverview {
  entries: SourceEntry[];
  /** Report metadata of a 报告信息 sheet that is not excluded, or null when there is none. */
  reportInfo: ReportInfo | null;
}

/**
 * Identifies a sheet across the open workbook and added files.
 *
 * Example: `sourceKey('网络部.xlsx', '故障登记')` returns `'网络部.xlsx\u0000故障登记'`.
 */
export function sourceKey(file: string, sheet: string): string {
  return `${file}\u0000${sheet}`;
}

/**
 * Recognises every source with the user's role corrections and summarises it
 * for the sources list: role, department and row count, as the build will
 * see them. Also returns the report metadata for the read-only 报告信息 panel.
 *
 * Example: `summariseSources(workbookSources, [], choices, { year: 2022, month: 11 }, settings).entries[0]`
 * returns `{ file: '月报素材.xlsx', sheet: '网络部 故障登记', role: 'incidents', department: '网络部', rows: 12, … }`.
 */
export function summariseSources(
  workbookSources: Source[],
  addedSources: Source[],
  choices: SourceChoices,
  month: ReportMonth,
  settings: Settings
): SourcesOverview {
  const inWorkbook = new Set(
    workbookSources.map((source) => sourceKey(source.origin.file, source.origin.sheet))
  );
  const sources = withRoleOverrides([...workbookSources, ...addedSources], choices.roleOverrides);
  const analysis = analyseMonth(sources, month, settings);

  const entries = analysis.sources.map((summary): SourceEntry => {
    const key = sourceKey(summary.file, summary.sheet);
    return {
      file: summary.file,
      sheet: summary.sheet,
      inWorkbook: inWorkbook.has(key),
      role: summary.role,
      department: summary.department,
      rows: summary.rows,
      excluded: choices.excluded.has(key),
    };
  });

  const infoIncluded = entries.some((entry) => entry.role === 'reportInfo' && !entry.excluded);
  return { entries, reportInfo: infoIncluded ? analysis.reportInfo : null };
}

/** Copies sources, setting `roleOverride` where the user corrected the role. */
export function withRoleOverrides(sources: Source[], overrides: Map<string, SourceRole>): Source[] {
  return sources.map((source) => {
    const role = overrides.get(sourceKey(source.origin.file, source.origin.sheet));
    return role === undefined ? source : { ...source, roleOverride: role };
  });
}
