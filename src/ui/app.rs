use std::rc::Rc;

use crate::core::questionnaire::Questionnaire;
use yew::prelude::*;

use crate::i18n::t;
#[cfg(feature = "matching")]
use crate::platform::demand_worker::Text;
use crate::platform::{activity, document, fetch, history, offline, speech, storage, whole_app};
use crate::ui::components::kiosk_guard::KioskGuard;
use crate::ui::components::language_picker::LanguagePicker;
#[cfg(not(feature = "matching"))]
use crate::ui::components::later::use_later;
#[cfg(feature = "matching")]
use crate::ui::content::DEMAND_FILES;
use crate::ui::content::{self, Load};
use crate::ui::kiosk::{KioskConfig, CONFIG as KIOSK_CONFIG};
#[cfg(feature = "matching")]
use crate::ui::pages::{
    about_data::AboutDataPage, centre::CentrePage, handover::HandoverPage,
    occupation::OccupationPage, profile::ProfilePage, results::ResultsPage,
};
use crate::ui::pages::{questionnaire::QuestionnairePage, start::StartPage};
use crate::ui::persist;
use crate::ui::state::{place_of, Action, AppState, Page, LOCALE_KEY, SESSION_KEY};

pub type AppContext = UseReducerHandle<AppState>;

/// The app's state and dispatcher, for a component rendered inside [`App`]
/// (every page and component is).
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("rendered inside App, which provides the state")
}

#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// The digits of a `#p=` profile code, taken out of the address by the
    /// entry point before anything else ran; opened once the files it
    /// needs are here.
    #[prop_or_default]
    pub code: Option<String>,
    /// The state the first screen handed over (ui::handoff), with its
    /// files in. Focus is given back once it is on the page (`Focus`).
    #[prop_or_default]
    pub handed_over: Option<Rc<AppState>>,
    /// On the first screen: hands the seeker's part to the whole app, which
    /// takes over the page.
    #[prop_or_default]
    pub hand_over: Option<Callback<(whole_app::WholeApp, String)>>,
    /// The files the start page shows, fetched by the first screen before
    /// it renders: it renders once, with its ways in, not first "loading".
    #[prop_or_default]
    pub opening: Option<Opening>,
}

/// The questionnaire's part in the seeker's language and `kiosk.json`'s
/// text (none if it could not be fetched), as [`App`] would fetch them.
#[derive(Clone)]
pub struct Opening(pub Rc<(Load<Questionnaire>, Option<String>)>);

