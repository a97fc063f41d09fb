/**
 * Renders assets/icon.svg to the PNG sizes the manifest names
 * (assets/icon-16.png … icon-80.png). Run it after changing the SVG:
 * `node scripts/makeIcons.js`; the PNGs are committed.
 */
const fs = require('fs');
const path = require('path');
const { Resvg } = require('@resvg/resvg-js');

const ICON_SIZES = [16, 32, 64, 80];
const assets = path.join(__dirname, '..', 'assets');
const svg = fs.readFileSync(path.join(assets, 'icon.svg'));

for (const size of ICON_SIZES) {
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  })
    .render()
    .asPng();
  fs.writeFileSync(path.join(assets, `icon-${size}.png`), png);
}
