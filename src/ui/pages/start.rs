use yew::prelude::*;

use crate::ui::components::refusal::RefusalText;

use crate::core::questionnaire::Path;
use crate::i18n::{t, t_args};
use crate::ui::app::use_app;
use crate::ui::components::delete_everything::DeleteEverything;
use crate::ui::components::profile_opener::ProfileOpener;
use crate::ui::content::Load;
use crate::ui::state::{asked, Action, Page};

/// The first screen: what the tool does, the privacy promise, the language,
/// how long it takes, and the ways in.
#[component]
pub fn StartPage() -> Html {
    let state = use_app();
    let locale = state.locale;
    let dispatch = |action: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action()))
    };

    let ways_in = match &state.questionnaire {
        Load::Loading => html! { <p role="status">{ t(locale, "start-loading") }</p> },
        Load::Unreachable(reason) => html! {
            <p role="alert" class="problem">{ t_args(locale, "content-failed", &[("reason", reason)]) }</p>
        },
        Load::Invalid(refusal) => html! {
            <div role="alert" class="problem">
                <RefusalText refusal={refusal.clone()} file={crate::ui::content::QUESTIONNAIRE} {locale} />
            </div>
        },
        Load::Ready(q) => {
            let path_choice = |path: Path, title: &str, begin: &str, primary: bool| {
                let (items, minutes) = q.estimate(path, asked);
                let (items, minutes) = (items.to_string(), minutes.to_string());
                // The adaptive path asks at most this many; often fewer.
                let estimate = if path == Path::Adaptive {
                    "start-estimate-adaptive"
                } else {
                    "start-estimate"
                };
                let state = state.clone();
                html! {
                    <div class="way-in">
                        <h2>{ t(locale, title) }</h2>
                        <p>{ t_args(locale, estimate, &[("items", &items), ("minutes", &minutes)]) }</p>
                        <button type="button" class={classes!(primary.then_some("primary"))}
                            onclick={move |_| state.dispatch(Action::Begin(path))}>{ t(locale, begin) }</button>
                    </div>
                }
            };
            html! {
                <>
                    if state.session.is_some() {
                        <div class="way-in">
                            <button type="button" class="primary" onclick={dispatch(|| Action::Navigate(Page::Questionnaire))}>
                                { t(locale, "start-continue") }
                            </button>
                            <button type="button" onclick={dispatch(|| Action::StartOver)}>{ t(locale, "start-over") }</button>
                        </div>
                    }
                    <div class="ways-in">
                        { path_choice(Path::Adaptive, "start-short", "start-begin-short", state.session.is_none()) }
                        { path_choice(Path::Full, "start-full", "start-begin-full", false) }
                    </div>
                </>
            }
        }
    };

    html! {
        <section class="start" aria-labelledby="start-title">
            <h1 id="start-title">{ t(locale, "app-title") }</h1>
            <p class="tagline">{ t(locale, "app-tagline") }</p>
            <p>{ t(locale, "app-intro") }</p>
            <p class="privacy" data-testid="privacy">{ t(locale, "privacy-promise") }</p>
            if let Some(problem) = &state.restore_problem {
                <div role="alert" class="problem">
                    <p>{ t(locale, "start-restore-failed") }</p>
                    <details>
                        <summary>{ t(locale, "refused-details") }</summary>
                        <p><code>{ problem.to_string() }</code></p>
                    </details>
                    <button type="button" onclick={dispatch(|| Action::DismissRestoreProblem)}>{ t(locale, "start-restore-dismiss") }</button>
                </div>
            }
            { ways_in }
            <ProfileOpener />
            // Many people's profiles in one place: a coach's, never a kiosk's.
            if state.kiosk.is_none() {
                <p>
                    <button type="button" class="link" onclick={dispatch(|| Action::Navigate(Page::Centre))}>
                        { t(locale, "centre-open") }
                    </button>
                </p>
                <DeleteEverything />
            }
            <p>
                <button type="button" class="link" onclick={dispatch(|| Action::Navigate(Page::AboutData))}>
                    { t(locale, "nav-about-data") }
                </button>
            </p>
        </section>
    }
}
