// Trunk's post_build hook (Trunk.toml): finishes dist/ for a strict
// Content-Security-Policy and for offline use.
//  1. Moves Trunk's inline start-up script into its own hashed file, so that
//     `script-src 'self'` holds without 'unsafe-inline'.
//  2. Puts the CSP into index.html (a <meta>; `frame-ancestors` can only be
//     sent as a header: deploy/'s configurations do, made by hosting.mjs
//     from the same source).
//  3. Writes sw.js, the service worker, with the precache list made from
//     what is in the staging directory now: never a hand-kept list.
//  4. Writes .gz and .br copies for hosts to serve as they are.
//  And index.html loses its comments and indentation (146 B gzip), asks
//  for the first screen's wasm first, and gets the static start screen.
//  Before all that, minifies the JavaScript and CSS (esbuild): Trunk's own
//  minifier cannot read wasm-bindgen's glue, and every byte of the first
//  screen's is fetched before the first question shows.
// Demand-file hosts a deployment may load from come from deploy.json
// (hosting.mjs reads it).
import { createHash } from "node:crypto";
import { transform } from "esbuild";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { readFile, readdir, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { metaCsp } from "./hosting.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const staging = process.env.TRUNK_STAGING_DIR;
const base = process.env.TRUNK_PUBLIC_URL ?? "/";
if (!staging) throw new Error("TRUNK_STAGING_DIR is not set: run through `trunk build`");

const sha = (data, n = 16) => createHash("sha256").update(data).digest("hex").slice(0, n);

export const CSP = metaCsp();

const indexPath = join(staging, "index.html");
let html = await readFile(indexPath, "utf8");

// 0. Minified JavaScript and CSS, with index.html's integrity hashes of them
//    made anew (the names keep Trunk's hashes: they change with the source).
const sri = (data) => `sha384-${createHash("sha384").update(data).digest("base64")}`;
for (const path of await files(staging)) {
  const loader = path.endsWith(".js") ? "js" : path.endsWith(".css") ? "css" : null;
  if (!loader) continue;
  const source = await readFile(path, "utf8");
  const { code } = await transform(source, { loader, minify: true, ...(loader === "js" && { format: "esm" }) });
  if (code.length >= source.length) continue;
  await writeFile(path, code);
  html = html.replace(sri(source), sri(code));
}

const inline = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(inline);
if (!found) throw new Error("index.html: Trunk's start-up script was not found");
const start = found[1].trim() + "\n";
const startName = `start-${sha(start)}.js`;
await writeFile(join(staging, startName), start);
html = html.replace(inline, `<script type="module" src="${base}${startName}"></script>`);
// early.js by its content's hash too: cached for good, as the module is,
// since the parser waits for it (hosting.mjs's HASHED).
const early = await readFile(join(staging, "early.js"), "utf8");
const earlyName = `early-${sha(early)}.js`;
await writeFile(join(staging, earlyName), early);
await rm(join(staging, "early.js"));
if (!html.includes('<script src="early.js"></script>')) throw new Error("index.html: early.js was not found");
html = html.replace('<script src="early.js"></script>', `<script src="${base}${earlyName}"></script>`);
html = html.replace(
  '<meta charset="utf-8" />',
  `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
);
// The first screen's wasm is most of its bytes and the last to arrive:
// asked for first, beside its glue, rather than after everything else in
// the head (the preload scanner asks in document order, each request some
// milliseconds after the last on a slow phone).
const preloads = html.match(/<link rel="(?:modulepreload|preload)" href="[^"]*kompetenskoll-first[^>]*>|<link rel="modulepreload" href="[^"]*snippets[^>]*>/g) ?? [];
const wasmFirst = [...preloads].sort((a, b) => Number(b.includes(".wasm")) - Number(a.includes(".wasm")));
if (!wasmFirst.some((l) => l.includes("_bg.wasm"))) throw new Error("index.html: Trunk's preload of the first screen's wasm was not found");
for (const link of preloads) html = html.replace(link, "");
// Before it, the CSS the first paint waits for: a few KB that would
// otherwise share the link with the wasm's 150.
const stylesheet = html.match(/<link rel="stylesheet"[^>]*>/)?.[0];
if (!stylesheet) throw new Error("index.html: the stylesheet was not found");
html = html.replace(stylesheet, "");
html = html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1\n${[stylesheet, ...wasmFirst].join("\n")}`);
// Comments and indentation are for index.html's readers, not the seeker's
// first download.
html = html.replace(/<!--[\s\S]*?-->/g, "").replace(/\n\s*(?=\n)/g, "").replace(/\n[ \t]+/g, "\n");
// The app's Swedish start screen, for the seeker to read while its module
// comes (static/early.js; src/ui/app.rs keeps the file the app's own).
const staticScreen = '<div id="static-screen" class="first-screen"></div>';
if (!html.includes(staticScreen)) throw new Error("index.html: the static start screen's place was not found");
// A kiosk's build (kiosk.json "enabled") shows a kiosk's start screen, which
// this is not: it starts on the app's own, as it always did.
const kioskBuild = JSON.parse(await readFile(join(staging, "kiosk.json"), "utf8")).enabled === true;
const startScreen = kioskBuild ? "" : (await readFile(join(ROOT, "static", "start-screen.sv.html"), "utf8")).trim();
html = html.replace(staticScreen, () => staticScreen.replace("></div>", `>${startScreen}</div>`));
await writeFile(indexPath, html);

async function files(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await files(path)));
    else out.push(path);
  }
  return out;
}
// The whole questionnaire is there for regions and the CLI; the app reads
// its parts (content/questionnaire.LANG.json, content/job-titles.json), so
// an offline device need not hold it.
const notPrecached = [`${sep}sw.js`, `${sep}content${sep}questionnaire.json`];
// What a seeker may never need is cached when first used, not installed
// with the app: another language's messages and questions (nine of ten),
// and the regional example demand file (every seeker has the national
// one). Each such file carries its language, so that the service worker
// installs those of the browser's own languages at once: a seeker who
// reads Somali is offline in Somali after one visit.
const languageFile = /^(?:locales\/(.+)\.ftl|content\/questionnaire(?:-opening)?\.(.+)\.json)$/;
const all = (await files(staging)).filter((p) => !notPrecached.some((end) => p.endsWith(end))).sort();
// Each file as [path, revision, language], the revision a hash of its
// content: an update fetches only the files whose revision changed.
const precache = [];
const onUse = [];
for (const path of all) {
  const name = relative(staging, path).split(sep).join("/");
  const found = name.match(languageFile);
  const language = found ? (found[1] ?? found[2]) : null;
  const entry = [base + name, sha(await readFile(path)), language];
  const later = name === "content/demand-varmland-exempel.json" || (language !== null && language !== "sv");
  (later ? onUse : precache).push(entry);
}
// The version is the list of files and revisions: it changes with any file.
const version = sha(JSON.stringify([...precache, ...onUse]));
const sw = (await readFile(join(ROOT, "scripts", "sw-template.js"), "utf8"))
  .replace("__VERSION__", version)
  .replace("__PRECACHE__", JSON.stringify(precache))
  .replace("__ON_USE__", JSON.stringify(onUse))
  .replace("__INDEX__", JSON.stringify(`${base}index.html`))
  .replace("__REVISIONS__", JSON.stringify(`${base}__revisions`));
await writeFile(join(staging, "sw.js"), sw);

// 4. Compressed copies beside every text and wasm file (gzip -9, brotli 11),
//    so that a host serves them as they are (nginx gzip_static, Caddy
//    precompressed) instead of compressing on every request or not at all.
const compressible = /\.(html|js|wasm|css|json|ftl|svg|webmanifest)$/;
let compressed = 0;
for (const path of (await files(staging)).filter((p) => compressible.test(p))) {
  const data = await readFile(path);
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length } });
  if (gz.length < data.length) await writeFile(`${path}.gz`, gz);
  if (br.length < data.length) await writeFile(`${path}.br`, br);
  compressed += 1;
}
console.log(`post-build: ${startName}, CSP, sw.js precaching ${precache.length} files (${onUse.length} more when used), ${compressed} compressed beside them`);
