//! The whole app: loaded by the first screen (src/bin/first.rs) once the
//! seeker has begun, it fetches its files (`prepare`) and then takes over
//! the page with what she has done so far (`mount`, ui::handoff).

#[cfg(target_arch = "wasm32")]
mod whole {
    use futures::future::join_all;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;
    use yew::Reducible;

    use kompetenskoll::i18n::Locale;
    use kompetenskoll::ui::app::{App, AppProps};
    use kompetenskoll::ui::content;
    use kompetenskoll::ui::handoff::Handoff;
    use kompetenskoll::ui::state::Action;

    thread_local! {
        /// The questionnaire's parts and the job titles, fetched before
        /// the hand-over so that the questions never blink.
        static PREPARED: RefCell<Vec<Action>> = const { RefCell::new(Vec::new()) };
    }

    /// Fetches the messages of `locales` (codes, comma-separated) and the
    /// questionnaire in their languages, with the job titles. They come
    /// from the service worker's or the browser's cache after the first
    /// screen fetched them.
    #[wasm_bindgen]
    pub async fn prepare(locales: String) -> Result<(), JsValue> {
        // The module's start is a task of its own, not this one's.
        kompetenskoll::platform::clock::next_task().await;
        let locales: Vec<Locale> = locales.split(',').filter_map(Locale::from_code).collect();
        let mut langs: Vec<&str> = Vec::new();
        for locale in &locales {
            if !langs.contains(&locale.content_lang()) {
                langs.push(locale.content_lang());
            }
        }
        // All side by side: on a first visit each is a round trip to
        // revalidate. A locale that fails shows Swedish, as on the first
        // screen.
        let messages = join_all(locales.iter().map(|l| content::load_locale(*l)));
        let parts = join_all(langs.into_iter().map(content::load_questionnaire));
        let (_, parts, titles) = futures::join!(messages, parts, content::load_job_titles());
        let mut prepared: Vec<Action> =
            parts.into_iter().map(Action::QuestionnaireLoaded).collect();
        prepared.push(Action::JobTitlesLoaded(titles));
        PREPARED.with(|p| *p.borrow_mut() = prepared);
        Ok(())
    }

    /// Renders the whole app with the first screen's hand-over.
    #[wasm_bindgen]
    pub fn mount(handoff: &str) {
        let props = match Handoff::decode(handoff) {
            Some(handoff) => {
                let focus = handoff.focus.clone();
                let state = PREPARED
                    .with(|p| p.take())
                    .into_iter()
                    .fold(Rc::new(handoff.into_state()), |state, action| {
                        state.reduce(action)
                    });
                AppProps {
                    handed_over: Some((state, focus)),
                    ..AppProps::default()
                }
            }
            // Never from the first screen of the same build; what is saved
            // on the device (if anything) is read as on any start.
            None => AppProps::default(),
        };
        yew::Renderer::<App>::with_props(props).render();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!(
            "kompetenskoll-web runs in the browser: build it with `trunk build` (see README)."
        );
        std::process::exit(2);
    }
}