impl PartialEq for Opening {
    fn eq(&self, other: &Opening) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// What [`App`] fetches first, side by side (each would otherwise wait a
/// round trip for the other): kiosk.json, and the questionnaire's part in
/// `lang` unless it is here already. index.html preloads both (Swedish,
/// the opening 8 of the 10 languages read), so they come beside the wasm
/// rather than a round trip after it; its `crossorigin` gives the preload
/// fetch()'s own mode, or the browser would not use it.
pub async fn fetch_opening(lang: Option<&str>) -> (Option<String>, Option<Load<Questionnaire>>) {
    let questionnaire = async {
        match lang {
            Some(lang) => Some(content::load_questionnaire(lang).await),
            None => None,
        }
    };
    let (kiosk, questionnaire) = futures::join!(fetch::text(KIOSK_CONFIG), questionnaire);
    (kiosk.ok(), questionnaire)
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let code = props.code.clone();
    let handed_over = props.handed_over.clone();
    let opening = props.opening.clone();
    let prefetched = opening.is_some();
    let state = use_reducer(move || {
        if let Some(state) = handed_over {
            return Rc::unwrap_or_clone(state);
        }
        let saved = storage::load(LOCALE_KEY);
        let session = storage::load(SESSION_KEY);
        let kiosk = document::query_param("kiosk").is_some();
        let mut state = AppState::initial(
            saved.as_deref(),
            &document::preferred_languages(),
            session.as_deref(),
            kiosk,
            history::place_on_load().as_deref(),
        );
        state.pending_code = code;
        if let Some(Opening(files)) = opening {
            let (questionnaire, kiosk) = &*files;
            // Fetched for the locale the state starts in: the same one.
            state.apply(Action::QuestionnaireLoaded(questionnaire.clone()));
            if let Some(config) = kiosk.as_deref().and_then(KioskConfig::parse) {
                state.apply(Action::KioskConfigured(config));
            }
        }
        state
    });

    // The questionnaire is needed at once; the demand file right after it,
    // in the background, so that results are ready when the seeker is. A
    // region can link to its own file with `?demand=ADDRESS`; if that one
    // cannot be used, the bundled national file is, and the problem shown.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let custom = document::query_param("demand");
            yew::platform::spawn_local(async move {
                // The kiosk's settings go in first, so that a kiosk never
                // shows a question it is about to clear.
                if !prefetched {
                    let lang = match &state.questionnaire {
                        // Handed over from the first screen, the whole app has it.
                        Load::Ready(_) => None,
                        _ => Some(state.locale.content_lang()),
                    };
                    let (kiosk, questionnaire) = fetch_opening(lang).await;
                    if let Some(config) = kiosk.as_deref().and_then(KioskConfig::parse) {
                        state.dispatch(Action::KioskConfigured(config));
                    }
                    if let Some(load) = questionnaire {
                        state.dispatch(Action::QuestionnaireLoaded(load));
                    }
                }
                // A seeker searches for her jobs a screen on, in the whole
                // app: it fetches the titles before the demand file, if it
                // has not got them.
                #[cfg(feature = "matching")]
                {
                    if !matches!(state.job_titles, Load::Ready(_)) {
                        state.dispatch(Action::JobTitlesLoaded(content::load_job_titles().await));
                    }
                    load_demand(&state, custom).await;
                }
                #[cfg(not(feature = "matching"))]
                let _ = custom;
            });
        });
    }

    // A language chosen later brings its part of the questionnaire.
    {
        let lang = state.locale.content_lang();
        let loaded = match &state.questionnaire {
            Load::Ready(q) => Some(q.languages.clone()),
            _ => None,
        };
        let state = state.clone();
        use_effect_with((lang, loaded), move |(lang, loaded)| {
            let missing = loaded
                .as_ref()
                .is_some_and(|langs| !langs.iter().any(|l| l == lang))
                && content::QUESTIONNAIRE_LANGUAGES.contains(lang);
            if missing {
                let lang = *lang;
                yew::platform::spawn_local(async move {
                    state.dispatch(Action::QuestionnaireLoaded(
                        content::load_questionnaire(lang).await,
                    ));
                });
            }
        });
    }

    use_effect_with((), |_| {
        let guard = activity::keep_focus_in_view();
        move || drop(guard)
    });
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let guard =
                activity::watch_codes(move |digits| state.dispatch(Action::CodeOffered(digits)));
            move || drop(guard)
        });
    }

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            offline::register(move || state.dispatch(Action::UpdateReady))
        });
    }

    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let guard = speech::on_voices_changed(move || state.dispatch(Action::VoicesChanged));
            move || drop(guard)
        });
    }

    // The page and the results' view are kept in the history entry, so a
    // reload, back and forward come back to them (a kiosk keeps nothing).
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            let guard = history::on_return(move |place| state.dispatch(Action::Returned(place)));
            move || drop(guard)
        });
    }
    use_effect_with(
        (
            state.page.clone(),
            state.results_view.clone(),
            state.kiosk.is_some(),
        ),
        |(page, view, kiosk)| {
            if !kiosk {
                history::record(&place_of(page, view));
            }
        },
    );

    // The worker answers what the pages show of the demand file, asked
    // anew when the answers, the view, the page's needs or the file change.
    #[cfg(feature = "matching")]
    {
        let wanted = state.wanted();
        let file = state.held.as_ref().map(|h| h.sha256.clone());
        let state = state.clone();
        use_effect_with((wanted, file), move |(wanted, _)| {
            if let Some(wanted) = wanted.clone() {
                yew::platform::spawn_local(async move {
                    if let Some(shown) = content::show(wanted.clone()).await {
                        state.dispatch(Action::Shown(Box::new(wanted), shown));
                    }
                });
            }
        });
    }
    // The adaptive path's next rating is the worker's to choose, from the
    // file it holds, whenever the seeker waits for one.
    #[cfg(feature = "matching")]
    {
        let wanted = state.choice_wanted();
        let file = state.held.as_ref().map(|h| h.sha256.clone());
        let state = state.clone();
        use_effect_with((wanted, file), move |(wanted, file)| {
            if let (Some((answers, asked)), Some(_), Load::Ready(q)) =
                (wanted.clone(), file, &state.questionnaire)
            {
                let items = q.level_items().map(|i| i.id.clone()).collect();
                yew::platform::spawn_local(async move {
                    let choice =
                        content::next_question(items, answers.clone(), asked.clone()).await;
                    state.dispatch(Action::Chosen {
                        answers: Box::new(answers),
                        asked,
                        choice,
                    });
                });
            }
        });
    }
    // The matching centre: the file's occupations to choose a need from,
    // and the shortlist whenever the need or the profiles change, both
    // from the worker, which holds the whole file.
    #[cfg(feature = "matching")]
    {
        let file = state.held.as_ref().map(|h| h.sha256.clone());
        let needs_list = state.page == Page::Centre && state.centre.occupations.is_none();
        let state_for_list = state.clone();
        use_effect_with((needs_list, file.clone()), move |(needs_list, file)| {
            if *needs_list && file.is_some() {
                yew::platform::spawn_local(async move {
                    if let Some(list) = content::occupations().await {
                        state_for_list.dispatch(Action::CentreOccupations(list));
                    }
                });
            }
        });
        // The supply against demand, once the coach asks, for the profiles
        // she holds now.
        let supply_wanted = state.supply_wanted();
        let state_for_supply = state.clone();
        use_effect_with((supply_wanted, file.clone()), move |(wanted, file)| {
            if let (Some(generation), Some(_)) = (*wanted, file) {
                yew::platform::spawn_local(async move {
                    let centre = &state_for_supply.centre;
                    if let Some(rows) =
                        content::supply(centre, generation, crate::ui::state::SUPPLY_WEEKS).await
                    {
                        state_for_supply.dispatch(Action::CentreSupply(generation, Rc::new(rows)));
                    }
                });
            }
        });
        // The need, made by the worker from the file it holds, whenever the
        // coach chooses or changes it.
        let need_wanted = state
            .need_wanted()
            .map(|(need, version)| (need.to_owned(), version));
        let state_for_need = state.clone();
        use_effect_with((need_wanted, file.clone()), move |(wanted, file)| {
            if let (Some((need, version)), Some(_)) = (wanted.clone(), file) {
                let edit = state_for_need.centre.need_edit.0.clone();
                let source = state_for_need.centre.need_source.clone();
                yew::platform::spawn_local(async move {
                    let text = source.as_ref().map(|s| s.1.clone());
                    match content::make_need(need, edit, text).await {
                        Ok(made) => {
                            state_for_need.dispatch(Action::CentreNeedMade(version, Rc::new(made)))
                        }
                        Err(Some(refusal)) => state_for_need.dispatch(Action::CentreNeedRefused {
                            version: Some(version),
                            file: source.map(|s| s.0.clone()).unwrap_or_default(),
                            refusal,
                        }),
                        Err(None) => {}
                    }
                });
            }
        });
        // The worker keeps the centre's seekers from one ask to the next:
        // an emptied list empties its copy at once.
        let emptied = (state.centre.profiles.is_empty() && state.centre.generation > 0)
            .then_some(state.centre.generation);
        use_effect_with(emptied, move |emptied| {
            if let Some(generation) = *emptied {
                yew::platform::spawn_local(async move {
                    let none = content::CentreList {
                        generation,
                        profiles: &[],
                    };
                    let _ = content::send_seekers(&none).await;
                });
            }
        });
        // The key only: the profiles are looked at when it changes, not on
        // every render.
        let wanted = state
            .shortlist_wanted()
            .map(|(need, generation, version, rows)| (need.to_owned(), generation, version, rows));
        let state = state.clone();
        use_effect_with((wanted, file), move |(wanted, file)| {
            if let (Some((need, generation, need_version, rows)), Some(_)) = (wanted.clone(), file)
            {
                yew::platform::spawn_local(async move {
                    // No answer (the worker stopped) is said as no list is:
                    // the coach is told, rather than left with "Working …".
                    let list = content::shortlist(&state.centre, need.clone(), generation, rows)
                        .await
                        .flatten()
                        .map(Rc::new);
                    state.dispatch(Action::CentreShortlisted(Rc::new(
                        crate::ui::state::Shortlisted {
                            need,
                            generation,
                            need_version,
                            rows,
                            list,
                        },
                    )));
                });
            }
        });
    }
    // A `#p=` code is read by the worker once it holds what the code
    // refers to by position.
    #[cfg(feature = "matching")]
    {
        let digits = state.code_readable().map(str::to_owned);
        let state = state.clone();
        use_effect_with(digits, move |digits| {
            if let Some(digits) = digits.clone() {
                yew::platform::spawn_local(async move {
                    state.dispatch(Action::CodeRead(content::read_code(digits).await));
                });
            }
        });
    }

    let locale = state.locale;
    use_effect_with(locale, |locale| {
        document::set_language(locale.code(), locale.is_rtl());
    });

    // Answers are saved as they are given, and forgotten on "start over";
    // a kiosk saves nothing. A start with nothing saved writes nothing; one
    // whose saved session could not be read forgets it.
    // A saved session the first screen leaves to the whole app stays as it is.
    let had_session = use_mut_ref(|| storage::load(SESSION_KEY).is_some());
    use_effect_with(
        (
            state.session.clone(),
            state.kiosk.is_some(),
            state.saved_session.is_some(),
        ),
        move |(session, kiosk, unread)| {
            if *unread {
                return;
            }
            let had = std::mem::replace(&mut *had_session.borrow_mut(), session.is_some());
            persist::keep_session(session.as_ref(), had, *kiosk);
        },
    );

    // After a page or section change, or a new rating on the adaptive path
    // (not on first load), move focus to the new heading so that keyboard
    // and screen-reader users start there.
    let first_render = use_mut_ref(|| true);
    let section = state.session.as_ref().map(|s| (s.section, s.asked.len()));
    use_effect_with((state.page.clone(), section), move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            document::focus_heading("main");
        }
    });

    #[cfg(feature = "matching")]
    let page = page_view(&state.page);
    #[cfg(not(feature = "matching"))]
    let page = {
        let (failed, retry) = use_hand_over(&state, props.hand_over.clone());
        // The frame (language picker, footer) renders first and the page a
        // task later: two tasks each short on a slow phone, not one long
        // one (V8 compiles each function of the view on its first call).
        let page_due = use_later();
        match (state.needs_whole_app(), failed) {
            (false, _) if !page_due => Html::default(),
            (false, _) if state.page == Page::Start => html! { <StartPage /> },
            (false, _) => html! { <QuestionnairePage /> },
            (true, None) => html! { <p role="status">{ t(locale, "about-loading") }</p> },
            // The browser's reason says nothing a seeker could act on.
            (true, Some(_)) => html! {
                <div role="alert" class="problem">
                    <p>{ t(locale, "whole-app-failed") }</p>
                    <button type="button" onclick={retry}>{ t(locale, "whole-app-retry") }</button>
                </div>
            },
        }
    };

    html! {
        <ContextProvider<AppContext> context={state.clone()}>
            <a class="skip-link" href="#main">{ t(locale, "skip-to-content") }</a>
            // Offered between questions, never in the middle of them.
            if state.update_ready && state.page != Page::Questionnaire {
                <div class="update" role="status" data-testid="update-ready">
                    <p>{ t(locale, "update-ready") }</p>
                    <button type="button" onclick={Callback::from(|_: MouseEvent| offline::apply_update())}>
                        { t(locale, "update-now") }
                    </button>
                </div>
            }
            <header class="app-bar">
                <LanguagePicker />
            </header>
            <main id="main" tabindex="-1" data-app="kompetenskoll">
                { page }
            </main>
            <KioskGuard />
            <footer class="attribution">
                <p>{ t(locale, "footer-attribution") }</p>
            </footer>
        </ContextProvider<AppContext>>
    }
}

