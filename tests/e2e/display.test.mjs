// How people set up their screens: 200 % zoom on a kiosk, reduced motion,
// and forced colours (Windows high contrast).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { completeShortPath, launch, message, screenshot } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const sv = (key, args) => message("sv", key, args);
const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

test("at 200 % zoom on a kiosk screen every step reflows without sideways scrolling", async () => {
  // 1280×1024 at 200 %: 640×512 CSS pixels, two device pixels each.
  const context = await env.browser.newContext({ viewport: { width: 640, height: 512 }, deviceScaleFactor: 2, locale: "sv-SE" });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await page.getByRole("button", { name: await sv("start-begin-short") }).waitFor();
  assert.equal(await overflow(page), 0, "start");
  await completeShortPath(page, [2, 3]);
  assert.equal(await overflow(page), 0, "results");
  await page.getByTestId("ranked").locator("li h2 button").first().click();
  await page.locator("section.occupation").waitFor();
  assert.equal(await overflow(page), 0, "explanation");
  await page.getByRole("button", { name: await sv("occ-back") }).click();
  await page.getByRole("button", { name: await sv("results-handover") }).click();
  await page.getByTestId("printout").waitFor();
  assert.equal(await overflow(page), 0, "hand-over");
  await screenshot(page, "handover-zoom-200-kiosk");
  await context.close();
});

test("reduced motion stops every transition and animation; forced colours keep focus and the QR code visible", async () => {
  // bypassCSP: the probe below is an inline style, which the app's CSP refuses.
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, locale: "sv-SE", reducedMotion: "reduce", forcedColors: "active", bypassCSP: true });
  const page = await context.newPage();
  await page.goto(env.server.url);
  await completeShortPath(page, [1, 2]);
  // The app has no motion today; a probe with a transition and an animation
  // stands for any added later: the app's reduced-motion rule must stop it.
  await page.addStyleTag({ content: "@keyframes kk-probe { to { opacity: 0.5; } } .kk-probe { transition: opacity 1s; animation: kk-probe 2s infinite; }" });
  await page.evaluate(() => { const p = document.createElement("p"); p.className = "kk-probe"; document.querySelector("main").append(p); });
  const moving = await page.evaluate(() => [...document.querySelectorAll("*")].filter((e) => {
    const s = getComputedStyle(e);
    const long = (v) => v.split(",").some((d) => parseFloat(d) > 0.01);
    return long(s.transitionDuration) || (s.animationName !== "none" && long(s.animationDuration));
  }).map((e) => e.tagName));
  assert.deepEqual(moving, [], "nothing moves, the probe included");
  await page.evaluate(() => document.querySelector(".kk-probe").remove());
  await page.getByRole("button", { name: await sv("results-handover") }).click();
  await page.getByRole("button", { name: await sv("handover-qr") }).click();
  const qr = page.locator("#qr-panel svg.qr");
  await qr.waitFor();
  assert.equal(await qr.evaluate((e) => getComputedStyle(e).forcedColorAdjust), "none", "the code keeps black on white");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focus stays visible in forced colours");
  await screenshot(page, "handover-forced-colors-phone");
  await context.close();
});
