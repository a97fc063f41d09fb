/**
 * Excel on the web rejects a request (one context.sync()) larger than 5 MB
 * (Microsoft's "Resource limits and performance optimization for Office
 * Add-ins" page). The writer keeps each request under this budget, leaving
 * a fifth of the limit for the JSON envelope of each command.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Estimated bytes of one queued command besides its arguments: object path,
 * method name and ids. NOTE: an estimate from the shape of Office.js
 * requests, not a measurement against Excel on the web.
 */
export const COMMAND_OVERHEAD_BYTES = 200;

const encoder = new TextEncoder();

/**
 * Estimates the UTF-8 bytes a grid takes in a request, as JSON.
 *
 * Example: `estimateGridBytes([['网络部', 7]])` returns 16.
 */
export function estimateGridBytes(grid: ReadonlyArray<ReadonlyArray<string | number>>): number {
  return encoder.encode(JSON.stringify(grid)).length;
}

/**
 * Splits rows into consecutive chunks whose estimated size stays within
 * `budget` bytes; a single row larger than the budget gets a chunk of its own.
 *
 * Example: `chunkRows(rows, (row) => 10, 25)` on 5 rows returns the row ranges [0, 2), [2, 4), [4, 5).
 */
export function chunkRows(
  rowCount: number,
  rowBytes: (row: number) => number,
  budget: number
): Array<{ start: number; end: number }> {
  const chunks: Array<{ start: number; end: number }> = [];
  let start = 0;
  let size = 0;

  for (let row = 0; row < rowCount; row += 1) {
    const bytes = rowBytes(row);
    if (row > start && size + bytes > budget) {
      chunks.push({ start, end: row });
      start = row;
      size = 0;
    }
    size += bytes;
  }
  if (rowCount > start) chunks.push({ start, end: rowCount });
  return chunks;
}
