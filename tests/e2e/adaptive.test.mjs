// The adaptive short path: after the opening, one rating a screen, each
// chosen from the answers so far by the demand-file worker; "question n of
// about m"; a reload mid-way comes back to the same rating; the profile it
// makes opens at the coach's; the results and every question are a tap
// away at any rating. In Swedish and in Arabic (right to left).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { KIOSK, PHONE, answerSection, goOn, launch, message, westernDigits, openPage, screenshot, walkToResults } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** The rating on screen: its element id (its radio buttons are `<id>-<level>`). */
async function ratingOnScreen(page) {
  const id = await page.locator("fieldset.level-question input[type=radio]").first().getAttribute("id");
  return id.slice(0, id.lastIndexOf("-"));
}

/** Through the opening (goal, education and jobs, languages, licences)
 * with no job named, to the first rating. */
async function throughTheOpening(page, locale) {
  await page.getByRole("button", { name: await message(locale, "start-begin-short") }).click();
  while (!(await page.locator("fieldset.level-question").count())) {
    await answerSection(page, [2]);
    assert.equal(await goOn(page, locale), false, "the opening leads to the ratings, not the results");
  }
}

/** The progress line says "question n of about m": n as counted, m ≥ n. */
async function assertProgress(page, locale, n) {
  const text = await page.locator("#progress-label").innerText();
  const total = Number(westernDigits(text.replace(/[\u2068\u2069]/g, "")).match(/(\d+)\D*$/)[1]);
  assert.ok(total >= n && total <= 20, `${text}: about ${total} in all`);
  assert.equal(text, await message(locale, "q-rating-progress", { n, total }));
}

for (const [locale, browserLocale, viewport] of [["sv", "sv-SE", PHONE], ["ar", "ar", KIOSK]]) {
  test(`a seeker with no Swedish job history walks the adaptive short path in ${locale}, reloads mid-way, and a coach opens her profile`, async () => {
    const { context, page, problems } = await openPage(env.browser, env.server.url, viewport, { locale: browserLocale });
    if (locale === "ar") await page.waitForFunction(() => document.documentElement.dir === "rtl");
    await throughTheOpening(page, locale);

    // One rating a screen, each one not asked before.
    const asked = [];
    for (let n = 1; n <= 3; n++) {
      const id = await ratingOnScreen(page);
      assert.ok(!asked.includes(id), `${id} asked twice`);
      asked.push(id);
      assert.equal(await page.locator("fieldset.level-question").count(), 1);
      await assertProgress(page, locale, n);
      if (n === 1) await screenshot(page, `adaptive-rating-${locale}-${viewport === PHONE ? "phone" : "kiosk"}`);
      await page.locator("fieldset.level-question input[type=radio]").nth([3, 1, 4][n - 1]).check();
      if (n < 3) assert.equal(await goOn(page, locale), false);
    }

    // A reload comes back to the same rating with its answer.
    await page.reload();
    await page.locator("fieldset.level-question").waitFor();
    assert.equal(await ratingOnScreen(page), asked[2]);
    assert.equal(await page.locator(`input[id="${asked[2]}-4"]`).isChecked(), true);
    await assertProgress(page, locale, 3);

    // Back shows the rating before, answered as she left it.
    await page.getByRole("button", { name: await message(locale, "q-back") }).click();
    await page.waitForFunction((id) => document.getElementById(`${id}-1`), asked[1]);
    assert.equal(await page.locator(`input[id="${asked[1]}-1"]`).isChecked(), true);
    await goOn(page, locale);

    // On to the results: never more than 20 ratings, none twice.
    let ratings = 2;
    await walkToResults(page, async (page) => {
      const id = await ratingOnScreen(page);
      assert.ok(!asked.slice(0, ratings).includes(id), `${id} asked twice`);
      asked[ratings++] = id;
      await page.locator("fieldset.level-question input[type=radio]").nth(ratings % 5).check();
    }, locale);
    assert.ok(ratings <= 20, `${ratings} ratings`);

    // The profile she hands over opens at the coach's with her ratings.
    await page.getByRole("button", { name: await message(locale, "results-handover") }).click();
    await page.getByTestId("printout").waitFor();
    await page.getByRole("button", { name: await message(locale, "handover-qr") }).click();
    const link = await page.getByTestId("profile-link").getAttribute("href");
    const coach = await openPage(env.browser, link, KIOSK, { locale: "sv-SE" });
    await coach.page.getByTestId("coach-source").waitFor();
    const rows = coach.page.locator(".profile-summary table.skills tbody tr");
    await rows.first().waitFor();
    assert.equal(await rows.count(), ratings, "every rating she gave is in the coach's view");
    assert.deepEqual(coach.problems, []);
    await coach.context.close();
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("at any rating the seeker can see her results now or go on to every question", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await throughTheOpening(page, "sv");
  const first = await ratingOnScreen(page);
  await page.locator("fieldset.level-question input[type=radio]").nth(3).check();
  await page.getByRole("button", { name: await message("sv", "q-all-questions") }).click();
  // The full path's ratings, several to a screen, her answer kept.
  await page.waitForFunction(() => document.querySelectorAll("fieldset.level-question").length > 1);
  const saved = JSON.parse(await page.evaluate(() => localStorage.getItem("kompetenskoll.session")));
  assert.equal(saved.path, "full");
  assert.equal(saved.answers.levels[first].level, 3);
  await context.close();

  const again = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await throughTheOpening(again.page, "sv");
  await again.page.getByRole("button", { name: await message("sv", "q-results-now") }).click();
  await again.page.getByTestId("ranked").locator("li").first().waitFor();
  assert.deepEqual([...problems, ...again.problems], []);
  await again.context.close();
});
