// Choosing the demand file: a region's link, a file picked on the device,
// and files that cannot be used, which leave the previous one in place.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PHONE, ROOT, completeShortPath, launch, message, openPage, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const identity = (page) => page.getByTestId("demand-identity");

test("a region links to its own file with ?demand=", async () => {
  const { context, page, problems } = await openPage(env.browser, `${env.server.url}?demand=content/demand-varmland-exempel.json`, PHONE, { locale: "sv-SE" });
  await completeShortPath(page, [2, 1, 3]);
  await identity(page).getByText(/Värmland \(exempel\): efterfrågade yrken/).waitFor();
  // Its outlook shows beside fit, and the demand filter uses it.
  await page.getByText(await message("sv", "results-controls")).click();
  await page.getByLabel(await message("sv", "results-in-demand-only")).check();
  const rows = page.getByTestId("ranked").locator("li");
  await rows.first().getByText(await message("sv", "outlook-recruitment-shortage")).or(rows.first().getByText(await message("sv", "outlook-five-year-increase"))).first().waitFor();
  await screenshot(page, "results-phone-varmland-in-demand");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an unreachable ?demand= address falls back to the bundled file and says so", async () => {
  const { context, page } = await openPage(env.browser, `${env.server.url}?demand=content/no-such-file.json`, PHONE, { locale: "sv-SE" });
  await completeShortPath(page, [1, 2]);
  await page.getByTestId("demand-problem").getByText(/content\/no-such-file\.json kunde inte hämtas/).waitFor();
  await identity(page).getByText(/Sverige — alla yrken/).waitFor();
  await context.close();
});

test("a picked file that is invalid shows the validator's messages; a valid one replaces the file", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await completeShortPath(page, [3, 1]);
  await identity(page).getByText(/Sverige — alla yrken/).waitFor();
  const picker = page.getByLabel(await message("sv", "demand-open-file"));
  const broken = (await readFile(join(ROOT, "tests/fixtures/demand-example.json"), "utf8"))
    .replace('"level": 3, "importance": 4.1', '"level": 9, "importance": 4.1');
  await picker.setInputFiles({ name: "region.json", mimeType: "application/json", buffer: Buffer.from(broken) });
  const alert = page.getByTestId("demand-problem");
  await alert.getByText(await message("sv", "refused-invalid", { file: "region.json", count: 1 })).waitFor();
  await alert.getByText(await message("sv", "demand-kept")).waitFor();
  // The detail for whoever made the file is one visible click away.
  await alert.getByText(await message("sv", "refused-details")).click();
  await alert.getByText(/^occupations\[1\]\.requirements\[0\]\.level: 9 is outside 0\.\.=4/).waitFor();
  await identity(page).getByText(/Sverige — alla yrken/).waitFor();
  await screenshot(page, "results-phone-invalid-demand");

  await picker.setInputFiles(join(ROOT, "tests/fixtures/demand-example.json"));
  await identity(page).getByText(/Exempel: efterfrågade yrken i Värmland/).waitFor();
  assert.equal(await page.getByTestId("demand-problem").count(), 0);
  assert.equal(await page.getByTestId("ranked").locator("li").count(), 3);
  // A JSON error is the only console noise we allow here: none.
  assert.deepEqual(problems, []);
  await context.close();
});

test("a file over the size limit is refused before it is read", async () => {
  const { context, page } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  await completeShortPath(page, [2]);
  const huge = Buffer.alloc(41 * 1024 * 1024, 32);
  await page.getByLabel(await message("sv", "demand-open-file")).setInputFiles({ name: "huge.json", mimeType: "application/json", buffer: huge });
  await page.getByTestId("demand-problem").getByText(await message("sv", "refused-too-large", { file: "huge.json", size: "43,0", max: "41" })).waitFor();
  await identity(page).getByText(/Sverige — alla yrken/).waitFor();
  await context.close();
});

// The inputs the fuzzer found to hang the parser (fuzz/regressions/): each
// is refused at once, and the page still answers a click right after.
test("damaged files that once froze the tab are refused at once and the page stays responsive", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  const regression = (target, file) => join(ROOT, "fuzz/regressions", target, file);
  const profilePicker = page.getByLabel(await message("sv", "start-open-profile"));
  await profilePicker.setInputFiles(regression("parse_profile", "hang.json"));
  const profileAlert = page.getByTestId("profile-problem");
  await profileAlert.getByText(await message("sv", "refused-invalid", { file: "hang.json", count: 1 })).waitFor({ timeout: 5000 });
  await profileAlert.getByRole("button", { name: await message("sv", "start-restore-dismiss") }).click({ timeout: 2000 });
  await profileAlert.waitFor({ state: "detached", timeout: 2000 });

  await completeShortPath(page, [2, 1]);
  const picker = page.getByLabel(await message("sv", "demand-open-file"));
  const refused = [
    ["parse_demand", "path-hang.json", "refused-damaged", {}],
    ["parse_questionnaire", "hang.json", "refused-other-kind", { found: "questionnaire", kind: "demand" }],
  ];
  for (const [target, file, key, args] of refused) {
    await picker.setInputFiles(regression(target, file));
    const alert = page.getByTestId("demand-problem");
    await alert.getByText(await message("sv", key, { file, ...args })).waitFor({ timeout: 5000 });
    await identity(page).getByText(/Sverige — alla yrken/).waitFor();
    await alert.getByRole("button", { name: await message("sv", "demand-dismiss") }).click({ timeout: 2000 });
    await alert.waitFor({ state: "detached", timeout: 2000 });
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test("the demand file is the worker's: the page itself never fetches it, and the results come from it", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: "sv-SE" });
  const responded = [];
  context.on("response", (r) => responded.push(r.url()));
  await completeShortPath(page, [2, 1]);
  await page.getByTestId("ranked").locator("li").first().waitFor();
  await identity(page).getByText(/Sverige — alla yrken/).waitFor();
  assert.ok(responded.some((url) => url.endsWith("content/demand-sverige.json")), responded.join(", "));
  // The page's own timeline has no demand file: the worker fetched it.
  const onPage = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name).filter((n) => n.includes("content/demand")));
  assert.deepEqual(onPage, []);
  assert.deepEqual(problems, []);
  await context.close();
});
