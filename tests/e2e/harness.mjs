// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core, the release build served from dist/ on loopback by nginx
// with deploy/'s configuration (KOMPETENSKOLL_SERVER=caddy: by Caddy), and a
// record of every console error and failed request on the page.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { startCaddy, startNginx } from "../../scripts/host.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SHOTS = join(ROOT, "target", "screenshots");

export const PHONE = { width: 360, height: 740 };
export const KIOSK = { width: 1280, height: 1024 };

export const CHROMIUM_FLAGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
  "--disable-background-networking", "--disable-component-update",
  "--no-first-run", "--disable-sync",
];

/** The server and a browser. `bfcache: true` keeps Chromium's back-forward
 * cache on (Playwright turns it off by default), for the tests that must
 * prove a page restored from it holds nothing. */
export async function launch({ bfcache = false, host = process.env.KOMPETENSKOLL_SERVER ?? "nginx" } = {}) {
  const server = await (host === "caddy" ? startCaddy : startNginx)(join(ROOT, "dist"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: CHROMIUM_FLAGS,
    ignoreDefaultArgs: bfcache ? ["--disable-back-forward-cache"] : [],
  });
  return {
    server,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh page (own storage) with its problems recorded in `problems`. */
export async function openPage(browser, url, viewport, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
  });
  page.on("pageerror", (err) => problems.push(`uncaught: ${err.message}`));
  page.on("requestfailed", (req) => {
    // A load cut short by the test moving on (reload, going back) is the
    // browser's doing, not a failure of the app.
    if (req.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`);
  });
  await page.goto(url);
  await appsOwnScreen(page);
  return { context, page, problems };
}

/** Until index.html's static start screen, if shown, has given way to the
 * app's own (static/early.js): for one task both are in the document (the
 * app's hidden), so a locator by id or class could find two. The static
 * screen's own tests (static-start.test.mjs) tap it before the app. */
export async function appsOwnScreen(page) {
  await page.waitForFunction(() => !document.getElementById("static-screen"), null, { timeout: 30_000 });
}

export async function screenshot(page, name) {
  await mkdir(SHOTS, { recursive: true });
  const size = await asTallAsThePage(page);
  try {
    await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  } finally {
    await page.setViewportSize(size);
  }
}

/** Puts the page on a screen as tall as itself (at most 16,000 px), as if
 * the user had scrolled down all of it: rows that skip rendering while off
 * screen (the shortlist's, content-visibility) then render, and their
 * innerText is what the user reads. Returns the screen's size before. */
export async function asTallAsThePage(page) {
  const size = page.viewportSize();
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  if (height > size.height) await page.setViewportSize({ width: size.width, height: Math.min(height, 16_000) });
  return size;
}

/** One part of a page, where the whole page would be mostly a long list. */
export async function screenshotOf(locator, name) {
  await mkdir(SHOTS, { recursive: true });
  await locator.screenshot({ path: join(SHOTS, `${name}.png`) });
}

const RTL = ["ar", "prs", "fa"];

/** A message from a locale's .ftl file with `{ $name }` placeables filled
 * and selectors resolved as the app resolves them: an exact variant, else
 * the number's CLDR plural category, else the default (`*`). */
export async function message(locale, key, args = {}) {
  const { readFile } = await import("node:fs/promises");
  const ftl = await readFile(join(ROOT, "src/i18n/locales", `${locale}.ftl`), "utf8");
  const lines = ftl.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`${key} =`));
  if (start < 0) throw new Error(`${key} is not in ${locale}.ftl`);
  // A message runs on over indented lines and a selector's closing `}`.
  let end = start + 1;
  while (end < lines.length && (/^\s/.test(lines[end]) || /^\}/.test(lines[end]))) end++;
  let text = lines.slice(start, end).join("\n");
  text = text.slice(text.indexOf("=") + 1).trim();
  const isolate = (v) => (RTL.includes(locale) ? `\u2068${v}\u2069` : String(v));
  const plural = new Intl.PluralRules(locale === "sv-x-lattlast" ? "sv" : locale === "prs" ? "fa" : locale);
  text = text.replace(/\{\s*\$(\w+)\s*->\s*\n([\s\S]*?)\n\}/g, (_, name, body) => {
    const variants = [...body.matchAll(/^\s*(\*?)\[([^\]]+)\]\s?(.*)$/gm)].map((m) => ({ def: m[1] === "*", key: m[2], text: m[3] }));
    const value = args[name];
    const chosen = variants.find((v) => v.key === String(value))
      ?? (typeof value === "number" || /^\d+$/.test(String(value)) ? variants.find((v) => v.key === plural.select(Number(value))) : undefined)
      ?? variants.find((v) => v.def);
    return chosen.text;
  });
  return text.replace(/\{\s*\$(\w+)\s*\}/g, (_, name) => isolate(readersDigits(locale, name, args[name])));
}

/** A value as the app writes it in `locale` (src/i18n/digits.rs): a number
 * in Persian and Dari ۰–۹, in Arabic ٠–٩, with the Arabic decimal
 * separator; codes, file names and anything not a number as it is. */
export function readersDigits(locale, name, value) {
  const zero = { fa: 0x06f0, prs: 0x06f0, ar: 0x0660 }[locale];
  const text = String(value);
  if (zero === undefined || ["hash", "isced", "file"].includes(name) || !/^-?\d+([.,]\d+)?$/.test(text)) return text;
  return text.replace(/[0-9]/g, (d) => String.fromCharCode(zero + Number(d))).replace(/[.,]/, "\u066b");
}

/** `text` with the reader's digits (Persian, Arabic-Indic) as Western ones. */
export function westernDigits(text) {
  return text
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660));
}

/** Switches the interface to `code` as a seeker does: opens the language
 * list from the bar at the top and taps the language, named in itself. */
export async function chooseLanguage(page, code) {
  // The visible one: index.html's static start screen has the same bar
  // until the app's own is there (static/early.js).
  const toggle = page.locator("#language-toggle").filter({ visible: true });
  if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  await page.locator(`#language-list button[lang="${code}"]`).filter({ visible: true }).click();
}

/** Answers every rating on the screen, cycling through `levels`, and the
 * education question (upper secondary) when it is there. */
export async function answerSection(page, levels) {
  // After a step the section may wait for the whole app (ui::handoff).
  await page.locator("#section-title").waitFor();
  const education = page.locator("fieldset.education-question input[type=radio]");
  if (await education.count()) await education.nth(3).check();
  const groups = page.locator("fieldset.level-question");
  const n = await groups.count();
  for (let i = 0; i < n; i++) {
    await groups.nth(i).locator("input[type=radio]").nth(levels[i % levels.length]).check();
  }
  return n;
}

/** The first screen carries the start page and the first question; the
 * whole app takes over at the next screen. From the first question the
 * seeker goes on a screen, waits for the whole app (fails after
 * `timeoutMs`) and comes back; on a screen already waiting for it, she
 * waits. */
export async function stepUntilWholeApp(page, locale = "sv", { timeoutMs = 30_000 } = {}) {
  if (!(await page.locator("#first-screen").count())) return;
  const next = page.getByRole("button", { name: await message(locale, "q-next") });
  const stepped = (await next.count()) > 0;
  if (stepped) await next.click();
  await page.waitForFunction(() => !document.getElementById("first-screen"), null, { timeout: timeoutMs });
  if (stepped) await page.getByRole("button", { name: await message(locale, "q-back") }).click();
}

/** What tells one questionnaire screen from the next: its progress line
 * ("Part 2 of 4", "Question 3 of about 9"); none off the questions. */
async function screenKey(page) {
  return page.evaluate(() => document.getElementById("progress-label")?.textContent ?? "");
}

/** Goes on from the screen on display (Next, or Show results on a last
 * section) and waits for the next one: another section or rating, or the
 * results. Returns true once the results are there. The buttons are found
 * by role; the bench finds them by text (`byName`), since Playwright's
 * role engine runs on the page's main thread, in tasks it would count. */
const byRole = (page, name) => page.getByRole("button", { name, exact: true });
export async function goOn(page, locale = "sv", byName = byRole) {
  const before = await screenKey(page);
  const finish = byName(page, await message(locale, "q-finish"));
  const next = byName(page, await message(locale, "q-next"));
  await ((await finish.count()) ? finish : next).click();
  // The adaptive path shows "choosing" for a moment, then the rating.
  await page.waitForFunction(
    (before) => {
      if (document.querySelector("[data-testid=ranked] li")) return true;
      const key = document.getElementById("progress-label")?.textContent ?? "";
      return key !== before && document.getElementById("section-title");
    },
    before,
    { timeout: 30_000 },
  );
  return (await page.getByTestId("ranked").count()) > 0;
}

/** Answers each screen with `answer` and goes on until the results. */
export async function walkToResults(page, answer, locale = "sv") {
  let answered = 0;
  for (;;) {
    await page.locator("#section-title").waitFor();
    answered += (await answer(page)) ?? 0;
    if (await goOn(page, locale)) break;
  }
  await page.getByTestId("ranked").locator("li").first().waitFor();
  return answered;
}

/** From the start screen through the short path to the results; returns
 * how many ratings were given. */
export async function completeShortPath(page, levels, locale = "sv") {
  await page.getByRole("button", { name: await message(locale, "start-begin-short") }).click();
  return walkToResults(page, (page) => answerSection(page, levels), locale);
}

// axe-core from npm, injected into the page (tests that use it bypass CSP).
const AXE = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** The violations on the page now, as "rule: target" lines. */
export async function violations(page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(async (tags) => {
    const r = await window.axe.run(document, { runOnly: { type: "tag", values: tags } });
    return { violations: r.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) })), passes: r.passes.length };
  }, TAGS);
  // A run that checked nothing proves nothing.
  assert.ok(result.passes >= 10, `axe checked ${result.passes} rules`);
  return result.violations.flatMap((v) => v.targets.map((t) => `${v.id}: ${t} (${v.help})`));
}


