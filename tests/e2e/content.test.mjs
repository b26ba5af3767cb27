// The bundled content loads in the browser: both demand files and the
// questionnaire, with publisher, validity, attribution and sources shown.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { KIOSK, PHONE, launch, message, openPage, screenshot, stepUntilWholeApp, chooseLanguage } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

async function openAbout(viewport, locale = "sv-SE") {
  const opened = await openPage(env.browser, env.server.url, viewport, { locale });
  await opened.page.getByRole("button", { name: await message("sv", "nav-about-data") }).click();
  await opened.page.getByTestId("demand-summary").waitFor();
  return opened;
}

test("about the data shows the national file, its attribution and the questionnaire", async () => {
  const { context, page, problems } = await openAbout(PHONE);
  // Focus moves to the new page's heading.
  assert.equal(await page.evaluate(() => document.activeElement?.id), "about-title");
  const demand = page.getByTestId("demand-summary");
  await demand.getByText("Sverige — alla yrken").waitFor();
  await demand.getByText("Kompetenskoll (byggd från öppna data)").waitFor();
  await demand.getByText(await message("sv", "about-counts", { occupations: 400, skills: 6640, trainings: 19 })).waitFor();
  await demand.getByText(/O\*NET 29\.2 Database by the U\.S\. Department of Labor/).waitFor();
  // The demand is Arbetsförmedlingen's forecast, attributed with its years.
  await demand.getByText(/Arbetsförmedlingen, Yrkesprognoser/).first().waitFor();
  await demand.getByText(/bedömning 2024, utsikter 2026/).first().waitFor();
  const questionnaire = page.getByTestId("questionnaire-summary");
  await questionnaire.getByText(await message("sv", "about-questionnaire-counts", { items: 68, short: 20 })).waitFor();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "page is wider than the phone screen");
  await screenshot(page, "about-data-phone-sv");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the regional example file loads and cites its sources", async () => {
  const { context, page, problems } = await openAbout(KIOSK);
  await page.getByLabel(await message("sv", "about-demand-choose")).selectOption({ index: 1 });
  const demand = page.getByTestId("demand-summary");
  await demand.getByText("Värmland (exempel): efterfrågade yrken").waitFor();
  await demand.getByText("Miljoner till kompetensmatchning i Värmland").waitFor();
  await demand.getByText(/Omställningskontor för en hållbar arbetsmarknad/).waitFor();
  await screenshot(page, "about-data-kiosk-varmland");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an invalid demand file shows the validator's messages and the app keeps working", async () => {
  const context = await env.browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  // The worker fetches it: routed for the context, which sees its requests.
  await context.route("**/content/demand-sverige.json", (route) =>
    route.fulfill({ contentType: "application/json", body: '{"format": "kompetenskoll/demand@1", "id": 7}' }));
  await page.goto(env.server.url);
  await page.getByRole("button", { name: await message("sv", "nav-about-data") }).click();
  const alert = page.getByRole("alert");
  await alert.getByText(await message("sv", "refused-invalid", { file: "demand-sverige.json", count: 1 })).waitFor();
  await alert.getByText(await message("sv", "refused-details")).click();
  await alert.getByText(/^id: invalid type: integer `7`, expected a string/).waitFor();
  // Still usable: the other file loads.
  await page.getByLabel(await message("sv", "about-demand-choose")).selectOption({ index: 1 });
  await page.getByTestId("demand-summary").waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test("a Swedish seeker downloads the Swedish questions only, the job titles after them, another language's part when she picks it, and a damaged title list is named", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  const fetched = [];
  page.on("request", (r) => { const m = r.url().match(/content\/[^?]+$/); if (m) fetched.push(m[0]); });
  const demandRequested = page.waitForRequest((r) => r.url().endsWith("content/demand-sverige.json"));
  await page.reload();
  await page.getByRole("button", { name: await message("sv", "start-begin-short") }).waitFor();
  // The first screen reads no demand file: the whole app, which takes over
  // once she has begun, does.
  assert.ok(!fetched.some((f) => f.startsWith("content/demand")), fetched.join(", "));
  await page.getByRole("button", { name: await message("sv", "start-begin-short") }).click();
  await page.getByRole("button", { name: await message("sv", "q-next") }).click();
  await stepUntilWholeApp(page);
  await demandRequested;
  const at = (name) => fetched.indexOf(`content/${name}`);
  // The first screen reads the opening; the whole app, the Swedish part.
  assert.equal(at("questionnaire-opening.sv.json"), 0, fetched.join(", "));
  assert.ok(at("questionnaire.sv.json") > 0, fetched.join(", "));
  for (const other of ["questionnaire.json", "questionnaire.en.json", "questionnaire.ar.json",
    "questionnaire-opening.en.json", "questionnaire-opening.ar.json"]) {
    assert.equal(at(other), -1, `${other} was fetched: ${fetched.join(", ")}`);
  }
  assert.ok(at("questionnaire.sv.json") < at("job-titles.json"), fetched.join(", "));
  assert.ok(at("job-titles.json") < at("demand-sverige.json"), fetched.join(", "));
  // Listening before the choice: the part may arrive at once.
  const arabic = page.waitForResponse((r) => r.url().endsWith("content/questionnaire.ar.json"));
  await chooseLanguage(page, "ar");
  await arabic;
  assert.equal(at("questionnaire.en.json"), -1);
  assert.deepEqual(problems, []);
  await context.close();

  // The same seeker with a title list cut short on its way.
  const broken = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await broken.page.route("**/content/job-titles.json", (route) =>
    route.fulfill({ contentType: "application/json", body: '{"questionnaire": "x", "version": "1", "titles": [{"id": "a", "lab' }));
  await broken.page.reload();
  await broken.page.getByRole("button", { name: await message("sv", "start-begin-short") }).click();
  await broken.page.getByRole("button", { name: await message("sv", "q-next") }).click();
  await broken.page.getByLabel(await message("sv", "wh-search-label")).waitFor();
  await broken.page.getByRole("alert").getByText(await message("sv", "refused-damaged", { file: "job-titles.json" })).waitFor();
  await broken.context.close();
});
