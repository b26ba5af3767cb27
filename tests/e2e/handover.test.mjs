// Handing the profile to a coach: the file, the bilingual print-out, the QR
// link, and the coach's view of each; bad profiles are refused or read as
// far as they can be.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { KIOSK, PHONE, ROOT, completeShortPath, launch, message, openPage, screenshot, assistantNurse } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);
const en = (key, args) => message("en", key, args);

/** From results to the hand-over page. */
async function toHandover(page, locale = "sv") {
  await page.getByRole("button", { name: await message(locale, "results-handover") }).click();
  await page.getByTestId("printout").waitFor();
}

/** The hand-over page's profile link (what the QR code holds). */
async function profileLink(page, locale = "sv") {
  await page.getByRole("button", { name: await message(locale, "handover-qr") }).click();
  const link = page.getByTestId("profile-link");
  await link.waitFor();
  return link.getAttribute("href");
}

/** The text of the summary's sections that hold answers, for comparing. */
async function answersText(root) {
  const sections = root.getByTestId("profile-summary").locator("section:not(.top-matches)");
  return sections.allInnerTexts();
}

test("download the profile without some parts, then open the same file as a coach", async () => {
  const seeker = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE", acceptDownloads: true });
  const given = await completeShortPath(seeker.page, [3, 1, 2]);
  await toHandover(seeker.page);
  await screenshot(seeker.page, "handover-phone");
  await seeker.page.getByLabel(await sv("part-preferences"), { exact: true }).uncheck();
  await seeker.page.getByLabel(await sv("part-goal"), { exact: true }).uncheck();
  const [download] = await Promise.all([
    seeker.page.waitForEvent("download"),
    seeker.page.getByRole("button", { name: await sv("handover-download") }).click(),
  ]);
  const name = download.suggestedFilename();
  assert.match(name, /^kompetenskoll-profil-\d{4}-\d{2}-\d{2}\.json$/);
  await seeker.page.getByText(await sv("handover-saved", { file: name })).waitFor();
  const path = join(await mkdtemp(join(tmpdir(), "kk-")), name);
  await download.saveAs(path);
  const saved = JSON.parse(await readFile(path, "utf8"));
  assert.equal(saved.format, "kompetenskoll/profile@1");
  assert.ok(!saved.included.includes("preferences") && !saved.included.includes("goal"));
  assert.ok(saved.included.includes("skills"));
  const rated = Object.keys(saved.answers.levels).length;
  assert.ok(rated >= 1 && rated === given, `${rated} ratings saved of ${given} given`);
  assert.equal(saved.matches.length, 5);
  const seekerAnswers = await answersText(seeker.page.getByTestId("printout"));
  assert.deepEqual(seeker.problems, []);

  const coach = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  await coach.page.getByLabel(await sv("start-open-profile")).setInputFiles(path);
  await coach.page.getByTestId("coach-source").getByText(await sv("coach-from-file", { file: name, date: saved.created_at.slice(0, 10) })).waitFor();
  // Same answers, same parts left out, same best match.
  assert.deepEqual(await answersText(coach.page), seekerAnswers);
  assert.equal(await coach.page.locator(".profile-summary table.skills tbody tr").count(), rated);
  assert.equal(await coach.page.getByRole("heading", { name: await sv("summary-goal") }).count(), 0);
  assert.equal(await coach.page.getByTestId("coach-other-demand").count(), 0);
  await coach.page.getByTestId("next-steps").locator("dt").first().waitFor();
  await screenshot(coach.page, "coach-view-kiosk");
  await coach.page.getByRole("button", { name: await sv("coach-see-results") }).click();
  const first = await coach.page.getByTestId("ranked").locator("li h2").first().innerText();
  assert.equal(first, saved.matches[0].label);
  assert.deepEqual(coach.problems, []);
  await seeker.context.close();
  await coach.context.close();
});