/** A line of an explanation's breakdown with `status` (met, partial,
 * missing, unknown) and `text`; the breakdown is opened first. */
export function breakdownLine(page, status, text) {
  const breakdown = page.getByTestId("breakdown");
  return {
    async waitFor() {
      await breakdown.waitFor();
      if (!(await breakdown.evaluate((d) => d.open))) await breakdown.locator("summary").click();
      await breakdown.locator(`[data-testid=readiness-lines] li.status-${status}`).getByText(text, { exact: true }).first().waitFor();
    },
  };
}

/** The short path as an assistant nurse from elderly care answers it, in
 * `locale`: her job title, every third of its skills ticked, upper
 * secondary school, care rated high and everything else 0. */
export async function assistantNurse(page, locale = "sv") {
  const say = (key) => message(locale, key);
  await page.getByRole("button", { name: await say("start-begin-short") }).click();
  await page.getByRole("button", { name: await say("q-next") }).click();
  await page.getByLabel(await say("wh-search-label")).fill("underskoterska hemtj");
  await page.getByRole("list", { name: await say("wh-results") }).getByRole("button").first().click();
  const boxes = page.locator("fieldset.skills input[type=checkbox]");
  await boxes.first().waitFor();
  const n = await boxes.count();
  for (let i = 0; i < n; i += 3) await boxes.nth(i).check();
  // Vård och medicin, psykologi, kundservice, behandling och rehabilitering.
  const care = { "2.C.5.a": 3, "2.C.4.e": 2, "2.C.1.e": 3, "2.C.5.b": 2 };
  await walkToResults(page, async (page) => {
    const education = page.locator("fieldset.education-question input[type=radio]");
    if (await education.count()) await education.nth(3).check();
    const groups = page.locator("fieldset.level-question");
    for (let i = 0; i < await groups.count(); i++) {
      const id = await groups.nth(i).locator("input[type=radio]").first().getAttribute("id");
      const element = id.slice(0, id.lastIndexOf("-"));
      await groups.nth(i).locator("input[type=radio]").nth(care[element] ?? 0).check();
    }
  }, locale);
}

