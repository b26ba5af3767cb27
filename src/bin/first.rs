//! The browser entry point (index.html): the first screen, built without
//! the `matching` feature. It hands over to the whole app
//! (`kompetenskoll-web`, src/bin/web.rs) once the seeker has begun.

#[cfg(target_arch = "wasm32")]
fn main() {
    use kompetenskoll::platform::whole_app::WholeApp;
    use kompetenskoll::platform::{clock, document, storage};
    use kompetenskoll::ui::app::{fetch_opening, App, AppProps, Opening};
    use kompetenskoll::ui::{content, state};
    use std::cell::Cell;
    use std::rc::Rc;

    /// How long the first screen waits for the seeker's language file on a
    /// first visit (later visits read it from the service worker's cache).
    /// After that the app starts in Swedish; the picker can still switch.
    const WAIT_FOR_LANGUAGE_MS: u32 = 2_000;
    /// The element the first screen renders in (index.html); it goes with it.
    const ROOT: &str = "first-screen";

    // A profile in the address (`#p=`, from a QR code) is taken out of the
    // address and the history entry before anything else runs or renders.
    let code = Rc::new(Cell::new(document::take_code()));
    let started = Rc::new(Cell::new(false));
    let start = {
        let started = started.clone();
        move |opening: Option<Opening>| {
            if started.replace(true) {
                return;
            }
            let Some(root) = document::element(ROOT) else {
                return;
            };
            let handle = Rc::new(Cell::new(None));
            // The whole app takes over in three tasks, each short on a
            // slow phone, while this one stays, inert: it reads the
            // hand-over, renders off the page, then comes in as this one
            // goes, before the browser paints again.
            let hand_over = {
                let handle = handle.clone();
                yew::Callback::from(move |(whole, handoff): (WholeApp, String)| {
                    let Some(first) = handle.take() else {
                        return;
                    };
                    document::make_inert(ROOT);
                    whole.mount(&handoff);
                    clock::once_after(0, move || {
                        whole.render();
                        clock::once_after(0, move || {
                            yew::AppHandle::<App>::destroy(first);
                            document::remove(ROOT);
                            whole.attach();
                        });
                    });
                })
            };
            let props = AppProps {
                code: code.take(),
                hand_over: Some(hand_over),
                opening,
                ..AppProps::default()
            };
            handle.set(Some(
                yew::Renderer::<App>::with_root_and_props(root, props).render(),
            ));
        }
    };
    let on_timeout = start.clone();
    clock::once_after(WAIT_FOR_LANGUAGE_MS, move || on_timeout(None));
    // Only Swedish is compiled in: fetch the seeker's language first, so the
    // first screen is in it rather than switching under their eyes. In
    // tasks each short on a slow phone: the module's start (this one); the
    // fetches begun; Swedish's messages read; each file read as it comes;
    // the first render.
    yew::platform::spawn_local(async move {
        clock::next_task().await;
        let saved = storage::load(state::LOCALE_KEY);
        let preferred = document::preferred_languages();
        // A failed one is left out: the app starts in Swedish instead.
        for locale in state::wanted_locales(saved.as_deref(), &preferred) {
            let _ = content::load_locale(locale).await;
        }
        let (locale, _) = state::initial_locales(saved.as_deref(), &preferred);
        // Swedish is compiled in, and its messages are parsed on first use:
        // here, in a task of its own once the start page's files are asked
        // for (V8 compiles the parser on its first call, on this thread),
        // not inside the first render.
        let swedish = async {
            clock::next_task().await;
            let _ = kompetenskoll::i18n::Locale::SOURCE.is_ready();
        };
        // The start page's files (index.html preloads them): the page then
        // renders once, with its ways in, rather than "loading" first.
        let ((kiosk, questionnaire), ()) =
            futures::join!(fetch_opening(Some(locale.content_lang())), swedish);
        let opening = questionnaire.map(|q| Opening(Rc::new((q, kiosk))));
        clock::next_task().await;
        start(opening);
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("kompetenskoll-first runs in the browser: build it with `trunk build` (see README).");
    std::process::exit(2);
}
