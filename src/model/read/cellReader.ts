import { cellDiagnostic, Diagnostic, Severity } from '../diagnostic';
import { isErrorValue } from '../parse/normalizeText';
import type { Parsed } from '../parse/parsed';
import { displayText } from '../sources/displayText';
import type { RecognisedSource } from '../sources/recogniseSource';
import type { TableRow } from '../sources/tableRows';

/**
 * Reads fields of table rows through a parser and turns every parse issue
 * into a diagnostic on the cell it came from. One reader serves one source.
 */
export class CellReader {
  readonly diagnostics: Diagnostic[] = [];

  constructor(readonly recognised: RecognisedSource) {}

  /** Parses a field; returns null on failure after recording the diagnostic. */
  parse<T>(row: TableRow, field: string, parser: (value: TableRow['cells'][number]) => Parsed<T>): T | null {
    const result = parser(row.value(field));
    if (!result.ok) {
      this.report(row, field, result.issue);
      return null;
    }
    for (const issue of result.issues) {
      this.report(row, field, issue, 'warning');
    }
    return result.value;
  }

  /**
   * Reports an error value (#DIV/0!, #REF!…) in any of the text fields as a
   * `cell.error`, so a broken formula is never read as a type or a name.
   * Returns true when one was found.
   */
  reportErrorValues(row: TableRow, fields: string[]): boolean {
    const broken = fields.filter((field) => isErrorValue(row.value(field)));
    for (const field of broken) {
      this.report(row, field, { code: 'cell.error', input: String(row.value(field)) });
    }
    return broken.length > 0;
  }

  /** The field's text, or "" for an error value (reported by `reportErrorValues`). */
  plainText(row: TableRow, field: string): string {
    return isErrorValue(row.value(field)) ? '' : this.text(row, field);
  }

  /** The field as the user sees it in Excel. */
  text(row: TableRow, field: string): string {
    return displayText(row.value(field), row.numberFormat(field), this.recognised.source.date1904);
  }

  report(row: TableRow, field: string, issue: Parameters<typeof cellDiagnostic>[3], severity: Severity = 'error'): void {
    const column = Math.max(row.column(field), 0);
    this.diagnostics.push(cellDiagnostic(this.recognised.source, row.row, column, issue, severity));
  }

  /** Record origin: file, sheet and the A1 row number of a table row. */
  origin(row: TableRow): { file: string; sheet: string; row: number } {
    const { origin } = this.recognised.source;
    const topRow = Number(/\d+$/.exec(origin.topLeft)?.[0] ?? '1');
    return { file: origin.file, sheet: origin.sheet, row: topRow + row.row };
  }
}
