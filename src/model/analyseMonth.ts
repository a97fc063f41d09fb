import { Diagnostic, sourceDiagnostic } from './diagnostic';
import { computeEquipmentFigures, EquipmentFigures } from './compute/equipmentFigures';
import { computeIncidentFigures, IncidentFigures, incidentsInMonth } from './compute/incidentFigures';
import { computeServiceFigures, ServiceFigures } from './compute/serviceFigures';
import { computeTargetFigures, TargetGroupFigure } from './compute/targetFigures';
import { EquipmentEntry, readEquipment } from './read/readEquipment';
import { readIncidents } from './read/readIncidents';
import { readReportInfo } from './read/readReportInfo';
import { readDocuments, readQualityIssues, readServices, readTargets, readTextList, ServicesTable } from './read/readSimpleTables';
import type { DocumentChange, Incident, QualityIssue, ReportInfo, TargetRow } from './records';
import { reportInfoSchema } from './records';
import { asOfDate, ReportMonth } from './reportMonth';
import type { Settings } from './settings';
import { findDepartment } from './sources/findDepartment';
import { recogniseSource } from './sources/recogniseSource';
import type { SourceRole } from './sources/roles';
import type { Source } from './sources/source';

/** One source sheet as the user sees it in the sources list. */
export interface SourceSummary {
  file: string;
  sheet: string;
  /** Undefined when the sheet matched no role. */
  role?: SourceRole;
  department?: string;
  /** Data rows below the header. */
  rows: number;
}

/** Everything the report needs for one month, computed from the sources. */
export interface MonthlyAnalysis {
  month: ReportMonth;
  settings: Settings;
  sources: SourceSummary[];
  reportInfo: ReportInfo;
  keyInfo: string[];
  maintenanceNotes: string[];
  qualityIssues: QualityIssue[];
  /** Every incident read, of any month. */
  incidents: Incident[];
  /** Incidents of the report month, in source order. */
  monthIncidents: Incident[];
  incidentFigures: IncidentFigures;
  targets: TargetGroupFigure[];
  equipment: EquipmentFigures;
  services: ServiceFigures | null;
  documents: DocumentChange[];
  diagnostics: Diagnostic[];
}

interface Collected {
  sources: SourceSummary[];
  reportInfo: ReportInfo | null;
  keyInfo: string[];
  maintenanceNotes: string[];
  qualityIssues: QualityIssue[];
  incidents: Incident[];
  equipment: EquipmentEntry[];
  services: ServicesTable[];
  documents: DocumentChange[];
  targetRows: TargetRow[];
  diagnostics: Diagnostic[];
}

/**
 * Reads every source and computes the month's figures. Bad cells become
 * diagnostics; the analysis is built from what is valid.
 */
export function analyseMonth(sources: Source[], month: ReportMonth, settings: Settings): MonthlyAnalysis {
  const collected = collectSources(sources, month, settings);
  const incidentFigures = computeIncidentFigures(collected.incidents, month, settings);
  const services = collected.services.length > 0 ? computeServiceFigures(collected.services) : null;
  const equipment = computeEquipmentFigures(collected.equipment, asOfDate(month), settings);
  const targets = computeTargetFigures(collected.targetRows, {
    incidents: collected.incidents,
    logsCoverYear: incidentFigures.hasEarlierMonths,
    servicesOverdue: services?.figures.overdue ?? null,
    month,
    settings,
  });

  return {
    month,
    settings,
    sources: collected.sources,
    reportInfo: collected.reportInfo ?? reportInfoSchema.parse({}),
    keyInfo: collected.keyInfo,
    maintenanceNotes: collected.maintenanceNotes,
    qualityIssues: collected.qualityIssues,
    incidents: collected.incidents,
    monthIncidents: incidentsInMonth(collected.incidents, month),
    incidentFigures,
    targets: targets.groups,
    equipment: equipment.figures,
    services: services?.figures ?? null,
    documents: collected.documents,
    diagnostics: [...collected.diagnostics, ...(services?.diagnostics ?? []), ...equipment.diagnostics, ...targets.diagnostics],
  };
}

function collectSources(sources: Source[], month: ReportMonth, settings: Settings): Collected {
  const collected: Collected = {
    sources: [],
    reportInfo: null,
    keyInfo: [],
    maintenanceNotes: [],
    qualityIssues: [],
    incidents: [],
    equipment: [],
    services: [],
    documents: [],
    targetRows: [],
    diagnostics: [],
  };

  for (const source of sources) {
    const recognised = recogniseSource(source, settings.headerSynonyms);
    const department = findDepartment([source.origin.sheet, source.origin.file], settings.departments);
    const summary: SourceSummary = { file: source.origin.file, sheet: source.origin.sheet, role: recognised?.role, department, rows: 0 };
    collected.sources.push(summary);

    if (!recognised) {
      if (source.values.some((row) => row.some((cell) => cell !== ''))) {
        collected.diagnostics.push(sourceDiagnostic(source.origin, 'source.unrecognised', {}, 'info'));
      }
      continue;
    }

    switch (recognised.role) {
      case 'incidents': {
        const result = readIncidents(recognised, settings, month.year);
        collected.incidents.push(...result.incidents);
        collected.diagnostics.push(...result.diagnostics);
        summary.rows = result.incidents.length;
        summary.department = result.incidents[0]?.department ?? department;
        break;
      }
      case 'equipment': {
        const result = readEquipment(recognised, settings, month.year);
        collected.equipment.push(...result.entries);
        collected.diagnostics.push(...result.diagnostics);
        summary.rows = result.entries.length;
        summary.department = result.entries[0]?.record.department ?? department;
        break;
      }
      case 'targets': {
        const result = readTargets(recognised);
        collected.targetRows.push(...result.rows);
        collected.diagnostics.push(...result.diagnostics);
        summary.rows = result.rows.length;
        break;
      }
      case 'services': {
        const result = readServices(recognised);
        collected.services.push(result.table);
        collected.diagnostics.push(...result.diagnostics);
        summary.rows = result.table.rows.length;
        break;
      }
      case 'documents': {
        const result = readDocuments(recognised);
        collected.documents.push(...result.documents);
        collected.diagnostics.push(...result.diagnostics);
        summary.rows = result.documents.length;
        break;
      }
      case 'qualityIssues': {
        const result = readQualityIssues(recognised);
        collected.qualityIssues.push(...result.issues);
        collected.diagnostics.push(...result.diagnostics);
        summary.rows = result.issues.length;
        break;
      }
      case 'keyInfo': {
        const items = readTextList(recognised);
        collected.keyInfo.push(...items);
        summary.rows = items.length;
        break;
      }
      case 'maintenanceNotes': {
        const items = readTextList(recognised);
        collected.maintenanceNotes.push(...items);
        summary.rows = items.length;
        break;
      }
      case 'reportInfo': {
        collected.reportInfo = readReportInfo(source);
        summary.rows = source.values.length;
        break;
      }
    }
  }
  return collected;
}
