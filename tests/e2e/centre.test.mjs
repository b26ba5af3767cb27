// The matching centre: a coach opens many seekers' own profiles at once
// (one damaged, one twice), chooses the employer's need from the demand
// file in use, and sees who fits, the readiest first, with a filter. The
// profiles stay in the tab: nothing is stored, nothing leaves the device.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { inflateRawSync } from "node:zlib";
import { KIOSK, ROOT, asTallAsThePage, centreKey, launch, message, openPage, screenshot, screenshotOf, sealCentreList, violations } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

/** Waits until the shortlist is the one asked for and its rows are all
 * rendered: the worker answers a filter or "show all" (the list before
 * stands, "working" beside it), and rows come a slice a task, the table
 * body busy until then. */
async function allRowsIn(page) {
  await page.getByTestId("shortlist").locator("tbody").waitFor();
  await page.waitForFunction(() => !document.querySelector(".shortlist-out [aria-busy]"));
}

/** All rows in, and the page on a screen as tall as itself, as the list is
 * for a coach who scrolls down it: rows off screen skip rendering
 * (content-visibility), and their innerText is empty till then. */
async function allRowsShown(page) {
  await allRowsIn(page);
  await asTallAsThePage(page);
  // Rows come into view at the next rendering, not at the resize.
  await page.waitForFunction(() => [...document.querySelectorAll(".shortlist tbody th")]
    .filter((th) => th.getBoundingClientRect().top < innerHeight)
    .every((th) => th.innerText.trim()));
}

/** 50 profiles of care workers and others, rated differently; one damaged
 * file; one profile again under another name. */
async function profiles(count = 50) {
  const dir = await mkdtemp(join(tmpdir(), "kk-centre-"));
  const example = JSON.parse(await readFile(join(ROOT, "tests/fixtures/profile-example.json"), "utf8"));
  const questionnaire = JSON.parse(await readFile(join(ROOT, "static/content/questionnaire.json"), "utf8"));
  const items = questionnaire.sections.flatMap((s) => s.items).filter((i) => i.kind === "level").map((i) => i.id);
  const care = ["2.B.1.a", "2.B.1.f", "2.C.5.a", "2.C.1.e", "2.C.4.e", "2.C.5.b", "2.B.1.b"];
  const paths = [];
  for (let i = 0; i < count; i++) {
    const p = structuredClone(example);
    p.created_at = `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T10:${String(i % 60).padStart(2, "0")}:${String(Math.floor(i / 60)).padStart(2, "0")}Z`;
    // Every rated item, as a care worker would rate them, some higher.
    for (const [j, id] of items.entries()) p.answers.levels[id] = { level: Math.min(4, (care.includes(id) ? 3 : 1) + ((i + j) % 3 === 0 ? 1 : 0)) };
    p.answers.languages = { sv: { listening: "B2", reading: i % 4 ? "B2" : "A2", spoken_interaction: "B2", spoken_production: "B1", writing: "B1" } };
    p.answers.licences = i % 3 === 0 ? [] : ["B"];
    p.answers.education = 2 + (i % 3);
    // Every other one wants part time, days and evenings, and to work with
    // care, as she said in her questionnaire.
    if (i % 2 === 1) {
      p.answers.preferences = { municipalities: ["1785"], hours: "part_time", shifts: ["day", "evening"] };
      p.answers.levels["2.B.1.a"].context = { wants_to_use: true };
    } else if (i % 4 === 0) {
      p.answers.preferences = { municipalities: ["1780"] };
    }
    const path = join(dir, `seeker-${String(i + 1).padStart(2, "0")}.json`);
    await writeFile(path, JSON.stringify(p));
    paths.push(path);
  }
  const damaged = join(dir, "damaged.json");
  await writeFile(damaged, (await readFile(paths[0], "utf8")).slice(0, 200));
  const again = join(dir, "seeker-01-again.json");
  await writeFile(again, await readFile(paths[0], "utf8"));
  return [...paths, damaged, again];
}