/** The matching centre's key, derived from a passphrase as the app derives
 * it (PBKDF2-SHA-256 to AES-GCM-256), with Node's own WebCrypto. */
export async function centreKey(passphrase, iterations, salt, usages) {
  const { subtle } = globalThis.crypto;
  const base = await subtle.importKey("raw", new TextEncoder().encode(passphrase), "PBKDF2", false, ["deriveKey"]);
  return subtle.deriveKey({ name: "PBKDF2", hash: "SHA-256", iterations, salt }, base, { name: "AES-GCM", length: 256 }, false, usages);
}

/** `plaintext` (bytes) sealed as a kept list in format `version`, from the
 * format alone (core::centre_store): as the app would keep it. */
export async function sealCentreList(plaintext, passphrase, { version = 2, iterations = 600_000 } = {}) {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const key = await centreKey(passphrase, iterations, salt, ["encrypt"]);
  const data = await globalThis.crypto.subtle.encrypt({ name: "AES-GCM", iv }, key, plaintext);
  const b64 = (bytes) => Buffer.from(bytes).toString("base64");
  return JSON.stringify({ format: `kompetenskoll/centre-store@${version}`, kdf: { name: "PBKDF2-SHA-256", iterations, salt: b64(salt) }, cipher: { name: "AES-GCM-256", iv: b64(iv) }, data: b64(data) });
}
