/** Bytes handed to `String.fromCharCode` at once, below every engine's argument limit. */
const CHUNK_SIZE = 0x8000;

/**
 * Encodes text as UTF-8 and then as base64, with `TextEncoder` and `btoa`
 * only, so it runs in Node 16+ and in browsers alike.
 *
 * Example: `encodeBase64Utf8('图')` returns `'5Zu+'`.
 */
export function encodeBase64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);

  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK_SIZE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK_SIZE));
  }

  return btoa(binary);
}
