import { analyseMonth } from '../model/analyseMonth';
import type { Diagnostic } from '../model/diagnostic';
import type { IncidentFigures } from '../model/compute/incidentFigures';
import type { ReportMonth } from '../model/reportMonth';
import type { SourceRole } from '../model/sources/roles';
import type { Settings } from '../model/settings';
import type { Source } from '../model/sources/source';
import { fillTemplate } from '../messages/issues';
import { paneBuildText } from '../messages/zh-CN';
import { buildReport } from '../report/buildReport';
import type { ReportDocument } from '../report/document';
import { readWorkbookSources } from './excel/readWorkbookSources';
import { isReportSheetName } from './excel/reportSheetName';
import { SETTINGS_SHEET_NAME } from './excel/settingsSheet';
import { writeReportSheet } from './excel/writeReportSheet';

export { SETTINGS_SHEET_NAME };

/** Runs a batch against the open workbook: `Excel.run` in the add-in, a fake host in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type BuildStep = 'read' | 'analyse' | 'write';

export interface BuildRequest {
  month: ReportMonth;
  settings: Settings;
  /** Sheets of the .xlsx files the user added, already read in the pane. */
  extraSources: Source[];
  /** Replace an existing `月报 YYYY-MM` sheet. */
  replace: boolean;
  /** Sheets the user excluded in the sources list. */
  excluded?: Array<{ file: string; sheet: string }>;
  /** Roles the user corrected in the sources list. */
  roleOverrides?: Array<{ file: string; sheet: string; role: SourceRole }>;
  /** Name shown as the open workbook's file in the sources list and diagnostics. */
  workbookName: string;
  /** True when the host supports ExcelApi 1.16, which reports the 1904 date system. */
  can1904: boolean;
  /** Compiled date on the cover. */
  today: { year: number; month: number; day: number };
}

export interface MonthFigures {
  incidents: IncidentFigures;
  services: { inProgress: number; completed: number; overdue: number } | null;
  documentChanges: number;
  equipmentRows: number;
}

export type BuildOutcome =
  | {
      status: 'written';
      sheetName: string;
      figures: MonthFigures;
      /** The report written, for 复制到 Word and 保存 Word 文档. */
      document: ReportDocument;
      diagnostics: Diagnostic[];
      syncs: number;
      message: string;
    }
  /** The report sheet exists and `replace` was false: the pane asks, then calls again with replace. */
  | { status: 'exists'; sheetName: string; syncs: number; message: string }
  | { status: 'failed'; syncs: number; message: string };

/**
 * Builds the month's report into the open workbook, the handler of 生成月报:
 * reads every sheet (skipping report sheets and ITSM设置), adds the files the
 * user picked, analyses the month, builds the document and writes the
 * report sheet. Reports the steps through `onProgress`; a host error
 * becomes a `failed` outcome with a Chinese message.
 *
 * Example: `await buildMonthlyReport(Excel.run, { month: { year: 2022, month: 11 }, … }, (step, label) => bar.show(label))`
 * returns `{ status: 'written', sheetName: '月报 2022-11', syncs: 4, … }`.
 */
export async function buildMonthlyReport(
  run: ExcelRun,
  request: BuildRequest,
  onProgress: (step: BuildStep, label: string) => void = () => undefined
): Promise<BuildOutcome> {
  let syncs = 0;
  try {
    onProgress('read', paneBuildText.progress.read);
    const workbookSources = await run(async (context) => {
      const sources = await readWorkbookSources(context, {
        workbookName: request.workbookName,
        can1904: request.can1904,
      });
      syncs += 2;
      return sources;
    });

    onProgress('analyse', paneBuildText.progress.analyse);
    const sources = [...workbookSources.filter(isDataSheet), ...request.extraSources]
      .filter((source) => !isExcluded(source, request.excluded))
      .map((source) => withRoleOverride(source, request.roleOverrides));
    const analysis = analyseMonth(sources, request.month, request.settings);
    const document = buildReport(analysis, request.today);

    onProgress('write', paneBuildText.progress.write);
    const written = await run((context) =>
      writeReportSheet(context, document, { replace: request.replace })
    );
    syncs += written.syncs;

    if (written.status === 'exists') {
      return {
        status: 'exists',
        sheetName: written.sheetName,
        syncs,
        message: fillTemplate(paneBuildText.sheetExists, { sheet: written.sheetName }),
      };
    }

    const figures: MonthFigures = {
      incidents: analysis.incidentFigures,
      services:
        analysis.services === null
          ? null
          : {
              inProgress: analysis.services.inProgress,
              completed: analysis.services.completed,
              overdue: analysis.services.overdue,
            },
      documentChanges: analysis.documents.length,
      equipmentRows: analysis.equipment.total,
    };
    return {
      status: 'written',
      sheetName: written.sheetName,
      figures,
      document,
      diagnostics: analysis.diagnostics,
      syncs,
      message: fillTemplate(paneBuildText.written, { sheet: written.sheetName }),
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { status: 'failed', syncs, message: fillTemplate(paneBuildText.failed, { reason }) };
  }
}

/** True for a sheet that may be a source: neither a report sheet this add-in wrote nor ITSM设置. */
export function isDataSheet(source: Source): boolean {
  return (
    !isReportSheetName(source.origin.sheet) && source.origin.sheet.trim() !== SETTINGS_SHEET_NAME
  );
}

function isExcluded(source: Source, excluded: BuildRequest['excluded']): boolean {
  return (excluded ?? []).some(
    (entry) => entry.file === source.origin.file && entry.sheet === source.origin.sheet
  );
}

function withRoleOverride(source: Source, overrides: BuildRequest['roleOverrides']): Source {
  const override = (overrides ?? []).find(
    (entry) => entry.file === source.origin.file && entry.sheet === source.origin.sheet
  );
  return override === undefined ? source : { ...source, roleOverride: override.role };
}
