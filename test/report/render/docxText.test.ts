import JSZip from 'jszip';
import type { ReportDocument } from '../../../src/report/document';
import { renderDocx } from '../../../src/report/render/docx';
import { HOSTILE_TEXTS, sampleDocument } from '../sampleDocument';

async function documentXml(document: ReportDocument): Promise<string> {
  const zip = await JSZip.loadAsync(await renderDocx(document));
  return zip.file('word/document.xml')!.async('string');
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Returns the text of every `w:t` element. */
function textRunsOf(xml: string): string[] {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((match) => unescapeXml(match[1]));
}

function fieldInstructionsOf(xml: string): string[] {
  const complex = [...xml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((match) => unescapeXml(match[1]).trim());
  const simple = [...xml.matchAll(/<w:fldSimple w:instr="([^"]*)"/g)].map((match) => unescapeXml(match[1]).trim());
  return [...complex, ...simple];
}

describe('renderDocx text', () => {
  let xml: string;

  beforeAll(async () => {
    xml = await documentXml(sampleDocument);
  }, 60_000);

  test.each(HOSTILE_TEXTS)('%s stays literal text', (hostile) => {
    expect(textRunsOf(xml)).toContain(hostile);
  });

  test('markup in text is escaped', () => {
    expect(xml).not.toContain('<img');
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  test('only the table of contents has fields', () => {
    const instructions = fieldInstructionsOf(xml);

    expect(instructions.length).toBeGreaterThan(0);
    for (const instruction of instructions) {
      expect(instruction).toMatch(/^(TOC \\h \\o "1-3"|PAGEREF _Toc\d+ \\h)$/);
    }
  });

  test('no hyperlink leaves the document', () => {
    const zipLinks = xml.match(/<w:hyperlink\b[^>]*>/g) ?? [];
    for (const link of zipLinks) {
      expect(link).toMatch(/w:anchor="/);
      expect(link).not.toMatch(/r:id="/);
    }
  });

  test('line breaks in a cell become w:br', async () => {
    const cellXml = await documentXml({
      ...sampleDocument,
      blocks: [{ kind: 'table', table: { id: 't', columns: [{ width: 1 }], headerRows: [], rows: [[{ text: '网站平台部\n安全和备份部' }]] } }],
    });
    const cell = /<w:tc>[\s\S]*?<\/w:tc>/.exec(cellXml)![0];

    expect(textRunsOf(cell)).toEqual(['网站平台部', '安全和备份部']);
    expect(cell).toMatch(/<w:br\/><w:t[^>]*>安全和备份部<\/w:t>/);
  });

  test('forbidden XML characters are removed', async () => {
    const controlXml = await documentXml({ ...sampleDocument, blocks: [{ kind: 'paragraph', text: 'a\u0000b\u000Bc' }] });
    expect(textRunsOf(controlXml)).toContain('abc');
  });

  test('notice starts its own page', () => {
    const title = /<w:p>(?:(?!<\/w:p>)[\s\S])*版权声明和保密须知[\s\S]*?<\/w:p>/.exec(xml)?.[0] ?? '';
    expect(title).toContain('<w:pageBreakBefore/>');
  });

  test('cover without notice has no notice page', async () => {
    const { notice, ...cover } = sampleDocument.cover;
    expect(notice).toBeDefined();

    const plainXml = await documentXml({ ...sampleDocument, cover });
    expect(plainXml).not.toContain('版权声明和保密须知');
  });
});
