// Runs dist/ under nginx or Caddy on loopback with deploy/'s configuration
// (hosting.mjs renders it for the folder and port): what `scripts/serve`
// and the browser tests use, so what is tested is what hosts run.
//
//   node scripts/host.mjs [nginx|caddy] [folder] [port]
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { createServer, connect } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { caddy, nginx } from "./hosting.mjs";

const BROTLI_STATIC = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

/** A free port on loopback (asked of the system, then let go). */
function freePort() {
  return new Promise((ok, fail) => {
    const probe = createServer().once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => ok(port));
    });
  });
}

/** Resolves once something answers on `port`, or fails after `ms`. */
async function listening(port, child, output, ms = 10_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server stopped: ${output()}`);
    const up = await new Promise((ok) => {
      const socket = connect(port, "127.0.0.1", () => { socket.end(); ok(true); });
      socket.once("error", () => ok(false));
    });
    if (up) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nothing answers on port ${port}: ${output()}`);
}

async function run(command, args, { port, dir, env = {} }) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  // The server never outlives the script that started it.
  const orphan = () => child.kill("SIGKILL");
  process.once("exit", orphan);
  let output = "";
  child.stdout.on("data", (d) => { output += d; });
  child.stderr.on("data", (d) => { output += d; });
  try {
    await listening(port, child, () => output);
  } catch (e) {
    child.kill("SIGKILL");
    throw e;
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    /** Whether the server process is still running. */
    running: () => child.exitCode === null && child.signalCode === null,
    output: () => output,
    async close() {
      process.off("exit", orphan);
      if (child.exitCode === null) {
        const done = new Promise((r) => child.once("exit", r));
        child.kill("SIGTERM");
        await done;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** nginx serving `root` on 127.0.0.1 with deploy/nginx.conf's server block. */
export async function startNginx(root, port = 0) {
  port ||= await freePort();
  const dir = await mkdtemp(join(tmpdir(), "kompetenskoll-nginx-"));
  await mkdir(join(dir, "temp"));
  await writeFile(join(dir, "server.conf"), nginx({ listen: [`127.0.0.1:${port}`], root: resolve(root) }));
  // The part of nginx.conf a host's system already has, here in a folder
  // of its own so no root or system service is needed.
  const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]
    .map((t) => `    ${t}_temp_path ${join(dir, "temp", t)};`)
    .join("\n");
  // Started by root (a CI machine), nginx would drop its workers to
  // `nobody`, who may not read a clone under /root: they stay root here,
  // on loopback only. A host's own nginx.conf keeps its usual user.
  const user = process.getuid?.() === 0 ? "user root root;\n" : "";
  await writeFile(join(dir, "nginx.conf"), `${existsSync(BROTLI_STATIC) ? `load_module ${BROTLI_STATIC};\n` : ""}${user}worker_processes 1;
pid ${join(dir, "nginx.pid")};
error_log stderr warn;
events { worker_connections 256; }
http {
    access_log off;
    sendfile on;
${temp}
    include ${join(dir, "server.conf")};
}
`);
  return run("nginx", ["-p", dir, "-c", join(dir, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"], { port, dir });
}

/** Caddy serving `root` on 127.0.0.1 with deploy/Caddyfile's site. */
export async function startCaddy(root, port = 0) {
  port ||= await freePort();
  const dir = await mkdtemp(join(tmpdir(), "kompetenskoll-caddy-"));
  const file = join(dir, "Caddyfile");
  await writeFile(file, caddy({
    address: `http://127.0.0.1:${port}`,
    root: resolve(root),
    global: ["admin off", "auto_https off"],
  }));
  return run("caddy", ["run", "--config", file, "--adapter", "caddyfile"], {
    port,
    dir,
    env: { HOME: dir, XDG_DATA_HOME: join(dir, "data"), XDG_CONFIG_HOME: join(dir, "config") },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [which = "nginx", root = "dist", port = "8080"] = process.argv.slice(2);
  const start = which === "caddy" ? startCaddy : startNginx;
  const server = await start(root, Number(port));
  console.log(`Kompetenskoll is served by ${which} at ${server.url} (Ctrl-C stops it)`);
  const stop = async () => { await server.close(); process.exit(0); };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
