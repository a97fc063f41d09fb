import { fillTemplate } from '../messages/issues';
import { reportText } from '../messages/zh-CN';
import type { Block } from './document';

/**
 * Maximum rows of a listing table in the report (an incident table per
 * department, a ledger per department, the data-check list). Figures and
 * charts count every row. Only the listing is cut, with a note, so that a
 * year-scale month still gives a report that Word and Excel can open.
 */
export const MAX_LISTED_ROWS = 1000;

/** Keeps the first MAX_LISTED_ROWS items and returns a note with the total row count. */
export function limitListing<T>(items: T[]): { shown: T[]; note: Block[] } {
  if (items.length <= MAX_LISTED_ROWS) {
    return { shown: items, note: [] };
  }
  const text = fillTemplate(reportText.listingCut, { total: items.length, shown: MAX_LISTED_ROWS });
  return { shown: items.slice(0, MAX_LISTED_ROWS), note: [{ kind: 'paragraph', text, emphasis: 'note' }] };
}
