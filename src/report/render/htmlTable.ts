import type { ReportTable, TableCell } from '../document';
import { alignmentOf } from './cellAlignment';
import { cellSpanOf } from './cellSpan';
import { escapeHtml, escapeHtmlLines } from './escapeHtml';
import { TABLE, TABLE_CAPTION, TABLE_CELL } from './htmlStyles';
import { HEADER_FILL, toneColours } from './tones';

/**
 * Renders a report table as an HTML table that Word pastes intact: inline
 * borders on the table and every cell, `rowspan`/`colspan` from the model,
 * no element for covered cells, header rows in `<thead>` as `<th>`, tones as
 * inline background colours. The caption, when given, is a bold paragraph above.
 *
 * Example: a table with one header row `[{ text: '业务名称' }]` gives
 * `<table …><thead><tr><th style="…">业务名称</th></tr></thead><tbody>…</tbody></table>`.
 */
export function renderHtmlTable(table: ReportTable, caption?: string): string {
  const parts: string[] = [];

  if (caption !== undefined && caption !== '') {
    parts.push(`<p style="${TABLE_CAPTION}">${escapeHtml(caption)}</p>`);
  }

  const percentages = columnPercentages(table);
  parts.push(`<table width="100%" border="1" cellspacing="0" cellpadding="0" style="${TABLE}">`);
  parts.push(`<thead>${table.headerRows.map((row) => renderRow(row, percentages, 'th', false)).join('')}</thead>`);

  const lastIndex = table.rows.length - 1;
  const bodyRows = table.rows.map((row, index) => renderRow(row, percentages, 'td', table.totalRow === true && index === lastIndex));
  parts.push(`<tbody>${bodyRows.join('')}</tbody>`);

  parts.push('</table>');
  return parts.join('');
}

/** Column widths as percentages of the table width, from the model's relative widths. */
function columnPercentages(table: ReportTable): number[] {
  const widths = table.columns.map((column) => (Number.isFinite(column.width) && column.width > 0 ? column.width : 1));
  const total = widths.reduce((sum, width) => sum + width, 0);
  return widths.map((width) => (width / total) * 100);
}

function renderRow(row: TableCell[], percentages: number[], tag: 'th' | 'td', isTotalRow: boolean): string {
  const cells: string[] = [];
  row.forEach((cell, column) => {
    if (cell.covered !== true) cells.push(renderCell(cell, percentages.slice(column), tag, isTotalRow));
  });
  return `<tr>${cells.join('')}</tr>`;
}

/**
 * Renders one cell. Column widths are given as `width` attributes on every
 * cell, not in a `<colgroup>`: LibreOffice 7's HTML import ignores CSS
 * percentage widths and misplaces header cells after a `<colgroup>`.
 */
function renderCell(cell: TableCell, percentagesFromHere: number[], tag: 'th' | 'td', isTotalRow: boolean): string {
  const span = cellSpanOf(cell);
  const attributes: string[] = [];
  if (span.rows > 1) attributes.push(` rowspan="${span.rows}"`);
  if (span.columns > 1) attributes.push(` colspan="${span.columns}"`);

  const width = percentagesFromHere.slice(0, span.columns).reduce((sum, percent) => sum + percent, 0);
  const style = cellStyle(cell, tag === 'th', isTotalRow);
  return `<${tag}${attributes.join('')} width="${width.toFixed(1)}%" valign="middle" style="${style}">${escapeHtmlLines(cell.text)}</${tag}>`;
}

function cellStyle(cell: TableCell, isHeader: boolean, isTotalRow: boolean): string {
  const declarations = [TABLE_CELL, `text-align:${alignmentOf(cell, isHeader)}`];

  if (isHeader || isTotalRow || cell.bold === true) {
    declarations.push('font-weight:bold');
  } else {
    declarations.push('font-weight:normal');
  }

  const tone = toneColours(cell.tone);
  if (tone !== undefined) {
    declarations.push(`background:#${tone.fill}`, `color:#${tone.text}`);
  } else if (isHeader) {
    declarations.push(`background:#${HEADER_FILL}`);
  }

  return declarations.join(';');
}
