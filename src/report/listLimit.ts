import { fillTemplate } from '../messages/issues';
import { reportText } from '../messages/zh-CN';
import type { Block } from './document';

/**
 * Rows a listing table of the report shows at most (an incident table per
 * department, a ledger per department, the data-check list). Figures and
 * charts always count every row; only the listing is cut, with a note, so a
 * year-scale month still gives a report that Word and Excel can open.
 */
export const MAX_LISTED_ROWS = 1000;

/** Keeps the first MAX_LISTED_ROWS items and returns the note that says how many were left out. */
export function limitListing<T>(items: T[]): { shown: T[]; note: Block[] } {
  if (items.length <= MAX_LISTED_ROWS) {
    return { shown: items, note: [] };
  }
  const text = fillTemplate(reportText.listingCut, { total: items.length, shown: MAX_LISTED_ROWS });
  return { shown: items.slice(0, MAX_LISTED_ROWS), note: [{ kind: 'paragraph', text, emphasis: 'note' }] };
}
