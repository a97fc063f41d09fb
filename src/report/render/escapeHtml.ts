const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and quoted attribute values. Every
 * text from the report document goes through this function before it reaches
 * the markup.
 *
 * Example: `escapeHtml('<img src=x>')` returns `'&lt;img src=x&gt;'`.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character]);
}

/**
 * Escapes text for element content and turns its line breaks into `<br>`.
 *
 * Example: `escapeHtmlLines('1小时\n11:20-12:20')` returns `'1小时<br>11:20-12:20'`.
 */
export function escapeHtmlLines(text: string): string {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => escapeHtml(line))
    .join('<br>');
}