test("the print-out stands in the seeker's language and Swedish, on paper too", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "en-GB" });
  // A realistic short path: a job title, its skills partly ticked, ratings.
  await assistantNurse(page, "en");
  await toHandover(page, "en");
  const printout = page.getByTestId("printout");
  await printout.getByText(await en("printout-title")).waitFor();
  await printout.getByText(await sv("printout-title")).waitFor();
  await screenshot(page, "handover-kiosk");
  await page.emulateMedia({ media: "print" });
  await screenshot(page, "printout-print-media");
  // Nothing but the print-out is printed.
  assert.equal(await page.getByRole("button", { name: await en("handover-print") }).isVisible(), false);
  const pdf = await page.pdf({ format: "A4", printBackground: true, path: join(ROOT, "target", "screenshots", "printout.pdf") });
  const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = "";
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    text += content.items.map((i) => i.str).join(" ") + "\n";
  }
  console.log(`print-out: ${doc.numPages} A4 page(s), ${pdf.length} bytes`);
  const squash = (s) => s.replace(/\s+/g, "");
  for (const key of ["printout-title", "summary-education", "summary-skills", "summary-matches", "summary-self-assessed"]) {
    for (const locale of ["en", "sv"]) {
      const wanted = await message(locale, key);
      assert.ok(squash(text).includes(squash(wanted)), `${locale} ${key} "${wanted}" is in the PDF:\n${text.slice(0, 3000)}`);
    }
  }
  // Each match as the explanation gives it: the two figures as bars, the
  // demand with source and year, the reasons, the gaps with their training.
  for (const key of ["occ-reasons", "occ-gaps", "occ-match-means", "summary-unanswered"]) {
    for (const locale of ["en", "sv"]) {
      const wanted = await message(locale, key);
      assert.ok(squash(text).includes(squash(wanted)), `${locale} ${key} "${wanted}" is in the PDF`);
    }
  }
  for (const locale of ["en", "sv"]) {
    const head = (await message(locale, "outlook-summary", { outlook: "", source: "", year: "" })).split(":")[0];
    assert.ok(text.includes(head + ":"), `${locale} outlook-summary "${head}:" is in the PDF`);
  }
  const matches = printout.locator(".matches > li");
  assert.equal(await matches.count(), 3);
  for (const match of await matches.all()) {
    assert.equal(await match.locator("meter").count(), 2, "two bars per match");
    const reasons = await match.locator(".reasons > li").count();
    assert.ok(reasons >= 1 && reasons <= 3, `${reasons} reasons`);
  }
  // The care programme closes the assistant nurse's gap, with its length.
  assert.ok(await printout.locator(".gap-training").count() >= 1, "a training under a gap");
  assert.match(text, /Arbetsförmedlingen, 2024/);
  // A realistic short-path profile, in two languages, fits one sheet.
  assert.equal(doc.numPages, 1, `${doc.numPages} pages`);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a QR link opened in a fresh browser imports the same answers and leaves no trace in the address", async () => {
  const seeker = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await completeShortPath(seeker.page, [1, 4, 2, 0]);
  await toHandover(seeker.page);
  const link = await profileLink(seeker.page);
  assert.match(link, /#p=\d+$/);
  await seeker.page.locator("#qr-panel svg.qr").waitFor();
  await screenshot(seeker.page, "handover-qr-phone");
  const seekerAnswers = await answersText(seeker.page.getByTestId("printout"));

  const coach = await openPage(env.browser, link, PHONE, { locale: "sv-SE" });
  await coach.page.getByTestId("coach-source").waitFor();
  assert.deepEqual(await answersText(coach.page), seekerAnswers);
  assert.equal(new URL(coach.page.url()).hash, "", "the fragment is gone from the address");
  // The code itself never reaches storage (the answers it carries are the
  // opened session, which is kept as any session is).
  const digits = link.split("#p=")[1];
  const stored = await coach.page.evaluate(() =>
    [localStorage, sessionStorage].flatMap((s) => Object.keys(s).map((k) => s.getItem(k))).join("\n"));
  assert.ok(!stored.includes(digits.slice(0, 40)), "the code is not in storage");
  await screenshot(coach.page, "coach-view-from-qr-phone");
  // Nor does the history: away and back again, the entry has no fragment.
  await coach.page.goto(`${env.server.url}?elsewhere`);
  await coach.page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  // Leaving while the demand file still loads would abort it.
  await coach.page.waitForLoadState("networkidle");
  await coach.page.goBack();
  await coach.page.locator("main h1").first().waitFor();
  assert.equal(new URL(coach.page.url()).hash, "", "the back button does not bring the code back");
  assert.deepEqual(coach.problems, []);
  await seeker.context.close();
  await coach.context.close();
});

