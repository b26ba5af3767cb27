// A whole session walked at 4x CPU, with the longest main-thread task of
// each step (issue "Fast on a cheap phone": no task over 50 ms anywhere).
// Steps follow what a seeker and then a coach do; a task belongs to the step
// during which it started. Used by scripts/bench.mjs.
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import { ROOT, answerSection, goOn, message, sealCentreList } from "../tests/e2e/harness.mjs";

const sv = (key, args) => message("sv", key, args);

// Found by CSS and text only: Playwright's role and label engines compute
// styles and accessible names on the page's main thread, in tasks the
// bench would count as the app's (94 ms traced on the start screen).
export const button = (page, text) => page.locator("button", { hasText: new RegExp(`^\\s*${escape(text)}\\s*$`) });
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function slowContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: "sv-SE", serviceWorkers: "block", ...options });
  await context.addInitScript(() => {
    window.__tasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
      .observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  // Every response the page or its workers had (the demand-file worker
  // fetches the demand file, which the page's own timeline never shows).
  page.responded = [];
  context.on("response", (r) => page.responded.push(r.url()));
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { context, page };
}

// What scripts/trace.mjs records of a traced step: the main thread's tasks,
// V8's lazy wasm compiles and the CPU profile's samples.
const TRACE_CATEGORIES = ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "v8.wasm", "disabled-by-default-v8.cpu_profiler"];

/** Runs `steps` ([name, async fn]) on `page`; the longest task of each.
 * The step named `trace.step`, if any, is traced into `trace.path`. */
async function timed(page, steps, trace) {
  const out = [];
  for (const [name, run] of steps) {
    const traced = trace?.step === name;
    if (traced) await page.context().browser().startTracing(page, { path: trace.path, categories: TRACE_CATEGORIES });
    const from = await page.evaluate(() => performance.now());
    await run();
    // Work a step set off (a parse in steps, a render) finishes in it.
    await page.waitForTimeout(1000);
    if (traced) await page.context().browser().stopTracing();
    const to = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(([a, b]) => window.__tasks.filter(([t]) => t >= a && t < b).map(([, d]) => d), [from, to]);
    out.push({ step: name, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length });
  }
  return out;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Until the app's own start screen is there: index.html's static one
 * (static/early.js) shows first, and the app's tasks come after it. */
const appsOwnStart = (page) => page.waitForFunction(
  () => !document.getElementById("static-screen") && document.querySelector("main > *"), null, { timeout: 60_000, polling: 100 });

/** The start screen's longest task over `n` cold loads (a new renderer
 * each, phone and desktop width in turn), beside the same loads of a
 * static copy of the rendered start screen with no script at all: the
 * renderer's own cost (its first layout waits on the font service),
 * which no app code can remove. One load says little: this cost alone
 * ranges over a hundred milliseconds from load to load. */
export async function coldStarts(browser, url, n) {
  const begin = await sv("start-begin-short");
  let staticCopy = null;
  const load = async (i, address) => {
    const width = i % 2 ? 1280 : 360;
    const { context, page } = await slowContext(browser, { viewport: { width, height: width === 360 ? 740 : 1024 } });
    await context.route(`${url}static-start.html`, (route) => route.fulfill({ contentType: "text/html", body: staticCopy }));
    await page.goto(address);
    await button(page, begin).waitFor({ timeout: 60_000 });
    await appsOwnStart(page);
    await page.waitForTimeout(1000);
    const tasks = await page.evaluate(() => window.__tasks.map(([, d]) => d));
    const html = staticCopy === null ? await page.content() : null;
    await context.close();
    return { longest: Math.round(Math.max(0, ...tasks)), html };
  };
  const app = [];
  const bare = [];
  for (let i = 0; i < n; i++) {
    const run = await load(i, url);
    app.push(run.longest);
    if (run.html) staticCopy = run.html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<link[^>]*(modulepreload|preload)[^>]*>/g, "");
    bare.push((await load(i, `${url}static-start.html`)).longest);
  }
  const summary = (xs) => ({ medianMs: median(xs), worstMs: Math.max(...xs), overBudget: xs.filter((x) => x > 50).length, runs: xs });
  return { loads: n, app: summary(app), staticCopy: summary(bare) };
}

