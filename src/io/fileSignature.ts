/** What the first bytes of a file say it is, whatever its name claims. */
export type FileSignature = 'zip' | 'ole' | 'empty' | 'other';

/** Local file header of a ZIP archive, which every .xlsx is. */
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/**
 * Compound File Binary (OLE2) header. Old .xls files use it, and so does
 * Excel when it saves an .xlsx with a password: the encrypted package sits
 * inside an OLE container instead of a ZIP.
 */
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Identifies a file by its magic bytes.
 *
 * @example fileSignature(Buffer.from('PK\x03\x04…')) → 'zip'
 */
export function fileSignature(head: Buffer): FileSignature {
  if (head.length === 0) {
    return 'empty';
  }
  if (head.subarray(0, ZIP_MAGIC.length).equals(ZIP_MAGIC)) {
    return 'zip';
  }
  if (head.subarray(0, OLE_MAGIC.length).equals(OLE_MAGIC)) {
    return 'ole';
  }
  return 'other';
}
