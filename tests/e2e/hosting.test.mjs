// The app as hosts serve it: nginx and Caddy with deploy/'s configurations
// (scripts/hosting.mjs renders both from deploy.json). Every header
// arrives, the build's compressed copies are sent as they are, requests
// that are not paths or leave the folder are refused while the server goes
// on, an updated build reaches the seeker while hashed files come from her
// cache, and Chromium finds the app installable.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { cp, mkdtemp, mkdir, readFile, readdir, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { FOREVER, REVALIDATE, caddy, metaCsp, nginx, securityHeaders } from "../../scripts/hosting.mjs";
import { startCaddy, startNginx } from "../../scripts/host.mjs";
import { startServer } from "../../scripts/static-server.mjs";
import { chromium } from "playwright-core";
import { CHROMIUM_FLAGS, KIOSK, PHONE, ROOT, launch, message, openPage, screenshot, stepUntilWholeApp } from "./harness.mjs";

const DIST = join(ROOT, "dist");

/** Status, headers and body length of `path`, sent exactly as written. */
function get(url, path, headers = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((ok, fail) => {
    request({ hostname, port, path, method: "GET", headers }, (res) => {
      let length = 0;
      const chunks = [];
      res.on("data", (c) => { length += c.length; chunks.push(c); });
      res.on("end", () => ok({ status: res.statusCode, headers: res.headers, length, body: Buffer.concat(chunks) }));
    }).on("error", fail).end();
  });
}

test("deploy/ holds what hosting.mjs makes of deploy.json, and the page's CSP is the headers' own", async () => {
  assert.equal(await readFile(join(ROOT, "deploy", "nginx.conf"), "utf8"), nginx(),
    "deploy/nginx.conf is stale: node scripts/hosting.mjs nginx > deploy/nginx.conf");
  assert.equal(await readFile(join(ROOT, "deploy", "Caddyfile"), "utf8"), caddy(),
    "deploy/Caddyfile is stale: node scripts/hosting.mjs caddy > deploy/Caddyfile");
  const html = await readFile(join(DIST, "index.html"), "utf8");
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]*)"/)[1];
  assert.equal(meta, metaCsp());
  const header = new Map(securityHeaders()).get("Content-Security-Policy");
  assert.equal(header, `${meta}; frame-ancestors 'none'`);
});

/** The build's files a host must get right, by what they are. */
async function shipped() {
  const names = await readdir(DIST);
  const hashedWasm = names.find((n) => /^kompetenskoll-first-[0-9a-f]{16}_bg\.wasm$/.test(n));
  const hashedJs = names.find((n) => /^start-[0-9a-f]{16}\.js$/.test(n));
  assert.ok(hashedWasm && hashedJs, "the build's hashed files");
  return [
    { path: "/", type: "text/html", cache: REVALIDATE, file: "index.html" },
    { path: "/sw.js", type: "text/javascript", cache: REVALIDATE, file: "sw.js" },
    { path: "/manifest.webmanifest", type: "application/manifest+json", cache: REVALIDATE, file: "manifest.webmanifest" },
    { path: "/content/questionnaire-opening.sv.json", type: "application/json", cache: REVALIDATE, file: "content/questionnaire-opening.sv.json" },
    { path: "/locales/sv.ftl", type: "text/plain", cache: REVALIDATE, file: "locales/sv.ftl" },
    { path: "/kompetenskoll-web_bg.wasm", type: "application/wasm", cache: REVALIDATE, file: "kompetenskoll-web_bg.wasm" },
    { path: `/${hashedWasm}`, type: "application/wasm", cache: FOREVER, file: hashedWasm },
    { path: `/${hashedJs}`, type: "text/javascript", cache: FOREVER, file: hashedJs },
    { path: "/icons/icon-192.png", type: "image/png", cache: REVALIDATE, file: "icons/icon-192.png" },
  ];
}

