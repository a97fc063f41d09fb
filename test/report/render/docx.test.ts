import JSZip from 'jszip';
import { buildReport } from '../../../src/report/buildReport';
import type { Block, ReportDocument, ReportTable } from '../../../src/report/document';
import { renderDocx } from '../../../src/report/render/docx';
import { analyseExample, SECTION_HEADINGS } from '../../example/loadExample';

/** The parts of a .docx that the tests read, as XML text. */
interface DocxParts {
  document: string;
  styles: string;
  settings: string;
  footers: string[];
  media: { name: string; bytes: Buffer }[];
}

async function readDocx(buffer: Buffer): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(buffer);
  const text = (name: string) => zip.file(name)!.async('string');

  const footerNames = Object.keys(zip.files).filter((name) => /^word\/footer\d+\.xml$/.test(name));
  const mediaNames = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));

  return {
    document: await text('word/document.xml'),
    styles: await text('word/styles.xml'),
    settings: await text('word/settings.xml'),
    footers: await Promise.all(footerNames.map(text)),
    media: await Promise.all(mediaNames.map(async (name) => ({ name, bytes: await zip.file(name)!.async('nodebuffer') }))),
  };
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The `w:p` elements of some XML (paragraphs are not nested in what docx writes). */
function paragraphsOf(xml: string): string[] {
  return xml.match(/<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) ?? [];
}

function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1])).join('');
}

function tablesOf(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

function rowsOf(tableXml: string): string[] {
  return tableXml.match(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g) ?? [];
}

function cellsOf(rowXml: string): string[] {
  return rowXml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
}

/** A cell as the tests compare it: grid column, column span, vMerge value ('' when absent) and text. */
interface GridCell {
  column: number;
  gridSpan: number;
  vMerge: string;
  text: string;
}

function gridRowsOf(tableXml: string): GridCell[][] {
  return rowsOf(tableXml).map((row) => {
    let column = 0;
    return cellsOf(row).map((cell) => {
      const gridSpan = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? '1');
      const vMergeTag = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(cell);
      const vMerge = vMergeTag === null ? '' : (vMergeTag[1] ?? 'continue');
      const gridCell = { column, gridSpan, vMerge, text: textOf(cell) };
      column += gridSpan;
      return gridCell;
    });
  });
}

/**
 * Reads the spans back from the XML: for each cell that starts a merge or
 * spans columns, `row:column rowSpan x colSpan`, as the model writes them.
 */
function spansFromXml(tableXml: string): string[] {
  const grid = gridRowsOf(tableXml);
  const spans: string[] = [];

  grid.forEach((row, rowIndex) => {
    for (const cell of row) {
      if (cell.vMerge === 'continue') continue;

      let rowSpan = 1;
      if (cell.vMerge === 'restart') {
        while (grid[rowIndex + rowSpan]?.some((below) => below.column === cell.column && below.vMerge === 'continue')) {
          rowSpan++;
        }
      }
      if (rowSpan > 1 || cell.gridSpan > 1) spans.push(`${rowIndex}:${cell.column} ${rowSpan}x${cell.gridSpan}`);
    }
  });

  return spans;
}

function spansFromModel(table: ReportTable): string[] {
  const spans: string[] = [];
  [...table.headerRows, ...table.rows].forEach((row, rowIndex) => {
    row.forEach((cell, column) => {
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      if (cell.covered !== true && (rowSpan > 1 || colSpan > 1)) spans.push(`${rowIndex}:${column} ${rowSpan}x${colSpan}`);
    });
  });
  return spans;
}

function modelTables(document: ReportDocument): ReportTable[] {
  return document.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}

function headingBlocks(document: ReportDocument): Extract<Block, { kind: 'heading' }>[] {
  return document.blocks.flatMap((block) => (block.kind === 'heading' ? [block] : []));
}

