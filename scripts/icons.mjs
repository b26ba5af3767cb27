// Renders the app's icon (static/icon.svg's mark) as the PNGs phones want
// for installing the app (static/icons/, committed; run again after
// changing the mark): 192 and 512 px, a maskable 512 px whose mark stays
// inside the safe zone (the centre circle of 80 %), and Apple's 180 px
// touch icon, which iOS rounds itself. Debian's Chromium draws them.
import { chromium } from "playwright-core";
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const svg = await readFile(join(ROOT, "static", "icon.svg"), "utf8");
// The check mark alone, to place on a full-bleed square.
const mark = svg.match(/<path[^>]*\/>/)[0];
const square = (scale) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#005a9c"/>` +
  `<g transform="translate(32 32) scale(${scale}) translate(-32 -32)">${mark}</g></svg>`;

const icons = [
  { name: "icon-192.png", size: 192, svg },
  { name: "icon-512.png", size: 512, svg },
  { name: "icon-maskable-512.png", size: 512, svg: square(0.7) },
  { name: "apple-touch-icon.png", size: 180, svg: square(0.85) },
];

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox"] });
for (const { name, size, svg: source } of icons) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const sized = source.replace("<svg ", `<svg width="${size}" height="${size}" `);
  await page.setContent(`<!DOCTYPE html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`);
  await writeFile(join(ROOT, "static", "icons", name), await page.screenshot({ omitBackground: true }));
  await page.close();
}
await browser.close();
console.log(`icons: ${icons.map((i) => i.name).join(", ")}`);
