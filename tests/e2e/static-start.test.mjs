// The start screen is in index.html (static/start-screen.sv.html, the app's
// own Swedish render of it), so that on a slow link a seeker reads it and
// taps before the app's module is here (static/early.js). These tests hold
// the first screen's wasm back, as a slow link does, and then let it come.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { KIOSK, PHONE, ROOT, launch, message, openPage, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

/** A page whose first-screen wasm waits for `release()`. */
async function held(url, viewport, options = {}, prepare = async () => {}) {
  let release;
  const released = new Promise((r) => { release = r; });
  const context = await env.browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("console", (msg) => { if (msg.type() === "error") problems.push(`console error: ${msg.text()}`); });
  await prepare(page);
  await page.route(/kompetenskoll-first-[0-9a-f]+_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  await page.goto(url, { waitUntil: "domcontentloaded" });
  return { context, page, problems, release };
}

const appStarted = (page) => page.waitForFunction(() => !document.getElementById("static-screen") && document.querySelector("#first-screen main > *"), null, { timeout: 30_000 });

test("before the app is there, a seeker reads the start screen, taps, is told it is loading, and gets the questions", async () => {
  const { context, page, problems, release } = await held(env.server.url, PHONE, { locale: "sv-SE" });
  const begin = page.getByRole("button", { name: await sv("start-begin-short") });
  await begin.waitFor();
  assert.ok(await page.locator("#static-screen").isVisible(), "the static start screen is on the page");
  assert.equal(await page.locator("#first-screen main").count(), 0, "the app has not rendered yet");
  await screenshot(page, "start-static-phone");
  await begin.click();
  await page.getByRole("status").getByText(await sv("about-loading")).waitFor();
  await screenshot(page, "start-static-tapped-phone");
  release();
  // The tap is made again on the app's own start screen: the questions.
  await page.locator("fieldset.goal-question").waitFor({ timeout: 30_000 });
  assert.equal(await page.locator("#static-screen").count(), 0, "the static screen is gone");
  assert.equal(await page.locator("main").count(), 1, "one start screen, one app");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the static start screen is the app's own, pixel for pixel, on a phone and a kiosk", async () => {
  for (const [viewport, name] of [[PHONE, "phone"], [KIOSK, "kiosk"]]) {
    const { context, page, release } = await held(env.server.url, viewport, { locale: "sv-SE" });
    await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
    const before = await page.screenshot({ fullPage: true });
    const controlsBefore = await page.locator("#static-screen").getByRole("button").allTextContents();
    release();
    await appStarted(page);
    const controlsAfter = await page.locator("#first-screen").getByRole("button").allTextContents();
    assert.deepEqual(controlsBefore, controlsAfter, `${name}: the same buttons`);
    const afterShot = await page.screenshot({ fullPage: true });
    assert.ok(before.equals(afterShot), `${name}: the app's start screen looks different from the static one`);
    await context.close();
  }
});

test("a profile picked, or the language list opened, before the app is there is done in the app", async () => {
  {
    const { context, page, problems, release } = await held(env.server.url, PHONE, { locale: "sv-SE" });
    await page.getByLabel(await sv("start-open-profile")).setInputFiles(join(ROOT, "tests/fixtures/profile-example.json"));
    release();
    await page.getByRole("button", { name: await sv("coach-see-results") }).waitFor({ timeout: 30_000 });
    assert.deepEqual(problems, []);
    await context.close();
  }
  {
    const { context, page, release } = await held(env.server.url, PHONE, { locale: "sv-SE" });
    await page.locator("#static-screen #language-toggle").focus();
    await page.keyboard.press("Enter");
    release();
    await appStarted(page);
    await page.getByRole("button", { name: "English" }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), "language-toggle", "focus is where the seeker left it");
    await context.close();
  }
});

test("where the app starts otherwise, the static start screen never shows", async () => {
  const code = "#p=1";
  const cases = [
    // [what, address, browser language, stored before, static screen shown, the app's language]
    ["Swedish browser", "", "sv-SE", null, true, "sv"],
    ["a language the app lacks", "", "de-DE", null, true, "sv"],
    ["English browser", "", "en-GB", null, false, "en"],
    ["Arabic browser", "", "ar", null, false, "ar"],
    ["Dari by fa-AF", "", "fa-AF", null, false, "prs"],
    ["Swedish chosen on an English browser", "", "en-GB", { "kompetenskoll.locale": "sv" }, true, "sv"],
    ["Arabic chosen on a Swedish browser", "", "sv-SE", { "kompetenskoll.locale": "ar" }, false, "ar"],
    ["a kiosk", "?kiosk", "sv-SE", null, false, "sv"],
    ["a profile code", code, "sv-SE", null, false, "sv"],
  ];
  for (const [what, address, locale, stored, shown, lang] of cases) {
    const { context, page, release } = await held(env.server.url + address, PHONE, { locale }, async (p) => {
      if (stored) await p.addInitScript((s) => { if (!sessionStorage.getItem("seeded")) { sessionStorage.setItem("seeded", "1"); for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); } }, stored);
    });
    assert.equal(await page.locator("#static-screen").isVisible(), shown, `${what}: the static screen ${shown ? "is not" : "is"} shown`);
    release();
    await page.waitForFunction(() => document.querySelector("#first-screen main > *") && !document.getElementById("static-screen")?.checkVisibility(), null, { timeout: 30_000 });
    await page.waitForFunction((l) => document.documentElement.lang === l, lang, { timeout: 30_000 });
    await context.close();
  }
});

test("a saved session starts in the app, not on the static screen", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.locator("fieldset.goal-question input[type=radio]").nth(1).check();
  await page.waitForFunction(() => localStorage.getItem("kompetenskoll.session"));
  let release;
  const released = new Promise((r) => { release = r; });
  await page.route(/kompetenskoll-first-[0-9a-f]+_bg\.wasm$/, async (route) => { await released; await route.continue(); });
  await page.evaluate(() => history.replaceState(null, ""));
  await page.goto(env.server.url, { waitUntil: "domcontentloaded" });
  assert.equal(await page.locator("#static-screen").isVisible(), false, "the static screen would offer to begin anew");
  release();
  await page.getByRole("button", { name: await sv("start-continue") }).waitFor({ timeout: 30_000 });
  await context.close();
});

test("when the app cannot be fetched, the static screen says so and offers to try again", async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  const page = await context.newPage();
  let refused = true;
  await page.route(/kompetenskoll-first-[0-9a-f]+_bg\.wasm$/, (route) => (refused ? route.abort() : route.continue()));
  await page.goto(env.server.url, { waitUntil: "domcontentloaded" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("status").getByText(await sv("whole-app-failed")).waitFor();
  await screenshot(page, "start-static-failed-phone");
  refused = false;
  await page.getByRole("button", { name: await sv("whole-app-retry") }).click();
  // Reloaded, with the connection back: the app's own start screen.
  await appStarted(page);
  await context.close();
});