describe('renderDocx on the example month', () => {
  let report: ReportDocument;
  let parts: DocxParts;
  let bodyText: string;
  let tables: string[];

  beforeAll(async () => {
    report = buildReport(await analyseExample(), { year: 2022, month: 12, day: 4 });
    parts = await readDocx(await renderDocx(report));
    bodyText = paragraphsOf(parts.document).map(textOf).join('\n');
    tables = tablesOf(parts.document);
  }, 60_000);

  test('every section title uses its heading style', () => {
    const paragraphs = paragraphsOf(parts.document);

    for (const heading of headingBlocks(report)) {
      const styled = paragraphs.filter((paragraph) => paragraph.includes(`<w:pStyle w:val="Heading${heading.level}"/>`) && textOf(paragraph) === heading.text);
      expect({ heading: heading.text, count: styled.length }).toEqual({ heading: heading.text, count: 1 });
    }
  });

  test('sections 一 to 七 and 数据校验 are level-1 headings', () => {
    const levelOne = headingBlocks(report)
      .filter((heading) => heading.level === 1)
      .map((heading) => heading.text);

    expect(levelOne).toEqual(SECTION_HEADINGS);
  });

  test('heading styles use 黑体 in the customary sizes', () => {
    const styleOf = (id: string) => parts.styles.match(new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`))?.[0];

    expect(styleOf('Heading1')).toContain('w:eastAsia="黑体"');
    expect(styleOf('Heading1')).toContain('<w:sz w:val="32"/>');
    expect(styleOf('Heading2')).toContain('<w:sz w:val="28"/>');
    expect(styleOf('Heading3')).toContain('<w:sz w:val="24"/>');
  });

  test('body text defaults to 宋体 小四', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(parts.styles)?.[0] ?? '';

    expect(defaults).toContain('w:eastAsia="宋体"');
    expect(defaults).toContain('<w:sz w:val="24"/>');
  });

  test('table of contents is a TOC field over headings 1-3', () => {
    const instructions = [...parts.document.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => unescapeXml(match[1]));
    const simpleFields = [...parts.document.matchAll(/<w:fldSimple w:instr="([^"]*)"/g)].map((match) => unescapeXml(match[1]));

    const toc = [...instructions, ...simpleFields].find((instruction) => /^\s*TOC\b/.test(instruction));
    expect(toc).toBeDefined();
    expect(toc).toContain('\\o "1-3"');
    expect(toc).toContain('\\h');
  });

  test('Word is asked to update fields on opening', () => {
    expect(parts.settings).toMatch(/<w:updateFields(?: w:val="(true|1|on)")?\/>/);
  });

  test('table count equals the model', () => {
    expect(tables).toHaveLength(modelTables(report).length);
  });

  test('merges match the model spans in every table', () => {
    modelTables(report).forEach((table, index) => {
      expect({ table: table.id, spans: spansFromXml(tables[index]) }).toEqual({ table: table.id, spans: spansFromModel(table) });
    });
  });

  test('every row covers the whole grid', () => {
    modelTables(report).forEach((table, index) => {
      const widths = gridRowsOf(tables[index]).map((row) => row.reduce((sum, cell) => sum + cell.gridSpan, 0));
      expect({ table: table.id, widths }).toEqual({ table: table.id, widths: widths.map(() => table.columns.length) });
    });
  });

  test('target table 分类 cell spans 8 rows', () => {
    const index = modelTables(report).findIndex((table) => table.id === 'targets');
    const grid = gridRowsOf(tables[index]);

    expect(grid[1][0]).toMatchObject({ vMerge: 'restart', text: '平台安全稳定' });
    for (let row = 2; row <= 8; row++) {
      expect(grid[row][0]).toMatchObject({ column: 0, vMerge: 'continue', text: '' });
    }
    expect(grid[9][0].vMerge).not.toBe('continue');
  });

  test('ledger group headers span columns', () => {
    const index = modelTables(report).findIndex((table) => table.id === 'equipment-1');
    const [groupRow, titleRow] = gridRowsOf(tables[index]);

    expect(groupRow.map((cell) => `${cell.text}:${cell.gridSpan}:${cell.vMerge}`)).toEqual(['基本信息:4:', '动态信息:3:', '本月最新进展:1:restart', '预警:1:restart']);
    expect(titleRow.slice(-2).map((cell) => `${cell.column}:${cell.vMerge}`)).toEqual(['7:continue', '8:continue']);
  });

  test('header rows repeat on every page', () => {
    modelTables(report).forEach((table, index) => {
      const repeated = rowsOf(tables[index]).map((row) => row.includes('<w:tblHeader/>'));
      const expected = repeated.map((_, row) => row < table.headerRows.length);
      expect({ table: table.id, repeated }).toEqual({ table: table.id, repeated: expected });
    });
  });

  test('every cell has four borders', () => {
    for (const table of tables) {
      for (const row of rowsOf(table)) {
        for (const cell of cellsOf(row)) {
          expect(cell).toMatch(/<w:tcBorders><w:top w:val="single"[^>]*\/><w:left w:val="single"[^>]*\/><w:bottom w:val="single"[^>]*\/><w:right w:val="single"[^>]*\/><\/w:tcBorders>/);
        }
      }
    }
  });

  test('verdict cells are shaded by tone', () => {
    const index = modelTables(report).findIndex((table) => table.id === 'targets');
    const cells = rowsOf(tables[index]).flatMap(cellsOf);

    const missed = cells.find((cell) => textOf(cell) === '未达标');
    const met = cells.find((cell) => textOf(cell) === '达标');
    const notApplicable = cells.find((cell) => textOf(cell) === '不适用');

    expect(missed).toContain('w:fill="FFC7CE"');
    expect(met).toContain('w:fill="E2EFDA"');
    expect(notApplicable).toContain('w:fill="EDEDED"');
  });

  test('wide tables sit in landscape sections', () => {
    const sections = parts.document.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g) ?? [];
    const orientations = sections.map((section) => /w:orient="(\w+)"/.exec(section)?.[1]);

    expect(orientations).toContain('landscape');
    expect(orientations[0]).toBe('portrait');
    for (const section of sections) {
      expect(section).toMatch(/<w:pgSz w:w="(11906|16838)" w:h="(16838|11906)"/);
    }
  });

  test('each table lies in a section of its orientation', () => {
    const sectionEnds = [...parts.document.matchAll(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)].map((match) => ({
      end: match.index!,
      landscape: match[0].includes('w:orient="landscape"'),
    }));
    const tableStarts = [...parts.document.matchAll(/<w:tbl>/g)].map((match) => match.index!);

    modelTables(report).forEach((table, index) => {
      const section = sectionEnds.find((candidate) => candidate.end > tableStarts[index])!;
      expect({ table: table.id, landscape: section.landscape }).toEqual({ table: table.id, landscape: table.landscape === true });
    });
  });

  test('three chart images are PNG files', () => {
    const pngs = parts.media.filter((file) => file.name.endsWith('.png'));

    expect(pngs).toHaveLength(3);
    for (const png of pngs) {
      expect(png.bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    }
    expect(parts.document.match(/<pic:pic\b/g)).toHaveLength(3);
  });

  test('SPEC figures appear in the text', () => {
    expect(bodyText).toContain('中心 11 月共发生故障 9 起，剔除技术支持后有故障 5 起');
    expect(bodyText).toContain('11 月份一级事件 0 起，二级事件 2 起，三级事件 1 起；其中二级以上超时处理事件 0 起');
    expect(bodyText).toContain('网络部（7 起）');
    expect(bodyText).toContain('网站平台部（2 起）');
    expect(bodyText).toContain('本月在办业务 51 件，办结 30 件');
    expect(bodyText).toContain('本月 ISO 文件变更 12 份（修订 6 份，新增 5 份，改版 1 份）');
  });

  test('cover carries the control lines and title', () => {
    expect(bodyText).toContain('编号：ITSM-4-RP-01');
    expect(bodyText).toContain('版本号：V1.0');
    expect(bodyText).toContain('受控状态：受控');
    expect(bodyText).toContain('服务报告（月报）');
    expect(bodyText).toContain('2022 年 11 月');
  });

  test('footer shows 第 X 页 共 Y 页', () => {
    expect(parts.footers.length).toBeGreaterThan(0);

    for (const footer of parts.footers) {
      expect(textOf(footer).replace(/\s+/g, '')).toMatch(/^第.*页共.*页$/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    }
  });

  test('cover section has no footer', () => {
    const firstSection = /<w:sectPr>[\s\S]*?<\/w:sectPr>/.exec(parts.document)![0];
    expect(firstSection).not.toContain('w:footerReference');
  });
});
