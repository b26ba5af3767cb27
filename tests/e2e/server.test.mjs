// The static server that `scripts/serve` and these tests use: what it serves
// stays inside its folder, and a request that is not a path gets a 400
// while the server goes on serving.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/static-server.mjs";

let dir;
let server;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), "kompetenskoll-server-"));
  await mkdir(join(dir, "dist"));
  await mkdir(join(dir, "dist-x"));
  await writeFile(join(dir, "dist", "index.html"), "<!DOCTYPE html><title>app</title>");
  await writeFile(join(dir, "dist-x", "secret.txt"), "not for the web");
  await writeFile(join(dir, "secret.txt"), "not for the web");
  server = await startServer(join(dir, "dist"));
});
after(async () => {
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

/** The status and body of GET `path`, sent exactly as written. */
function get(path) {
  const { hostname, port } = new URL(server.url);
  return new Promise((ok, fail) => {
    request({ hostname, port, path, method: "GET" }, (res) => {
      let body = "";
      res.on("data", (c) => { body += c; });
      res.on("end", () => ok({ status: res.statusCode, body }));
    }).on("error", fail).end();
  });
}

test("encoded paths out of the served folder are not found, a sibling folder whose name starts the same included", async () => {
  for (const path of ["/..%2Fdist-x/secret.txt", "/..%2fsecret.txt", "/%2e%2e/secret.txt", "/..%5Csecret.txt"]) {
    const { status, body } = await get(path);
    assert.ok(status === 404 || status === 400, `${path}: ${status}`);
    assert.ok(!body.includes("not for the web"), path);
  }
  assert.equal((await get("/")).status, 200);
});

test("GET /% gets 400 and the server stays up", async () => {
  assert.equal((await get("/%")).status, 400);
  assert.equal((await get("/%zz")).status, 400);
  const { status, body } = await get("/index.html");
  assert.equal(status, 200);
  assert.match(body, /<title>app<\/title>/);
});
