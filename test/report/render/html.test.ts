import fc from 'fast-check';
import type { Block, ReportDocument, ReportTable, TableCell } from '../../../src/report/document';
import { escapeHtml, escapeHtmlLines } from '../../../src/report/render/escapeHtml';
import { renderHtml, renderHtmlFragment } from '../../../src/report/render/html';
import { renderHtmlTable } from '../../../src/report/render/htmlTable';
import { HOSTILE_TEXTS, SAMPLE_CHARTS, SAMPLE_TABLES, sampleDocument } from '../sampleDocument';

const html = renderHtml(sampleDocument);

/** Returns the `<table>` elements of a page, in order. */
function tablesOf(markup: string): string[] {
  return markup.match(/<table[\s\S]*?<\/table>/g) ?? [];
}

/** Returns each row's cells as their span attributes, e.g. `[['6x1', '4x1'], …]`. */
function spanGrid(tableMarkup: string): string[][] {
  const rows = tableMarkup.match(/<tr>[\s\S]*?<\/tr>/g) ?? [];
  return rows.map((row) =>
    (row.match(/<t[dh]\b[^>]*>/g) ?? []).map((tag) => {
      const rowSpan = /rowspan="(\d+)"/.exec(tag)?.[1] ?? '1';
      const colSpan = /colspan="(\d+)"/.exec(tag)?.[1] ?? '1';
      return `${rowSpan}x${colSpan}`;
    }),
  );
}

function modelSpanGrid(table: ReportTable): string[][] {
  return [...table.headerRows, ...table.rows].map((row) =>
    row.filter((cell) => cell.covered !== true).map((cell) => `${cell.rowSpan ?? 1}x${cell.colSpan ?? 1}`),
  );
}

function documentWithText(text: string): ReportDocument {
  const cell: TableCell = { text, tone: 'bad' };
  const table: ReportTable = { id: 't', columns: [{ width: 1 }, { width: 1 }], headerRows: [[cell, cell]], rows: [[cell, { ...cell, number: 1 }]], totalRow: true };
  const blocks: Block[] = [
    { kind: 'toc' },
    { kind: 'heading', level: 1, text },
    { kind: 'paragraph', text },
    { kind: 'paragraph', text, emphasis: 'note' },
    { kind: 'bullets', items: [text, text] },
    { kind: 'pageBreak' },
    { kind: 'table', table, caption: text },
  ];
  const cover = { ...sampleDocument.cover, organisation: text, title: text, notice: { title: text, paragraphs: [text] } };
  return { month: '2022-11', cover, blocks };
}

/** Returns the sequence of tag names in markup, e.g. `['p', '/p', 'table', …]`. */
function tagNames(markup: string): string[] {
  return (markup.match(/<\/?[a-zA-Z0-9!]+/g) ?? []).map((tag) => tag.slice(1));
}

describe('escapeHtml', () => {
  test('escapes the five markup characters', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });

  test('leaves other text unchanged', () => {
    expect(escapeHtml('网络部（7 起）')).toBe('网络部（7 起）');
  });

  test('escapeHtmlLines turns line breaks into br', () => {
    expect(escapeHtmlLines('1小时\r\n<b>')).toBe('1小时<br>&lt;b&gt;');
  });
});

describe('renderHtml page', () => {
  test('is a standalone Chinese page', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<meta charset="utf-8">');
  });

  test('wraps the clipboard fragment', () => {
    expect(html).toContain(renderHtmlFragment(sampleDocument));
  });

  test('shows the cover', () => {
    expect(html).toContain('编号：ITSM-4-RP-01');
    expect(html).toContain('受控状态：受控');
    expect(html).toContain('服务报告（月报）');
    expect(html).toContain('技术服务管理部');
    expect(html).toContain('版权声明和保密须知');
  });

  test('lists every heading in the table of contents', () => {
    const headings = sampleDocument.blocks.flatMap((block) => (block.kind === 'heading' ? [block] : []));
    const toc = /<ul style="list-style:none[^"]*">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';

    for (const heading of headings) {
      expect(toc).toContain(`>${escapeHtml(heading.text)}</a>`);
    }
  });

  test('headings use h1 to h3 with 黑体', () => {
    expect(html).toMatch(/<h1 id="section-\d+" style="[^"]*font-family:黑体[^"]*font-size:16pt[^"]*">一、本月关键信息摘要<\/h1>/);
    expect(html).toMatch(/<h2 id="section-\d+" style="[^"]*font-size:14pt[^"]*">1、故障趋势分析<\/h2>/);
    expect(html).toMatch(/<h3 id="section-\d+" style="[^"]*">网络部（7 起）<\/h3>/);
  });

  test('page breaks go before headings after a pageBreak block only', () => {
    expect(html).toMatch(/<h1 [^>]*style="page-break-before:always;[^"]*">四、故障分析与改进建议<\/h1>/);
    expect(html).toMatch(/<h1 [^>]*style="page-break-before:always;[^"]*">数据校验<\/h1>/);
    expect(html).not.toMatch(/<h1 [^>]*style="page-break-before:always;[^"]*">二、质量目标完成情况跟踪<\/h1>/);
  });

  test('body text is 宋体 小四', () => {
    expect(html).toMatch(/<p style="font-family:宋体[^"]*font-size:12pt[^"]*">1\) 中心 11 月共发生故障 9 起/);
  });
});

