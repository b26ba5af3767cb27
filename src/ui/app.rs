use yew::prelude::*;

use crate::i18n::t;
use crate::platform::{activity, document, fetch, history, offline, speech, storage};
use crate::ui::components::kiosk_guard::KioskGuard;
use crate::ui::components::language_picker::LanguagePicker;
use crate::ui::content::{self, Load, DEMAND_FILES};
use crate::ui::kiosk::{KioskConfig, CONFIG as KIOSK_CONFIG};
use crate::ui::pages::{
    about_data::AboutDataPage, handover::HandoverPage, occupation::OccupationPage,
    profile::ProfilePage, questionnaire::QuestionnairePage, results::ResultsPage, start::StartPage,
};
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
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let code = props.code.clone();
    let state = use_reducer(move || {
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
                if let Some(config) = fetch::text(KIOSK_CONFIG)
                    .await
                    .ok()
                    .as_deref()
                    .and_then(KioskConfig::parse)
                {
                    state.dispatch(Action::KioskConfigured(config));
                }
                state.dispatch(Action::QuestionnaireLoaded(
                    content::load_questionnaire(state.locale.content_lang()).await,
                ));
                // A seeker searches for her jobs only a few screens on: the
                // titles come after the first screen, before the demand file.
                state.dispatch(Action::JobTitlesLoaded(content::load_job_titles().await));
                if let Some(address) = custom {
                    let load = content::load_demand(&address).await;
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
                let load = content::load_demand(default).await;
                state.dispatch(Action::DemandOffered {
                    source: default.to_owned(),
                    load,
                    fallback: true,
                });
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

    let locale = state.locale;
    use_effect_with(locale, |locale| {
        document::set_language(locale.code(), locale.is_rtl());
    });

    // Answers are saved as they are given, and forgotten on "start over";
    // a kiosk saves nothing. A start with nothing saved writes nothing; one
    // whose saved session could not be read forgets it.
    let had_session = use_mut_ref(|| storage::load(SESSION_KEY).is_some());
    use_effect_with(
        (state.session.clone(), state.kiosk.is_some()),
        move |(session, kiosk)| {
            let had = std::mem::replace(&mut *had_session.borrow_mut(), session.is_some());
            persist::keep_session(session.as_ref(), had, *kiosk);
        },
    );

    // After a page or section change (not on first load), move focus to the
    // new heading so that keyboard and screen-reader users start there.
    let first_render = use_mut_ref(|| true);
    let section = state.session.as_ref().map(|s| s.section);
    use_effect_with((state.page.clone(), section), move |_| {
        if !std::mem::replace(&mut *first_render.borrow_mut(), false) {
            document::focus_heading("main");
        }
    });

    let page = match &state.page {
        Page::Start => html! { <StartPage /> },
        Page::Questionnaire => html! { <QuestionnairePage /> },
        Page::Results => html! { <ResultsPage /> },
        Page::Occupation(id) => html! { <OccupationPage id={id.clone()} /> },
        Page::AboutData => html! { <AboutDataPage /> },
        Page::Handover => html! { <HandoverPage /> },
        Page::Profile => html! { <ProfilePage /> },
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[tokio::test]
    async fn renders_the_start_page_in_swedish_by_default() {
        let html = yew::LocalServerRenderer::<App>::new().render().await;
        assert!(html.contains(&t(Locale::Sv, "app-tagline")), "{html}");
        assert!(html.contains(&t(Locale::Sv, "privacy-promise")), "{html}");
        assert!(html.contains("id=\"main\""));
    }
}
