import { CalendarDate, serialToDate } from '../parse/calendarDate';
import { isDateFormat, isTimeFormat } from '../parse/numberFormat';
import type { CellValue } from './source';

/**
 * Formats a cell as Excel shows it, for the report's tables: dates through
 * their number format (`m"月"d"日"` → 11月3日), other numbers without float
 * noise, text trimmed.
 *
 * Written by hand because the report needs only the date subset of Excel's
 * number format language, and the libraries that implement all of it (SSF)
 * are unmaintained or carry a licence we would have to ship.
 */
export function displayText(value: CellValue | null | undefined, numberFormat: string | undefined, date1904: boolean): string {
  if (value === null || value === undefined) {
    return '';
  }
  if (typeof value === 'string') {
    return value.trim();
  }
  if (typeof value === 'boolean') {
    return value ? 'TRUE' : 'FALSE';
  }
  if ((isDateFormat(numberFormat) || isTimeFormat(numberFormat)) && value > 0 && numberFormat) {
    return formatSerial(value, numberFormat, date1904);
  }
  return formatNumber(value);
}

/** Shows a number with at most 12 significant digits, so 0.1 + 0.2 reads 0.3. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) {
    return '';
  }
  return String(Number(value.toPrecision(12)));
}

function formatSerial(serial: number, format: string, date1904: boolean): string {
  const date = serialToDate(serial, date1904);
  const tokens = tokenize(format.split(';')[0]);
  return tokens.map((token, index) => renderToken(token, tokens, index, date)).join('');
}

type Token = { kind: 'literal'; text: string } | { kind: 'field'; text: string };

function tokenize(format: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  while (index < format.length) {
    const char = format[index];
    if (char === '"') {
      const end = format.indexOf('"', index + 1);
      const stop = end < 0 ? format.length : end;
      tokens.push({ kind: 'literal', text: format.slice(index + 1, stop) });
      index = stop + 1;
    } else if (char === '\\') {
      tokens.push({ kind: 'literal', text: format[index + 1] ?? '' });
      index += 2;
    } else if (char === '[') {
      const end = format.indexOf(']', index);
      index = end < 0 ? format.length : end + 1;
    } else if (/[ymdhs]/i.test(char)) {
      let end = index;
      while (end < format.length && format[end].toLowerCase() === char.toLowerCase()) {
        end++;
      }
      tokens.push({ kind: 'field', text: format.slice(index, end).toLowerCase() });
      index = end;
    } else if (/[AaPp]/.test(char) && /^(AM\/PM|A\/P)/i.test(format.slice(index))) {
      index += format.slice(index).toUpperCase().startsWith('AM/PM') ? 5 : 3;
    } else {
      tokens.push({ kind: 'literal', text: char });
      index++;
    }
  }
  return tokens;
}

function renderToken(token: Token, tokens: Token[], index: number, date: CalendarDate): string {
  if (token.kind === 'literal') {
    return token.text;
  }

  const width = token.text.length;
  switch (token.text[0]) {
    case 'y':
      return width <= 2 ? String(date.year % 100).padStart(2, '0') : String(date.year);
    case 'd':
      return pad(date.day, width);
    case 'h':
      return pad(date.hour ?? 0, width);
    case 's':
      return '00';
    case 'm':
      return isMinuteToken(tokens, index) ? pad(date.minute ?? 0, width) : pad(date.month, width);
    default:
      return '';
  }
}

/** In Excel formats, "m" right after an hour or right before a second means minutes. */
function isMinuteToken(tokens: Token[], index: number): boolean {
  const previous = tokens.slice(0, index).reverse().find((token) => token.kind === 'field');
  const next = tokens.slice(index + 1).find((token) => token.kind === 'field');
  return previous?.text[0] === 'h' || next?.text[0] === 's';
}

function pad(value: number, width: number): string {
  return width >= 2 ? String(value).padStart(2, '0') : String(value);
}