/** The session, step by step; `trace` ({ step, path }) traces one step. */
export async function walkSession(browser, url, syntheticPath, trace) {
  const seeker = await slowContext(browser, { acceptDownloads: true });
  const page = seeker.page;
  const next = await sv("q-next");
  const demandIn = () => page.responded.some((url) => url.includes("demand-sverige"));
  let profilePath;
  const seekerSteps = await timed(page, [
    ["start screen", async () => {
      await page.goto(url);
      await button(page, await sv("start-begin-short")).waitFor({ timeout: 60_000 });
      await appsOwnStart(page);
    }],
    ["first questions, the whole app takes over", async () => {
      await button(page, await sv("start-begin-short")).click();
      await page.locator("fieldset.goal-question input[type=radio]").nth(1).check();
      // The next screen is the whole app's: it takes over there.
      await button(page, next).click();
      await page.waitForFunction(() => !document.getElementById("first-screen"), null, { timeout: 60_000 });
    }],
    ["the default demand file loads", async () => {
      for (let waited = 0; !(await demandIn()) && waited < 60_000; waited += 100) await page.waitForTimeout(100);
      await page.waitForTimeout(3000);
      if (!(await demandIn())) throw new Error("the default demand file did not load");
    }],
    ["the rest of the questions", async () => {
      await page.locator("input[type=search]").fill("underskoterska hemtj");
      await page.locator("ul.title-matches button").first().click();
      await page.locator("fieldset.skills input[type=checkbox]").first().check();
      // The opening, then the adaptive path's ratings (each chosen by the
      // worker) until it is done or five are given.
      for (let ratings = 0; ratings < 5; ) {
        ratings += await answerSection(page, [3, 1, 2]);
        if (await goOn(page, "sv", button)) break;
      }
    }],
    ["results", async () => {
      const now = button(page, await sv("q-results-now"));
      if (await now.count()) await now.click();
      // A baseline before the adaptive path: its sections to the end.
      else while (!(await page.getByTestId("ranked").count())) {
        await answerSection(page, [3, 1, 2]);
        await goOn(page, "sv", button);
      }
      await page.getByTestId("ranked").locator("li").first().waitFor();
    }],
    ["an explanation", async () => {
      await page.getByTestId("ranked").locator("li").first().locator("button").first().click();
      await page.locator("h2", { hasText: await sv("occ-gaps") }).waitFor();
    }],
    ["what-if (a training taken)", async () => {
      // After a short adaptive path her best match may have no known gap a
      // training closes; she answers "not at all" where the explanation
      // asks her (answer here), as a seeker would, and then asks what if.
      const whatIf = button(page, await sv("occ-what-if")).first();
      if (!(await whatIf.count())) {
        const asked = page.locator("section.unanswered select");
        for (let i = 0; i < await asked.count(); i++) {
          await asked.nth(i).selectOption("0");
          if (await whatIf.count()) break;
        }
      }
      await whatIf.waitFor({ timeout: 10_000 });
      await whatIf.click();
      await page.locator(".what-if").waitFor();
    }],
    ["the hand-over with its QR code", async () => {
      await button(page, await sv("occ-back")).click();
      await button(page, await sv("results-handover")).click();
      await page.getByTestId("printout").waitFor();
      await button(page, await sv("handover-qr")).click();
      await page.getByTestId("profile-link").waitFor();
    }],
    ["the print-out", async () => {
      await page.emulateMedia({ media: "print" });
      await page.getByTestId("printout").screenshot();
      await page.emulateMedia({ media: "screen" });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        button(page, await sv("handover-download")).click(),
      ]);
      profilePath = join(await mkdtemp(join(tmpdir(), "kk-bench-")), download.suggestedFilename());
      await download.saveAs(profilePath);
    }],
    ["a 10,000 x 50 demand file", async () => {
      await button(page, await sv("handover-back")).click().catch(() => page.goBack());
      await page.getByTestId("ranked").waitFor();
      await page.locator("#demand-file-input").setInputFiles(syntheticPath);
      await page.getByTestId("demand-identity").getByText(/Genererad testfil/).waitFor({ timeout: 180_000 });
    }],
  ], trace);
  await seeker.context.close();

  const coach = await slowContext(browser, { viewport: { width: 1280, height: 1024 } });
  const coachSteps = await timed(coach.page, [
    ["the coach's start screen", async () => {
      await coach.page.goto(url);
      await coach.page.locator("#profile-file").waitFor({ timeout: 60_000 });
      await appsOwnStart(coach.page);
    }],
    ["opening a profile at the coach's", async () => {
      await coach.page.locator("#profile-file").setInputFiles(profilePath);
      await coach.page.getByTestId("coach-source").waitFor({ timeout: 60_000 });
      await coach.page.getByTestId("next-steps").locator("dt").first().waitFor({ timeout: 60_000 });
    }],
  ], trace);
  await coach.context.close();
  return [...seekerSteps, ...coachSteps, ...(await walkCentre(browser, url, trace))];
}

