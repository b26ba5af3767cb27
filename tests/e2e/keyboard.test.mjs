// The whole short path without a mouse: Tab, arrow keys, Space and Enter
// only; every stop shows where the focus is, and a new step's heading gets
// the focus.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { PHONE, launch, message, openPage, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

/** What has the focus: tag, type, name, text, and whether it is outlined. */
const focused = (page) => page.evaluate(() => {
  const e = document.activeElement;
  const style = e ? getComputedStyle(e) : null;
  return e && {
    tag: e.tagName, type: e.getAttribute("type"), name: e.getAttribute("name"),
    text: (e.textContent ?? "").trim(), checked: e.checked ?? false,
    outlined: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
  };
});

test("a seeker completes the short path with the keyboard alone", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  const begin = await sv("start-begin-short");
  const next = await sv("q-next");
  const finish = await sv("q-finish");
  await page.getByRole("button", { name: begin }).waitFor();
  // Tab to "begin" and press Enter.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (f?.tag === "BUTTON" && f.text === begin) break;
  }
  assert.equal((await focused(page)).text, begin);
  assert.ok((await focused(page)).outlined, "focus is visible");
  await page.keyboard.press("Enter");
  let sections = 0;
  for (let tabs = 0; tabs < 2000; tabs++) {
    if (await page.getByTestId("ranked").count()) break;
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (!f) continue;
    assert.ok(f.outlined || f.tag === "BODY" || f.tag === "H1", `focus visible on ${f.tag} ${f.text.slice(0, 40)}`);
    if (f.tag === "INPUT" && f.type === "radio" && !f.checked) {
      // A group not answered yet: arrows pick a level (and check it).
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
    } else if (f.tag === "BUTTON" && (f.text === next || f.text === finish)) {
      await page.keyboard.press("Enter");
      sections++;
      // The new step's heading takes the focus.
      await page.waitForFunction(() => document.activeElement?.tagName === "H1" || document.querySelector("[data-testid=ranked]"));
    }
  }
  await page.getByTestId("ranked").locator("li").first().waitFor();
  assert.ok(sections >= 5, `${sections} sections`);
  const { answers, asked } = await page.evaluate(() => JSON.parse(localStorage.getItem("kompetenskoll.session")));
  // Every rating the adaptive path asked was given by keyboard.
  assert.ok(asked.length >= 1, "the path asked ratings");
  assert.ok(asked.every((id) => answers.levels[id]?.level !== undefined), "ratings were given by keyboard");
  // From the results to an explanation and back, by keyboard.
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    if ((await page.evaluate(() => document.activeElement?.closest("[data-testid=ranked] h2") !== null))) break;
  }
  await page.keyboard.press("Enter");
  await page.locator("section.occupation").waitFor();
  await screenshot(page, "occupation-keyboard-phone");
  assert.deepEqual(problems, []);
  await context.close();
});

/** From the start screen to the first screen of ratings. */
async function toRatings(page) {
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  const ratings = page.locator("fieldset.level-question");
  for (let i = 0; i < 6 && !(await ratings.count()); i++) {
    await page.getByRole("button", { name: await sv("q-next") }).click();
  }
  await ratings.first().waitFor();
}

test("read-aloud speaks the question and its options where a voice exists, and is hidden where none does", async () => {
  const withVoice = await env.browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  await withVoice.addInitScript(() => {
    window.__spoken = [];
    const voice = Object.create(SpeechSynthesisVoice.prototype);
    Object.defineProperty(voice, "lang", { value: "sv-SE" });
    speechSynthesis.getVoices = () => [voice];
    speechSynthesis.speak = (u) => window.__spoken.push({ text: u.text, lang: u.lang });
    speechSynthesis.cancel = () => {};
  });
  const page = await withVoice.newPage();
  await page.goto(env.server.url);
  await toRatings(page);
  const read = page.getByRole("button", { name: await sv("q-read-aloud") });
  await read.first().waitFor();
  await read.first().click();
  const spoken = await page.evaluate(() => window.__spoken);
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].lang, "sv");
  const legend = await page.locator("fieldset.level-question legend").first().innerText();
  assert.ok(spoken[0].text.startsWith(legend), spoken[0].text);
  assert.ok(spoken[0].text.includes(await sv("q-dont-know")));
  await withVoice.close();

  const noVoice = await env.browser.newContext({ viewport: PHONE, locale: "sv-SE" });
  await noVoice.addInitScript(() => { speechSynthesis.getVoices = () => []; });
  const other = await noVoice.newPage();
  await other.goto(env.server.url);
  await toRatings(other);
  assert.equal(await other.getByRole("button", { name: await sv("q-read-aloud") }).count(), 0);
  await noVoice.close();
});