test("a coach opens 50 profiles and a damaged one, chooses a need and sees who fits", async () => {
  // bypassCSP: axe is injected as a script.
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", bypassCSP: true });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByRole("heading", { level: 1, name: await sv("centre-title") }).waitFor();
  await page.getByLabel(await sv("centre-pick")).setInputFiles(await profiles());
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 50 })).waitFor();
  // The damaged file is named with why; the one opened twice is noticed.
  const refused = page.getByTestId("centre-refused");
  await refused.getByText(await sv("centre-refused", { count: 1 })).waitFor();
  assert.match(await refused.innerText(), /damaged\.json/);
  await page.getByText(await sv("centre-duplicate", { file: "seeker-01-again.json" })).waitFor();

  // The need: assistant nurses in home care, from the national file.
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.first().waitFor();
  await allRowsShown(page);
  assert.equal(await rows.count(), 50);
  // The readiest first.
  const readiness = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.cells[2].innerText.match(/(\d+) %/)[1])));
  assert.deepEqual(readiness, [...readiness].sort((a, b) => b - a));
  await screenshot(page, "centre-kiosk");
  assert.deepEqual(await violations(page), []);

  // Those without a licence are a course away, when the file says how
  // long; those ready now are a subset of everyone.
  await page.getByLabel(await sv("centre-filter")).selectOption("0");
  await allRowsShown(page);
  const ready = await rows.count();
  assert.ok(ready < 50, `${ready} ready now`);
  assert.ok(ready >= 1, "some are ready now");
  for (const text of await rows.locator("td.nearness").allInnerTexts()) assert.equal(text, await sv("centre-ready-now"));

  // Nothing of theirs was stored on the device.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.doesNotMatch(stored, /seeker-|2\.B\.1\.a/);
  assert.equal(await kept(page), null);
  // The list of files is folded under its count; everything goes at once.
  await page.getByTestId("centre-count").click();
  await page.getByRole("button", { name: await sv("centre-remove-all") }).click();
  await page.getByText(await sv("centre-no-profiles")).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("rows far down the shortlist are there when the coach scrolls to them, and every row is on paper", async () => {
  // Rows off screen skip rendering until they come near it (the list of a
  // hundred lays out a slice at a time in a few milliseconds).
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByLabel(await sv("centre-pick")).setInputFiles(await profiles());
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.first().waitFor();
  await allRowsIn(page);
  const last = rows.last();
  await last.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => /seeker-\d+\.json/.test(document.querySelector(".shortlist tbody tr:last-child th").innerText));
  assert.match(await last.locator("td").nth(1).innerText(), /\d+ %/);
  await page.emulateMedia({ media: "print" });
  const printed = await rows.locator("th .print-only").allInnerTexts();
  assert.equal(printed.length, 50);
  assert.deepEqual(printed.filter((name) => !name.trim()), [], "every row is printed");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone the shortlist is one column, each figure named", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, { width: 360, height: 740 }, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  // One of them made 400 days ago.
  const five = (await profiles()).slice(0, 5);
  const old = JSON.parse(await readFile(five[4], "utf8"));
  old.created_at = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 19) + "Z";
  await writeFile(five[4], JSON.stringify(old));
  await page.getByLabel(await sv("centre-pick")).setInputFiles(five);
  // Flagged for deletion after six months, as set; not when set to 24.
  await page.getByTestId("centre-count").click();
  const flags = page.locator(".centre-profiles li .flag");
  await flags.first().waitFor();
  assert.deepEqual(await flags.allInnerTexts(), [await sv("centre-old", { months: 6 })]);
  assert.match(await page.locator(".centre-profiles li.old").innerText(), /seeker-05\.json/);
  await page.getByLabel(await sv("centre-old-label")).selectOption("24");
  assert.equal(await flags.count(), 0);
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const first = page.getByTestId("shortlist").locator("tr.candidate").first();
  await first.waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, "no sideways scrolling");
  const cell = first.locator("td").nth(1);
  assert.equal(await cell.evaluate((td) => getComputedStyle(td, "::before").content), `"${await sv("centre-col-readiness")}: "`);
  await screenshot(page, "centre-phone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the shortlist goes out printed and as a CSV with the coach's labels, what each lacks and the route, never a file name", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", acceptDownloads: true });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  const five = (await profiles()).slice(0, 5);
  await page.getByLabel(await sv("centre-pick")).setInputFiles(five);
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.first().waitFor();
  await allRowsShown(page);
  // A label given in the list shows on the shortlist at once.
  await page.getByTestId("centre-count").click();
  await page.getByLabel(await sv("centre-label-for", { file: "seeker-02.json" })).fill("B 7");
  await page.getByLabel(await sv("centre-label-for", { file: "seeker-02.json" })).press("Tab");
  await rows.locator("th span.no-print", { hasText: "B 7" }).waitFor();
  // On screen: the label where there is one, the file name elsewhere.
  const names = await rows.locator("th span.no-print").allInnerTexts();
  assert.ok(names.includes("B 7") && names.includes("seeker-01.json"), names.join(", "));
  // What those with too little school lack is named, in words.
  const lacking = await rows.locator("td.gaps li").allInnerTexts();
  assert.ok(lacking.length > 0, "some lack something");
  for (const line of lacking) assert.doesNotMatch(line, /^\s*$|undefined|\{/, line);
  // What each wants, as she said it: seeker-02 part time, days and evenings.
  const wants = await rows.filter({ has: page.locator("th span.no-print", { hasText: "B 7" }) }).locator("ul.wants li").allInnerTexts();
  assert.deepEqual(wants, [
    await sv("centre-wants-work"),
    await sv("centre-wants-use", { count: 1 }),
    await sv("pref-part_time"),
    await sv("pref-day"),
    await sv("pref-evening"),
  ]);
  assert.deepEqual(await rows.filter({ has: page.locator("th span.no-print", { hasText: "seeker-01.json" }) }).locator("ul.wants li").allInnerTexts(), [await sv("centre-wants-work")]);

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: await sv("centre-csv") }).click(),
  ]);
  const path = join(await mkdtemp(join(tmpdir(), "kk-csv-")), download.suggestedFilename());
  await download.saveAs(path);
  const csv = await readFile(path, "utf8");
  assert.ok(csv.startsWith("\ufeff"), "a byte-order mark, for Excel");
  assert.doesNotMatch(csv, /seeker-\d+\.json/, "no file name");
  const header = csv.slice(1).split("\r\n")[0].split(";");
  assert.equal(header[0], await sv("centre-col-profile"));
  assert.equal(header.length, 9);
  assert.equal(header[7], await sv("centre-col-wants"));
  assert.equal(header[8], await sv("centre-col-backed"));
  assert.ok(csv.includes(`${wants.join("\n")}`), "what she wants is in the file, one line each");
  assert.match(csv, /\r\nB 7;/);
  assert.ok(csv.includes(lacking[0]), "what they lack is in the file too");
  assert.match(csv, new RegExp(`\\r\\n${await sv("centre-unlabelled", { number: 1 })};`));
  assert.equal(csv.split("\r\n").filter((l) => /^(B 7|Profil \d);/.test(l)).length, 5);

  // On paper: the need and the date, the labels, no controls, no file name.
  await page.emulateMedia({ media: "print" });
  const printed = await page.locator("main").innerText();
  assert.doesNotMatch(printed, /seeker-\d+\.json/);
  assert.match(printed, /B 7/);
  const today = await page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  });
  const need = await page.locator("#centre-need option:checked").innerText();
  assert.ok(printed.includes(await sv("centre-print-title", { need, date: today })), printed.slice(0, 200));
  assert.equal(await page.getByRole("button", { name: await sv("centre-csv") }).isVisible(), false);
  await screenshot(page, "centre-print-kiosk");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a coach builds an employer's need, an assistant nurse in Säffle with a B licence, and saves it as a demand file", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", acceptDownloads: true });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  const ten = (await profiles()).slice(0, 10);
  await page.getByLabel(await sv("centre-pick")).setInputFiles(ten);
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.first().waitFor();
  await allRowsShown(page);
  const readyBefore = await rows.locator("td.nearness", { hasText: await sv("centre-ready-now") }).count();

  await page.getByLabel(await sv("centre-need-employer"), { exact: true }).fill("Säffle kommun, hemtjänsten");
  await page.getByLabel(await sv("centre-need-employer"), { exact: true }).press("Tab");
  await page.getByLabel(await sv("centre-need-place"), { exact: true }).fill("Säffle");
  await page.getByLabel(await sv("centre-need-place"), { exact: true }).press("Tab");
  // The place is a municipality: who wants to work there is said, and who
  // named others.
  const wantsOf = (file) => rows.filter({ has: page.locator("th span.no-print", { hasText: file }) }).locator("ul.wants li");
  await wantsOf("seeker-02.json").filter({ hasText: await sv("centre-wants-here", { place: "Säffle" }) }).waitFor();
  await wantsOf("seeker-01.json").filter({ hasText: await sv("centre-wants-elsewhere") }).waitFor();
  assert.equal(await wantsOf("seeker-03.json").filter({ hasText: /Säffle|andra kommuner/ }).count(), 0, "one who named none is not counted either way");
  await page.getByRole("checkbox", { name: "B", exact: true }).check();
  // Those who said they hold no licence (every third) now lack it.
  const licence = await sv("occ-licence-line", { category: "B" });
  await rows.locator("td.gaps li", { hasText: licence }).first().waitFor();
  const lackingLicence = await rows.filter({ has: page.locator("td.gaps li", { hasText: licence }) }).count();
  assert.equal(lackingLicence, 4, "seekers 1, 4, 7 and 10 hold no licence");
  // None who lacks it is ready now; those ready are still ready.
  const lacking = rows.filter({ has: page.locator("td.gaps li", { hasText: licence }) });
  for (const text of await lacking.locator("td.nearness").allInnerTexts()) assert.notEqual(text, await sv("centre-ready-now"));
  assert.equal(await rows.locator("td.nearness", { hasText: await sv("centre-ready-now") }).count(), readyBefore);
  await screenshot(page, "centre-need-kiosk");

  // The levels the employer asks: one raised to the top, one taken out.
  await page.getByText(await sv("centre-need-levels")).click();
  const levels = page.locator(".need-levels select");
  assert.ok(await levels.count() >= 5, "the levels that matter are listed");
  const [raised, dropped] = await levels.evaluateAll((selects) => selects.slice(0, 2).map((s) => s.id.replace("need-level-", "")));
  await page.locator(`[id="need-level-${raised}"]`).selectOption("4");
  await page.locator(`[id="need-level-${dropped}"]`).selectOption("0");
  // The skills: one required, one not asked.
  await page.getByText(await sv("centre-need-skills"), { exact: true }).click();
  const skills = page.locator(".need-skills select");
  const [required, notAsked] = await skills.evaluateAll((selects) => selects.slice(0, 2).map((s) => s.id.replace("need-skill-", "")));
  await page.locator(`[id="need-skill-${required}"]`).selectOption("essential");
  await page.locator(`[id="need-skill-${notAsked}"]`).selectOption("out");
  // The need is made again and everyone ranked against it.
  await page.getByText(await sv("centre-waiting")).waitFor({ state: "detached" });
  await rows.first().waitFor();
  await allRowsShown(page);
  // Taken out, it stays listed, so that it can be asked again.
  assert.equal(await page.locator(`[id="need-level-${dropped}"]`).inputValue(), "0");
  assert.equal(await page.locator(`[id="need-level-${raised}"]`).inputValue(), "4");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: await sv("centre-need-save") }).click(),
  ]);
  const path = join(await mkdtemp(join(tmpdir(), "kk-need-")), download.suggestedFilename());
  await download.saveAs(path);
  const need = JSON.parse(await readFile(path, "utf8"));
  assert.equal(need.format, "kompetenskoll/demand@1");
  assert.equal(need.publisher.name, "Säffle kommun, hemtjänsten");
  assert.equal(need.region.name.sv, "Säffle");
  assert.equal(need.occupations.length, 1);
  assert.ok(need.occupations[0].requirements.some((r) => r.kind === "licence" && r.category === "B"), JSON.stringify(need.occupations[0].requirements.slice(-3)));
  assert.ok(need.attribution.length > 0, "O*NET's and JobTech's credit travels with it");
  const asked = need.occupations[0].requirements.filter((r) => r.kind === "level");
  assert.equal(asked.find((r) => r.element === raised)?.level, 4, "the raised level is asked");
  assert.equal(asked.find((r) => r.element === dropped), undefined, "the one taken out is not");
  const skillsAsked = need.occupations[0].requirements.filter((r) => r.kind === "skill");
  assert.equal(skillsAsked.find((r) => r.skill === required)?.essential, true, "the required skill is essential");
  assert.equal(skillsAsked.find((r) => r.skill === notAsked), undefined, "the skill not asked is out");
  assert.match(download.suggestedFilename(), /^behov-.*saffle.*\.json$/);
  assert.deepEqual(problems, []);
  await context.close();

  // Another day, another tab: the saved need opens as it was saved, and
  // the same seekers rank against it; a file that is no need is refused.
  const later = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await later.page.getByRole("button", { name: await sv("centre-open") }).click();
  await later.page.getByLabel(await sv("centre-pick")).setInputFiles(ten);
  await later.page.getByLabel(await sv("centre-need-open")).setInputFiles((await profiles())[0]);
  await later.page.getByTestId("centre-need-refused").getByText(/seeker-01\.json/).waitFor();
  await later.page.getByLabel(await sv("centre-need-open")).setInputFiles(path);
  await later.page.getByTestId("centre-need-source").getByText(await sv("centre-need-from-file", { file: download.suggestedFilename() })).waitFor();
  assert.equal(await later.page.getByTestId("centre-need-refused").count(), 0);
  assert.equal(await later.page.getByLabel(await sv("centre-need-employer"), { exact: true }).inputValue(), "Säffle kommun, hemtjänsten");
  assert.equal(await later.page.getByLabel(await sv("centre-need-place"), { exact: true }).inputValue(), "Säffle");
  assert.ok(await later.page.getByRole("checkbox", { name: "B", exact: true }).isChecked());
  const again = later.page.getByTestId("shortlist").locator("tr.candidate");
  await again.first().waitFor();
  assert.equal(await again.filter({ has: later.page.locator("td.gaps li", { hasText: licence }) }).count(), 4, "the same four lack the licence");
  assert.equal(await later.page.locator(`[id="need-level-${raised}"]`).inputValue(), "4");
  assert.deepEqual(later.problems, []);
  await later.context.close();
});