/** The matching centre: its page, then a list of KEPT profiles kept on the
 * coach's device, opened after a reload, and a need chosen for all of them.
 * A build that cannot have kept it (the first versions kept the list in
 * localStorage, with room for about sixty) has no figure for those steps. */
export async function walkCentre(browser, url, trace) {
  const centre = await slowContext(browser, { viewport: { width: 1280, height: 1024 } });
  const page = centre.page;
  const kept = await keptList();
  await page.goto(url);
  await page.evaluate(async (text) => {
    const db = await new Promise((ok, fail) => { const r = indexedDB.open("kompetenskoll", 1); r.onupgradeneeded = () => r.result.createObjectStore("centre"); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    await new Promise((ok, fail) => { const t = db.transaction("centre", "readwrite"); t.objectStore("centre").put(text, "sealed"); t.oncomplete = ok; t.onerror = fail; });
    db.close();
  }, kept.sealed);
  await page.reload();
  await button(page, await sv("start-begin-short")).waitFor({ timeout: 60_000 });
  const locked = page.locator("p", { hasText: await sv("centre-keep-locked") });
  let found = false;
  const OPENED = `the matching centre: a kept list of ${KEPT.toLocaleString("en")} opened`;
  const pageSteps = await timed(page, [
    ["the matching centre's page", async () => {
      await button(page, await sv("centre-open")).click();
      // Its need is chosen from the demand file's occupations: there once
      // the worker has the file.
      await page.locator("#centre-need option").nth(1).waitFor({ state: "attached", timeout: 60_000 });
      found = await locked.waitFor({ timeout: 10_000 }).then(() => true, () => false);
    }],
  ], trace);
  const NEED = `the matching centre: a need chosen for ${KEPT.toLocaleString("en")}`;
  let listSteps = [OPENED, NEED].map((step) => ({ step, longestTaskMs: null, longTasks: null }));
  if (found) {
    await page.locator("#centre-passphrase").fill(kept.passphrase);
    listSteps = await timed(page, [
      [OPENED, async () => {
        await button(page, await sv("centre-keep-open")).click();
        await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: KEPT })).waitFor({ timeout: 180_000 });
      }],
      // Every one of them ranked against assistant nurses, the nearest
      // shown (a slice of rows a task, the table busy until all are in).
      [NEED, async () => {
        await page.locator("#centre-need").selectOption("5321");
        const shortlist = page.getByTestId("shortlist");
        await shortlist.locator("tr.candidate").first().waitFor({ timeout: 300_000 });
        await shortlist.locator("tbody:not([aria-busy])").waitFor({ timeout: 60_000 });
      }],
    ], trace);
  }
  await centre.context.close();
  return [...pageSteps, ...listSteps];
}

/** How many profiles the matching centre's kept list holds in the bench. */
export const KEPT = 10_000;

let keptMemo = null;
/** A list of KEPT profiles sealed as core::centre_store's version 2 has it
 * (a profile a line, deflated, AES-GCM under a PBKDF2 key), made once: the
 * example profile with every rated item answered, differently for each
 * (a seeded generator), as the questionnaire's full path leaves it. */
async function keptList() {
  if (keptMemo) return keptMemo;
  const example = JSON.parse(await readFile(join(ROOT, "tests/fixtures/profile-example.json"), "utf8"));
  const questionnaire = JSON.parse(await readFile(join(ROOT, "static/content/questionnaire.json"), "utf8"));
  const items = questionnaire.sections.flatMap((s) => s.items).filter((i) => i.kind === "level").map((i) => i.id);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const lines = [];
  for (let i = 0; i < KEPT; i++) {
    const p = structuredClone(example);
    p.created_at = `2026-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}T${String(i % 24).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}:${String(Math.floor(i / 60) % 60).padStart(2, "0")}Z`;
    p.answers.education = i % 7;
    for (const id of items) if (random() < 0.8) p.answers.levels[id] = { level: Math.floor(random() * 5) };
    lines.push(JSON.stringify({ file: `seeker-${i + 1}.json`, added: "2026-12-01", profile: p }));
  }
  const passphrase = "bänkens lösenfras 2026";
  const sealed = await sealCentreList(deflateRawSync(Buffer.from(`${lines.join("\n")}\n`)), passphrase);
  keptMemo = { sealed, passphrase };
  return keptMemo;
}
