import type { Block, ChartSpec, CoverInfo, ReportDocument } from '../document';
import { renderText } from '../../messages/zh-CN';
import { renderChartPng } from './chartPng';
import { renderChartSvg } from './chartSvg';
import { encodeBase64Utf8 } from './encodeBase64';
import { escapeHtml, escapeHtmlLines } from './escapeHtml';
import * as styles from './htmlStyles';
import { renderHtmlTable } from './htmlTable';

/** Chart image size in the HTML report, in CSS pixels; fits an A4 portrait text column. */
const CHART_WIDTH = 600;
const CHART_HEIGHT = 300;

type HeadingBlock = Extract<Block, { kind: 'heading' }>;

export interface HtmlOptions {
  /**
   * Chart image format. 'png' (Node only, through resvg) is what every Word
   * version takes from pasted HTML; 'svg' needs no native module, so it also
   * works in a browser. When PNG rendering fails the chart falls back to SVG.
   */
  chartFormat?: 'png' | 'svg';
}

/**
 * Renders the whole report as a standalone HTML page (zh-CN, UTF-8) whose
 * body is `renderHtmlFragment(document)`.
 *
 * Example: `renderHtml(document)` returns
 * `'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">…</html>'`.
 */
export function renderHtml(document: ReportDocument, options: HtmlOptions = {}): string {
  const title = escapeHtml(`${document.cover.title} ${document.cover.monthLabel}`);

  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    '<style>@page { size: A4 portrait; margin: 2.5cm 2cm; }</style>',
    '</head>',
    `<body style="${styles.BODY_TEXT}">`,
    renderHtmlFragment(document, options),
    '</body>',
    '</html>',
  ].join('\n');
}

/**
 * Renders the report body for the clipboard: the cover, then every block in
 * order. Each element carries inline styles, because Word drops stylesheets
 * on paste. A `pageBreak` block becomes `page-break-before` on the next
 * heading, or a Word page-break `<br>` before any other block. Charts are
 * `<img>` elements with a base64 SVG data URI.
 *
 * Example: `renderHtmlFragment(document)` returns `'<div>…编号：ITSM-4-RP-01…</div>…<h1 id="section-1" …>一、本月关键信息摘要</h1>…'`.
 */
export function renderHtmlFragment(document: ReportDocument, options: HtmlOptions = {}): string {
  const headingIds = assignHeadingIds(document.blocks);
  const parts: string[] = [renderCover(document.cover)];

  // The cover always ends its page, so a leading pageBreak block adds no blank page.
  let breakPending = true;

  document.blocks.forEach((block, index) => {
    if (block.kind === 'pageBreak') {
      breakPending = true;
      return;
    }

    const breakBefore = breakPending;
    breakPending = false;

    if (block.kind === 'heading') {
      parts.push(renderHeading(block, headingIds.get(index) ?? '', breakBefore));
      return;
    }

    if (breakBefore) parts.push(styles.PAGE_BREAK);
    parts.push(renderBlock(block, document.blocks, headingIds, options));
  });

  return parts.join('\n');
}

/** Gives each heading block an id (`section-1`, `section-2`, …) for the table of contents links. */
function assignHeadingIds(blocks: Block[]): Map<number, string> {
  const ids = new Map<number, string>();
  blocks.forEach((block, index) => {
    if (block.kind === 'heading') ids.set(index, `section-${ids.size + 1}`);
  });
  return ids;
}

function renderBlock(
  block: Exclude<Block, HeadingBlock | { kind: 'pageBreak' }>,
  blocks: Block[],
  headingIds: Map<number, string>,
  options: HtmlOptions,
): string {
  switch (block.kind) {
    case 'paragraph':
      return renderParagraph(block.text, block.emphasis);
    case 'bullets':
      return renderBullets(block.items);
    case 'table':
      return renderHtmlTable(block.table, block.caption);
    case 'chart':
      return renderChartImage(block.chart, options);
    case 'toc':
      return renderToc(blocks, headingIds);
  }
}

