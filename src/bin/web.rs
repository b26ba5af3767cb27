//! The browser entry point that Trunk builds.

#[cfg(target_arch = "wasm32")]
fn main() {
    use kompetenskoll::platform::{document, storage};
    use kompetenskoll::ui::{content, state};
    // Only Swedish is compiled in: fetch the seeker's language first (from
    // the service worker's cache after the first visit), so the first
    // screen is in it rather than switching under their eyes.
    yew::platform::spawn_local(async {
        let saved = storage::load(state::LOCALE_KEY);
        let preferred = document::preferred_languages();
        // A failed one is left out: the app starts in the next usable one.
        for locale in state::wanted_locales(saved.as_deref(), &preferred) {
            let _ = content::load_locale(locale).await;
        }
        yew::Renderer::<kompetenskoll::ui::App>::new().render();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kompetenskoll-web runs in the browser: build it with `trunk build` (see README).");
    std::process::exit(2);
}
