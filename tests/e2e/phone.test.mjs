// Phone first: at 320 CSS px every screen reflows without sideways
// scrolling and every control is at least 44 px tall to touch.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, answerSection, launch, message, openPage, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const NARROW = { width: 320, height: 640 };
const sv = (key, args) => message("sv", key, args);

/** Problems with the screen as it is: sideways scrolling, small targets. */
async function check(page, screen) {
  return page.evaluate((screen) => {
    const problems = [];
    const overflow = document.documentElement.scrollWidth - document.documentElement.clientWidth;
    if (overflow > 0) problems.push(`${screen}: ${overflow} px sideways scroll`);
    const controls = [...document.querySelectorAll("main button, main select, main input[type=text], main input[type=search], .option, .check, .kiosk-finish")];
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      if (box.height < 44) problems.push(`${screen}: ${el.tagName.toLowerCase()}.${el.className} "${(el.innerText || el.value || "").slice(0, 30)}" is ${box.height.toFixed(0)} px tall`);
    }
    return problems;
  }, screen);
}

test("every screen reflows at 320 px and every control is at least 44 px tall", async () => {
  const { context, page, problems: errors } = await openPage(env.browser, env.server.url, NARROW, { locale: "sv-SE" });
  const problems = [];
  await page.getByRole("button", { name: await sv("start-begin-full") }).waitFor();
  problems.push(...await check(page, "start"));
  await page.getByRole("button", { name: await sv("start-begin-full") }).click();
  const finish = await sv("q-finish");
  for (let screen = 1; ; screen++) {
    await page.locator("progress").waitFor();
    await answerSection(page, [2, 3]);
    problems.push(...await check(page, `section ${screen}`));
    const isLast = await page.getByRole("button", { name: finish }).count();
    await page.getByRole("button", { name: isLast ? finish : await sv("q-next") }).click();
    if (isLast) break;
  }
  await page.getByTestId("ranked").locator("li").first().waitFor();
  problems.push(...await check(page, "results"));
  await screenshot(page, "results-320");
  await page.getByTestId("ranked").locator("li").first().getByRole("button").click();
  await page.locator("section.occupation").waitFor();
  problems.push(...await check(page, "occupation"));
  await page.getByRole("button", { name: await sv("occ-back") }).click();
  await page.getByRole("button", { name: await sv("results-edit") }).waitFor();
  assert.deepEqual(problems, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("an expired demand file warns wherever results are shown", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, NARROW, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  const finish = await sv("q-finish");
  while (!(await page.getByRole("button", { name: finish }).count())) {
    await page.getByRole("button", { name: await sv("q-skip") }).click();
  }
  await page.getByRole("button", { name: finish }).click();
  const expired = (await readFile(join(ROOT, "tests/fixtures/demand-example.json"), "utf8"))
    .replace('"published": "2026-11-01"', '"published": "2020-01-01"')
    .replace('"valid_until": "2027-10-31"', '"valid_until": "2021-12-31"');
  await page.getByLabel(await sv("demand-open-file")).setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(expired) });
  const warning = await sv("results-expired", { date: "2021-12-31" });
  await page.getByText(warning).waitFor();
  await page.getByTestId("ranked").locator("li").first().getByRole("button").click();
  await page.getByText(warning).waitFor();
  await screenshot(page, "occupation-expired-demand-320");
  await context.close();
});

test("the on-screen keyboard does not hide the field in use", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, { width: 360, height: 740 }, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  const search = page.getByLabel(await sv("wh-search-label"));
  await search.waitFor();
  // Put the field low on the screen and focus it without scrolling, as a tap does.
  await search.evaluate((el) => {
    const top = el.getBoundingClientRect().top + window.scrollY;
    window.scrollTo(0, Math.max(0, top - 650));
    el.focus({ preventScroll: true });
  });
  const before = await search.boundingBox();
  assert.ok(before.y > 400, `the field starts low on the screen (${before.y})`);
  // The keyboard opens: the visible area shrinks to 300 px.
  await page.setViewportSize({ width: 360, height: 300 });
  await page.waitForFunction(() => {
    const box = document.activeElement.getBoundingClientRect();
    return box.top >= 0 && box.bottom <= window.visualViewport.height;
  }, null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  await context.close();
});
