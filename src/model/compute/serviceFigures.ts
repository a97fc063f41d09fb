import type { Diagnostic } from '../diagnostic';
import { cellDiagnostic } from '../diagnostic';
import type { ServiceRow } from '../records';
import type { ServicesTable } from '../read/readSimpleTables';

export interface ServiceFigures {
  rows: ServiceRow[];
  inProgress: number;
  completed: number;
  overdue: number;
  /** completed / inProgress, or null when nothing is in progress. */
  completionRate: number | null;
}

const COLUMNS = [
  { field: 'inProgress', title: '本月在办总量' },
  { field: 'completed', title: '本月办结总量' },
  { field: 'overdue', title: '超时完成数量' },
] as const;

/** Sums the routine services and checks the typed 合计 row against the sums. */
export function computeServiceFigures(tables: ServicesTable[]): { figures: ServiceFigures; diagnostics: Diagnostic[] } {
  const rows = tables.flatMap((table) => table.rows);
  const sums = {
    inProgress: sum(rows.map((row) => row.inProgress)),
    completed: sum(rows.map((row) => row.completed)),
    overdue: sum(rows.map((row) => row.overdue)),
  };
  const diagnostics = tables.flatMap((table) => checkTotals(table));

  return {
    figures: { rows, ...sums, completionRate: sums.inProgress > 0 ? sums.completed / sums.inProgress : null },
    diagnostics,
  };
}

function checkTotals(table: ServicesTable): Diagnostic[] {
  const { typedTotal, totalRow, reader } = table;
  if (!typedTotal || !totalRow) {
    return [];
  }

  const diagnostics: Diagnostic[] = [];
  for (const { field, title } of COLUMNS) {
    const computed = sum(table.rows.map((row) => row[field]));
    const typed = typedTotal[field];
    const column = Math.max(totalRow.column(field), 0);
    const input = String(totalRow.value(field));
    if (typed === null) {
      const issue = { code: 'services.totalMissing' as const, input, detail: { column: title } };
      diagnostics.push(cellDiagnostic(reader.recognised.source, totalRow.row, column, issue, 'warning'));
    } else if (typed !== computed) {
      const issue = { code: 'services.totalMismatch' as const, input, detail: { column: title, typed, computed } };
      diagnostics.push(cellDiagnostic(reader.recognised.source, totalRow.row, column, issue, 'error'));
    }
  }
  return diagnostics;
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
