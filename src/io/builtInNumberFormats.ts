import type JSZip from 'jszip';

/**
 * Format codes of the zh-CN built-in number formats (ECMA-376 Part 1,
 * 18.8.30, Chinese Simplified). Excel writes these ids into styles.xml
 * without a format code, and exceljs 4.4 knows only the locale-neutral ids,
 * so a date cell styled with id 31 would otherwise arrive as a bare number.
 */
export const ZH_CN_BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

const STYLES_PATH = 'xl/styles.xml';

/**
 * Writes the format code of every zh-CN built-in id that styles.xml uses
 * without defining into its <numFmts> list, so exceljs reads those cells as
 * dates with their format. Returns false when nothing needed adding.
 */
export async function addBuiltInFormats(zip: JSZip): Promise<boolean> {
  const file = zip.file(STYLES_PATH);
  if (!file) {
    return false;
  }

  const styles = await file.async('string');
  const defined = new Set([...styles.matchAll(/<numFmt\b[^>]*\bnumFmtId="(\d+)"/g)].map((match) => Number(match[1])));
  const used = new Set([...styles.matchAll(/<xf\b[^>]*\bnumFmtId="(\d+)"/g)].map((match) => Number(match[1])));
  const missing = [...used].filter((id) => ZH_CN_BUILT_IN_FORMATS[id] !== undefined && !defined.has(id));
  if (missing.length === 0) {
    return false;
  }

  const entries = missing.map((id) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(ZH_CN_BUILT_IN_FORMATS[id])}"/>`).join('');
  zip.file(STYLES_PATH, insertNumberFormats(styles, entries, missing.length));
  return true;
}

function insertNumberFormats(styles: string, entries: string, added: number): string {
  const emptyList = /<numFmts\b[^>]*\/>/.exec(styles);
  if (emptyList) {
    return styles.replace(emptyList[0], `<numFmts count="${added}">${entries}</numFmts>`);
  }
  const list = /<numFmts\b([^>]*)>/.exec(styles);
  if (list) {
    const count = Number(/count="(\d+)"/.exec(list[1])?.[1] ?? '0') + added;
    return styles.replace(list[0], `<numFmts count="${count}">${entries}`);
  }
  return styles.replace(/(<styleSheet\b[^>]*>)/, `$1<numFmts count="${added}">${entries}</numFmts>`);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