/// The page component for `page` (the whole app's; the render tests' too).
#[cfg(feature = "matching")]
pub(crate) fn page_view(page: &Page) -> Html {
    match page {
        Page::Start => html! { <StartPage /> },
        Page::Questionnaire => html! { <QuestionnairePage /> },
        Page::Results => html! { <ResultsPage /> },
        Page::Occupation(id) => html! { <OccupationPage id={id.clone()} /> },
        Page::AboutData => html! { <AboutDataPage /> },
        Page::Handover => html! { <HandoverPage /> },
        Page::Profile => html! { <ProfilePage /> },
        Page::Centre => html! { <CentrePage /> },
    }
}

/// A region's own file (`?demand=ADDRESS`) if it can be used; otherwise
/// the bundled national file, with the region's problem shown.
#[cfg(feature = "matching")]
async fn load_demand(state: &AppContext, custom: Option<String>) {
    if let Some(address) = custom {
        let load = content::hold_demand(Text::Address(&address)).await;
        let usable = matches!(load, Load::Ready(_));
        state.dispatch(Action::DemandOffered {
            source: address,
            load,
            fallback: false,
        });
        if usable {
            return;
        }
    }
    let default = DEMAND_FILES[0].path;
    let load = content::hold_demand(Text::Address(default)).await;
    state.dispatch(Action::DemandOffered {
        source: default.to_owned(),
        load,
        fallback: true,
    });
}