test("supply against demand: the occupations in shortage, drawn as bars with the figures beside them, printable", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", bypassCSP: true });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByLabel(await sv("centre-pick")).setInputFiles((await profiles()).slice(0, 6));
  await page.getByRole("button", { name: await sv("centre-supply-show") }).click();
  const rows = page.getByTestId("supply").locator("li");
  await rows.first().waitFor({ timeout: 60_000 });
  assert.ok(await rows.count() >= 1 && await rows.count() <= 15);
  // Each row's figures add up to the six profiles, and the rows come most
  // near first; the care workers' own group is among them.
  const counts = await rows.locator(".supply-counts").allInnerTexts();
  const near = counts.map((text) => {
    // "6 ready now, 0 within 26 weeks, 0 further away"
    const [ready, within, , further] = text.match(/\d+/g).map(Number);
    assert.equal(ready + within + further, 6, text);
    return ready + within;
  });
  assert.deepEqual(near, [...near].sort((a, b) => b - a));
  assert.match((await rows.locator(".supply-label").allInnerTexts()).join(" | "), /Undersköterskor/);
  // The bars are the figures drawn: the first row's first bar is as wide as
  // its ready-now share of the longest row.
  const width = Number(await rows.first().locator("rect.ready").getAttribute("width"));
  const [ready] = counts[0].match(/\d+/g).map(Number);
  assert.ok(Math.abs(width - (100 * ready) / 6) < 0.01, `${width} for ${ready} of 6`);
  assert.deepEqual(await violations(page), []);
  await screenshot(page, "centre-supply-kiosk");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByRole("button", { name: await sv("centre-supply-show") }).count(), 0);
  assert.ok(await page.getByTestId("supply").isVisible(), "the chart is printed");
  assert.equal(await page.getByLabel(await sv("centre-pick")).isVisible(), false, "the controls are not");
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("a profile opened at the coach's joins the matching centre's list; the same one again is noticed", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await page.getByLabel(await sv("start-open-profile")).setInputFiles(join(ROOT, "tests/fixtures/profile-example.json"));
  const add = page.getByRole("button", { name: await sv("coach-add-to-centre") });
  await add.click();
  await page.getByRole("heading", { level: 1, name: await sv("centre-title") }).waitFor();
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 1 })).waitFor();
  // Back at the start, the same file opened and added again: noticed, not
  // listed twice.
  await page.goBack();
  await page.getByLabel(await sv("start-open-profile")).setInputFiles(join(ROOT, "tests/fixtures/profile-example.json"));
  await add.click();
  await page.getByText(await sv("centre-duplicate", { file: "profile-example.json" })).waitFor();
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 1 })).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** The plaintext of a sealed list, opened as the format says
 * (core::centre_store: PBKDF2-SHA-256 → AES-GCM-256), with Node's own
 * WebCrypto: the list is what the coach kept, and only the passphrase
 * opens it. */
