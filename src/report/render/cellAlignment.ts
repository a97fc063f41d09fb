import type { TableCell } from '../document';

export type HorizontalAlignment = 'left' | 'center' | 'right';

const ALIGNMENTS: readonly HorizontalAlignment[] = ['left', 'center', 'right'];

/**
 * Returns the horizontal alignment of a table cell: the model's when it is
 * valid, otherwise centred for header cells and numbers and left for text.
 *
 * Example: `alignmentOf({ text: '51', number: 51 }, false)` returns `'center'`.
 */
export function alignmentOf(cell: TableCell, isHeader: boolean): HorizontalAlignment {
  if (cell.align !== undefined && ALIGNMENTS.includes(cell.align)) {
    return cell.align;
  }
  return isHeader || cell.number !== undefined ? 'center' : 'left';
}