for (const [name, start] of [["nginx", startNginx], ["Caddy", startCaddy]]) {
  describe(`served by ${name}`, () => {
    let server;
    let dir;
    before(async () => {
      server = await start(DIST);
      // A folder beside the served one whose name starts the same.
      dir = await mkdtemp(join(tmpdir(), "kompetenskoll-hosting-"));
    });
    after(async () => {
      await server?.close();
      await rm(dir, { recursive: true, force: true });
    });

    test("every file comes with the security headers, its type, its caching and the build's compressed copy", async () => {
      const expected = new Map(securityHeaders().map(([k, v]) => [k.toLowerCase(), v]));
      for (const file of await shipped()) {
        for (const [encoding, suffix] of [["br", ".br"], ["gzip", ".gz"], [null, ""]]) {
          const res = await get(server.url, file.path, encoding ? { "accept-encoding": encoding } : {});
          const where = `${name} ${file.path} (${encoding ?? "identity"})`;
          assert.equal(res.status, 200, where);
          for (const [header, value] of expected) assert.equal(res.headers[header], value, `${where}: ${header}`);
          assert.equal(res.headers["content-type"].split(";")[0], file.type, where);
          assert.equal(res.headers["cache-control"], file.cache, where);
          const copy = await stat(join(DIST, file.file + suffix)).catch(() => null);
          if (encoding && copy) {
            // Sent as the build wrote it, not compressed again.
            assert.equal(res.headers["content-encoding"], encoding, where);
            assert.equal(res.length, copy.size, where);
            assert.match(res.headers.vary ?? "", /accept-encoding/i, where);
          } else if (!encoding) {
            assert.equal(res.length, (await stat(join(DIST, file.file))).size, where);
          }
        }
      }
    });

    test("GET /% and encoded .. paths are refused and the server stays up", async () => {
      for (const path of ["/%", "/%zz", "/..%2Fdist-x/secret.txt", "/%2e%2e/etc/passwd", "/..%2f..%2f..%2fetc/passwd", "/.git/config"]) {
        const { status, body } = await get(server.url, path);
        assert.ok(status === 400 || status === 404, `${name} ${path}: ${status}`);
        assert.ok(!body.includes("root:"), path);
      }
      assert.ok(server.running(), `${name} stopped: ${server.output()}`);
      assert.equal((await get(server.url, "/")).status, 200);
    });
  });
}

describe("a host's own folder", () => {
  let dir;
  let server;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), "kompetenskoll-sibling-"));
    await mkdir(join(dir, "dist"));
    await mkdir(join(dir, "dist-x"));
    await writeFile(join(dir, "dist", "index.html"), "<!DOCTYPE html><title>app</title>");
    await writeFile(join(dir, "dist-x", "secret.txt"), "not for the web");
    await writeFile(join(dir, "secret.txt"), "not for the web");
  });
  after(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });
  // The Node server the benchmark uses is held to the same (it once
  // served dist-x/ and stopped on GET /%).
  const node = async (root) => startServer(root);
  for (const [name, start] of [["nginx", startNginx], ["Caddy", startCaddy], ["the bench's Node server", node]]) {
    test(`${name} serves nothing beside it, a sibling whose name starts the same included, and stays up`, async () => {
      server = await start(join(dir, "dist"));
      for (const path of ["/..%2Fdist-x/secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/%2e%2e%2fdist-x/secret.txt", "/..%5Csecret.txt", "/%", "/%zz"]) {
        const { status, body } = await get(server.url, path);
        assert.ok(status === 400 || status === 404, `${name} ${path}: ${status}`);
        assert.ok(!body.includes("not for the web"), `${name} ${path}`);
      }
      const index = await get(server.url, "/index.html");
      assert.equal(index.status, 200);
      assert.match(index.body.toString(), /<title>app<\/title>/);
      await server.close();
      server = null;
    });
  }
});

