// The release build starts in a real browser and the Yew app renders.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { KIOSK, PHONE, ROOT, chooseLanguage, launch, message, openPage, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

test("the static page has no content of its own: its start screen is Yew's render, put in by the build", async () => {
  const html = await readFile(join(ROOT, "dist", "index.html"), "utf8");
  // src/ui/app.rs keeps the file the app's own render.
  const rendered = (await readFile(join(ROOT, "static", "start-screen.sv.html"), "utf8")).trim();
  assert.ok(html.includes(`<div id="static-screen" class="first-screen">${rendered}</div>`));
  assert.equal(html.split(await message("sv", "app-tagline")).length, 2, "the tagline once: in the render");
});

test("first screen renders at phone size with no console errors or failed requests", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, {
    locale: "sv-SE",
  });
  await page.locator("main[data-app=kompetenskoll] h1").waitFor();
  assert.equal(await page.locator("h1").innerText(), await message("sv", "app-title"));
  assert.equal(
    await page.getByTestId("privacy").innerText(),
    await message("sv", "privacy-promise"),
  );
  assert.equal(await page.getAttribute("html", "lang"), "sv");

  // No horizontal scrolling on a 360 px phone.
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0, "page is wider than the phone screen");

  await screenshot(page, "start-phone-sv");
  assert.deepEqual(problems, []);
  await context.close();
});

test("choosing a language re-renders the app and is remembered", async () => {
  const { context, page, problems } = await openPage(env.browser, env.server.url, KIOSK, {
    locale: "sv-SE",
  });
  await page.locator("h1").waitFor();
  await chooseLanguage(page, "en");
  await page.getByText(await message("en", "app-tagline")).waitFor();
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await screenshot(page, "start-kiosk-en");

  await page.reload();
  await page.getByText(await message("en", "privacy-promise")).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
