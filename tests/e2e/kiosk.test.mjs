// Kiosk mode on a shared library computer: nothing saved, "Finish and
// clear", and an idle session wiped after a visible countdown.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { KIOSK, answerSection, launch, message, openPage, screenshot, chooseLanguage } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

async function storageOf(page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

async function kioskPage(config) {
  const opened = await openPage(env.browser, "about:blank", KIOSK, { locale: "sv-SE" });
  if (config) {
    await opened.page.route("**/kiosk.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }));
  }
  return opened;
}

test("?kiosk saves nothing, and Finish and clear wipes the session", async () => {
  const { context, page, problems } = await kioskPage();
  await page.goto(`${env.server.url}?kiosk`);
  await chooseLanguage(page, "en");
  await page.getByRole("button", { name: await message("en", "start-begin-short") }).click();
  await answerSection(page, [2]);
  await page.getByRole("button", { name: await message("en", "q-next") }).click();
  await answerSection(page, [3, 1]);
  assert.deepEqual(await storageOf(page), { local: 0, session: 0 }, "a kiosk writes nothing to storage");
  await screenshot(page, "questionnaire-kiosk-mode");
  await page.getByRole("button", { name: await message("en", "kiosk-finish") }).click();
  // Back to a fresh start screen in the default language, nothing to continue.
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.equal(await page.getByRole("button", { name: await sv("start-continue") }).count(), 0);
  await page.reload();
  assert.equal(await page.getByRole("button", { name: await sv("start-continue") }).count(), 0);
  assert.deepEqual(await storageOf(page), { local: 0, session: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});

test("kiosk.json switches kiosk mode on and an idle session is wiped after a countdown", async () => {
  // A library's real settings: two minutes idle, then a 30-second countdown.
  // The page's clock is Playwright's, moved on at will: no wall-clock wait.
  const { context, page, problems } = await kioskPage({ enabled: true, idle_seconds: 120, countdown_seconds: 30 });
  await page.clock.install();
  await page.goto(env.server.url);
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await answerSection(page, [4]);
  const dialog = page.getByRole("alertdialog", { name: await sv("kiosk-idle-title") });
  // Not before the idle time is up.
  await page.clock.runFor(100_000);
  assert.equal(await dialog.count(), 0, "no countdown after 100 s");
  await page.clock.runFor(21_000);
  await dialog.waitFor();
  await dialog.getByText(/^Om (30|29) sekunder rensas allt/).waitFor();
  await screenshot(page, "kiosk-idle-countdown");
  // "I am still here" keeps the answers.
  await dialog.getByRole("button", { name: await sv("kiosk-stay") }).click();
  await page.locator("progress").waitFor();
  assert.ok(await page.locator("fieldset.education-question input").nth(3).isChecked());
  // Then left alone: the countdown runs out and everything is gone.
  await page.clock.runFor(121_000);
  await dialog.waitFor();
  await page.clock.runFor(31_000);
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.equal(await page.getByRole("button", { name: await sv("start-continue") }).count(), 0);
  assert.deepEqual(await storageOf(page), { local: 0, session: 0 });
  assert.deepEqual(problems, []);
  await context.close();
});
