// A job seeker on a phone: from the start screen through the short path to
// explained results, a reload mid-way, and a corrupted saved session.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { KIOSK, PHONE, ROOT, answerSection, completeShortPath, goOn, walkToResults, launch, message, openPage, screenshot, breakdownLine } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

async function noOverflow(page) {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

test("a seeker on a phone completes the short path and sees explained results", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.locator("progress").waitFor();
  await screenshot(page, "questionnaire-phone-sv");

  let screens = 0;
  let rated = 0;
  for (;;) {
    screens++;
    rated += await answerSection(page, [3, 1, 4, 0, 2]);
    assert.equal(await noOverflow(page), 0, `screen ${screens} scrolls sideways`);
    if (await goOn(page)) break;
    // Focus moves to the new screen's heading.
    await page.waitForFunction(() => document.activeElement?.id === "section-title");
  }
  // Goal, education and jobs, languages, licences; then one rating a
  // screen, at most 20.
  assert.ok(rated >= 1 && rated <= 20, `${rated} ratings`);
  assert.equal(screens, 4 + rated, "the opening's four screens, then one rating a screen");

  const ranked = page.getByTestId("ranked");
  await ranked.locator("li").first().waitFor();
  // The rows below the fold come a task after the first ones.
  await ranked.locator("li").nth(19).waitFor();
  assert.equal(await ranked.locator("li").count(), 20);
  await page.getByTestId("demand-identity").getByText(/Sverige — alla yrken/).waitFor();
  const first = ranked.locator("li").first();
  await first.getByText(/^Passar dig: \d+ %$/).waitFor();
  await first.getByText(/^Redan uppfyllt: \d+ %$/).waitFor();
  assert.equal(await noOverflow(page), 0);
  await screenshot(page, "results-phone-sv");

  await first.getByRole("button").click();
  await page.getByRole("heading", { level: 1 }).waitFor();
  await page.getByRole("heading", { name: await sv("occ-gaps") }).waitFor();
  await screenshot(page, "occupation-phone-sv");
  await page.getByRole("button", { name: await sv("occ-back") }).click();
  await ranked.waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("what if I take this training re-scores on the spot", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  // Every question, so that care and medicine are rated (the adaptive
  // short path asks what tells her leading occupations apart instead).
  await page.getByRole("button", { name: await sv("start-begin-full") }).click();
  await walkToResults(page, (page) => answerSection(page, [1, 0, 2]));
  await screenshot(page, "results-kiosk-sv");
  // Assistant nurses on wards: care and medicine at "Fairly well" are gaps
  // for this seeker, and the care programme closes them.
  await page.getByText(await sv("results-controls")).click();
  await page.getByLabel(await sv("results-field")).selectOption({ label: "Service-, omsorgs- och försäljningsyrken" });
  const nurse = page.getByRole("button", { name: /^Undersköterskor, vård- och specialavdelning/ });
  while (!(await nurse.count())) await page.getByRole("button", { name: await sv("results-more") }).click();
  await nurse.click();
  const whatIf = page.getByRole("button", { name: await sv("occ-what-if") }).first();
  await whatIf.click();
  const status = page.locator(".what-if");
  await status.waitFor();
  const [, after, before] = (await status.innerText()).match(/(\d+) % av kraven \(nu (\d+) %\)/).map(Number);
  assert.ok(after > before, `readiness after training ${after} should exceed ${before}`);
  await screenshot(page, "occupation-kiosk-what-if");
  assert.deepEqual(problems, []);
  await context.close();
});

// The adaptive short path's reload is adaptive.test.mjs's; this is the
// full path, a section a screen.
test("a reload mid-way loses nothing", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-full") }).click();
  // Past the goal and education screens to the first ratings.
  while (!(await page.locator("fieldset.level-question").count())) {
    await answerSection(page, [2, 4]);
    await page.getByRole("button", { name: await sv("q-next") }).click();
    await page.locator("progress").waitFor();
  }
  await answerSection(page, [2, 4]);
  const progressBefore = await page.locator(".progress-label").innerText();
  const firstTitle = await page.locator("#section-title").innerText();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await page.waitForFunction((t) => document.querySelector("#section-title")?.innerText !== t, firstTitle);
  // A reload comes back to the same question screen, without "continue".
  await page.reload();
  const [, n, total] = progressBefore.match(/(\d+) av (\d+)/).map(Number);
  await page.getByText(await sv("q-progress", { n: n + 1, total })).waitFor();
  await page.getByRole("button", { name: await sv("q-back") }).click();
  await page.getByRole("heading", { name: firstTitle }).waitFor();
  const checked = await page.locator("fieldset.level-question").first().locator("input[type=radio]").nth(2).isChecked();
  assert.ok(checked, "the first answer survived the reload");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a corrupted saved session gives a clear message and a fresh start", async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  await context.addInitScript(() => localStorage.setItem("kompetenskoll.session", '{"version":1,"answers":'));
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(env.server.url);
  const alert = page.getByRole("alert");
  await alert.getByText(/^Dina sparade svar kunde inte läsas in/).waitFor();
  await screenshot(page, "start-restore-failed-phone");
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.locator("progress").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("answering everything the same gets a gentle nudge", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-full") }).click();
  // The full path's first screens: goal, education, languages, licences, then ratings.
  for (let i = 0; i < 6; i++) {
    await answerSection(page, [2]);
    if (await page.getByText(await sv("q-same-level")).count()) break;
    await page.getByRole("button", { name: await sv("q-next") }).click();
  }
  await page.getByText(await sv("q-same-level")).waitFor();
  await context.close();
});

test("a seeker finds a job title without å/ä/ö and ticks its skills", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  const search = page.getByLabel(await sv("wh-search-label"));
  await search.fill("underskoterska hemtj");
  const match = page.getByRole("list", { name: await sv("wh-results") }).getByRole("button").first();
  await match.getByText(/Undersköterska/).waitFor();
  await match.click();
  const checklist = page.locator("fieldset.skills");
  await checklist.waitFor();
  const boxes = checklist.locator("input[type=checkbox]");
  assert.ok((await boxes.count()) >= 10, "the group's skills are offered");
  for (let i = 0; i < 6; i++) await boxes.nth(i).check();
  const ticked = await checklist.locator("label").nth(0).innerText();
  await screenshot(page, "work-history-phone-sv");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);

  const finish = await sv("q-finish");
  for (;;) {
    await answerSection(page, [2, 3, 1]);
    const isLast = await page.getByRole("button", { name: finish }).count();
    await page.getByRole("button", { name: isLast ? finish : await sv("q-next") }).click();
    if (isLast) break;
  }
  // The job's own group is among the top results, and what was ticked is met.
  const ranked = page.getByTestId("ranked");
  const nurse = ranked.getByRole("button", { name: /^Undersköterskor, hemtjänst/ });
  await nurse.waitFor();
  const position = await ranked.locator("li").evaluateAll((items) =>
    items.findIndex((li) => li.innerText.startsWith("Undersköterskor, hemtjänst")));
  assert.ok(position >= 0 && position < 5, `the assistant nurse group is at ${position + 1}`);
  await nurse.click();
  await breakdownLine(page, "met", ticked).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("the full path asks goal, languages and licences, and they count where required", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-full") }).click();
  await page.getByLabel(await sv("goal-work")).check();
  await page.getByLabel(await sv("goal-text")).fill("Jobba i äldreomsorgen");
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await answerSection(page, [0]);
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await page.getByLabel(await sv("lang-add")).selectOption("sv");
  for (const activity of ["listening", "reading", "spoken_interaction", "spoken_production", "writing"]) {
    await page.getByLabel(await sv(`lang-${activity}`), { exact: true }).selectOption("B2");
  }
  await screenshot(page, "languages-phone-sv");
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await page.getByLabel(await sv("licence-B")).check();
  await page.getByLabel(await sv("cert-name")).fill("Truckkort A+B");
  await page.getByLabel(await sv("cert-year")).fill("19");
  await page.getByText(await sv("cert-year-invalid")).waitFor();
  await page.getByLabel(await sv("cert-year")).fill("2019");
  await page.getByRole("button", { name: await sv("cert-add"), exact: true }).click();
  await page.getByText("Truckkort A+B (2019)").waitFor();
  await screenshot(page, "licences-phone-sv");
  // Skip the rest of the ratings.
  const finish = await sv("q-finish");
  while (!(await page.getByRole("button", { name: finish }).count())) {
    await page.getByRole("button", { name: await sv("q-skip") }).click();
  }
  await page.getByLabel(await sv("pref-evening"), { exact: true }).check();
  await page.getByLabel(await sv("pref-part_time"), { exact: true }).check();
  // Where she wants to work: two municipalities chosen, one taken away.
  for (const place of ["Säffle", "Karlstad"]) {
    await page.getByLabel(await sv("pref-municipality"), { exact: true }).selectOption({ label: place });
    await page.getByRole("button", { name: await sv("pref-municipality-add") }).click();
  }
  assert.deepEqual(await page.getByTestId("chosen-municipalities").locator("li span").allInnerTexts(), ["Karlstad", "Säffle"]);
  await page.getByRole("button", { name: await sv("pref-municipality-remove", { name: "Karlstad" }) }).click();
  assert.deepEqual(await page.getByTestId("chosen-municipalities").locator("li span").allInnerTexts(), ["Säffle"]);
  await screenshot(page, "preferences-phone-sv");
  await page.getByRole("button", { name: finish }).click();
  await page.getByTestId("ranked").locator("li").first().waitFor();
  // A file whose occupations require Swedish B1 and licence B.
  await page.getByLabel(await sv("demand-open-file")).setInputFiles(join(ROOT, "tests/fixtures/demand-example.json"));
  await page.getByTestId("demand-identity").getByText(/Exempel: efterfrågade yrken/).waitFor();
  await page.getByRole("button", { name: "Lager- och terminalpersonal" }).click();
  await breakdownLine(page, "met", await sv("occ-licence-line", { category: "B" })).waitFor();
  await page.getByRole("button", { name: await sv("occ-back") }).click();
  await page.getByRole("button", { name: /^Undersköterska, hemtjänst/ }).click();
  await breakdownLine(page, "met", await sv("occ-language-line", { language: "Svenska", level: "B1" })).waitFor();
  // The goal survives a reload with everything else. The picked file does
  // not (it was never stored), so its explanation gives way to the results.
  await page.reload();
  await page.getByTestId("ranked").locator("li").first().waitFor();
  const saved = await page.evaluate(() => JSON.parse(localStorage.getItem("kompetenskoll.session")).answers);
  assert.equal(saved.goal.text, "Jobba i äldreomsorgen");
  assert.deepEqual(saved.licences, ["B"]);
  assert.equal(saved.languages.sv.writing, "B2");
  assert.deepEqual(saved.certificates, [{ name: "Truckkort A+B", year: 2019 }]);
  assert.deepEqual(saved.preferences, { municipalities: ["1785"], hours: "part_time", shifts: ["evening"] });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a rated skill can say where it was learned, what backs it and what the seeker wants", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  while (!(await page.locator("fieldset.level-question").count())) {
    await page.getByRole("button", { name: await sv("q-next") }).click();
    await page.locator("progress").waitFor();
  }
  const first = page.locator("fieldset.level-question").first();
  const item = await first.locator("input[type=radio]").first().getAttribute("name");
  await first.locator("input[type=radio]").nth(3).check();
  await first.getByText(await sv("ctx-summary")).click();
  await first.getByLabel(await sv("ctx-learned-work")).check();
  await first.getByLabel(await sv("ctx-evidence-document")).check();
  await first.getByLabel(await sv("ctx-wants-learn")).check();
  await screenshot(page, "skill-context-phone-sv");
  const saved = await page.evaluate((id) => JSON.parse(localStorage.getItem("kompetenskoll.session")).answers.levels[id], item);
  assert.deepEqual(saved, { level: 3, context: { learned: ["work"], evidence: "document", wants_to_learn: true } });
  assert.deepEqual(problems, []);
  await context.close();
});
