// axe-core on every screen, in Swedish, English and Arabic (right to left)
// at phone and kiosk sizes, and in easy-to-read Swedish, Somali, Tigrinya
// and Dari at phone size: zero violations of the WCAG 2.0–2.2 A and AA
// rules. The walks in languages other than Swedish and English keep a
// screenshot of every screen.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { KIOSK, PHONE, answerSection, completeShortPath, launch, message, screenshot, violations } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const BROWSER_LANGUAGE = { sv: "sv-SE", en: "en-GB", ar: "ar-SY", so: "so-SO", ti: "ti-ER", prs: "fa-AF" };

/** Walks a seeker's screens in `locale` at `viewport`, checking each. */
async function walk(locale, viewport, shots) {
  // axe is injected as a script; the app's CSP would (rightly) refuse it.
  const context = await env.browser.newContext({ viewport, locale: BROWSER_LANGUAGE[locale] ?? "sv-SE", bypassCSP: true, acceptDownloads: true });
  // Lättläst is no browser language: it is a choice the app remembers.
  if (!BROWSER_LANGUAGE[locale]) {
    await context.addInitScript((code) => localStorage.setItem("kompetenskoll.locale", code), locale);
  }
  const page = await context.newPage();
  const m = (key, args) => message(locale, key, args);
  const found = {};
  const check = async (screen) => {
    assert.equal(await page.getAttribute("html", "lang"), locale, `${screen} is not in ${locale}`);
    found[screen] = await violations(page);
    if (shots) await screenshot(page, `${shots}-${screen.replace(/[^a-z0-9]+/gi, "-").replace(/-$/, "")}`);
  };
  await page.goto(env.server.url);
  await page.getByRole("button", { name: await m("start-begin-short") }).waitFor();
  await check("start");
  await page.getByRole("button", { name: await m("start-begin-full") }).click();
  // Every section of the full path, answered.
  const next = page.getByRole("button", { name: await m("q-next") });
  for (let section = 1; ; section++) {
    await answerSection(page, [2, 3]);
    await check(`questionnaire ${section}`);
    if (!(await next.count())) break;
    await next.click();
  }
  await page.goto(env.server.url);
  // The answered full path is saved, so the start screen offers to start over.
  await page.getByRole("button", { name: await m("start-over") }).click();
  await completeShortPath(page, [2, 3, 1], locale);
  await check("results");
  await page.getByTestId("ranked").locator("li h2 button").first().click();
  await page.locator("section.occupation").waitFor();
  await check("explanation");
  await page.getByRole("button", { name: await m("occ-back") }).click();
  await page.getByRole("button", { name: await m("results-handover") }).click();
  await page.getByRole("button", { name: await m("handover-qr") }).click();
  await page.getByTestId("profile-link").waitFor();
  await check("hand-over");
  const link = await page.getByTestId("profile-link").getAttribute("href");
  await page.goto("about:blank");
  await page.goto(link);
  await page.getByTestId("coach-source").waitFor();
  await check("coach's view");
  await page.goto(env.server.url);
  await page.getByRole("button", { name: await m("nav-about-data") }).click();
  await page.locator("main h1").waitFor();
  await check("about the data");
  await context.close();
  return found;
}

// Somali, Tigrinya (Ethiopic script) and Dari (right to left) at phone
// size: the languages of the newly arrived, whose questions are their own.
const WALKS = [
  ...["sv", "en", "ar"].flatMap((locale) => [[locale, "phone", PHONE], [locale, "kiosk", KIOSK]]),
  ...["sv-x-lattlast", "so", "ti", "prs"].map((locale) => [locale, "phone", PHONE]),
];
for (const [locale, size, viewport] of WALKS) {
  test(`axe: no WCAG A/AA violation on any screen, ${locale}, ${size}`, async () => {
    const shots = locale === "sv" || locale === "en" ? null : `${locale}-${size}`;
    const found = await walk(locale, viewport, shots);
    const report = Object.entries(found).map(([screen, v]) => `${screen}: ${v.length}`).join(", ");
    console.log(`axe ${locale} ${size}: ${report}`);
    assert.deepEqual(Object.values(found).flat(), [], report);
  });
}
