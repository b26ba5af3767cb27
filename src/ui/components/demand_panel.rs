use yew::prelude::*;

use crate::core::demand::DemandFile;
use crate::i18n::Locale;
use crate::i18n::{t, t_args};
use crate::platform::clock;
use crate::platform::demand_worker::Text;
use crate::platform::files;
use crate::ui::app::use_app;
use crate::ui::components::refusal::RefusalText;
use crate::ui::content::{self, Load};
use crate::ui::state::{Action, DemandTrouble};

/// Which demand file is in use, any problem with one that was offered, and
/// a picker for a file the seeker or coach was given.
#[component]
pub fn DemandPanel() -> Html {
    let state = use_app();
    let locale = state.locale;
    let on_file = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(file) = files::take_picked(&e) else {
                return;
            };
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let load = content::hold_demand(Text::File(&file)).await;
                state.dispatch(Action::DemandOffered {
                    source: file.name(),
                    load,
                    fallback: false,
                })
            });
        })
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissDemandProblem))
    };

    html! {
        <div class="demand-panel">
            if let Load::Ready(d) = &state.demand {
                { demand_identity(locale, d) }
            } else if state.demand_problem.is_none() {
                <p role="status">{ t(locale, "results-loading") }</p>
            }
            if let Some(problem) = &state.demand_problem {
                <div role="alert" class="problem" data-testid="demand-problem">
                    { match &problem.why {
                        DemandTrouble::Unreachable(reason) => html! {
                            <p>{ t_args(locale, "demand-unreachable", &[("source", &problem.source), ("reason", reason)]) }</p>
                        },
                        DemandTrouble::Refused(refusal) => html! {
                            <>
                                <RefusalText refusal={refusal.clone()} file={problem.source.clone()} {locale} />
                                <p>{ t(locale, "demand-kept") }</p>
                            </>
                        },
                    } }
                    <button type="button" onclick={dismiss}>{ t(locale, "demand-dismiss") }</button>
                </div>
            }
            <div class="field">
                <label for="demand-file-input">{ t(locale, "demand-open-file") }</label>
                <input id="demand-file-input" type="file" accept=".json,application/json" onchange={on_file} aria-describedby="demand-open-hint" />
                <p class="hint" id="demand-open-hint">{ t(locale, "demand-open-hint") }</p>
            </div>
        </div>
    }
}

/// Which demand file the results come from: always visible.
pub fn demand_identity(locale: Locale, d: &DemandFile) -> Html {
    let lang = locale.content_lang();
    html! {
        <div class="demand-identity" data-testid="demand-identity">
            <p>{ t_args(locale, "results-file", &[
                ("title", d.title.get(lang).text),
                ("publisher", &d.publisher.name),
                ("published", &d.published),
                ("valid", &d.valid_until),
            ]) }</p>
            if d.is_expired(&clock::today()) {
                <p role="alert" class="problem">{ t_args(locale, "results-expired", &[("date", &d.valid_until)]) }</p>
            }
        </div>
    }
}
