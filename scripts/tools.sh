# Sourced by scripts/serve, scripts/test and scripts/bench: installs what the
# build and the tests need, once, and says what and why. Safe to re-run: each
# step checks first and skips what is already there.
#
# Tools land in the user's own caches (~/.cargo/bin, ~/.npm, apt), never in
# the repository, so a fresh clone on the same machine reuses them.

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

apt_updated=""
apt_install() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    say "missing ${missing[*]} and no apt-get here: install them with your package manager"
    return 1
  fi
  if [ -z "$apt_updated" ]; then as_root apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
}

# The wasm-bindgen version the crate is locked to; the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# How to compile for wasm32: rustup's target where it can be downloaded, or
# else Debian's rustc-web with its std source (build-std). Sets WASM_ENV, an
# `env` prefix for commands that compile to wasm.
WASM_ENV=()
ensure_wasm_toolchain() {
  local choice="${KOMPETENSKOLL_WASM_TOOLCHAIN:-auto}"
  if [ "$choice" != debian ] && command -v rustup >/dev/null; then
    if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
      return 0
    fi
    say "installing the wasm32-unknown-unknown target (rustup): the app compiles to WebAssembly"
    if rustup target add wasm32-unknown-unknown >/dev/null 2>&1; then
      return 0
    fi
    say "rustup could not download the wasm32 target; falling back to Debian's rustc-web"
  fi
  say "checking Debian's rustc-web, cargo-web, rust-web-src and lld: a wasm32 toolchain built from std source"
  apt_install rustc-web cargo-web rust-web-src lld
  WASM_ENV=(env "PATH=/usr/bin:$PATH" RUSTC_BOOTSTRAP=1
    CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld)
}

# cargo install NAME at exactly VERSION unless BIN --version already says so.
ensure_cargo_tool() {
  local bin="$1" crate="$2" version="$3" why="$4"; shift 4
  if command -v "$bin" >/dev/null && "$bin" --version 2>/dev/null | grep -qF "$version"; then
    return 0
  fi
  say "installing $crate $version ($why); this takes several minutes, once"
  cargo install "$crate" --version "$version" "$@"
}

ensure_node_packages() {
  if ! command -v npm >/dev/null; then
    say "installing nodejs and npm: the browser tests and wasm-opt run on Node"
    apt_install nodejs npm
  fi
  # npm ci is exact (package-lock.json) and fast from ~/.npm once cached.
  if [ ! -f "$ROOT/node_modules/.package-lock.json" ] ||
     [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
    say "installing playwright-core, binaryen (wasm-opt) and the test helpers from package-lock.json"
    (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
    return 0
  fi
  say "installing Debian's chromium and chromium-driver: the browser tests drive a real browser"
  apt_install chromium chromium-driver
}

# The web servers hosts run (deploy/): the browser tests and scripts/serve
# serve dist/ with them. Debian's nginx with its brotli_static module (for
# the build's .br copies), and Caddy.
ensure_web_servers() {
  if command -v nginx >/dev/null && command -v caddy >/dev/null \
    && [ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    return 0
  fi
  say "installing Debian's nginx (with brotli_static) and caddy: the app is tested as hosts serve it"
  apt_install nginx libnginx-mod-http-brotli-static caddy
}

# Tigrinya's Ge'ez script is in no font a bare Debian has; without one the
# Tigrinya screenshots show empty boxes (phones and desktops have one).
ensure_fonts() {
  if fc-list :lang=ti family 2>/dev/null | grep -q .; then
    return 0
  fi
  say "installing fonts-sil-abyssinica (1 MB): an Ethiopic font, so Tigrinya screens render"
  apt_install fonts-sil-abyssinica || say "no Ethiopic font: Tigrinya screenshots will show boxes (tests still run)"
}

# The release wasm's std, rebuilt from source with panic = immediate-abort:
# no panic messages or the formatting they pull in (a panic traps, as
# `panic = "abort"` already did, with no message either way). Needs rustup's
# rust-src; without it the release build is as before, only larger. Sets
# WASM_RELEASE_ENV, the `env` prefix for release builds to wasm.
WASM_RELEASE_ENV=()
ensure_release_std() {
  WASM_RELEASE_ENV=("${WASM_ENV[@]}")
  # Debian's rustc-web builds std from source already (WASM_ENV).
  if [ ${#WASM_ENV[@]} -ne 0 ] || ! command -v rustup >/dev/null; then
    return 0
  fi
  if ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    say "installing rust-src (rustup): the release wasm rebuilds std without panic messages"
    if ! rustup component add rust-src >/dev/null 2>&1; then
      say "rust-src could not be downloaded: the release wasm keeps std's panic code (larger, same behaviour)"
      return 0
    fi
  fi
  # Trunk builds offline (Trunk.toml): std's own dependencies must be in
  # Cargo's cache first. A no-op once they are.
  local library
  library="$(rustc --print sysroot)/lib/rustlib/src/rust/library"
  if ! RUSTC_BOOTSTRAP=1 cargo fetch --quiet --manifest-path "$library/Cargo.toml" >/dev/null 2>&1; then
    say "std's dependencies could not be fetched: the release wasm keeps std's panic code (larger, same behaviour)"
    return 0
  fi
  WASM_RELEASE_ENV=(env RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort
    "RUSTFLAGS=-Zunstable-options -Cpanic=immediate-abort")
}

ensure_build_tools() {
  ensure_wasm_toolchain
  ensure_release_std
  ensure_cargo_tool wasm-bindgen wasm-bindgen-cli "$(wasm_bindgen_version)" \
    "generates the JS glue; must equal Cargo.lock's wasm-bindgen"
  ensure_cargo_tool trunk trunk "$TRUNK_VERSION" "builds and bundles the app" --locked
  ensure_node_packages
}

CARGO_DENY_VERSION="0.20.2"

# rustfmt and clippy (rustup components) and cargo-deny: the style and
# dependency checks of ./scripts/test.
ensure_style_tools() {
  if command -v rustup >/dev/null; then
    for component in rustfmt clippy; do
      if ! rustup component list --installed 2>/dev/null | grep -q "^$component"; then
        say "installing $component (rustup): the test command checks the style"
        rustup component add "$component" >/dev/null
      fi
    done
  fi
  ensure_cargo_tool cargo-deny cargo-deny "$CARGO_DENY_VERSION" \
    "checks licences, duplicate crates, sources and advisories" --locked
}

# The release app in dist/, built by Trunk with the size-tuned profile.
build_app() {
  # Called alone (the tools already there), it still builds std as the
  # release does: without it the first screen is 20 KB bigger.
  [ ${#WASM_RELEASE_ENV[@]} -ne 0 ] || ensure_release_std
  say "building the release app into dist/"
  (cd "$ROOT" && "${WASM_RELEASE_ENV[@]}" trunk build --release)
}
