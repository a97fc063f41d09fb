import {
  AlignmentType,
  Document,
  Footer,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import type { ReportDocument } from '../document';
import { renderText } from '../../messages/zh-CN';
import { renderDocxBlocks } from './docxBlocks';
import { renderDocxCover } from './docxCover';
import { planDocxSections } from './docxSectionPlan';
import {
  A4_HEIGHT,
  A4_WIDTH,
  BODY_FONT,
  BULLET_REFERENCE,
  HEADING_FONT,
  LANDSCAPE_TEXT_WIDTH,
  PAGE_MARGIN,
  PORTRAIT_TEXT_WIDTH,
  SIZE,
} from './docxStyles';

/**
 * Renders the report as a Word document (.docx): the cover page without a
 * page number, then the table of contents and every block, in sections of
 * A4 portrait or landscape pages (wide tables are landscape). Headings use
 * Word's Heading 1 to 3 styles in 黑体. Body text is 宋体 小四 and table text
 * 宋体 五号. Every page after the cover has the footer 第 X 页 共 Y 页. The
 * document asks Word to update its fields on opening, which fills in the
 * table of contents' page numbers.
 *
 * Example: `await renderDocx(document)` returns the bytes of `月报-2022-11.docx`.
 */
export async function renderDocx(document: ReportDocument, options: DocxOptions = {}): Promise<Buffer> {
  return Packer.toBuffer(buildDocxDocument(document, options));
}

export interface DocxOptions {
  /**
   * PNG bytes per chart id, drawn by the caller (a browser draws them on a
   * canvas). Charts not in the map are drawn through resvg, or become a data
   * table when resvg is unavailable.
   */
  chartPngs?: ReadonlyMap<string, Uint8Array>;
}

/**
 * Builds the Word document that `renderDocx` packs, for callers that pack it
 * themselves: a browser calls `Packer.toBlob`, because `Packer.toBuffer`
 * needs Node's Buffer.
 *
 * Example: `await Packer.toBlob(buildDocxDocument(document, { chartPngs }))` returns the .docx as a Blob.
 */
export function buildDocxDocument(document: ReportDocument, options: DocxOptions = {}): Document {
  const body = planDocxSections(document.blocks).map((plan): ISectionOptions => {
    const textWidth = plan.landscape ? LANDSCAPE_TEXT_WIDTH : PORTRAIT_TEXT_WIDTH;
    return {
      properties: pageProperties(plan.landscape),
      footers: { default: pageFooter() },
      children: renderDocxBlocks(plan.blocks, textWidth, options.chartPngs),
    };
  });

  const cover: ISectionOptions = { properties: pageProperties(false), children: renderDocxCover(document.cover) };

  return new Document({
    title: `${document.cover.title} ${document.cover.monthLabel}`,
    creator: document.cover.compilingDepartment,
    styles: reportStyles(),
    numbering: { config: [bulletList()] },
    features: { updateFields: true },
    sections: [cover, ...body],
  });
}

function pageProperties(landscape: boolean): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: A4_WIDTH, height: A4_HEIGHT, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: PAGE_MARGIN,
    },
  };
}

/** 第 X 页 共 Y 页, centred, with X and Y as Word's PAGE and NUMPAGES fields. */
function pageFooter(): Footer {
  const parts = renderText.docxPageFooter.split(/(\{page\}|\{pages\})/).filter((part) => part !== '');
  const fields: Record<string, string> = { '{page}': PageNumber.CURRENT, '{pages}': PageNumber.TOTAL_PAGES };
  const children = parts.map((part) => fields[part] ?? part);

  return new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children, size: SIZE.table })] })],
  });
}

/** Document defaults (宋体 小四, Chinese language) and the Heading 1 to 3 styles (黑体 三号, 四号, 小四). */
function reportStyles(): IStylesOptions {
  const heading = (size: number, before: number, after: number) => ({
    run: { font: HEADING_FONT, size, bold: true, color: '000000' },
    paragraph: { spacing: { before, after, line: 240 }, keepNext: true, keepLines: true },
  });

  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
      },
      heading1: heading(SIZE.heading1, 360, 240),
      heading2: heading(SIZE.heading2, 240, 120),
      heading3: heading(SIZE.body, 200, 100),
    },
  };
}

function bulletList() {
  return {
    reference: BULLET_REFERENCE,
    levels: [
      {
        level: 0,
        format: LevelFormat.BULLET,
        text: '●',
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: { left: 480, hanging: 360 } }, run: { font: BODY_FONT, size: 16 } },
      },
    ],
  };
}