/** What a sealed list holds, opened with Node's own WebCrypto and zlib from
 * the format alone (core::centre_store): version 2, a profile a line,
 * deflated (raw DEFLATE), sealed with AES-GCM under a PBKDF2 key. */
async function opened(sealedText, passphrase) {
  const sealed = JSON.parse(sealedText);
  assert.equal(sealed.format, "kompetenskoll/centre-store@2");
  const bytes = (b64) => Buffer.from(b64, "base64");
  const key = await centreKey(passphrase, sealed.kdf.iterations, bytes(sealed.kdf.salt), ["decrypt"]);
  const plain = await globalThis.crypto.subtle.decrypt({ name: "AES-GCM", iv: bytes(sealed.cipher.iv) }, key, bytes(sealed.data));
  const text = inflateRawSync(Buffer.from(plain)).toString("utf8");
  return { profiles: text.split("\n").filter((line) => line.trim()).map((line) => JSON.parse(line)) };
}

/** The sealed list this page's origin keeps (IndexedDB), or null; read
 * without creating the database where there is none. */
async function kept(page) {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === "kompetenskoll")) return null;
    const db = await new Promise((ok, fail) => { const r = indexedDB.open("kompetenskoll"); r.onsuccess = () => ok(r.result); r.onerror = () => fail(r.error); });
    try {
      if (!db.objectStoreNames.contains("centre")) return null;
      return await new Promise((ok, fail) => { const r = db.transaction("centre").objectStore("centre").get("sealed"); r.onsuccess = () => ok(r.result ?? null); r.onerror = () => fail(r.error); });
    } finally { db.close(); }
  });
}

