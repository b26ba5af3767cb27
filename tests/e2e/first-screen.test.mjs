// The app comes in two modules: the first screen (start page and the
// questions) and the whole app, which takes over once the seeker has begun
// (src/ui/handoff.rs). What the seeker did must survive the hand-over, also
// at a kiosk, where nothing is kept in storage; and a whole app that cannot
// be loaded is said in one sentence, with a way to try again.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { KIOSK, PHONE, launch, message, openPage, screenshot, stepUntilWholeApp, chooseLanguage } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const WHOLE = /kompetenskoll-web(_bg\.wasm|\.js)/;

test("the whole app takes over at the seeker's next step with every answer, at a kiosk too", async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.url}?kiosk`, PHONE, { locale: "sv-SE" });
  const requested = [];
  page.on("request", (r) => requested.push(r.url()));
  await page.getByRole("button", { name: await message("sv", "start-begin-short") }).waitFor();
  assert.ok(!requested.some((u) => WHOLE.test(u)), "the start page loads the whole app before the seeker begins");

  const loaded = page.waitForResponse((r) => r.url().endsWith("_bg.wasm") && WHOLE.test(r.url()));
  await page.getByRole("button", { name: await message("sv", "start-begin-short") }).click();
  const goal = () => page.locator("fieldset.goal-question input[type=radio]").nth(1);
  await goal().check();
  await loaded;
  assert.equal(await page.locator("#first-screen").count(), 1, "the first screen hands over in the middle of a screen");

  await page.getByRole("button", { name: await message("sv", "q-next") }).click();
  await page.waitForFunction(() => !document.getElementById("first-screen"));
  await page.waitForFunction(() => document.activeElement?.id === "section-title");
  assert.equal(await page.locator("main").count(), 1, "one app on the page");
  await page.getByRole("button", { name: await message("sv", "q-back") }).click();
  assert.ok(await goal().isChecked(),
    "the answer given on the first screen is there in the whole app");
  assert.equal(await page.evaluate(() => localStorage.length), 0, "a kiosk keeps nothing");
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a slow phone the hand-over shows a screen in every frame, never an empty page", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.getByRole("button", { name: await message("sv", "start-begin-short") }).click();
  await page.locator("fieldset.goal-question input[type=radio]").nth(1).check();
  // Every frame from here on: the first screen, the whole app, or both.
  await page.evaluate(() => {
    window.__empty = 0;
    const frame = () => {
      if (!document.getElementById("first-screen") && !document.querySelector("main")) window.__empty++;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.getByRole("button", { name: await message("sv", "q-next") }).click();
  await page.waitForFunction(() => !document.getElementById("first-screen"), null, { timeout: 60_000 });
  await page.locator("#section-title").waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__empty), 0, "frames with neither the first screen nor the whole app");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a whole app that cannot be loaded is said in one sentence, and trying again works", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.route(WHOLE, (route) => route.abort("internetdisconnected"));
  await page.getByRole("button", { name: await message("sv", "nav-about-data") }).click();
  const alert = page.getByRole("alert");
  await alert.getByText(await message("sv", "whole-app-failed")).waitFor();
  assert.equal((await alert.innerText()).split("\n").filter((l) => l.trim()).length, 2, "one sentence and the button");
  await screenshot(page, "whole-app-failed-phone");
  await page.setViewportSize(KIOSK);
  await screenshot(page, "whole-app-failed-kiosk");
  await page.unroute(WHOLE);
  await alert.getByRole("button", { name: await message("sv", "whole-app-retry") }).click();
  await page.getByTestId("demand-summary").waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "about-title");
  await context.close();
});

test("a language chosen while the whole app loads is the whole app's language", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  // The whole app arrives late, as on a slow link.
  await page.route(WHOLE, async (route) => { await new Promise((r) => setTimeout(r, 1500)); await route.continue(); });
  await page.getByRole("button", { name: await message("sv", "start-begin-short") }).click();
  await chooseLanguage(page, "en");
  await page.getByRole("button", { name: await message("en", "q-next") }).click();
  await stepUntilWholeApp(page, "en");
  await page.getByRole("button", { name: await message("en", "q-next") }).waitFor();
  // The opening's four parts, then the adaptive path's ratings.
  await page.getByText(await message("en", "q-progress", { n: 2, total: 5 })).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.deepEqual(problems, []);
  await context.close();
});
