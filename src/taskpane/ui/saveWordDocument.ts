import { fillTemplate } from '../../messages/issues';
import { paneUiText } from '../../messages/zh-CN';
import type { ReportDocument } from '../../report/document';
import { downloadBlob } from './downloadBlob';

/** Chart image size in the .docx, in CSS pixels, as the Node renderer draws it. */
const CHART_WIDTH = 600;
const CHART_HEIGHT = 300;

/**
 * Renders the report as a .docx in the pane and downloads it. The `docx`
 * package and the renderer load by dynamic import on first use. Charts are
 * PNGs drawn from their SVG on a canvas, because resvg (the Node renderer's
 * rasteriser) is a native module; a chart that fails to draw becomes its
 * data table. Returns the file name.
 *
 * Example: `await saveWordDocument(report, document)` downloads and returns `'月报-2022-11.docx'`.
 */
export async function saveWordDocument(report: ReportDocument, root: Document): Promise<string> {
  const [{ buildDocxDocument }, { Packer }, { chartPngs }] = await Promise.all([
    import(/* webpackChunkName: "docx" */ '../../report/render/docx'),
    import(/* webpackChunkName: "docx" */ 'docx'),
    import(/* webpackChunkName: "report-html" */ './chartImages'),
  ]);

  const pngs = await chartPngs(report, CHART_WIDTH, CHART_HEIGHT);
  const blob = await Packer.toBlob(buildDocxDocument(report, { chartPngs: pngs }));
  const fileName = fillTemplate(paneUiText.docxFileName, { month: report.month });
  downloadBlob(root, blob, fileName);
  return fileName;
}
