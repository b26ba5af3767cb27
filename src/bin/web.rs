//! The browser entry point that Trunk builds.

#[cfg(target_arch = "wasm32")]
fn main() {
    use kompetenskoll::platform::{clock, document, storage};
    use kompetenskoll::ui::{content, state};
    use std::cell::Cell;
    use std::rc::Rc;

    /// How long the first screen waits for the seeker's language file on a
    /// first visit (later visits read it from the service worker's cache).
    /// After that the app starts in Swedish; the picker can still switch.
    const WAIT_FOR_LANGUAGE_MS: u32 = 2_000;

    // A profile in the address (`#p=`, from a QR code) is taken out of the
    // address and the history entry before anything else runs or renders.
    let code = Rc::new(Cell::new(document::take_code()));
    let started = Rc::new(Cell::new(false));
    let start = {
        let started = started.clone();
        move || {
            if !started.replace(true) {
                let props = kompetenskoll::ui::app::AppProps { code: code.take() };
                yew::Renderer::<kompetenskoll::ui::App>::with_props(props).render();
            }
        }
    };
    let on_timeout = start.clone();
    clock::once_after(WAIT_FOR_LANGUAGE_MS, on_timeout);
    // Only Swedish is compiled in: fetch the seeker's language first, so the
    // first screen is in it rather than switching under their eyes.
    yew::platform::spawn_local(async move {
        let saved = storage::load(state::LOCALE_KEY);
        let preferred = document::preferred_languages();
        // A failed one is left out: the app starts in Swedish instead.
        for locale in state::wanted_locales(saved.as_deref(), &preferred) {
            let _ = content::load_locale(locale).await;
        }
        start();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kompetenskoll-web runs in the browser: build it with `trunk build` (see README).");
    std::process::exit(2);
}
