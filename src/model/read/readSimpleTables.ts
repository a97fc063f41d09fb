import type { Diagnostic } from '../diagnostic';
import { parseCount } from '../parse/parseCount';
import type { DocumentChange, QualityIssue, ServiceRow, TargetRow } from '../records';
import { headerKey } from '../sources/headerKey';
import type { RecognisedSource } from '../sources/recogniseSource';
import { cellAddress } from '../sources/address';
import { tableRows } from '../sources/tableRows';
import { CellReader } from './cellReader';

/** The routine-services table: its rows and the typed 合计 row, when there is one. */
export interface ServicesTable {
  rows: ServiceRow[];
  /** Typed totals of the 合计 row; null where the cell is empty or not a number. */
  typedTotal: { inProgress: number | null; completed: number | null; overdue: number | null } | null;
  reader: CellReader;
  totalRow: Parameters<CellReader['text']>[0] | null;
}

const SERVICE_FIELDS = ['inProgress', 'completed', 'overdue'] as const;

/** Reads the routine-services table (业务办理); a 合计 row ends it. */
export function readServices(recognised: RecognisedSource): { table: ServicesTable; diagnostics: Diagnostic[] } {
  const reader = new CellReader(recognised);
  const rows: ServiceRow[] = [];
  let typedTotal: ServicesTable['typedTotal'] = null;
  let totalRow: ServicesTable['totalRow'] = null;

  for (const row of tableRows(recognised)) {
    const name = reader.text(row, 'name');
    if (isTotalLabel(name)) {
      totalRow = row;
      typedTotal = {
        inProgress: countOrNull(row.value('inProgress')),
        completed: countOrNull(row.value('completed')),
        overdue: countOrNull(row.value('overdue')),
      };
      break;
    }

    const counts = SERVICE_FIELDS.map((field) => reader.parse(row, field, parseCount)?.value ?? 0);
    rows.push({ name, inProgress: counts[0], completed: counts[1], overdue: counts[2] });
  }
  return { table: { rows, typedTotal, reader, totalRow }, diagnostics: [...recognised.diagnostics, ...reader.diagnostics] };
}

function countOrNull(value: Parameters<typeof parseCount>[0]): number | null {
  const result = parseCount(value);
  return result.ok && result.value !== null ? result.value.value : null;
}

/** True for 合计 / 总计 / 小计 labels. */
export function isTotalLabel(text: string): boolean {
  return /^(合计|总计|小计)$/.test(headerKey(text));
}

/** Reads the ISO document change list (文件变更). */
export function readDocuments(recognised: RecognisedSource): { documents: DocumentChange[]; diagnostics: Diagnostic[] } {
  const reader = new CellReader(recognised);
  const documents = tableRows(recognised)
    .filter((row) => reader.text(row, 'name') !== '')
    .map((row) => ({
      index: reader.text(row, 'index'),
      name: reader.text(row, 'name'),
      version: reader.text(row, 'version'),
      changeType: reader.text(row, 'changeType'),
      content: reader.text(row, 'content'),
      published: reader.text(row, 'published'),
      location: reader.text(row, 'location'),
    }));
  return { documents, diagnostics: [...recognised.diagnostics, ...reader.diagnostics] };
}

/** Reads the quality issues being tracked (质量问题跟踪). */
export function readQualityIssues(recognised: RecognisedSource): { issues: QualityIssue[]; diagnostics: Diagnostic[] } {
  const reader = new CellReader(recognised);
  const issues = tableRows(recognised)
    .filter((row) => reader.text(row, 'issue') !== '')
    .map((row) => ({
      issue: reader.text(row, 'issue'),
      raised: reader.text(row, 'raised'),
      department: reader.text(row, 'department'),
      progress: reader.text(row, 'progress'),
    }));
  return { issues, diagnostics: [...recognised.diagnostics, ...reader.diagnostics] };
}

/** Reads a one-column list of sentences (关键信息, 设备维保进展). */
export function readTextList(recognised: RecognisedSource): string[] {
  const reader = new CellReader(recognised);
  return tableRows(recognised)
    .map((row) => reader.text(row, 'text'))
    .filter((text) => text !== '');
}

/**
 * Reads the quality-target table (质量目标). Merged 分类/目标 cells and the
 * target-level values merged across a group give every row its group.
 */
export function readTargets(recognised: RecognisedSource): { rows: TargetRow[]; diagnostics: Diagnostic[] } {
  const reader = new CellReader(recognised);
  const groupFields = ['category', 'target', 'targetValue', 'ytd', 'month'];
  const { source } = recognised;

  const rows = tableRows(recognised, groupFields)
    .filter((row) => reader.text(row, 'indicator') !== '' || reader.text(row, 'target') !== '')
    .map((row) => ({
      origin: reader.origin(row),
      category: reader.text(row, 'category'),
      target: reader.text(row, 'target'),
      targetValue: row.value('targetValue'),
      ytd: row.value('ytd'),
      month: row.value('month'),
      indicator: reader.text(row, 'indicator'),
      subTargetValue: row.value('subTargetValue'),
      subYtd: row.value('subYtd'),
      subMonth: row.value('subMonth'),
      responsible: reader.text(row, 'responsible'),
      provider: reader.text(row, 'provider'),
      frequency: reader.text(row, 'frequency'),
      cells: {
        ytd: cellAddress(source.origin.topLeft, row.row, Math.max(row.column('ytd'), 0)),
        month: cellAddress(source.origin.topLeft, row.row, Math.max(row.column('month'), 0)),
        subYtd: cellAddress(source.origin.topLeft, row.row, Math.max(row.column('subYtd'), 0)),
        subMonth: cellAddress(source.origin.topLeft, row.row, Math.max(row.column('subMonth'), 0)),
      },
    }));
  return { rows, diagnostics: [...recognised.diagnostics, ...reader.diagnostics] };
}
