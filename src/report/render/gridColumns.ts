/**
 * Distributes `gridColumns` worksheet columns over a table's columns in
 * proportion to their relative widths, each table column getting at least
 * one, by the largest-remainder method.
 *
 * Example: `allocateGridColumns([1, 1, 2], 8)` returns `[2, 2, 4]`.
 */
export function allocateGridColumns(widths: number[], gridColumns: number): number[] {
  const count = widths.length;
  if (count === 0) return [];

  const weights = widths.map((width) => (Number.isFinite(width) && width > 0 ? width : 1));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const spare = Math.max(gridColumns - count, 0);

  const shares = weights.map((weight) => (weight / totalWeight) * spare);
  const allocation = shares.map((share) => 1 + Math.floor(share));

  let remaining = count + spare - allocation.reduce((sum, columns) => sum + columns, 0);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share - Math.floor(share) }))
    .sort((left, right) => right.remainder - left.remainder || left.index - right.index);

  for (const { index } of byRemainder) {
    if (remaining <= 0) break;
    allocation[index] += 1;
    remaining -= 1;
  }

  return allocation;
}

/**
 * Returns the first grid column (0-based, relative to the table's left edge)
 * of each table column, plus the total as the last entry.
 *
 * Example: `gridColumnStarts([2, 2, 4])` returns `[0, 2, 4, 8]`.
 */
export function gridColumnStarts(allocation: number[]): number[] {
  const starts = [0];
  for (const columns of allocation) {
    starts.push(starts[starts.length - 1] + columns);
  }
  return starts;
}
