use yew::prelude::*;

use crate::core::json::{self, MAX_DEMAND_BYTES};
use crate::i18n::{t, t_args};
use crate::platform::files::{self, FileError};
use crate::ui::app::AppContext;
use crate::ui::content::Load;
use crate::ui::pages::results::demand_identity;
use crate::ui::state::Action;

/// Which demand file is in use, any problem with one that was offered, and
/// a picker for a file the seeker or coach was given.
#[component]
pub fn DemandPanel() -> Html {
    let state = use_context::<AppContext>().expect("DemandPanel is rendered inside App");
    let locale = state.locale;
    let on_file = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
                return;
            };
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            input.set_value("");
            let state = state.clone();
            yew::platform::spawn_local(async move {
                let source = file.name();
                let load = match files::read_text(&file, MAX_DEMAND_BYTES).await {
                    Ok(text) => match json::parse_demand(&text) {
                        Ok(d) => Load::Ready(std::rc::Rc::new(d)),
                        Err(problems) => {
                            Load::Invalid(problems.iter().map(ToString::to_string).collect())
                        }
                    },
                    Err(FileError::TooLarge { bytes, max }) => Load::Invalid(vec![t_args(
                        state.locale,
                        "demand-too-large",
                        &[
                            ("source", &source),
                            ("size", &format!("{:.1}", bytes as f64 / 1e6)),
                            ("max", &(max / 1_000_000).to_string()),
                        ],
                    )]),
                    Err(FileError::Unreadable(reason)) => Load::Unreachable(reason),
                };
                state.dispatch(Action::DemandOffered {
                    source,
                    load,
                    fallback: false,
                });
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
                    if problem.unreachable {
                        <p>{ t_args(locale, "demand-unreachable", &[("source", &problem.source), ("reason", &problem.messages.join("; "))]) }</p>
                    } else {
                        <p>{ t_args(locale, "demand-invalid", &[("source", &problem.source)]) }</p>
                        <ul>{ for problem.messages.iter().map(|m| html! { <li><code>{ m }</code></li> }) }</ul>
                    }
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