/** The kept list once `holds` it (null where none is kept). */
async function keptWhen(page, holds, timeoutMs = 60_000) {
  for (let waited = 0; waited < timeoutMs; waited += 100) {
    const now = await kept(page);
    if (holds(now)) return now;
    await page.waitForTimeout(100);
  }
  throw new Error(`the kept list never met ${holds}`);
}

/** Waits until a list is kept and it is other than `before`. */
const keptOtherThan = (page, before) => keptWhen(page, (now) => now !== null && now !== before);

/** To the matching centre: reloaded there, or from the start screen. */
const toCentre = async (page) => {
  const title = page.getByRole("heading", { level: 1, name: await sv("centre-title") });
  const open = page.getByRole("button", { name: await sv("centre-open") });
  await title.or(open).first().waitFor();
  if (!(await title.isVisible())) await open.click();
  await title.waitFor();
};

test("a coach keeps the list encrypted, reloads and unlocks it, exports it, brings it to another browser and deletes it", async () => {
  const PASSPHRASE = "blåbär i Säffle 2026";
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", acceptDownloads: true, bypassCSP: true });
  await toCentre(page);
  // Nothing to keep before there are profiles.
  assert.equal(await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).count(), 0);
  await page.getByLabel(await sv("centre-pick")).setInputFiles((await profiles()).slice(0, 5));
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 5 })).waitFor();

  // A short passphrase and two that differ are each said in one sentence.
  const keep = page.getByRole("button", { name: await sv("centre-keep-button") });
  const problem = page.getByTestId("centre-keep-problem");
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill("kort");
  await page.getByLabel(await sv("centre-keep-again")).fill("kort");
  await keep.click();
  assert.equal(await problem.innerText(), await sv("centre-keep-short", { count: 10 }));
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(await sv("centre-keep-again")).fill(`${PASSPHRASE}!`);
  await keep.click();
  assert.equal(await problem.innerText(), await sv("centre-keep-mismatch"));
  await screenshot(page, "centre-keep-kiosk");
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(await sv("centre-keep-again")).fill(PASSPHRASE);
  await keep.click();
  await page.getByTestId("centre-kept").waitFor();

  // Storage holds one sealed value and no plaintext: no file name, answer,
  // element id, job title or date of a profile.
  const raw = kept;
  const stored = await keptOtherThan(page, null);
  const example = JSON.parse(await readFile(join(ROOT, "tests/fixtures/profile-example.json"), "utf8"));
  const everything = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage })) + stored;
  for (const plain of ["seeker-", "2.B.1.a", "levels", "2026-11-", example.answers.work_history?.[0]?.title ?? "Undersköterska"]) {
    assert.ok(!everything.includes(plain), `storage shows "${plain}"`);
  }
  const inside = await opened(stored, PASSPHRASE);
  assert.deepEqual(inside.profiles.map((p) => p.file), ["seeker-01.json", "seeker-02.json", "seeker-03.json", "seeker-04.json", "seeker-05.json"]);
  await assert.rejects(opened(stored, "fel lösenfras helt"), "another passphrase does not open it");

  // A change is sealed again and kept.
  await page.getByTestId("centre-count").click();
  await page.getByRole("button", { name: await sv("centre-remove", { file: "seeker-05.json" }) }).click();
  assert.equal((await opened(await keptOtherThan(page, stored), PASSPHRASE)).profiles.length, 4);

  // After a reload the list is locked. A wrong passphrase says so and
  // loses nothing; the right one opens it.
  await page.reload();
  await toCentre(page);
  await page.getByText(await sv("centre-keep-locked")).waitFor();
  const keptBefore = await raw(page);
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill("inte den rätta frasen");
  await page.getByRole("button", { name: await sv("centre-keep-open") }).click();
  await problem.getByText(await sv("centre-keep-wrong")).waitFor();
  assert.equal(await raw(page), keptBefore, "the kept list is untouched");
  await screenshot(page, "centre-keep-locked-kiosk");
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: await sv("centre-keep-open") }).click();
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 4 })).waitFor();
  assert.deepEqual(await violations(page), []);

  // Exported: the file is the sealed list, nothing more.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: await sv("centre-keep-export") }).click(),
  ]);
  const exported = join(await mkdtemp(join(tmpdir(), "kk-kept-")), download.suggestedFilename());
  await download.saveAs(exported);
  assert.match(download.suggestedFilename(), /^kompetenskoll-centre-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(await readFile(exported, "utf8"), await raw(page));

  // Another browser (her other device) brings it in and opens it.
  const other = await openPage(env.browser, env.server.url, { width: 360, height: 740 }, { locale: "sv-SE" });
  await toCentre(other.page);
  await other.page.getByLabel(await sv("centre-keep-bring-in")).setInputFiles(exported);
  await other.page.getByText(await sv("centre-keep-locked")).waitFor();
  await screenshot(other.page, "centre-keep-locked-phone");
  await other.page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await other.page.getByRole("button", { name: await sv("centre-keep-open") }).click();
  await other.page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 4 })).waitFor();
  // A file that is not a kept list is refused in one sentence.
  const another = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await toCentre(another.page);
  await another.page.getByLabel(await sv("centre-keep-bring-in")).setInputFiles((await profiles())[0]);
  await another.page.getByTestId("centre-keep-problem").getByText(await sv("centre-keep-not-a-store")).waitFor();
  assert.equal(await kept(another.page), null);
  assert.deepEqual([...other.problems, ...another.problems], []);
  await other.context.close();
  await another.context.close();

  // Deleted: storage is empty and so is the list.
  await page.getByRole("button", { name: await sv("centre-keep-delete") }).click();
  await page.getByText(await sv("centre-no-profiles")).waitFor();
  await keptWhen(page, (now) => now === null);
  await page.reload();
  await toCentre(page);
  assert.equal(await page.getByText(await sv("centre-keep-locked")).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

/** A list sealed as the first versions kept it in localStorage: one JSON
 * document, not deflated (format version 1). */
async function sealedByTheFirstVersion(list, passphrase) {
  return sealCentreList(new TextEncoder().encode(JSON.stringify(list)), passphrase, { version: 1, iterations: 1000 });
}

test("a list an earlier version kept in localStorage opens with its passphrase and moves out of it", async () => {
  const PASSPHRASE = "tidigare version 2026";
  const paths = (await profiles()).slice(0, 3);
  const list = { profiles: await Promise.all(paths.map(async (path) => ({ file: basename(path), added: "2026-12-01", profile: JSON.parse(await readFile(path, "utf8")) }))) };
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await page.evaluate((text) => localStorage.setItem("kompetenskoll.centre", text), await sealedByTheFirstVersion(list, PASSPHRASE));
  await page.reload();
  await toCentre(page);
  await page.getByText(await sv("centre-keep-locked")).waitFor();
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: await sv("centre-keep-open") }).click();
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 3 })).waitFor();
  // Kept again in this version's format, and localStorage no longer holds it.
  const now = await keptOtherThan(page, null);
  assert.deepEqual((await opened(now, PASSPHRASE)).profiles.map((p) => p.file), ["seeker-01.json", "seeker-02.json", "seeker-03.json"]);
  assert.equal(await page.evaluate(() => localStorage.getItem("kompetenskoll.centre")), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a centre's 200 profiles as the app saves them are kept, and a browser with no room says so", async () => {
  // Each with the five matches and their explanations the seeker saw: about
  // 60 KB of JSON. Kept in localStorage, as the first versions did, some
  // sixty fitted and the rest were lost without a word.
  const PASSPHRASE = "tvåhundra profiler 2026";
  const COUNT = 200;
  const dir = await mkdtemp(join(tmpdir(), "kk-room-"));
  const example = JSON.parse(await readFile(join(ROOT, "tests/fixtures/profile-with-matches.json"), "utf8"));
  const paths = [];
  for (let i = 0; i < COUNT; i++) {
    const p = structuredClone(example);
    p.created_at = `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T09:${String(i % 60).padStart(2, "0")}:${String(Math.floor(i / 60)).padStart(2, "0")}Z`;
    const path = join(dir, `seeker-${String(i + 1).padStart(3, "0")}.json`);
    await writeFile(path, JSON.stringify(p, null, 2));
    paths.push(path);
  }
  const keep = async (page) => {
    await toCentre(page);
    await page.getByLabel(await sv("centre-pick")).setInputFiles(paths);
    await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: COUNT })).waitFor({ timeout: 120_000 });
    await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
    await page.getByLabel(await sv("centre-keep-again")).fill(PASSPHRASE);
    await page.getByRole("button", { name: await sv("centre-keep-button") }).click();
  };
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await keep(page);
  await page.getByTestId("centre-kept").waitFor({ timeout: 120_000 });
  const stored = await keptOtherThan(page, null);
  assert.equal((await opened(stored, PASSPHRASE)).profiles.length, COUNT);
  await page.reload();
  await toCentre(page);
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: await sv("centre-keep-open") }).click();
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: COUNT })).waitFor({ timeout: 120_000 });
  assert.deepEqual(problems, []);
  await context.close();

  // A browser that refuses to store it (full, or a private window without
  // IndexedDB) is said so in one sentence; the list stays open in the tab,
  // and nothing claims it is kept.
  const full = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await full.context.addInitScript(() => {
    IDBObjectStore.prototype.put = function () { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
  });
  await full.page.reload();
  await keep(full.page);
  await full.page.getByTestId("centre-keep-problem").getByText(await sv("centre-keep-no-room")).waitFor({ timeout: 120_000 });
  assert.equal(await full.page.getByTestId("centre-kept").count(), 0);
  assert.equal(await full.page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).count(), 1, "she can try again");
  await full.page.getByTestId("centre-count").getByText(await sv("centre-count", { count: COUNT })).waitFor();
  await screenshot(full.page, "centre-keep-no-room-kiosk");
  await full.context.close();
});

