/**
 * Parses CSV text as RFC 4180 describes it: fields separated by commas,
 * records by CRLF or LF, fields in double quotes may contain commas, line
 * breaks and doubled quotes (""). A leading UTF-8 byte order mark is dropped,
 * and a final line break does not start an empty record. Never throws: an
 * unterminated quote takes the rest of the text into its field.
 *
 * Written by hand because no CSV package is installed and the project adds
 * none; the format needs about forty lines.
 *
 * @example parseCsv('a,"b\nc"\r\n1,2') → [['a', 'b\nc'], ['1', '2']]
 */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;

  while (index < input.length) {
    const char = input[index];
    if (quoted) {
      if (char === '"' && input[index + 1] === '"') {
        field += '"';
        index += 2;
        continue;
      }
      if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
      index++;
      continue;
    }

    if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (char === '\r' && input[index + 1] === '\n') {
        index++;
      }
    } else {
      field += char;
    }
    index++;
  }

  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
