// The start screen, before the app's module is here (index.html,
// #static-screen: the app's own Swedish start page, rendered when it was
// built; src/ui/render_tests.rs keeps it the same). On a slow link the
// module takes a second or more; the page's own HTML and CSS come in one
// round trip. So a seeker reads the start screen and can tap at once. This
// script runs before the page's body is parsed:
//  - it keeps the static screen only where the app would show exactly it:
//    Swedish (chosen, or the browser's first language the app has), no
//    saved session, no kiosk, no profile code in the address, no place to
//    return to; otherwise the app renders first, as it always did;
//  - a tap (or a file picked or dropped) before the app is there says
//    "loading" and is kept; once the app's start page is on the screen, it
//    comes in as the static one goes (before the browser paints), and the
//    tap is made again on the same control there, and focus put back.
(() => {
  // i18n::Locale::from_code, state::initial_locales (tests/e2e/static-start.test.mjs).
  const LOCALES = ["sv", "sv-x-lattlast", "en", "ar", "prs", "fa", "so", "fi", "ti", "uk"];
  const locale = (tag) => {
    const lower = String(tag).toLowerCase().replace(/_/g, "-");
    if (LOCALES.includes(lower)) return lower;
    if (lower === "fa-af") return "prs";
    const primary = lower.split("-")[0];
    return primary !== "sv-x-lattlast" && LOCALES.includes(primary) ? primary : null;
  };
  let saved = null;
  let session = null;
  try {
    saved = localStorage.getItem("kompetenskoll.locale");
    session = localStorage.getItem("kompetenskoll.session");
  } catch {
    // Storage refused: the app starts without it, in the browser's language.
  }
  const preferred = [...(navigator.languages ?? []), navigator.language].map(locale).find(Boolean) ?? "sv";
  const starting = (saved !== null && locale(saved)) || preferred;
  const address = new URL(location.href);
  const root = document.documentElement;
  // The static screen's elements, once it is parsed.
  const parsed = (then) => {
    const watch = new MutationObserver(() => {
      if (then()) watch.disconnect();
    });
    watch.observe(root, { subtree: true, childList: true });
  };
  if (
    starting !== "sv" ||
    session !== null ||
    address.searchParams.has("kiosk") ||
    address.hash.startsWith("#p=") ||
    history.state !== null
  ) {
    // Out of the document as it comes, so that no id or heading of it is
    // ever found in place of the app's.
    parsed(() => {
      const staticScreen = document.getElementById("static-screen");
      staticScreen?.remove();
      return Boolean(staticScreen);
    });
    return;
  }
  root.classList.add("static-start");

  const controls = (screen) => [...screen.querySelectorAll("button, input, a")];
  // What the seeker did on the static screen, to do again on the app's.
  let kept = null;
  let app = null;
  let broken = false;
  const keep = (screen, event, files) => {
    const control = event.target.closest?.("button, input, a");
    if (!control || kept || broken) return;
    if (control.tagName === "A") return; // the skip link works as it is
    if (control.tagName === "INPUT" && !files) return; // its dialog opens as it is
    kept = { at: controls(screen).indexOf(control), tag: control.tagName, text: control.textContent, files };
    // A file dialog may close after the app is there.
    if (app) setTimeout(() => again(app));
    const wait = screen.querySelector("#static-wait");
    if (wait) wait.textContent = wait.dataset.text;
  };
  // On the screen itself: a dialog closing after it has gone still tells it.
  parsed(() => {
    const screen = document.getElementById("static-screen");
    if (!screen) return false;
    screen.addEventListener("click", (e) => keep(screen, e), true);
    screen.addEventListener("change", (e) => e.target.files?.length && keep(screen, e, e.target.files), true);
    screen.addEventListener("dragover", (e) => e.preventDefault(), true);
    screen.addEventListener("drop", (e) => {
      // A file dropped on the page would otherwise replace it.
      e.preventDefault();
      const input = e.target.closest("[data-testid=profile-drop]")?.querySelector("input");
      if (input && e.dataTransfer?.files.length) keep(screen, { target: input }, e.dataTransfer.files);
    }, true);
    return true;
  });

  // The app's module could not be fetched or started: said, with a way to
  // try again, rather than "loading" for ever.
  const failed = (e) => {
    const target = e.target;
    const ours = e instanceof ErrorEvent || e.type === "unhandledrejection" ||
      target?.tagName === "SCRIPT" || /kompetenskoll-first/.test(target?.href ?? "");
    const wait = document.getElementById("static-wait");
    const retry = document.getElementById("static-retry");
    if (!ours || app || !wait || !retry) return;
    broken = true;
    wait.textContent = wait.dataset.failed;
    wait.parentElement.classList.add("failed");
    retry.hidden = false;
    retry.onclick = () => location.reload();
  };
  addEventListener("error", failed, true);
  addEventListener("unhandledrejection", failed);

  const again = (screen) => {
    const target = controls(screen)[kept.at];
    if (!target || target.tagName !== kept.tag || (kept.tag !== "INPUT" && target.textContent !== kept.text)) return;
    if (kept.files) {
      const picked = new DataTransfer();
      for (const file of kept.files) picked.items.add(file);
      target.files = picked.files;
      target.dispatchEvent(new Event("input", { bubbles: true }));
      target.dispatchEvent(new Event("change", { bubbles: true }));
    } else {
      target.click();
    }
  };
  // The app renders its frame, then its page a task later: the static
  // screen goes when the page is there, in the same task.
  parsed(() => {
    const shown = document.getElementById("first-screen");
    const staticScreen = document.getElementById("static-screen");
    if (!shown || !staticScreen || !shown.querySelector("main > *")) return false;
    const focused = controls(staticScreen).indexOf(document.activeElement);
    staticScreen.remove();
    root.classList.remove("static-start");
    app = shown;
    if (focused >= 0) controls(app)[focused]?.focus();
    if (kept) setTimeout(() => again(app));
    return true;
  });
})();