test("the whole walk: 50 profiles and a damaged one, the Säffle need, the shortlist, a validated skill, kept, unlocked, exported, deleted", async () => {
  const PASSPHRASE = "hemtjänst i Säffle 2026";
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", acceptDownloads: true, bypassCSP: true });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByLabel(await sv("centre-pick")).setInputFiles((await profiles()).slice(0, 51));
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 50 })).waitFor();
  await page.getByTestId("centre-refused").getByText(await sv("centre-refused", { count: 1 })).waitFor();

  // The employer's need: an assistant nurse in Säffle's home care, B licence.
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  await page.getByLabel(await sv("centre-need-employer"), { exact: true }).fill("Säffle kommun, hemtjänsten");
  await page.getByLabel(await sv("centre-need-employer"), { exact: true }).press("Tab");
  await page.getByLabel(await sv("centre-need-place"), { exact: true }).fill("Säffle");
  await page.getByLabel(await sv("centre-need-place"), { exact: true }).press("Tab");
  await page.getByRole("checkbox", { name: "B", exact: true }).check();
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.locator("td.gaps li", { hasText: await sv("occ-licence-line", { category: "B" }) }).first().waitFor();
  await allRowsShown(page);
  assert.equal(await rows.count(), 50);

  // Evidence for the first on the list: nothing is backed yet.
  const first = rows.first();
  const who = (await first.locator("th").innerText()).trim();
  const backedCell = first.locator("td.backed");
  assert.equal(await backedCell.innerText(), "", "nothing is backed yet");
  const recorder = page.getByRole("region", { name: await sv("centre-evidence-title") });
  assert.equal((await recorder.getByLabel(await sv("centre-evidence-seeker")).locator("option:checked").innerText()).trim(), who);
  const item = recorder.getByLabel(await sv("centre-evidence-item"));
  const skill = (await item.locator("option:checked").innerText()).trim();
  // What she claims of what matters to the need.
  const claimed = await item.locator("option").count();
  assert.ok(claimed >= 1 && claimed < 68, `${claimed} of the need's 68 rated items`);
  // Without who validated it, one sentence says what is missing.
  await recorder.getByRole("button", { name: await sv("centre-evidence-save") }).click();
  await recorder.getByRole("alert").getByText(await sv("centre-evidence-missing-by")).waitFor();
  await recorder.getByLabel(await sv("centre-evidence-validated")).check();
  await recorder.getByLabel(await sv("centre-evidence-by")).fill("Validering Värmland, vård och omsorg");
  await recorder.getByLabel(await sv("centre-evidence-how")).fill("Yrkesvalidering mot undersköterskans kompetenskrav");
  await recorder.getByLabel(await sv("centre-evidence-on")).fill("2026-11-30");
  await recorder.getByRole("button", { name: await sv("centre-evidence-save") }).click();
  const line = await sv("summary-backing-how", { item: skill, kind: await sv("summary-evidence-validated"), by: "Validering Värmland, vård och omsorg", on: "2026-11-30", how: "Yrkesvalidering mot undersköterskans kompetenskrav" });
  await page.getByTestId("centre-evidence-records").getByText(line).waitFor();
  // Counted on the list; her own rating and her figures are as they were.
  assert.equal(await backedCell.innerText(), await sv("centre-backed", { validated: 1, documented: 0, claimed }));
  assert.equal((await first.locator("th").innerText()).trim(), who);
  await screenshotOf(recorder, "centre-evidence-kiosk");
  assert.deepEqual(await violations(page), []);

  // Her profile saved again carries the record beside her own answers.
  await page.getByTestId("centre-count").click();
  const [saved] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: await sv("centre-save-profile", { file: who }) }).click(),
  ]);
  const savedPath = join(await mkdtemp(join(tmpdir(), "kk-backed-")), saved.suggestedFilename());
  await saved.saveAs(savedPath);
  const profile = JSON.parse(await readFile(savedPath, "utf8"));
  const original = JSON.parse(await readFile((await profiles())[Number(who.match(/\d+/)[0]) - 1], "utf8"));
  assert.deepEqual(profile.answers, original.answers, "her own answers are unchanged");
  assert.equal(profile.evidence.length, 1);
  assert.equal(profile.evidence[0].kind, "validated");
  assert.equal(profile.evidence[0].on, "2026-11-30");

  // Kept encrypted, with the record inside.
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByLabel(await sv("centre-keep-again")).fill(PASSPHRASE);
  await page.getByRole("button", { name: await sv("centre-keep-button") }).click();
  await page.getByTestId("centre-kept").waitFor();
  const stored = await keptOtherThan(page, null);
  assert.ok(!stored.includes("Validering"), "no plaintext");
  const inside = await opened(stored, PASSPHRASE);
  assert.equal(inside.profiles.length, 50);
  assert.equal(inside.profiles.find((p) => p.file === who).profile.evidence[0].by, "Validering Värmland, vård och omsorg");

  // Reloaded and unlocked: the list, the need's shortlist and the record.
  await page.reload();
  await toCentre(page);
  await page.getByLabel(await sv("centre-keep-passphrase"), { exact: true }).fill(PASSPHRASE);
  await page.getByRole("button", { name: await sv("centre-keep-open") }).click();
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 50 })).waitFor();
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const again = page.getByTestId("shortlist").locator("tr.candidate", { has: page.locator("th", { hasText: who }) });
  await again.locator("td.backed").getByText(await sv("centre-backed", { validated: 1, documented: 0, claimed })).waitFor();

  // Exported as the sealed list, then deleted from the device.
  const [exported] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: await sv("centre-keep-export") }).click(),
  ]);
  const exportedPath = join(await mkdtemp(join(tmpdir(), "kk-walk-")), exported.suggestedFilename());
  await exported.saveAs(exportedPath);
  assert.equal((await opened(await readFile(exportedPath, "utf8"), PASSPHRASE)).profiles.length, 50);
  await page.getByRole("button", { name: await sv("centre-keep-delete") }).click();
  await page.getByText(await sv("centre-no-profiles")).waitFor();
  await keptWhen(page, (now) => now === null);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a long list shows the nearest hundred first, and everyone on asking; the profiles are listed once unfolded", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  const many = (await profiles(150)).slice(0, 150);
  await page.getByLabel(await sv("centre-pick")).setInputFiles(many);
  await page.getByTestId("centre-count").getByText(await sv("centre-count", { count: 150 })).waitFor();
  // Folded, the list of files is not built; unfolded, every one is there.
  assert.equal(await page.locator(".centre-profiles li").count(), 0);
  await page.getByTestId("centre-count").click();
  await page.locator(".centre-profiles li").nth(149).waitFor();
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.first().waitFor();
  // A slice a task: busy until all hundred are there, and no more.
  await allRowsShown(page);
  assert.equal(await rows.count(), 100);
  assert.equal(await page.getByTestId("centre-shown").innerText(), await sv("centre-shown", { shown: 100, count: 150 }));
  // The page holds the nearest hundred; the CSV has everyone who fits.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: await sv("centre-csv") }).click(),
  ]);
  const path = join(await mkdtemp(join(tmpdir(), "kk-csv-")), download.suggestedFilename());
  await download.saveAs(path);
  const unlabelled = new RegExp(`^${(await sv("centre-unlabelled", { number: 0 })).replace("0", "\\d+")};`);
  assert.equal((await readFile(path, "utf8")).split("\r\n").filter((l) => unlabelled.test(l)).length, 150);
  await page.getByRole("button", { name: await sv("centre-show-all", { count: 150 }) }).click();
  await rows.nth(149).waitFor();
  assert.equal(await page.getByTestId("centre-shown").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a profile of the list opens in the coach's view with the coach's evidence apart from her own answers", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByLabel(await sv("centre-pick")).setInputFiles((await profiles()).slice(0, 3));
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const recorder = page.getByRole("region", { name: await sv("centre-evidence-title") });
  const who = (await recorder.getByLabel(await sv("centre-evidence-seeker")).locator("option:checked").innerText()).trim();
  const skill = (await recorder.getByLabel(await sv("centre-evidence-item")).locator("option:checked").innerText()).trim();
  await recorder.getByLabel(await sv("centre-evidence-document")).check();
  await recorder.getByLabel(await sv("centre-evidence-by")).fill("Anna, Säffle lärcentrum");
  await recorder.getByLabel(await sv("centre-evidence-on")).fill("2026-12-01");
  await recorder.getByRole("button", { name: await sv("centre-evidence-save") }).click();
  await page.getByTestId("centre-evidence-records").waitFor();

  await page.getByTestId("centre-count").click();
  await page.getByRole("button", { name: await sv("centre-view-profile", { file: who }) }).click();
  await page.getByRole("heading", { level: 1, name: await sv("coach-title") }).waitFor();
  assert.match(await page.getByTestId("coach-source").innerText(), new RegExp(who.replace(".", "\\.")));
  const line = await sv("summary-backing", { item: skill, kind: await sv("summary-evidence-document"), by: "Anna, Säffle lärcentrum", on: "2026-12-01" });
  const shown = await page.getByTestId("coach-evidence").innerText();
  assert.equal(shown.trim(), line, "the item named as on the centre's list");
  // Printed for her from there, the coach's record goes with her profile.
  await page.getByRole("button", { name: await sv("coach-see-results") }).click();
  await page.getByRole("button", { name: await sv("results-handover") }).click();
  await page.emulateMedia({ media: "print" });
  const printed = page.getByTestId("coach-evidence");
  await printed.waitFor();
  assert.equal((await printed.innerText()).trim(), line);
  await page.emulateMedia({ media: "screen" });
  assert.deepEqual(problems, []);
  await context.close();
});