function renderCover(cover: CoverInfo): string {
  const parts = [
    '<div>',
    `<p style="${styles.COVER_CONTROL_LINE}">${escapeHtml(renderText.documentNumberLabel + cover.documentNumber)}</p>`,
    `<p style="${styles.COVER_CONTROL_LINE}">${escapeHtml(renderText.versionLabel + cover.version)}</p>`,
    `<p style="${styles.COVER_CONTROL_LINE}">${escapeHtml(renderText.controlStatusLabel + cover.controlStatus)}</p>`,
    `<p style="${styles.COVER_ORGANISATION}">${escapeHtml(cover.organisation)}</p>`,
    `<p style="${styles.COVER_TITLE}">${escapeHtml(cover.title)}</p>`,
    `<p style="${styles.COVER_MONTH}">${escapeHtml(cover.monthLabel)}</p>`,
    `<p style="${styles.COVER_COMPILER}">${escapeHtml(cover.compilingDepartment)}</p>`,
    `<p style="${styles.COVER_DATE}">${escapeHtml(cover.compiledDate)}</p>`,
    '</div>',
  ];

  if (cover.notice !== undefined) {
    parts.push(styles.PAGE_BREAK);
    parts.push(`<div><p style="${styles.NOTICE_TITLE}">${escapeHtml(cover.notice.title)}</p>`);
    parts.push(...cover.notice.paragraphs.map((paragraph) => renderParagraph(paragraph)));
    parts.push('</div>');
  }

  return parts.join('\n');
}

function renderHeading(block: HeadingBlock, id: string, breakBefore: boolean): string {
  const level = block.level === 1 || block.level === 2 || block.level === 3 ? block.level : 3;
  const style = breakBefore ? `${styles.PAGE_BREAK_BEFORE};${styles.HEADING_STYLES[level]}` : styles.HEADING_STYLES[level];
  return `<h${level} id="${escapeHtml(id)}" style="${style}">${escapeHtml(block.text)}</h${level}>`;
}

function renderParagraph(text: string, emphasis?: 'note' | 'strong'): string {
  let style = styles.PARAGRAPH;
  if (emphasis === 'strong') style = styles.STRONG_PARAGRAPH;
  if (emphasis === 'note') style = styles.NOTE_PARAGRAPH;

  return `<p style="${style}">${escapeHtmlLines(text)}</p>`;
}

function renderBullets(items: string[]): string {
  const listItems = items.map((item) => `<li style="${styles.PARAGRAPH}">${escapeHtmlLines(item)}</li>`);
  return `<ul style="${styles.BULLET_LIST}">${listItems.join('')}</ul>`;
}

/** Lists the headings of levels 1 to 3 with links to them; HTML has no page numbers, so none are shown. */
function renderToc(blocks: Block[], headingIds: Map<number, string>): string {
  const items: string[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'heading') return;

    const indent = styles.TOC_INDENT_EM[block.level] ?? 0;
    const link = `<a href="#${escapeHtml(headingIds.get(index) ?? '')}" style="color:#000;text-decoration:none">${escapeHtml(block.text)}</a>`;
    items.push(`<li style="${styles.PARAGRAPH};margin-left:${indent}em">${link}</li>`);
  });

  return `<p style="${styles.TOC_TITLE}">${escapeHtml(renderText.tocTitle)}</p><ul style="${styles.TOC_LIST}">${items.join('')}</ul>`;
}

/**
 * Renders a chart as an `<img>` with a PNG or SVG data URI.
 * NOTE: SVG images need Word 2016 or later, so the browser path (SVG only)
 * may lose charts when pasted into older Word versions.
 */
function renderChartImage(chart: ChartSpec, options: HtmlOptions): string {
  const png = options.chartFormat === 'png' ? renderChartPng(chart, { width: CHART_WIDTH, height: CHART_HEIGHT }) : undefined;
  const source = png
    ? `data:image/png;base64,${png.toString('base64')}`
    : `data:image/svg+xml;base64,${encodeBase64Utf8(renderChartSvg(chart, { width: CHART_WIDTH, height: CHART_HEIGHT }))}`;

  const image = `<img src="${source}" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" alt="${escapeHtml(chart.title)}">`;
  return `<p style="${styles.CHART_PARAGRAPH}">${image}</p>`;
}
