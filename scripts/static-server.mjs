// A small static file server for dist/ on loopback: used by `scripts/serve`
// and by the browser tests, so both see the app exactly as shipped.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import zlib, { brotliCompressSync, gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
};

const COMPRESSIBLE = new Set([".html", ".js", ".mjs", ".css", ".wasm", ".json", ".webmanifest", ".svg", ".txt"]);

/** Serves `root` on 127.0.0.1:`port` (0 = any free port). With
 * `compress`, answers brotli or gzip as a production host would (the
 * benchmark measures transferred bytes so); compressed bodies are cached. */
export function startServer(root, port = 0, { compress = false } = {}) {
  const packed = new Map();
  const base = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    requests.push({ method: req.method, url: req.url });
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      // `GET /%`: not a path at all.
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    let file = normalize(join(base, path));
    // Inside the root itself, not merely a name that starts like it
    // (`dist-x/` beside `dist/`).
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      let body = await readFile(file);
      const headers = {};
      const accepts = String(req.headers["accept-encoding"] ?? "");
      const encoding = !compress || !COMPRESSIBLE.has(extname(file)) ? null
        : accepts.includes("br") ? "br" : accepts.includes("gzip") ? "gzip" : null;
      if (encoding) {
        const key = `${encoding}:${file}`;
        if (!packed.has(key)) {
          // The build's own compressed copy when there is one (post-build.mjs).
          const copy = await readFile(`${file}.${encoding === "br" ? "br" : "gz"}`).catch(() => null);
          packed.set(key, copy ?? (encoding === "br"
            ? brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } })
            : gzipSync(body, { level: 9 })));
        }
        body = packed.get(key);
        headers["content-encoding"] = encoding;
        headers.vary = "accept-encoding";
      }
      res.writeHead(200, {
        ...headers,
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-cache",
        // What a <meta> CSP cannot say: no framing (clickjacking), and
        // no sniffing or referrers.
        "content-security-policy": "frame-ancestors 'none'",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
      });
      res.end(body);
    } catch (e) {
      if (process.env.DEBUG_SERVER) console.error(e);
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const url = `http://127.0.0.1:${server.address().port}/`;
      ok({ url, requests, close: () => new Promise((done) => server.close(done)) });
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  // Served as a production host would: brotli or gzip.
  const { url } = await startServer(root, Number(port), { compress: true });
  console.log(`Kompetenskoll is served at ${url} (Ctrl-C stops it)`);
}
