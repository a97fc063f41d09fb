import type { IssueCode } from '../../src/messages/issues';
import type { Parsed } from '../../src/model/parse/parsed';

/**
 * One row of a parser's golden table: the input and either the value it must
 * give (with optional warning codes) or the issue code it must fail with.
 */
export type ParsedCase<Input, Value> =
  | { input: Input; value: Value; warnings?: IssueCode[] }
  | { input: Input; code: IssueCode };

/** Checks one parse result against its golden row. */
export function expectCase<Value>(result: Parsed<Value>, expected: { value: Value; warnings?: IssueCode[] } | { code: IssueCode }): void {
  if ('code' in expected) {
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issue.code).toBe(expected.code);
    }
    return;
  }

  expect(result).toMatchObject({ ok: true });
  if (result.ok) {
    expect(result.value).toEqual(expected.value);
    expect(result.issues.map((issue) => issue.code)).toEqual(expected.warnings ?? []);
  }
}

/** Labels a table row for `test.each`, showing strings quoted and other values as written. */
export function label(input: unknown): string {
  return typeof input === 'string' ? JSON.stringify(input) : String(input);
}
