// Scratch: walk the assistant nurse through the short path and screenshot.
import { PHONE, KIOSK, launch, message, openPage } from "./harness.mjs";
const sv = (k, a) => message("sv", k, a);
const env = await launch();
for (const [name, vp] of [["phone", PHONE], ["kiosk", KIOSK]]) {
  const { context, page } = await openPage(env.browser, env.server.url, vp, { locale: "sv-SE" });
  await page.getByRole("button", { name: await sv("start-begin-short") }).click();
  await page.getByRole("button", { name: await sv("q-next") }).click();
  await page.getByLabel(await sv("wh-search-label")).fill("underskoterska hemtj");
  await page.getByRole("list", { name: await sv("wh-results") }).getByRole("button").first().click();
  const boxes = page.locator("fieldset.skills input[type=checkbox]");
  await boxes.first().waitFor();
  const n = await boxes.count();
  for (let i = 0; i < n; i += 3) await boxes.nth(i).check();
  const care = { "Vård och medicin": 3, "Psykologi": 2, "Kundservice och bemötande": 3, "Behandling och rehabilitering": 2 };
  for (;;) {
    const edu = page.locator("fieldset.education-question input[type=radio]");
    if (await edu.count()) await edu.nth(3).check();
    const groups = page.locator("fieldset.level-question");
    for (let i = 0; i < await groups.count(); i++) {
      const legend = await groups.nth(i).locator("legend").innerText();
      const level = Object.entries(care).find(([k]) => legend.includes(k))?.[1] ?? 0;
      await groups.nth(i).locator("input[type=radio]").nth(level).check();
    }
    const last = await page.getByRole("button", { name: await sv("q-finish") }).count();
    await page.getByRole("button", { name: last ? await sv("q-finish") : await sv("q-next") }).click();
    if (last) break;
  }
  await page.getByTestId("ranked").locator("li").first().waitFor();
  await page.screenshot({ path: `/tmp/look/results-${name}.png`, fullPage: false });
  await page.getByTestId("ranked").locator("li button").first().click();
  await page.locator("#occupation-title").waitFor();
  await page.screenshot({ path: `/tmp/look/occupation-${name}.png`, fullPage: true });
  await context.close();
}
await env.close();
