import type { CellTone } from '../document';

/** Fill and text colour of a tone, as six hex digits without `#`. */
export interface ToneColours {
  fill: string;
  text: string;
}

/** Colours of each cell tone, after Excel's built-in good / bad / neutral cell styles. */
export const TONE_COLOURS: Record<CellTone, ToneColours> = {
  good: { fill: 'E2EFDA', text: '000000' },
  bad: { fill: 'FFC7CE', text: '9C0006' },
  warn: { fill: 'FFEB9C', text: '000000' },
  muted: { fill: 'EDEDED', text: '000000' },
};

/** Fill of table header rows. */
export const HEADER_FILL = 'E7E6E6';

/** Returns the colours of a tone, or undefined for no tone or a value outside `CellTone`. */
export function toneColours(tone: CellTone | undefined): ToneColours | undefined {
  if (tone === undefined || !Object.prototype.hasOwnProperty.call(TONE_COLOURS, tone)) {
    return undefined;
  }
  return TONE_COLOURS[tone];
}
