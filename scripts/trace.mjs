// Why a step of the session is a long task: walks the bench's session
// (scripts/bench-session.mjs) at 4x CPU over the built app, traces the one
// step named, and prints its longest main-thread tasks with what Chromium
// did inside each (layout, style, V8 compiling wasm functions on first
// use) and a call tree from the CPU profile. Not a measurement: the
// profiler slows the page; the bench's figures are scripts/bench's.
//
//   node scripts/trace.mjs "the hand-over with its QR code" [dist] [tasks]
//
// Wasm functions have names only in a build without wasm-opt (set
// data-wasm-opt="0" in index.html for that build); otherwise they show as
// wasm-function[N].
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "../tests/e2e/harness.mjs";
import { startServer } from "./static-server.mjs";
import { walkSession } from "./bench-session.mjs";

const [step, dist = join(ROOT, "dist"), shown = "3"] = process.argv.slice(2);
if (!step) {
  console.error('usage: node scripts/trace.mjs "<step of scripts/bench-session.mjs>" [dist] [tasks]');
  process.exit(2);
}
const synthetic = join(ROOT, "target", "bench", "web", "synthetic-10k.json");
if (!existsSync(synthetic)) {
  await mkdir(join(ROOT, "target", "bench", "web"), { recursive: true });
  execFileSync(join(ROOT, "target", "release", "bench"), ["synthetic", "10000", "50", synthetic]);
}
const path = join(ROOT, "target", "trace.json");

const server = await startServer(dist, 0, { compress: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
const steps = await walkSession(browser, server.url, synthetic, { step, path });
await browser.close();
await server.close();
if (!steps.some((s) => s.step === step)) {
  console.error(`no step "${step}"; the steps are:\n${steps.map((s) => `  ${s.step}`).join("\n")}`);
  process.exit(2);
}

const { traceEvents: events } = JSON.parse(await readFile(path, "utf8"));
// The traced page's main thread: the renderer thread with the profile.
const profile = events.find((e) => e.name === "Profile" && events.some((t) => t.name === "thread_name" && t.args.name === "CrRendererMain" && t.pid === e.pid && t.tid === e.tid));
const mine = events.filter((e) => e.pid === profile.pid && e.tid === profile.tid);
const tasks = mine.filter((e) => e.name === "RunTask" && e.ph === "X").sort((a, b) => b.dur - a.dur);
const nodes = new Map();
const samples = [];
let at = profile.args.data.startTime;
for (const chunk of events.filter((e) => e.name === "ProfileChunk" && e.id === profile.id)) {
  for (const n of chunk.args.data.cpuProfile?.nodes ?? []) nodes.set(n.id, n);
  const ids = chunk.args.data.cpuProfile?.samples ?? [];
  ids.forEach((id, i) => { at += chunk.args.data.timeDeltas[i]; samples.push([at, id]); });
}
const short = (name) => name.replace(/\[[0-9a-f]{16}\]/g, "").replace(/\b(kompetenskoll_core|kompetenskoll|yew|core|alloc)::/g, "").slice(0, 120);
const ms = (us) => (us / 1000).toFixed(1);

// The task the profiler started in is its own start: it is left out.
const profiled = tasks.filter((t) => t.ts >= profile.args.data.startTime);
for (const task of profiled.slice(0, Number(shown))) {
  const inside = mine.filter((e) => e.ph === "X" && e !== task && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur);
  const sum = new Map();
  for (const e of inside) if (/^(Layout|UpdateLayoutTree|Paint|ParseHTML|FunctionCall|TimerFire|wasm\.CompileLazy)$/.test(e.name)) {
    const [n, d] = sum.get(e.name) ?? [0, 0];
    sum.set(e.name, [n + 1, d + e.dur]);
  }
  console.log(`\ntask of ${ms(task.dur)} ms: ${[...sum].map(([k, [n, d]]) => `${k} ${n}× ${ms(d)} ms`).join(", ")}`);
  // The call tree of its samples, each line's samples with its callees'.
  const root = { n: 0, kids: new Map() };
  for (const [t, id] of samples) {
    if (t < task.ts || t > task.ts + task.dur) continue;
    const stack = [];
    for (let n = nodes.get(id); n?.parent; n = nodes.get(n.parent)) stack.unshift(short(n.callFrame.functionName || "(anonymous)"));
    let node = root;
    for (const frame of stack) {
      if (!node.kids.has(frame)) node.kids.set(frame, { n: 0, kids: new Map() });
      node = node.kids.get(frame);
      node.n++;
    }
    root.n++;
  }
  const least = Math.max(2, Math.round(root.n / 40));
  const print = (node, depth) => {
    for (const [frame, kid] of [...node.kids].sort((a, b) => b[1].n - a[1].n)) {
      if (kid.n < least) continue;
      // A frame that only passes on to one callee is not a line of its own.
      const through = kid.kids.size === 1 && [...kid.kids.values()][0].n === kid.n;
      if (!through) console.log(`${"  ".repeat(Math.min(depth, 30))}${kid.n} ${frame}`);
      print(kid, through ? depth : depth + 1);
    }
  };
  console.log(`  ${root.n} samples:`);
  print(root, 1);
}
