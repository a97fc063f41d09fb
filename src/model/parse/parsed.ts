import type { IssueCode, IssueDetail } from '../../messages/issues';
import { cellText, ParseIssue } from '../diagnostic';
import type { CellValue } from '../sources/source';

/**
 * The result of reading one cell: a value with warnings, or the issue that
 * kept the parser from reading it. Parsers return this and never throw.
 *
 * @example parseLevel('二级') → { ok: true, value: 2, issues: [] }
 */
export type Parsed<T> = { ok: true; value: T; issues: ParseIssue[] } | { ok: false; issue: ParseIssue };

/** Wraps a parsed value; `issues` are warnings such as `duration.conflict`. */
export function ok<T>(value: T, issues: ParseIssue[] = []): Parsed<T> {
  return { ok: true, value, issues };
}

/** Builds a failed result for `input`, shown to the user as the cell's text. */
export function fail<T = never>(
  code: IssueCode,
  input: CellValue | null | undefined,
  detail?: IssueDetail,
): Parsed<T> {
  return { ok: false, issue: issue(code, input, detail) };
}

/** Builds a parse issue, leaving `detail` out when there is none. */
export function issue(code: IssueCode, input: CellValue | null | undefined, detail?: IssueDetail): ParseIssue {
  const text = cellText(input);
  return detail === undefined ? { code, input: text } : { code, input: text, detail };
}
