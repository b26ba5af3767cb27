// The demand-file worker (platform::demand_worker). It fetches or reads a
// demand file's text here, so the page never holds it, and hands every ask
// to the wasm holder (core::held) in the order asked: a list asked for
// while a file loads is answered from that file. Fetches start at once,
// side by side; only the answers wait their turn.
import init, { answer } from "./kompetenskoll-demand.js";

let failed = null;
let queue = init().catch((e) => {
  failed = String(e?.message ?? e);
});

async function textOf({ url, file }) {
  if (url !== undefined) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return response.text();
  }
  return file?.text();
}

self.onmessage = ({ data }) => {
  const text = textOf(data);
  // Handled here, so that a failed fetch never rejects the queue.
  text.catch(() => {});
  queue = queue.then(async () => {
    const { seq, ask } = data;
    try {
      if (failed) throw new Error(failed);
      self.postMessage({ seq, reply: answer(ask, await text) });
    } catch (e) {
      self.postMessage({ seq, unreachable: String(e?.message ?? e) });
    }
  });
};
