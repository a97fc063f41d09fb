import { describeIssue, IssueCode, IssueDetail } from '../messages/issues';
import { cellAddress } from './sources/address';
import type { CellValue, Source } from './sources/source';

export type Severity = 'error' | 'warning' | 'info';

/**
 * A data problem found in a source, in the user's language, with where it is,
 * what was read, what is wrong and what to do.
 */
export interface Diagnostic {
  code: IssueCode;
  severity: Severity;
  file: string;
  sheet: string;
  /** A1 address of the cell, or "" when the problem concerns a whole sheet or file. */
  cell: string;
  /** The cell's content as text, or "" for whole-sheet problems. */
  value: string;
  /** Chinese text: what is wrong and what to do. */
  message: string;
}

/**
 * A problem a parser found in one value, before it is tied to a cell. Parsers
 * return these instead of throwing.
 */
export interface ParseIssue {
  code: IssueCode;
  input: string;
  detail?: IssueDetail;
}

/** Turns a cell value into the text a diagnostic shows. */
export function cellText(value: CellValue | null | undefined): string {
  if (value === null || value === undefined) {
    return '';
  }
  return String(value);
}

/** Creates a diagnostic for a cell of a source, addressed by offsets into `source.values`. */
export function cellDiagnostic(
  source: Source,
  row: number,
  column: number,
  issue: ParseIssue,
  severity: Severity = 'error',
): Diagnostic {
  return {
    code: issue.code,
    severity,
    file: source.origin.file,
    sheet: source.origin.sheet,
    cell: cellAddress(source.origin.topLeft, row, column),
    value: issue.input,
    message: describeIssue(issue.code, { ...issue.detail, input: issue.input }),
  };
}

/** Creates a diagnostic about a whole sheet or file. */
export function sourceDiagnostic(
  origin: { file: string; sheet: string },
  code: IssueCode,
  detail: IssueDetail = {},
  severity: Severity = 'error',
): Diagnostic {
  return {
    code,
    severity,
    file: origin.file,
    sheet: origin.sheet,
    cell: '',
    value: '',
    message: describeIssue(code, detail),
  };
}
