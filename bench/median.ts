/**
 * Returns the median of the samples: the middle value, or the mean of the
 * two middle values for an even count. Returns NaN for no samples.
 *
 * Example: `median([3, 1, 2])` returns 2.
 */
export function median(samples: number[]): number {
  if (samples.length === 0) {
    return Number.NaN;
  }
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
