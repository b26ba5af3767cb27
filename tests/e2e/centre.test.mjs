// The matching centre: a coach opens many seekers' own profiles at once
// (one damaged, one twice), chooses the employer's need from the demand
// file in use, and sees who fits, the readiest first, with a filter. The
// profiles stay in the tab: nothing is stored, nothing leaves the device.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { KIOSK, ROOT, launch, message, openPage, screenshot, violations } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

/** 50 profiles of care workers and others, rated differently; one damaged
 * file; one profile again under another name. */
async function profiles() {
  const dir = await mkdtemp(join(tmpdir(), "kk-centre-"));
  const example = JSON.parse(await readFile(join(ROOT, "tests/fixtures/profile-example.json"), "utf8"));
  const questionnaire = JSON.parse(await readFile(join(ROOT, "static/content/questionnaire.json"), "utf8"));
  const items = questionnaire.sections.flatMap((s) => s.items).filter((i) => i.kind === "level").map((i) => i.id);
  const care = ["2.B.1.a", "2.B.1.f", "2.C.5.a", "2.C.1.e", "2.C.4.e", "2.C.5.b", "2.B.1.b"];
  const paths = [];
  for (let i = 0; i < 50; i++) {
    const p = structuredClone(example);
    p.created_at = `2026-11-${String(1 + (i % 28)).padStart(2, "0")}T10:${String(i).padStart(2, "0")}:00Z`;
    // Every rated item, as a care worker would rate them, some higher.
    for (const [j, id] of items.entries()) p.answers.levels[id] = { level: Math.min(4, (care.includes(id) ? 3 : 1) + ((i + j) % 3 === 0 ? 1 : 0)) };
    p.answers.languages = { sv: { listening: "B2", reading: i % 4 ? "B2" : "A2", spoken_interaction: "B2", spoken_production: "B1", writing: "B1" } };
    p.answers.licences = i % 3 === 0 ? [] : ["B"];
    p.answers.education = 2 + (i % 3);
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
  assert.equal(await rows.count(), 50);
  // The readiest first.
  const readiness = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.cells[2].innerText.match(/(\d+) %/)[1])));
  assert.deepEqual(readiness, [...readiness].sort((a, b) => b - a));
  await screenshot(page, "centre-kiosk");
  assert.deepEqual(await violations(page), []);

  // Those without a licence are a course away, when the file says how
  // long; those ready now are a subset of everyone.
  await page.getByLabel(await sv("centre-filter")).selectOption("0");
  const ready = await rows.count();
  assert.ok(ready < 50, `${ready} ready now`);
  assert.ok(ready >= 1, "some are ready now");
  for (const text of await rows.locator("td.nearness").allInnerTexts()) assert.equal(text, await sv("centre-ready-now"));

  // Nothing of theirs was stored on the device.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  assert.doesNotMatch(stored, /seeker-|2\.B\.1\.a/);
  // The list of files is folded under its count; everything goes at once.
  await page.getByTestId("centre-count").click();
  await page.getByRole("button", { name: await sv("centre-remove-all") }).click();
  await page.getByText(await sv("centre-no-profiles")).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("on a phone the shortlist is one column, each figure named", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, { width: 360, height: 740 }, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("centre-open") }).click();
  await page.getByLabel(await sv("centre-pick")).setInputFiles((await profiles()).slice(0, 5));
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
