import fc from 'fast-check';
import { parseCount } from '../../src/model/parse/parseCount';
import { parseDate } from '../../src/model/parse/parseDate';
import { parseDuration } from '../../src/model/parse/parseDuration';
import { parseLevel } from '../../src/model/parse/parseLevel';
import { parseMaintenance } from '../../src/model/parse/parseMaintenance';
import type { Parsed } from '../../src/model/parse/parsed';
import { parseServiceLife } from '../../src/model/parse/parseServiceLife';
import { parseTarget } from '../../src/model/parse/parseTarget';
import type { CellValue } from '../../src/model/sources/source';

type AnyParser = (value: CellValue | null | undefined) => Parsed<unknown>;

const PARSERS: Array<[string, AnyParser]> = [
  ['parseDate', (value) => parseDate(value)],
  ['parseDate with serials', (value) => parseDate(value, { treatNumbersAsSerials: true, defaultYear: 2022 })],
  ['parseDate 1904', (value) => parseDate(value, { numberFormat: 'yyyy/m/d', date1904: true })],
  ['parseDuration', (value) => parseDuration(value)],
  ['parseDuration time format', (value) => parseDuration(value, { numberFormat: '[h]:mm' })],
  ['parseLevel', parseLevel],
  ['parseTarget', (value) => parseTarget(value)],
  ['parseTarget percent', (value) => parseTarget(value, { numberFormat: '0%' })],
  ['parseServiceLife', parseServiceLife],
  ['parseMaintenance', (value) => parseMaintenance(value, { numberFormat: 'yyyy/m/d', defaultYear: 2022 })],
  ['parseCount', (value) => parseCount(value)],
];

/** Characters the parsers care about, so random texts hit their patterns. */
const PARSER_CHARACTERS = '0123456789０１２３年月日号时分秒小钟天半个至到~-—/.:：()（）%≥≤<>=次级一二三四五六七八九十Ⅱ已过保无服务商租用 ,#'.split('');

const odd = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom(...PARSER_CHARACTERS), maxLength: 30 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constantFrom<CellValue | null | undefined>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    -0,
    1e-300,
    '#DIV/0!',
    '\u0000',
    '((((',
    ')))',
    '9'.repeat(400),
    '2022年'.repeat(50),
  ),
);

/** Finds a NaN or infinite number anywhere inside a value. */
function containsNonFinite(value: unknown): boolean {
  if (typeof value === 'number') {
    return !Number.isFinite(value);
  }
  if (value !== null && typeof value === 'object') {
    return Object.values(value).some(containsNonFinite);
  }
  return false;
}

describe.each(PARSERS)('%s on odd input', (_name, parser) => {
  test('never throws, never gives NaN or Infinity', () => {
    fc.assert(
      fc.property(odd, (value) => {
        const result = parser(value as CellValue);

        expect(typeof result.ok).toBe('boolean');
        expect(containsNonFinite(result)).toBe(false);
        if (!result.ok) {
          expect(typeof result.issue.code).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
