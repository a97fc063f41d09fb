import type { ReportDocument } from '../../report/document';
import { renderChartSvg } from '../../report/render/chartSvg';
import { encodeBase64Utf8 } from '../../report/render/encodeBase64';

/** Pixels per CSS pixel in the PNG, so printed charts stay sharp. */
const PIXEL_RATIO = 2;

/** Bytes handed to `String.fromCharCode` at once, below every engine's argument limit. */
const CHUNK_SIZE = 0x8000;

/**
 * Draws an SVG image on a canvas and returns it as PNG bytes, at twice the
 * given size, on a white background. The browser draws the text with its
 * own fonts (an SVG image cannot load web fonts).
 *
 * Example: `await svgToPng('data:image/svg+xml;base64,…', 600, 300)` returns the bytes of a 1200 × 600 PNG.
 */
export async function svgToPng(
  svgDataUri: string,
  width: number,
  height: number
): Promise<Uint8Array> {
  const image = new Image(width, height);
  image.src = svgDataUri;
  await image.decode();

  const canvas = document.createElement('canvas');
  canvas.width = width * PIXEL_RATIO;
  canvas.height = height * PIXEL_RATIO;
  const context = canvas.getContext('2d');
  if (context === null) throw new Error('canvas 2d context unavailable');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);

  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (blob === null) throw new Error('canvas.toBlob returned no image');
  return new Uint8Array(await blob.arrayBuffer());
}

/**
 * Draws every chart of the report as a PNG on a canvas, keyed by chart id,
 * for the .docx. A chart that fails to draw is left out, so the .docx
 * renderer shows its data table instead.
 *
 * Example: `await chartPngs(document, 600, 300)` returns `Map { 'incidents-by-cause' => Uint8Array, … }`.
 */
export async function chartPngs(
  report: ReportDocument,
  width: number,
  height: number
): Promise<Map<string, Uint8Array>> {
  const pngs = new Map<string, Uint8Array>();
  for (const block of report.blocks) {
    if (block.kind !== 'chart') continue;
    try {
      const svg = renderChartSvg(block.chart, { width, height });
      pngs.set(
        block.chart.id,
        await svgToPng(`data:image/svg+xml;base64,${encodeBase64Utf8(svg)}`, width, height)
      );
    } catch {
      // The .docx renderer falls back to the chart's data table.
    }
  }
  return pngs;
}

/**
 * Replaces the SVG data URIs of `<img src=… width=… height=…>` elements in
 * report HTML by PNG data URIs drawn on a canvas, because Word before 2016
 * drops pasted SVG images. An image that fails to draw keeps its SVG.
 *
 * Example: `await rasteriseSvgImages('<img src="data:image/svg+xml;base64,…" width="600" height="300">')`
 * returns `'<img src="data:image/png;base64,…" width="600" height="300">'`.
 */
export async function rasteriseSvgImages(html: string): Promise<string> {
  const pattern =
    /src="(data:image\/svg\+xml;base64,[A-Za-z0-9+/=]+)" width="(\d+)" height="(\d+)"/g;
  const replacements = new Map<string, string>();

  for (const [, uri, width, height] of html.matchAll(pattern)) {
    if (replacements.has(uri)) continue;
    try {
      const png = await svgToPng(uri, Number(width), Number(height));
      replacements.set(uri, `data:image/png;base64,${encodeBase64Bytes(png)}`);
    } catch {
      replacements.set(uri, uri);
    }
  }
  return html.replace(pattern, (match, uri: string) =>
    match.replace(uri, replacements.get(uri) ?? uri)
  );
}

function encodeBase64Bytes(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK_SIZE) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK_SIZE));
  }
  return btoa(binary);
}
