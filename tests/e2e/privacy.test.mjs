// The guarantees a seeker and a library rely on, proven in the browser:
// offline after one visit, nothing sent anywhere, no CSP violation, a kiosk
// that forgets, hostile files rendered harmless, and "delete everything".
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { KIOSK, PHONE, ROOT, answerSection, completeShortPath, launch, message, openPage, screenshot, chooseLanguage } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

/** Records CSP violations from the first script on. */
async function watchCsp(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      window.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
}

test("after one visit the app works offline: reload, short path, results", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  // The service worker has installed (precached everything) once it is ready.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await context.setOffline(true);
  await page.reload();
  await completeShortPath(page, [2, 3]);
  await page.getByTestId("ranked").locator("li").first().waitFor();
  await screenshot(page, "results-offline-phone");
  await context.setOffline(false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("offline after one visit in Somali: her own language is installed with the app, the other languages and the regional example when first used", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "so" });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  const cached = () => page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) out.push(new URL(request.url).pathname);
    }
    return out;
  });
  const installed = await cached();
  for (const own of ["/locales/so.ftl", "/content/questionnaire.so.json", "/content/questionnaire-opening.so.json", "/content/questionnaire.sv.json", "/content/demand-sverige.json"]) {
    assert.ok(installed.includes(own), `${own} is installed with the app`);
  }
  for (const other of ["/locales/ar.ftl", "/locales/ti.ftl", "/content/questionnaire.ar.json", "/content/questionnaire-opening.fa.json", "/content/demand-varmland-exempel.json"]) {
    assert.ok(!installed.includes(other), `${other} waits until it is used`);
  }
  await context.setOffline(true);
  await page.reload();
  await completeShortPath(page, [2, 3], "so");
  await page.getByTestId("ranked").locator("li").first().waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "so");
  assert.equal(await page.locator(".untranslated-mark").count(), 0, "the questions and results are in Somali offline");
  await context.setOffline(false);
  // A language chosen later is kept once it has come.
  await chooseLanguage(page, "ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  for (let tries = 0; !(await page.evaluate(async () => Boolean(await caches.match("locales/ar.ftl")))); tries++) {
    assert.ok(tries < 100, "Arabic is kept once used");
    await page.waitForTimeout(100);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("a whole session asks only its own origin, sends no answers and violates no CSP rule", async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  await watchCsp(context);
  const requests = [];
  context.on("request", (r) => requests.push({ url: r.url(), method: r.method(), body: r.postData() }));
  const page = await context.newPage();
  await page.goto(`${env.server.url}?demand=content/demand-varmland-exempel.json`);
  await completeShortPath(page, [1, 3, 2]);
  await page.getByRole("button", { name: await sv("results-handover") }).click();
  await page.getByRole("button", { name: await sv("handover-qr") }).click();
  await page.getByTestId("profile-link").waitFor();
  const origin = new URL(env.server.url).origin;
  const foreign = requests.filter((r) => new URL(r.url).origin !== origin);
  assert.deepEqual(foreign, [], "no request leaves the app's origin");
  assert.deepEqual(requests.filter((r) => r.method !== "GET"), [], "nothing is posted");
  assert.ok(requests.every((r) => !r.url.includes("#") && !/[?&]p=/.test(r.url)), "no code in any address sent");
  assert.deepEqual(await page.evaluate(() => window.__csp), []);
  // The policy is really there, and strict.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  for (const rule of ["default-src 'none'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'none'"]) {
    assert.ok(csp.includes(rule), `CSP has ${rule}`);
  }
  assert.equal(await page.locator("script:not([src])").count(), 0, "no inline script");
  const response = await page.request.get(env.server.url);
  // The host sends the same policy as a header, with what a meta cannot say.
  assert.equal(response.headers()["content-security-policy"], `${csp}; frame-ancestors 'none'`);
  await context.close();
});

