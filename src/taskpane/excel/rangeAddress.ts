/**
 * Splits an Office.js address such as `'月报 2022-11'!C3:H20` into its sheet
 * name and local part. Quoted names may hold `!`, `,` and doubled quotes.
 *
 * Example: `splitSheetAddress("'A b'!C3:D4")` returns `{ sheet: 'A b', local: 'C3:D4' }`.
 */
export function splitSheetAddress(address: string): { sheet: string; local: string } {
  const trimmed = address.trim();
  const quoted = /^'((?:[^']|'')*)'!(.*)$/.exec(trimmed);
  if (quoted) return { sheet: quoted[1].replace(/''/g, "'"), local: quoted[2] };

  const bang = trimmed.lastIndexOf('!');
  return bang < 0
    ? { sheet: '', local: trimmed }
    : { sheet: trimmed.slice(0, bang), local: trimmed.slice(bang + 1) };
}

/**
 * Returns the top-left cell of an address, without `$` signs.
 *
 * Example: `topLeftOf('Sheet1!$C$3:$H$20')` returns `'C3'`.
 */
export function topLeftOf(address: string): string {
  const { local } = splitSheetAddress(address);
  return local.split(':')[0].replace(/\$/g, '');
}

/**
 * Splits the address of a RangeAreas (comma-separated areas, each with its
 * sheet) into local A1 ranges, ignoring commas inside quoted sheet names.
 *
 * Example: `splitAreas("'a,b'!A1:B2, 'a,b'!D1:D4")` returns `['A1:B2', 'D1:D4']`.
 */
export function splitAreas(address: string): string[] {
  const areas: string[] = [];
  let current = '';
  let quoted = false;

  for (const character of address) {
    if (character === "'") quoted = !quoted;
    if (character === ',' && !quoted) {
      areas.push(current);
      current = '';
      continue;
    }
    current += character;
  }
  areas.push(current);

  return areas
    .map((area) => splitSheetAddress(area).local.replace(/\$/g, '').trim())
    .filter((area) => area !== '');
}
