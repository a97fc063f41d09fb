import type { ChartSpec } from '../document';
import { renderChartSvg, type ChartSize } from './chartSvg';

type ResvgModule = typeof import('@resvg/resvg-js');

/** Font resvg falls back to for chart text; the SVG's own stack names SimSun first. */
const FALLBACK_FONT_FAMILY = 'Noto Sans CJK SC';

/** Pixels per CSS pixel in the PNG, so printed charts stay sharp. */
const PIXEL_RATIO = 2;

/**
 * Renders a chart as a PNG through resvg, at twice the given size for print.
 * Returns undefined when resvg cannot be loaded (it is a native Node module,
 * absent in a browser) or fails on the SVG; this function does not throw.
 * NOTE: without a CJK font on the system, resvg draws no glyphs for Chinese
 * labels and still returns an image; nothing here detects that case.
 *
 * Example: `renderChartPng(causeChart, { width: 600, height: 300 })` returns a 1200 × 600 PNG buffer.
 */
export function renderChartPng(chart: ChartSpec, size: Required<ChartSize>): Buffer | undefined {
  const resvg = loadResvg();
  if (resvg === undefined) return undefined;

  try {
    const svg = renderChartSvg(chart, size);
    const renderer = new resvg.Resvg(svg, {
      background: '#ffffff',
      fitTo: { mode: 'width', value: size.width * PIXEL_RATIO },
      font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT_FAMILY },
    });
    return renderer.render().asPng();
  } catch {
    return undefined;
  }
}

/** Loads resvg on first use, so bundling this file for a browser does not pull in the native module. */
function loadResvg(): ResvgModule | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@resvg/resvg-js') as ResvgModule;
  } catch {
    return undefined;
  }
}
