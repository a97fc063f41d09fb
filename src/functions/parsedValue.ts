import type { ParseIssue } from '../model/diagnostic';
import type { Parsed } from '../model/parse/parsed';
import { describeIssue, IssueCode } from '../messages/issues';
import { invalidValue, notAvailable } from './excelError';

/**
 * Returns a parser's value, or throws #VALUE! with the parser's Chinese
 * message when the cell could not be read. Warnings such as a duration whose
 * length and clock range disagree are dropped, as the report keeps the value.
 *
 * `hints` adds a sentence to the message of one issue code, such as how a
 * function's own argument fixes it.
 *
 * Example: `parsedValue(parseLevel('二级'))` → 2; `parsedValue(parseLevel('高'))` throws #VALUE!.
 */
export function parsedValue<T>(
  parsed: Parsed<T>,
  hints: Partial<Record<IssueCode, string>> = {}
): T {
  if (!parsed.ok) {
    throw invalidValue(issueMessage(parsed.issue) + (hints[parsed.issue.code] ?? ''));
  }
  return parsed.value;
}

/** Returns the value, or throws #N/A with the message when it is null (a blank or placeholder cell). */
export function requireValue<T>(value: T | null, message: string): T {
  if (value === null) {
    throw notAvailable(message);
  }
  return value;
}

/** The Chinese text of a parse issue: what is wrong and what to do. */
export function issueMessage(issue: ParseIssue): string {
  return describeIssue(issue.code, { ...issue.detail, input: issue.input });
}
