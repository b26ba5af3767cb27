// A whole session walked at 4x CPU, with the longest main-thread task of
// each step (issue "Fast on a cheap phone": no task over 50 ms anywhere).
// Steps follow what a seeker and then a coach do; a task belongs to the step
// during which it started. Used by scripts/bench.mjs.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { answerSection, message } from "../tests/e2e/harness.mjs";

const sv = (key, args) => message("sv", key, args);

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

/** Runs `steps` ([name, async fn]) on `page`; the longest task of each. */
async function timed(page, steps) {
  const out = [];
  for (const [name, run] of steps) {
    const from = await page.evaluate(() => performance.now());
    await run();
    // Work a step set off (a parse in steps, a render) finishes in it.
    await page.waitForTimeout(1000);
    const to = await page.evaluate(() => performance.now());
    const tasks = await page.evaluate(([a, b]) => window.__tasks.filter(([t]) => t >= a && t < b).map(([, d]) => d), [from, to]);
    out.push({ step: name, longestTaskMs: Math.round(Math.max(0, ...tasks)), longTasks: tasks.length });
  }
  return out;
}

export async function walkSession(browser, url, syntheticPath) {
  const seeker = await slowContext(browser, { acceptDownloads: true });
  const page = seeker.page;
  const next = await sv("q-next");
  const finish = await sv("q-finish");
  const demandIn = () => page.responded.some((url) => url.includes("demand-sverige"));
  let profilePath;
  const seekerSteps = await timed(page, [
    ["start screen", async () => {
      await page.goto(url);
      await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor({ timeout: 60_000 });
    }],
    ["first questions, the whole app takes over", async () => {
      await page.getByRole("button", { name: await sv("start-begin-short") }).click();
      await page.locator("fieldset.goal-question input[type=radio]").nth(1).check();
      // The next screen is the whole app's: it takes over there.
      await page.getByRole("button", { name: next }).click();
      await page.waitForFunction(() => !document.getElementById("first-screen"), null, { timeout: 60_000 });
    }],
    ["the default demand file loads", async () => {
      for (let waited = 0; !(await demandIn()) && waited < 60_000; waited += 100) await page.waitForTimeout(100);
      await page.waitForTimeout(3000);
      if (!(await demandIn())) throw new Error("the default demand file did not load");
    }],
    ["the rest of the questions", async () => {
      await page.getByLabel(await sv("wh-search-label")).fill("underskoterska hemtj");
      await page.getByRole("list", { name: await sv("wh-results") }).getByRole("button").first().click();
      await page.locator("fieldset.skills input[type=checkbox]").first().check();
      for (;;) {
        await answerSection(page, [3, 1, 2]);
        if (await page.getByRole("button", { name: finish }).count()) break;
        await page.getByRole("button", { name: next }).click();
      }
    }],
    ["results", async () => {
      await page.getByRole("button", { name: finish }).click();
      await page.getByTestId("ranked").locator("li").first().waitFor();
    }],
    ["an explanation", async () => {
      await page.getByTestId("ranked").locator("li").first().getByRole("button").click();
      await page.getByRole("heading", { name: await sv("occ-gaps") }).waitFor();
    }],
    ["what-if (a training taken)", async () => {
      const whatIf = page.getByRole("button", { name: await sv("occ-what-if") }).first();
      await whatIf.waitFor({ timeout: 10_000 });
      await whatIf.click();
      await page.locator(".what-if").waitFor();
    }],
    ["the hand-over with its QR code", async () => {
      await page.getByRole("button", { name: await sv("occ-back") }).click();
      await page.getByRole("button", { name: await sv("results-handover") }).click();
      await page.getByTestId("printout").waitFor();
      await page.getByRole("button", { name: await sv("handover-qr") }).click();
      await page.getByTestId("profile-link").waitFor();
    }],
    ["the print-out", async () => {
      await page.emulateMedia({ media: "print" });
      await page.getByTestId("printout").screenshot();
      await page.emulateMedia({ media: "screen" });
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: await sv("handover-download") }).click(),
      ]);
      profilePath = join(await mkdtemp(join(tmpdir(), "kk-bench-")), download.suggestedFilename());
      await download.saveAs(profilePath);
    }],
    ["a 10,000 x 50 demand file", async () => {
      await page.getByRole("button", { name: await sv("handover-back") }).click().catch(() => page.goBack());
      await page.getByTestId("ranked").waitFor();
      await page.getByLabel(await sv("demand-open-file")).setInputFiles(syntheticPath);
      await page.getByTestId("demand-identity").getByText(/Genererad testfil/).waitFor({ timeout: 180_000 });
    }],
  ]);
  await seeker.context.close();

  const coach = await slowContext(browser, { viewport: { width: 1280, height: 1024 } });
  const coachSteps = await timed(coach.page, [
    ["the coach's start screen", async () => {
      await coach.page.goto(url);
      await coach.page.getByLabel(await sv("start-open-profile")).waitFor({ timeout: 60_000 });
    }],
    ["opening a profile at the coach's", async () => {
      await coach.page.getByLabel(await sv("start-open-profile")).setInputFiles(profilePath);
      await coach.page.getByTestId("coach-source").waitFor({ timeout: 60_000 });
      await coach.page.getByTestId("next-steps").locator("dt").first().waitFor({ timeout: 60_000 });
    }],
  ]);
  await coach.context.close();
  return [...seekerSteps, ...coachSteps];
}