/// The first screen loads the whole app once the seeker has begun (or at
/// once when she needs it) and hands over to it at her next step, or at
/// once when the page needs it. Returns why the whole app could not be
/// loaded, if it could not.
#[cfg(not(feature = "matching"))]
#[hook]
fn use_hand_over(
    state: &AppContext,
    hand_over: Option<Callback<(whole_app::WholeApp, String)>>,
) -> (Option<String>, Callback<MouseEvent>) {
    let whole = use_state(|| None::<Result<whole_app::WholeApp, String>>);
    // Bumped by "try again": a browser keeps a failed import failed.
    let attempt = use_state(|| 0u32);
    let locales: Vec<&str> = crate::ui::handoff::locales_to_prepare(state)
        .iter()
        .map(|l| l.code())
        .collect();
    let locales = locales.join(",");
    let wanted = state.page != Page::Start || state.needs_whole_app();
    {
        let whole = whole.clone();
        // Its bytes wait until the first question is on screen; a language
        // chosen meanwhile is fetched for it too.
        use_effect_with(
            (wanted, locales, *attempt),
            move |(wanted, locales, attempt)| {
                if !*wanted {
                    return;
                }
                whole.set(None);
                let (locales, attempt) = (locales.clone(), *attempt);
                yew::platform::spawn_local(async move {
                    whole.set(Some(whole_app::load(&locales, attempt).await));
                });
            },
        );
    }
    let last_step = use_mut_ref(|| None);
    let stepped = use_mut_ref(|| false);
    let step = (
        state.page.clone(),
        state.session.as_ref().map(|s| s.section),
    );
    let ready = matches!(*whole, Some(Ok(_)));
    {
        let state = state.clone();
        let whole = whole.clone();
        use_effect_with(
            (step, ready, state.needs_whole_app()),
            move |(step, ready, needs)| {
                let moved = last_step
                    .replace(Some(step.clone()))
                    .is_some_and(|last| last != *step);
                *stepped.borrow_mut() |= moved;
                if let (true, Some(Ok(app)), Some(hand_over)) =
                    (*ready && (*needs || moved), &*whole, hand_over)
                {
                    let focus = crate::ui::handoff::Focus {
                        id: document::focused_id(),
                        stepped: *stepped.borrow(),
                    };
                    let handoff = crate::ui::handoff::Handoff::of(&state, focus);
                    hand_over.emit((app.clone(), handoff.encode()));
                }
            },
        );
    }
    let failed = match &*whole {
        Some(Err(reason)) => Some(reason.clone()),
        _ => None,
    };
    (
        failed,
        Callback::from(move |_: MouseEvent| attempt.set(*attempt + 1)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::json;
    use crate::i18n::Locale;

    #[tokio::test]
    async fn renders_the_start_page_in_swedish_by_default() {
        let html = yew::LocalServerRenderer::<App>::new().render().await;
        assert!(html.contains(&t(Locale::Sv, "app-tagline")), "{html}");
        assert!(html.contains(&t(Locale::Sv, "privacy-promise")), "{html}");
        assert!(html.contains("id=\"main\""));
    }

    /// The start screen index.html shows until the app's own is there
    /// (static/early.js): the app's own render of it, for a first visit
    /// in Swedish with the shipped opening and kiosk.json, and the line it
    /// says "loading" in once tapped (or that the app could not be loaded,
    /// with a way to try again). `KOMPETENSKOLL_WRITE_START=1 cargo
    /// test -p kompetenskoll start_screen` writes it anew.
    #[tokio::test]
    async fn the_static_start_screen_is_the_apps_own() {
        let root = env!("CARGO_MANIFEST_DIR");
        let file = |path: &str| std::fs::read_to_string(format!("{root}/{path}")).unwrap();
        let opening =
            json::parse_questionnaire(&file("static/content/questionnaire-opening.sv.json"))
                .unwrap();
        let props = AppProps {
            opening: Some(Opening(Rc::new((
                Load::Ready(Rc::new(opening)),
                Some(file("static/kiosk.json")),
            )))),
            ..AppProps::default()
        };
        crate::platform::storage::clear_all();
        let app = yew::LocalServerRenderer::<App>::with_props(props)
            .hydratable(false)
            .render()
            .await;
        let attribute = |key: &str| {
            t(Locale::Sv, key)
                .replace('&', "&amp;")
                .replace('"', "&quot;")
                .replace('<', "&lt;")
        };
        let (waiting, failed, retry) = (
            attribute("about-loading"),
            attribute("whole-app-failed"),
            attribute("whole-app-retry"),
        );
        let screen = format!(
            "{app}\n<div class=\"static-wait\"><p id=\"static-wait\" role=\"status\" \
             data-text=\"{waiting}\" data-failed=\"{failed}\"></p>\
             <button type=\"button\" id=\"static-retry\" hidden>{retry}</button></div>\n"
        );
        assert!(
            screen.contains(&t(Locale::Sv, "start-begin-short")),
            "{screen}"
        );
        let path = format!("{root}/static/start-screen.sv.html");
        if std::env::var_os("KOMPETENSKOLL_WRITE_START").is_some() {
            std::fs::write(&path, &screen).unwrap();
        }
        assert!(
            file("static/start-screen.sv.html") == screen,
            "static/start-screen.sv.html is not the app's start screen as it renders now: \
             KOMPETENSKOLL_WRITE_START=1 cargo test -p kompetenskoll start_screen writes it"
        );
    }
}
