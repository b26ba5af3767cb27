//! The whole app: loaded by the first screen (src/bin/first.rs) once the
//! seeker has begun, it fetches its files (`prepare`) and then takes over
//! the page with what she has done so far (`mount`, `render`, `attach`,
//! a task each; ui::handoff).

#[cfg(target_arch = "wasm32")]
mod whole {
    use futures::future::join_all;
    use std::cell::RefCell;
    use std::rc::Rc;
    use wasm_bindgen::prelude::*;

    use kompetenskoll::i18n::Locale;
    use kompetenskoll::platform::document;
    use kompetenskoll::ui::app::{App, AppProps};
    use kompetenskoll::ui::content;
    use kompetenskoll::ui::handoff::{Focus, Handoff};
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

    /// The whole app between the three steps of taking over: its props,
    /// then its element rendered but not yet on the page; and where focus
    /// goes once it is there.
    enum Takeover {
        Mounted(AppProps, Focus),
        Rendered(web_sys::Element, Focus),
    }

    thread_local! {
        static TAKEOVER: RefCell<Option<Takeover>> = const { RefCell::new(None) };
    }

    /// Reads the first screen's hand-over into the whole app's state. It
    /// renders in the next task (`render`) and goes on the page in the one
    /// after (`attach`): on a slow phone the three together are one long
    /// task, during which a tap does nothing.
    #[wasm_bindgen]
    pub fn mount(handoff: &str) {
        let takeover = match Handoff::decode(handoff) {
            Some(handoff) => {
                let focus = handoff.focus.clone();
                let mut state = handoff.into_state();
                // In place: the reducer would copy the state per action.
                for action in PREPARED.with(|p| p.take()) {
                    state.apply(action);
                }
                let props = AppProps {
                    handed_over: Some(Rc::new(state)),
                    ..AppProps::default()
                };
                Takeover::Mounted(props, focus)
            }
            // Never from the first screen of the same build; what is saved
            // on the device (if anything) is read as on any start.
            None => Takeover::Mounted(AppProps::default(), Focus::default()),
        };
        TAKEOVER.with(|t| *t.borrow_mut() = Some(takeover));
    }

    /// Renders the mounted app into an element off the page; the first
    /// screen stays until `attach`.
    #[wasm_bindgen]
    pub fn render() {
        let Some(Takeover::Mounted(props, focus)) = TAKEOVER.with(|t| t.borrow_mut().take()) else {
            return;
        };
        let Some(root) = document::detached("whole-app") else {
            return;
        };
        yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
        TAKEOVER.with(|t| *t.borrow_mut() = Some(Takeover::Rendered(root, focus)));
    }

    /// Puts the rendered app on the page (the first screen has gone) and
    /// gives focus back.
    #[wasm_bindgen]
    pub fn attach() {
        if let Some(Takeover::Rendered(root, focus)) = TAKEOVER.with(|t| t.borrow_mut().take()) {
            document::append_to_body(&root);
            focus.give_back();
        }
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
