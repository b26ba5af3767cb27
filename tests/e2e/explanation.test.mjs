// What a seeker sees of her results, tried as the assistant nurse of the
// press releases: her own group first, an explanation that reads summary
// first and whose points add up on the page, answers given right there,
// and the place kept through reloads, back and forward.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { KIOSK, PHONE, assistantNurse, launch, message, openPage, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

/** "12,3" or "-0,4" as a number of tenths. */
const tenths = (text) => Math.round(Number(text.match(/-?\d+(?:,\d)?/)[0].replace(",", ".")) * 10);

for (const [size, viewport] of [["phone", PHONE], ["kiosk", KIOSK]]) {
  test(`an assistant nurse reads her results and an explanation that adds up (${size})`, async () => {
    const { context, page, problems } = await openPage(env.browser, env.server.url, viewport, { locale: "sv-SE" });
    await assistantNurse(page);
    const first = page.getByTestId("ranked").locator("li").first();
    await first.getByRole("button", { name: /^Undersköterskor, hemtjänst, hemsjukvård/ }).waitFor();
    // Each row: the two figures, a reason, the demand with its source.
    const listed = await first.locator(".figure-label").allInnerTexts();
    await first.locator(".reason").waitFor();
    await first.getByText(await sv("outlook-assessed", { year: 2024 })).waitFor();
    await first.getByText(/Arbetsförmedlingen/).waitFor();
    await screenshot(page, `results-${size}-assistant-nurse`);

    await first.getByRole("button").first().click();
    await page.getByRole("heading", { level: 1, name: /^Undersköterskor, hemtjänst/ }).waitFor();
    // The same figures as in the list, then the summary in its order.
    assert.deepEqual(await page.locator(".occupation .figure-label").allInnerTexts(), listed);
    const headings = await page.locator(".occupation h2").allInnerTexts();
    const order = [await sv("occ-reasons"), await sv("occ-gaps"), await sv("occ-demand")];
    assert.deepEqual(headings.filter((h) => order.includes(h)), order);
    await page.locator(".outlook-says").getByText(/Arbetsförmedlingen bedömer/).waitFor();
    // No "nivå 2.8": levels in the questionnaire's words.
    assert.doesNotMatch(await page.locator(".occupation").innerText(), /nivå \d\.\d/);
    await screenshot(page, `occupation-${size}-assistant-nurse`);

    // The whole breakdown, opened: its points add up to the figures shown.
    await page.getByText(await sv("occ-breakdown")).click();
    for (const [lines, sum, figure] of [["match-lines", "match-sum", 0], ["readiness-lines", "readiness-sum", 1]]) {
      const points = (await page.getByTestId(lines).locator(".points").allInnerTexts()).map(tenths);
      assert.ok(points.length > 0, `${lines} lists lines`);
      const total = points.reduce((a, b) => a + b, 0);
      const shownSum = tenths(await page.getByTestId(sum).innerText());
      assert.equal(total, shownSum, `${lines}: the lines add up to the sum shown`);
      const percent = Number(listed[figure].match(/(\d+) %/)[1]);
      assert.equal(Math.round(total / 10), percent, `${lines}: the sum is the figure at the top`);
    }
    await screenshot(page, `occupation-${size}-breakdown`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test("an unanswered requirement is answered in the explanation and the figures move", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await assistantNurse(page);
  await page.getByTestId("ranked").locator("li").first().getByRole("button").first().click();
  const unanswered = page.locator("section.unanswered");
  await unanswered.getByRole("heading", { name: await sv("occ-unanswered") }).waitFor();
  const before = await page.locator(".occupation .figure-label").allInnerTexts();
  const select = unanswered.locator("select").first();
  await select.selectOption({ index: 4 });
  await page.waitForFunction((b) => [...document.querySelectorAll(".occupation .figure-label")].map((e) => e.innerText).join() !== b.join(), before);
  assert.deepEqual(problems, []);
  await context.close();
});

test("reload, back and forward keep the page, the explanation and the list's filter", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await assistantNurse(page);
  await page.getByText(await sv("results-controls")).click();
  await page.getByLabel(await sv("results-sort")).selectOption("readiness");
  await page.getByLabel(await sv("results-in-demand-only")).check();
  // The list is busy until the worker has answered the new filter.
  await page.locator("[data-testid=ranked]:not([aria-busy])").waitFor();
  const firstTitle = await page.getByTestId("ranked").locator("li h2").first().innerText();
  await page.reload();
  await page.getByTestId("ranked").locator("li").first().waitFor();
  assert.equal(await page.getByLabel(await sv("results-sort")).inputValue(), "readiness");
  assert.ok(await page.getByLabel(await sv("results-in-demand-only")).isChecked());
  assert.equal(await page.getByTestId("ranked").locator("li h2").first().innerText(), firstTitle);

  await page.getByTestId("ranked").locator("li").first().getByRole("button").first().click();
  const title = page.getByRole("heading", { level: 1 });
  await title.getByText(firstTitle).waitFor();
  await page.reload();
  await title.getByText(firstTitle).waitFor();
  // Nothing of it is in the address.
  assert.equal(new URL(page.url()).pathname + new URL(page.url()).search + new URL(page.url()).hash, "/");
  await page.goBack();
  await page.getByTestId("ranked").locator("li").first().waitFor();
  assert.equal(await page.getByLabel(await sv("results-sort")).inputValue(), "readiness");
  await page.goForward();
  await title.getByText(firstTitle).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("at a kiosk a reload starts clean", async () => {
  const { context, page } = await openPage(env.browser, `${env.server.url}?kiosk`, PHONE, { locale: "sv-SE" });
  await assistantNurse(page);
  await page.reload();
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.equal(await page.getByTestId("ranked").count(), 0);
  await context.close();
});
