// Opening a saved profile from the start screen: a coach, or the seeker on
// another device, sees the same explained results; a bad file is refused.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { PHONE, ROOT, launch, message, openPage, screenshot, breakdownLine } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);

test("a saved profile opens to the coach's view and its results, with its answers", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByLabel(await sv("start-open-profile")).setInputFiles(join(ROOT, "tests/fixtures/profile-example.json"));
  await page.getByRole("button", { name: await sv("coach-see-results") }).click();
  const ranked = page.getByTestId("ranked");
  await ranked.locator("li").first().waitFor();
  // The profile names skills by JobTech id; the national file's compact ids
  // still find them.
  await page.getByText(await sv("results-controls")).click();
  await page.getByLabel(await sv("results-field")).selectOption({ label: "Service-, omsorgs- och försäljningsyrken" });
  const nurse = page.getByRole("button", { name: /^Undersköterskor, hemtjänst/ });
  while (!(await nurse.count())) await page.getByRole("button", { name: await sv("results-more") }).click();
  await nurse.click();
  await breakdownLine(page, "met", "Allmän omvårdnadserfarenhet").waitFor();
  await screenshot(page, "occupation-from-profile-phone");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a file that is not a profile is refused with the reasons", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await page.getByLabel(await sv("start-open-profile")).setInputFiles(join(ROOT, "tests/fixtures/demand-example.json"));
  const alert = page.getByTestId("profile-problem");
  // One plain sentence says what the file is; the detail is behind a
  // disclosure that opens.
  await alert.getByText(await sv("refused-other-kind", { file: "demand-example.json", found: "demand", kind: "profile" })).waitFor();
  await alert.locator("summary").click();
  await alert.getByText(/a demand file, not a profile file/).first().waitFor();
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  await screenshot(page, "start-profile-refused-phone");
  await context.close();
});
