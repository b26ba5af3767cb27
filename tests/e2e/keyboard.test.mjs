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
  const answers = await page.evaluate(() => JSON.parse(localStorage.getItem("kompetenskoll.session")).answers);
  assert.ok(Object.values(answers.levels).filter((a) => a.level !== undefined).length >= 15, "ratings were given by keyboard");
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