test("every figure of the shortlist opens the explanation a seeker sees, against the need as the coach made it", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE", bypassCSP: true });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByLabel(await sv("centre-pick")).setInputFiles((await profiles()).slice(0, 10));
  await page.getByLabel(await sv("centre-need-label")).selectOption("5321");
  const rows = page.getByTestId("shortlist").locator("tr.candidate");
  await rows.first().waitFor();
  await allRowsShown(page);
  // The employer asks for a B licence: a need the national file does not have.
  await page.getByRole("checkbox", { name: "B", exact: true }).check();
  const licence = await sv("occ-licence-line", { category: "B" });
  const lacking = rows.filter({ has: page.locator("td.gaps li", { hasText: licence }) });
  await lacking.first().waitFor();
  const row = lacking.first();
  const file = (await row.locator("th").innerText()).trim();
  const readiness = (await row.locator("td").nth(1).innerText()).match(/(\d+) %/)[1];
  const fits = (await row.locator("td").nth(2).innerText()).match(/(\d+) %/)[1];

  await row.locator("td").nth(1).getByRole("button").click();
  const title = await sv("centre-why-title", { who: file, need: "Undersköterskor, hemtjänst, hemsjukvård, äldreboende och habilitering" });
  const why = page.getByRole("region", { name: title });
  await why.waitFor();
  // Focus goes to it, for the keyboard and a screen reader.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "centre-why-title");
  // The same figures as the row, and the licence the coach added among the gaps.
  assert.equal(await why.locator(".figure.readiness .figure-label").innerText(), await sv("results-readiness", { score: readiness }));
  assert.equal(await why.locator(".figure.match .figure-label").innerText(), await sv("results-match", { score: fits }));
  await why.locator(".gaps li", { hasText: licence }).first().waitFor();
  // Every line of the breakdown, adding up to the figures shown.
  await why.getByTestId("breakdown").locator("summary").click();
  const tenths = async (id) => (await why.getByTestId(id).locator(".points").evaluateAll((els) => els.map((e) => Number(e.dataset.tenths)))).reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(await tenths("readiness-lines") / 10 - Number(readiness)) <= 0.5, "the readiness lines add up to the figure");
  assert.ok(Math.abs(await tenths("match-lines") / 10 - Number(fits)) <= 0.5, "the match lines add up to the figure");
  await screenshotOf(why, "centre-why-kiosk");
  assert.deepEqual(await violations(page), []);

  // The match figure opens it too; closing gives the list back.
  await why.getByRole("button", { name: await sv("centre-why-close") }).click();
  assert.equal(await why.count(), 0);
  await row.locator("td").nth(2).getByRole("button").click();
  await why.waitFor();
  // On a phone it is one column, with nothing to scroll sideways.
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, "no sideways scrolling");
  await screenshotOf(why, "centre-why-phone");
  assert.deepEqual(problems, []);
  await context.close();
});