test("a kiosk forgets: storage, IndexedDB, caches, the back button and the back-forward cache", async () => {
  // A browser with the back-forward cache on, as a library's is.
  const own = await launch({ bfcache: true });
  const context = await own.browser.newContext({ viewport: KIOSK, locale: "sv-SE" });
  await context.addInitScript(() => {
    window.addEventListener("pageshow", (e) => { window.__restored = e.persisted; });
  });
  const problems = [];
  const page = await context.newPage();
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(msg.text()); });
  await page.goto(`${own.server.url}?kiosk`);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await answerSection(page, [3]);
  // Text fields opt out of autofill, so the next visitor is offered nothing.
  const fields = page.locator("input[type=text], input[type=search], input:not([type])");
  for (let i = 0; i < (await fields.count()); i++) {
    assert.equal(await fields.nth(i).getAttribute("autocomplete"), "off");
  }
  // Leaving mid-session and coming back (the next visitor's back button)
  // restores the page from the back-forward cache: it must come back empty.
  await page.waitForLoadState("networkidle");
  await page.goto(`${own.server.url}?kiosk&elsewhere`);
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.goBack({ waitUntil: "commit" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.equal(await page.evaluate(() => window.__restored), true, "the page came back from the back-forward cache");
  assert.equal(await page.locator("progress").count(), 0, "no questionnaire to page back into");
  assert.equal(await page.getByRole("button", { name: await sv("start-continue") }).count(), 0);

  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await answerSection(page, [2]);
  await page.getByRole("button", { name: await sv("kiosk-finish") }).click();
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  const left = await page.evaluate(async () => {
    const cached = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) cached.push(req.url);
    }
    const sw = await (await fetch("sw.js")).text();
    return {
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      notTheApp: cached.filter((url) => !sw.includes(JSON.stringify(new URL(url).pathname))),
      hash: location.hash,
    };
  });
  assert.deepEqual(left, { local: 0, session: 0, databases: 0, notTheApp: [], hash: "" });
  // The next visitor goes somewhere else and comes back: still nothing.
  await page.goto(`${own.server.url}?kiosk&next`);
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  await page.waitForLoadState("networkidle");
  await page.goBack({ waitUntil: "commit" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.equal(await page.locator("progress").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
  await own.close();
});

test("delete everything removes the seeker's data from the device and says what", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await chooseLanguage(page, "en");
  await chooseLanguage(page, "sv");
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await answerSection(page, [2]);
  // Opening the app's address anew shows the start screen (a reload would
  // come back to the question screen).
  await page.goto(env.server.url);
  await page.getByRole("button", { name: await sv("delete-button") }).click();
  await page.getByRole("button", { name: await sv("delete-yes") }).click();
  const report = page.getByTestId("deleted");
  await report.getByText(await sv("deleted-answers")).waitFor();
  await report.getByText(await sv("deleted-language")).waitFor();
  await screenshot(page, "start-deleted-phone");
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
  await page.reload();
  assert.equal(await page.getByRole("button", { name: await sv("start-continue") }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("hostile demand files: markup is text, script links are refused, a 50 MB file is turned away", async () => {
  const example = JSON.parse(await readFile(join(ROOT, "tests/fixtures/demand-example.json"), "utf8"));
  const hostile = structuredClone(example);
  const label = '<img src=x onerror="window.__pwned=1">Svetsare<script>window.__pwned=2</script>';
  hostile.occupations[0].label = { sv: label };
  const linked = structuredClone(example);
  linked.trainings[0].url = "javascript:alert(1)";
  const { context, page, problems } = await openPage(env.browser, "about:blank", PHONE, { locale: "sv-SE" });
  let dialogs = 0;
  page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  // The demand-file worker fetches it: routed for the context, which
  // sees the worker's requests too.
  await context.route("**/content/hostile.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(hostile) }));

  await page.goto(`${env.server.url}?demand=content/hostile.json`);
  await completeShortPath(page, [3, 2]);
  await page.getByText(label).first().waitFor();
  assert.equal(await page.evaluate(() => window.__pwned ?? 0), 0);
  assert.equal(await page.locator("main img").count(), 0);

  // A file whose training links to a script is refused by the validator,
  // with the field named; the bundled file stays in use.
  const other = await openPage(env.browser, "about:blank", PHONE, { locale: "sv-SE" });
  await other.context.route("**/content/linked.json", (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(linked) }));
  await other.page.goto(`${env.server.url}?demand=content/linked.json`);
  await completeShortPath(other.page, [3, 2]);
  const alert = other.page.locator(".problem").filter({ hasText: await sv("refused-invalid", { file: "content/linked.json", count: 1 }) });
  await alert.waitFor();
  assert.match(await alert.textContent(), /trainings\[0\]\.url/);
  await other.context.close();

  // A profile with markup in what the seeker typed is shown as typed.
  const profile = JSON.parse(await readFile(join(ROOT, "tests/fixtures/profile-example.json"), "utf8"));
  profile.answers.goal.text = '<img src=x onerror="window.__pwned=3">Vård<script>window.__pwned=4</script>';
  profile.included.push("certificates");
  profile.answers.certificates = [{ name: "<b onmouseover=alert(1)>Truckkort</b>" }];
  await page.goto(env.server.url);
  await page.getByLabel(await sv("start-open-profile")).setInputFiles({
    name: "hostile-profile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(profile)),
  });
  await page.getByText(profile.answers.goal.text).waitFor();
  await page.getByText(profile.answers.certificates[0].name).waitFor();
  assert.equal(await page.evaluate(() => window.__pwned ?? 0), 0);
  assert.equal(await page.locator("main img, main b").count(), 0);
  await page.getByRole("button", { name: await sv("coach-see-results") }).click();

  // Handing 50 MB to the page takes the test a while; the app's part is to
  // refuse it from its size alone, at once, without reading it.
  await page.getByLabel(await sv("demand-open-file")).setInputFiles({
    name: "huge.json", mimeType: "application/json", buffer: Buffer.alloc(50_000_000, 32),
  });
  const started = Date.now();
  await page.getByText(await sv("refused-too-large", { file: "huge.json", size: "50,0", max: "41" })).waitFor();
  const responsive = Date.now();
  await page.evaluate(() => 1);
  assert.ok(Date.now() - started < 5_000 && Date.now() - responsive < 1_000, "refused at once; the tab answers");
  await screenshot(page, "results-hostile-files-phone");
  assert.equal(dialogs, 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("nothing lost on a phone: a session saved by version 1, and closing the tab", async () => {
  const v1 = await readFile(join(ROOT, "tests/fixtures/sessions/v1.json"), "utf8");
  const { context, page, problems } = await openPage(env.browser, "about:blank", PHONE, { locale: "sv-SE" });
  await page.goto(env.server.url);
  // The phone kept a session from the old version. It is written once the
  // app has started here (its start-up, finding nothing saved, clears the
  // session key; a write before that could be cleared in a race).
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  await page.evaluate((text) => localStorage.setItem("kompetenskoll.session", text), v1);
  // Closing the tab and opening the app again.
  await page.close();
  const again = await context.newPage();
  await again.goto(env.server.url);
  await again.getByRole("button", { name: await sv("start-continue") }).click();
  await again.locator("progress").waitFor();
  const saved = await again.evaluate(() => JSON.parse(localStorage.getItem("kompetenskoll.session")));
  assert.equal(saved.answers.levels["2.A.1.a"].level, 3, "the old answers are there, saved in the current form");
  assert.equal(saved.answers.goal.text, "Jobba inom vården");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an update fetches only the files that changed, and keeps a language used before", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Arabic, used once, is kept.
  await chooseLanguage(page, "ar");
  await page.waitForFunction(() => document.documentElement.lang === "ar");
  await page.waitForLoadState("networkidle");
  for (let tries = 0; !(await page.evaluate(async () => Boolean(await caches.match("locales/ar.ftl")))); tries++) {
    assert.ok(tries < 100, "Arabic is kept once used");
    await page.waitForTimeout(100);
  }
  // A new build on the server: another version, with the job titles
  // changed and every other file as it was.
  const swPath = join(ROOT, "dist", "sw.js");
  const sw = await readFile(swPath, "utf8");
  const copies = await Promise.all([".br", ".gz"].map((e) => readFile(swPath + e)));
  const newer = sw
    .replace(/const VERSION = "[0-9a-f]+";/, 'const VERSION = "0000000000000000";')
    .replace(/("\/content\/job-titles\.json",")[0-9a-f]+"/, '$1changed"');
  assert.notEqual(newer, sw);
  const fetched = [];
  // What the service worker fetches, besides the update's own sw.js.
  context.on("request", (r) => { if (r.serviceWorker() && !r.url().endsWith("/sw.js")) fetched.push(new URL(r.url()).pathname); });
  await writeFile(swPath, newer);
  await writeFile(`${swPath}.br`, brotliCompressSync(newer));
  await writeFile(`${swPath}.gz`, gzipSync(newer));
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null));
  } finally {
    await writeFile(swPath, sw);
    await writeFile(`${swPath}.br`, copies[0]);
    await writeFile(`${swPath}.gz`, copies[1]);
  }
  // The install's last step is the new version's list of revisions
  // (polled here: page.evaluate awaits the cache, as a predicate may not).
  const installed = () => page.evaluate(async () => (await caches.keys()).includes("kompetenskoll-0000000000000000")
    && Boolean(await (await caches.open("kompetenskoll-0000000000000000")).match("__revisions")));
  for (let tries = 0; !(await installed()); tries++) {
    assert.ok(tries < 200, "the new version installs");
    await page.waitForTimeout(100);
  }
  assert.deepEqual(fetched, ["/content/job-titles.json"], "only the changed file is fetched");
  const carried = await page.evaluate(async () => {
    const cache = await caches.open("kompetenskoll-0000000000000000");
    return { arabic: Boolean(await cache.match("locales/ar.ftl")), demand: Boolean(await cache.match("content/demand-sverige.json")) };
  });
  assert.deepEqual(carried, { arabic: true, demand: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a new version announces itself outside the questionnaire and updates when asked, keeping the answers", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await answerSection(page, [3]);
  // The server now has a new build: its service worker differs by a byte
  // (and its compressed copies, which the host sends first, are the new
  // one's too).
  const swPath = join(ROOT, "dist", "sw.js");
  const sw = await readFile(swPath);
  const copies = await Promise.all([".br", ".gz"].map((e) => readFile(swPath + e)));
  const newer = Buffer.concat([sw, Buffer.from("\n// a newer build\n")]);
  await writeFile(swPath, newer);
  await writeFile(`${swPath}.br`, brotliCompressSync(newer));
  await writeFile(`${swPath}.gz`, gzipSync(newer));
  try {
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  } finally {
    await writeFile(swPath, sw);
    await writeFile(`${swPath}.br`, copies[0]);
    await writeFile(`${swPath}.gz`, copies[1]);
  }
  await page.waitForFunction(() => navigator.serviceWorker.getRegistration().then((r) => r.waiting !== null));
  // Mid-questionnaire: not a word.
  await page.waitForTimeout(500);
  assert.equal(await page.getByTestId("update-ready").count(), 0, "never mid-questionnaire");
  await page.getByRole("button", { name: await sv("q-back") }).click();
  await page.getByRole("button", { name: await sv("q-back") }).click();
  const banner = page.getByTestId("update-ready");
  await banner.waitFor();
  await screenshot(page, "start-update-ready-phone");
  await Promise.all([
    page.waitForEvent("load"),
    banner.getByRole("button", { name: await sv("update-now") }).click(),
  ]);
  await page.getByRole("button", { name: await sv("start-continue") }).waitFor();
  assert.equal(await page.getByTestId("update-ready").count(), 0);
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("kompetenskoll.session")).answers);
  assert.ok(Object.keys(saved.levels ?? {}).length + (saved.education === undefined ? 0 : 1) > 0, "answers kept");
  assert.deepEqual(problems, []);
  await context.close();
});