describe("caching in the browser", () => {
  let dir;
  let server;
  let env;
  before(async () => {
    // A copy of the build to update in place, as a host deploys one.
    dir = await mkdtemp(join(tmpdir(), "kompetenskoll-update-"));
    await cp(DIST, join(dir, "dist"), { recursive: true });
    server = await startNginx(join(dir, "dist"));
    env = await launch();
  });
  after(async () => {
    await env?.close();
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  test("an updated build is fetched fresh while hashed files come from the browser's cache", async () => {
    // Without the service worker, so what is seen is HTTP caching alone.
    const { context, page, problems } = await openPage(env.browser, server.url, PHONE, { locale: "sv-SE", serviceWorkers: "block" });
    await page.locator("main[data-app=kompetenskoll] h1").waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    const seen = new Map();
    const cached = new Set();
    cdp.on("Network.requestServedFromCache", (e) => cached.add(e.requestId));
    cdp.on("Network.responseReceived", (e) => {
      const path = new URL(e.response.url).pathname;
      seen.set(path, { status: e.response.status, cached: cached.has(e.requestId) || e.response.fromDiskCache });
    });

    // An update: index.html changes and names new hashed files; here its
    // title changes and so, for the test, does nothing else.
    const index = join(dir, "dist", "index.html");
    const html = await readFile(index, "utf8");
    await writeFile(index, html.replace("<title>Kompetenskoll</title>", "<title>Kompetenskoll 2</title>"));
    await rm(`${index}.br`);
    await rm(`${index}.gz`);
    await page.reload();
    await page.locator("main[data-app=kompetenskoll] h1").waitFor();
    assert.equal(await page.title(), "Kompetenskoll 2", "the new index.html is shown");
    assert.equal(seen.get("/")?.cached, false, "index.html is asked of the server");
    const wasm = [...seen].find(([path]) => /^\/kompetenskoll-first-[0-9a-f]{16}_bg\.wasm$/.test(path));
    assert.ok(wasm, `the first screen's wasm was loaded: ${[...seen.keys()]}`);
    assert.equal(wasm[1].cached, true, "the hashed wasm comes from the cache");
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe("installing on a phone", () => {
  let env;
  let profile;
  before(async () => {
    env = await launch();
    profile = await mkdtemp(join(tmpdir(), "kompetenskoll-profile-"));
  });
  after(async () => {
    await env?.close();
    await rm(profile, { recursive: true, force: true });
  });

  test("Chromium finds the app installable from its manifest", async () => {
    // A browser profile of its own: nothing installs from a private window.
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: CHROMIUM_FLAGS,
      viewport: PHONE,
      locale: "sv-SE",
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const problems = [];
      page.on("console", (msg) => { if (msg.type() === "error") problems.push(msg.text()); });
      page.on("response", (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
      await page.goto(env.server.url);
      await page.locator("main[data-app=kompetenskoll] h1").waitFor();
      await page.evaluate(() => navigator.serviceWorker.ready);
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest");
      assert.deepEqual(manifest.errors, [], "the manifest parses with no error");
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      assert.deepEqual(installabilityErrors, []);
      // Each icon the manifest names is served as what it says it is.
      const icons = JSON.parse(manifest.data).icons;
      assert.ok(icons.some((i) => i.sizes === "512x512" && i.purpose === "maskable"), "a maskable icon");
      for (const icon of icons) {
        const res = await page.request.get(new URL(icon.src, env.server.url).href);
        assert.equal(res.headers()["content-type"].split(";")[0], icon.type, icon.src);
      }
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
    }
  });
});

describe("served by Caddy, the app runs", () => {
  let env;
  before(async () => { env = await launch({ host: "caddy" }); });
  after(async () => { await env?.close(); });

  test("a seeker begins the questions and the whole app takes over, with no error or failed request", async () => {
    const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
    await page.getByRole("button", { name: await message("sv", "start-begin-short") }).click();
    await page.locator("#section-title").waitFor();
    await stepUntilWholeApp(page);
    await page.locator("#section-title").waitFor();
    await screenshot(page, "caddy-first-question-kiosk-sv");
    assert.deepEqual(problems, []);
    await context.close();
  });
});
