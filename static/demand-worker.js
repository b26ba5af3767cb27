// The demand-file worker (platform::demand_worker). It fetches or reads a
// demand file's text here, so the page never holds it, and hands every ask
// to the wasm holder (core::held) in the order asked: a list asked for
// while a file loads is answered from that file.
import init, { answer } from "./kompetenskoll-demand.js";

let failed = null;
let queue = init().catch((e) => {
  failed = String(e?.message ?? e);
});

self.onmessage = ({ data }) => {
  queue = queue.then(() => reply(data));
};

async function reply({ seq, ask, url, file }) {
  let text;
  try {
    if (failed) throw new Error(failed);
    if (url !== undefined) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      text = await response.text();
    } else if (file !== undefined) {
      text = await file.text();
    }
  } catch (e) {
    self.postMessage({ seq, unreachable: String(e?.message ?? e) });
    return;
  }
  self.postMessage({ seq, reply: answer(ask, text) });
}