test("a profile made at a kiosk reaches the coach by QR code, in the coach's language", async () => {
  const kiosk = await openPage(env.browser, `${env.server.url}?kiosk`, KIOSK, { locale: "sv-SE" });
  await completeShortPath(kiosk.page, [2, 2, 3, 1]);
  await toHandover(kiosk.page);
  // No download to a shared computer: print or QR only.
  assert.equal(await kiosk.page.getByRole("button", { name: await sv("handover-download") }).count(), 0);
  await kiosk.page.getByText(await sv("handover-kiosk")).waitFor();
  const link = await profileLink(kiosk.page);
  assert.ok(!link.includes("kiosk"), "the link does not put the coach in kiosk mode");
  await screenshot(kiosk.page, "handover-qr-kiosk");
  await kiosk.page.getByRole("button", { name: await sv("kiosk-finish") }).click();
  await kiosk.page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.deepEqual(await kiosk.page.evaluate(() => [localStorage.length, sessionStorage.length]), [0, 0]);

  const coach = await openPage(env.browser, "about:blank", KIOSK, { locale: "en-GB" });
  await coach.page.goto(link);
  await coach.page.getByRole("heading", { name: await en("coach-title") }).waitFor();
  await coach.page.getByRole("heading", { name: await en("coach-next-step") }).waitFor();
  assert.ok(await coach.page.getByTestId("next-steps").locator("dt").count() >= 1);
  await coach.page.getByRole("heading", { name: await en("summary-skills") }).waitFor();
  await screenshot(coach.page, "coach-view-english-kiosk");
  // The coach can carry on answering with the seeker.
  await coach.page.getByRole("button", { name: await en("coach-continue") }).click();
  await coach.page.locator("progress").waitFor();
  assert.deepEqual(kiosk.problems, []);
  assert.deepEqual(coach.problems, []);
  await kiosk.context.close();
  await coach.context.close();
});

test("bad profiles: newer format, damaged file, damaged or newer QR code", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  const alert = page.getByTestId("profile-problem");
  const picker = page.getByLabel(await sv("start-open-profile"));
  const open = (file) => picker.setInputFiles(join(ROOT, "tests/fixtures", file));

  await open("profile-newer-format.json");
  await alert.getByText(await sv("refused-newer", { file: "profile-newer-format.json" })).waitFor();
  await screenshot(page, "start-profile-newer-phone");
  await page.getByRole("button", { name: await sv("start-restore-dismiss") }).click();

  await open("profile-truncated.json");
  await alert.getByText(await sv("refused-damaged", { file: "profile-truncated.json" })).waitFor();
  await alert.locator("summary").click();
  await alert.getByText(/line \d+, column \d+/).first().waitFor();

  // A fresh page for each link: a fragment alone does not reload one.
  const fresh = await openPage(env.browser, `${env.server.url}#p=12`, PHONE, { locale: "sv-SE" });
  await fresh.page.getByTestId("profile-problem").getByText(await sv("profile-code-invalid")).waitFor();
  assert.equal(new URL(fresh.page.url()).hash, "");
  await screenshot(fresh.page, "start-code-damaged-phone");
  // Three bytes as eight digits: code version 2, stored, one byte.
  const newer = String((2 << 16) | (0 << 8) | 65).padStart(8, "0");
  const later = await openPage(env.browser, `${env.server.url}#p=${newer}`, PHONE, { locale: "sv-SE" });
  await later.page.getByTestId("profile-problem").getByText(await sv("profile-code-newer")).waitFor();
  await fresh.context.close();
  await later.context.close();
  await context.close();
});

test("a profile from another questionnaire and demand file shows what it can and says what differs", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByLabel(await sv("start-open-profile")).setInputFiles(join(ROOT, "tests/fixtures/profile-example.json"));
  await page.getByTestId("coach-other-questionnaire").getByText(/exempel 1/).waitFor();
  await page.getByTestId("coach-other-demand").getByText(/Exempelkommunen/).waitFor();
  // Its ratings are keyed by element, so they still show and still score.
  await page.locator(".profile-summary table.skills").getByText("Läsa och förstå text").waitFor();
  await screenshot(page, "coach-view-other-files-phone");
  await page.getByRole("button", { name: await sv("coach-see-results") }).click();
  await page.getByTestId("ranked").locator("li").first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("a coach can drop a profile file on the start screen, and open a second code in the same tab", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, { locale: "sv-SE" });
  const text = await readFile(join(ROOT, "tests/fixtures/profile-example.json"), "utf8");
  const drop = page.getByTestId("profile-drop");
  await drop.waitFor();
  const transfer = await page.evaluateHandle((json) => {
    const dt = new DataTransfer();
    dt.items.add(new File([json], "dropped.json", { type: "application/json" }));
    return dt;
  }, text);
  await drop.dispatchEvent("dragover", { dataTransfer: transfer });
  await drop.dispatchEvent("drop", { dataTransfer: transfer });
  await page.getByTestId("coach-source").getByText(await sv("coach-from-file", { file: "dropped.json", date: "2026-11-23" })).waitFor();

  // A seeker's code, opened while the app is already open on the coach's view.
  const seeker = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await completeShortPath(seeker.page, [4, 0]);
  await toHandover(seeker.page);
  const link = await profileLink(seeker.page);
  await page.evaluate((hash) => { location.hash = hash; }, new URL(link).hash);
  await page.getByTestId("coach-source").getByText(/QR/).waitFor();
  assert.equal(new URL(page.url()).hash, "");
  assert.deepEqual(problems, []);
  await seeker.context.close();
  await context.close();
});
