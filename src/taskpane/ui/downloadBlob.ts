/** Milliseconds before the object URL is released; the download has started by then. */
const REVOKE_DELAY_MS = 10_000;

/**
 * Downloads a blob as a file through a temporary `<a download>` element.
 *
 * Example: `downloadBlob(document, blob, '月报-2022-11.docx')`.
 */
export function downloadBlob(root: Document, blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const anchor = root.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.hidden = true;
  root.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
