/** Converts a zero-based column index to its letters: 0 → "A", 27 → "AB". */
export function columnLetters(index: number): string {
  let letters = '';
  let rest = index + 1;
  while (rest > 0) {
    const remainder = (rest - 1) % 26;
    letters = String.fromCharCode(65 + remainder) + letters;
    rest = Math.floor((rest - 1) / 26);
  }
  return letters;
}

/** Parses an A1 cell address into zero-based row and column: "B3" → { row: 2, column: 1 }. */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) {
    throw new RangeError(`Invalid A1 address: ${address}`);
  }

  let column = 0;
  for (const letter of match[1].toUpperCase()) {
    column = column * 26 + (letter.charCodeAt(0) - 64);
  }
  return { row: Number(match[2]) - 1, column: column - 1 };
}

/** Builds the A1 address of a cell given zero-based offsets from a top-left address. */
export function cellAddress(topLeft: string, rowOffset: number, columnOffset: number): string {
  const origin = parseAddress(topLeft);
  return `${columnLetters(origin.column + columnOffset)}${origin.row + rowOffset + 1}`;
}
