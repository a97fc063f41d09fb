const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/**
 * Reads a whole number written in Chinese numerals from 0 to 99 (一, 两, 十,
 * 十五, 二十, 三十六), or in ASCII digits. Returns undefined for anything else.
 *
 * @example parseChineseNumber('十五') → 15; parseChineseNumber('3') → 3
 */
export function parseChineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) {
    return Number(text);
  }
  if (text.length === 1 && text in DIGITS) {
    return DIGITS[text];
  }

  const tens = /^([一二两三四五六七八九]?)十([一二三四五六七八九]?)$/.exec(text);
  if (!tens) {
    return undefined;
  }
  const tensDigit = tens[1] === '' ? 1 : DIGITS[tens[1]];
  const unitsDigit = tens[2] === '' ? 0 : DIGITS[tens[2]];
  return tensDigit * 10 + unitsDigit;
}

/** A regular-expression fragment that matches what `parseChineseNumber` reads. */
export const CHINESE_NUMBER_PATTERN = '(?:\\d+|[零〇一二两三四五六七八九]?十[一二三四五六七八九]?|[零〇一二两三四五六七八九])';
