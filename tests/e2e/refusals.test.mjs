// Broken and hostile files, through both ways in — the demand-file picker
// and the profile opener — in Swedish and English: each is refused with one
// plain sentence in the page's language that says which file, what it is
// and what is wrong; the detail for whoever made it is one click away; and
// nothing is lost (the answers, the demand file in use).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { PHONE, ROOT, completeShortPath, launch, message, openPage } from "./harness.mjs";

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

const fixture = (name) => readFile(join(ROOT, "tests/fixtures", name), "utf8");

/** Twenty files that must be refused, each with the sentence it gets as
 * (key, args) when opened as `asked` (demand or profile). */
async function brokenFiles() {
  const demand = await fixture("demand-example.json");
  const profile = await fixture("profile-example.json");
  const questionnaire = await fixture("questionnaire-example.json");
  const asDemand = JSON.parse(demand);
  const long = structuredClone(asDemand);
  long.title.sv = "x".repeat(400_000);
  const wrongType = structuredClone(asDemand);
  wrongType.occupations[0].requirements[0].level = "three";
  const missing = structuredClone(asDemand);
  delete missing.occupations;
  const other = (found) => ({ key: "refused-other-kind", args: (asked) => ({ found, kind: asked }) });
  const plain = (key) => ({ key, args: () => ({}) });
  // (A file's kind is read from its head, so a damaged demand file opened
  // as a profile is told as a demand file, not as damaged.)
  const invalid = (count) => ({ key: "refused-invalid", args: () => ({ count }) });
  return [
    ["empty.json", "", plain("refused-damaged")],
    ["brace.json", "{", plain("refused-damaged")],
    ["garbage.json", Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00, 0x7b]), plain("refused-not-ours")],
    ["cut-demand.json", demand.slice(0, 1500), { demand: plain("refused-damaged"), profile: other("demand") }],
    ["cut-profile.json", profile.slice(0, 700), { demand: other("profile"), profile: plain("refused-damaged") }],
    ["array.json", "[1, 2, 3]", plain("refused-not-ours")],
    ["no-format.json", '{"id": "x"}', plain("refused-not-ours")],
    ["format-number.json", '{"format": 7}', plain("refused-not-ours")],
    ["unknown.json", '{"format": "acme/jobs@1"}', plain("refused-unknown")],
    ["newer-demand.json", demand.replace("demand@1", "demand@2"), plain("refused-newer")],
    ["newer-profile.json", profile.replace("profile@1", "profile@3"), plain("refused-newer")],
    ["trailing.json", demand + " trailing", { demand: plain("refused-damaged"), profile: other("demand") }],
    // Typed reading stops at the unknown field before any depth.
    ["deep.json", '{"format": "kompetenskoll/demand@1", "x": ' + "[".repeat(100_000), { demand: invalid(1), profile: other("demand") }],
    ["html.json", "<!doctype html><title>Not JSON</title>", plain("refused-not-ours")],
    ["a-questionnaire.json", questionnaire, other("questionnaire")],
    ["long-title.json", JSON.stringify(long), null],
    ["wrong-type.json", JSON.stringify(wrongType), null],
    ["missing-field.json", JSON.stringify(missing), null],
    ["a-profile.json", profile, null],
    ["a-demand-file.json", demand, null],
  ].map(([name, body, expected]) => {
    // The last five depend on which kind was asked for.
    const expect = (asked) => {
      if (expected?.key) return expected;
      if (expected) return expected[asked];
      if (name === "a-profile.json") return asked === "demand" ? other("profile") : null;
      if (name === "a-demand-file.json") return asked === "profile" ? other("demand") : null;
      return asked === "profile" ? other("demand") : invalid(1);
    };
    return { name, body: Buffer.from(body), expect };
  }).concat([{ name: "huge.json", body: Buffer.alloc(45_000_000, 32), expect: (asked) => ({ key: "refused-too-large", args: () => ({ size: "45,0", max: asked === "demand" ? "41" : "2" }) }) }]);
}

for (const locale of ["sv", "en"]) {
  test(`twenty broken files are refused in plain ${locale}, through both ways in, and nothing is lost`, async () => {
    const { context, page, problems } = await openPage(env.browser, env.server.url, PHONE, { locale: locale === "sv" ? "sv-SE" : "en-GB" });
    const m = (key, args) => message(locale, key, args);
    const files = await brokenFiles();
    const size = (s) => (locale === "en" ? s.replace(",", ".") : s);
    const check = async (alert, file, asked) => {
      const expected = file.expect(asked);
      const args = expected.args(asked);
      if (args.size) args.size = size(args.size);
      const sentence = await m(expected.key, { file: file.name, ...args });
      await alert.locator(".refusal").getByText(sentence, { exact: true }).waitFor({ timeout: 10_000 });
      // The plain sentence carries no parser text.
      assert.doesNotMatch(sentence, /EOF|expected|invalid type|line \d|column/);
      const details = alert.locator("details");
      if (await details.count()) {
        await details.locator("summary").click();
        assert.ok((await details.locator("li").count()) >= 1, `${file.name}: the detail opens`);
      }
    };

    // The profile opener on the start screen.
    const opener = page.getByLabel(await m("start-open-profile"));
    for (const file of files.filter((f) => f.expect("profile"))) {
      await opener.setInputFiles({ name: file.name, mimeType: "application/json", buffer: file.body });
      const alert = page.getByTestId("profile-problem");
      await check(alert, file, "profile");
      await alert.getByRole("button", { name: await m("start-restore-dismiss") }).click();
    }

    // The demand-file picker on the results, with answers to keep.
    await completeShortPath(page, [2, 1], locale);
    const saved = await page.evaluate(() => localStorage.getItem("kompetenskoll.session"));
    const picker = page.getByLabel(await m("demand-open-file"));
    for (const file of files.filter((f) => f.expect("demand"))) {
      await picker.setInputFiles({ name: file.name, mimeType: "application/json", buffer: file.body });
      const alert = page.getByTestId("demand-problem");
      await check(alert, file, "demand");
      await alert.getByText(await m("demand-kept")).waitFor();
      await page.getByTestId("demand-identity").getByText(locale === "sv" ? /Sverige — alla yrken/ : /Sweden — all occupations/).waitFor();
      await alert.getByRole("button", { name: await m("demand-dismiss") }).click();
    }
    assert.equal(await page.evaluate(() => localStorage.getItem("kompetenskoll.session")), saved, "the answers are kept");
    assert.deepEqual(problems, []);
    await context.close();
  });
}