describe('renderHtml tables', () => {
  const tables = tablesOf(html);

  test('one table element per table block', () => {
    expect(tables).toHaveLength(SAMPLE_TABLES.length);
  });

  test.each(SAMPLE_TABLES.map((table, index) => [table.id, index] as const))('%s spans match the model', (_id, index) => {
    expect(spanGrid(tables[index])).toEqual(modelSpanGrid(SAMPLE_TABLES[index]));
  });

  test.each(SAMPLE_TABLES.map((table, index) => [table.id, index] as const))('%s covered cells produce no cell', (_id, index) => {
    const model = SAMPLE_TABLES[index];
    const uncovered = [...model.headerRows, ...model.rows].flat().filter((cell) => cell.covered !== true).length;

    expect(tables[index].match(/<t[dh]\b/g)).toHaveLength(uncovered);
  });

  test('every cell has an inline border', () => {
    const cells = html.match(/<t[dh]\b[^>]*>/g) ?? [];

    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) {
      expect(cell).toMatch(/style="[^"]*border:1px solid #000/);
    }
  });

  test('every table collapses its borders', () => {
    for (const table of tables) {
      expect(table).toMatch(/^<table [^>]*style="border-collapse:collapse;border:1px solid #000/);
    }
  });

  test('header rows are th cells in thead', () => {
    const equipment = tables[SAMPLE_TABLES.findIndex((table) => table.id === 'equipment-network')];
    const head = /<thead>([\s\S]*?)<\/thead>/.exec(equipment)?.[1] ?? '';

    expect(head.match(/<tr>/g)).toHaveLength(2);
    expect(head).toMatch(/<th colspan="4"[^>]*>基本信息<\/th>/);
    expect(head).toMatch(/<th rowspan="2"[^>]*>本月最新进展<\/th>/);
    expect(head).not.toContain('<td');
  });

  test('tones become inline background colours', () => {
    expect(html).toMatch(/<td [^>]*background:#FFC7CE;color:#9C0006[^>]*>未达标<\/td>/);
    expect(html).toMatch(/<td [^>]*background:#E2EFDA[^>]*>达标<\/td>/);
    expect(html).toMatch(/<td [^>]*background:#FFEB9C[^>]*>进行中<\/td>/);
    expect(html).toMatch(/<td [^>]*background:#EDEDED[^>]*>不适用<\/td>/);
  });

  test('total row is bold', () => {
    expect(html).toMatch(/<td [^>]*font-weight:bold[^>]*>51<\/td>/);
  });

  test('table text is 五号', () => {
    expect(html).toMatch(/<td [^>]*font-size:10.5pt[^>]*>网络部<\/td>/);
  });

  test('caption precedes its table', () => {
    expect(html).toMatch(/<p style="[^"]*font-weight:bold[^"]*">网络部<\/p><table /);
  });

  test('cell line breaks become br', () => {
    expect(html).toContain('>1小时<br>11:20-12:20</td>');
  });

  test('malformed spans render as single cells', () => {
    const table: ReportTable = {
      id: 'bad',
      columns: [{ width: 1 }],
      headerRows: [],
      rows: [[{ text: 'x', rowSpan: 1.5, colSpan: -2 }]],
    };

    expect(renderHtmlTable(table)).not.toMatch(/rowspan|colspan/);
  });
});

describe('renderHtml charts', () => {
  const images = html.match(/<img [^>]*>/g) ?? [];

  test('each chart is one img with an SVG data URI', () => {
    expect(images).toHaveLength(SAMPLE_CHARTS.length);
    for (const image of images) {
      expect(image).toMatch(/^<img src="data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+" width="600" height="300" alt="[^"]*">$/);
    }
  });

  test('PNG charts for Word', () => {
    const pngImages = renderHtml(sampleDocument, { chartFormat: 'png' }).match(/<img [^>]*>/g) ?? [];
    expect(pngImages).toHaveLength(SAMPLE_CHARTS.length);
    for (const image of pngImages) {
      expect(image).toMatch(/^<img src="data:image\/png;base64,[A-Za-z0-9+/=]+" width="600" height="300" alt="[^"]*">$/);
    }
  });

  test('chart images contain their categories', () => {
    images.forEach((image, index) => {
      const base64 = /base64,([^"]+)"/.exec(image)?.[1] ?? '';
      const svg = Buffer.from(base64, 'base64').toString('utf8');

      for (const category of SAMPLE_CHARTS[index].categories) {
        expect(svg).toContain(category);
      }
    });
  });
});

describe('renderHtml escaping', () => {
  test('hostile markup stays text', () => {
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('formula-like text is escaped verbatim', () => {
    expect(html).toContain('=HYPERLINK(&quot;http://example.invalid&quot;,&quot;x&quot;)');
    for (const text of ['+1', '-2', '@SUM(A1)']) {
      expect(html).toContain(`>${text}</td>`);
    }
  });

  test('no text changes the markup structure', () => {
    const skeleton = tagNames(renderHtml(documentWithText('x')));
    const markupHeavy = fc.oneof(fc.string({ minLength: 1 }), fc.constantFrom(...HOSTILE_TEXTS, '</td></tr></table><script>', `"'><b a='`, '&lt;'));

    fc.assert(
      fc.property(markupHeavy, (text) => {
        expect(tagNames(renderHtml(documentWithText(text)))).toEqual(skeleton);
      }),
      { numRuns: 200 },
    );
  });
});
