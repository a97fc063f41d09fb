import type JSZip from 'jszip';

/** A row element, with or without a namespace prefix (<row r="2"> or <x:row>). */
const ROW_TAG = /<(?:[A-Za-z]\w*:)?row[\s>/]/g;

/** Characters kept between chunks so a tag split across two chunks is still seen. */
const CARRY = 16;

/**
 * Counts the <row> elements of every worksheet part by streaming its XML,
 * stopping a sheet once it passes `limit`, so a huge sheet is measured
 * without being held in memory. Returns the part path and its count.
 */
export async function countSheetRows(zip: JSZip, limit: number): Promise<{ path: string; rows: number }[]> {
  const parts = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  const counts: { path: string; rows: number }[] = [];
  for (const part of parts) {
    counts.push({ path: part, rows: await countRows(zip.file(part)!, limit) });
  }
  return counts;
}

function countRows(file: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const stream = file.nodeStream('nodebuffer');
    let carry = '';
    let rows = 0;

    stream.on('data', (chunk: Buffer) => {
      const text = carry + chunk.toString('latin1');
      for (const match of text.matchAll(ROW_TAG)) {
        if ((match.index ?? 0) + match[0].length > carry.length) {
          rows++;
        }
      }
      carry = text.slice(-CARRY);
      if (rows > limit) {
        stream.pause();
        resolve(rows);
      }
    });
    stream.on('end', () => resolve(rows));
    stream.on('error', reject);
  });
}
