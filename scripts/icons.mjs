// Regenerates the PNG app icons in www/ from www/icon.svg: icon-192.png and icon-512.png
// (the rounded icon on a transparent background) and icon-maskable-512.png (full-bleed
// square for launchers that cut their own shape; the glyph stays well inside the central
// 80% safe zone). The PNGs are committed; run this after changing icon.svg.
//
// Debian's chromium (through playwright-core) draws the SVG on a canvas; the pixels are
// then written here as a palette PNG (lossless: the icon has far fewer than 256 colours),
// about a third of the size of a true-colour screenshot.
//
//   node scripts/icons.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32, deflateSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const www = (name) => fileURLToPath(new URL(`../www/${name}`, import.meta.url));
const svg = readFileSync(www('icon.svg'), 'utf8');
const square = svg.replace(/\s+rx="[^"]*"/, '');
if (square === svg) throw new Error('icon.svg: expected a rounded background rect (rx="…")');

const ICONS = [
  { file: 'icon-192.png', size: 192, svg },
  { file: 'icon-512.png', size: 512, svg },
  { file: 'icon-maskable-512.png', size: 512, svg: square },
];

/** RGBA pixels of `source` drawn at `size`×`size`. */
async function rasterise(page, source, size) {
  const rgba = await page.evaluate(async ({ source, size }) => {
    const image = new Image();
    image.src = `data:image/svg+xml,${encodeURIComponent(source)}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, size, size);
    return Array.from(context.getImageData(0, 0, size, size).data);
  }, { source, size });
  return Buffer.from(rgba);
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit palette PNG of `rgba` (fails if the image has more than 256 colours). */
function palettePng(rgba, size) {
  const colours = new Map();
  const indices = Buffer.alloc(size * (size + 1));
  for (let y = 0; y < size; y++) {
    indices[y * (size + 1)] = 0; // filter: none (best for palette images)
    for (let x = 0; x < size; x++) {
      const at = (y * size + x) * 4;
      // Fully transparent pixels are all the same colour.
      const key = rgba[at + 3] === 0 ? 0 : rgba.readUInt32BE(at);
      if (!colours.has(key)) colours.set(key, colours.size);
      indices[y * (size + 1) + 1 + x] = colours.get(key);
    }
  }
  if (colours.size > 256) throw new Error(`${colours.size} colours: too many for a palette PNG`);
  const palette = Buffer.alloc(colours.size * 3);
  const alpha = Buffer.alloc(colours.size);
  for (const [key, index] of colours) {
    palette.writeUIntBE(key >>> 8, index * 3, 3);
    alpha[index] = key & 0xff;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 3; // colour type: palette
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', palette),
    ...(alpha.every((a) => a === 255) ? [] : [chunk('tRNS', alpha)]),
    chunk('IDAT', deflateSync(indices, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  for (const icon of ICONS) {
    const png = palettePng(await rasterise(page, icon.svg, icon.size), icon.size);
    writeFileSync(www(icon.file), png);
    console.log(`www/${icon.file}: ${icon.size}×${icon.size}, ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
