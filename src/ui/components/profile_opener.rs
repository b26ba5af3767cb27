use yew::prelude::*;

use crate::core::json;
use crate::core::profile_code::Unread;
use crate::core::validation::Trouble;
use crate::i18n::{t, t_args};
use crate::platform::files::{self, FileError};
use crate::ui::app::AppContext;
use crate::ui::content;
use crate::ui::state::{Action, Opened, ProfileProblem};

/// Opens a profile file picked or dropped here; shows why one could not be.
#[component]
pub fn ProfileOpener() -> Html {
    let state = use_context::<AppContext>().expect("ProfileOpener is rendered inside App");
    let locale = state.locale;
    let dragging = use_state(|| false);

    let open = {
        let state = state.clone();
        move |file: web_sys::File| {
            let state = state.clone();
            yew::platform::spawn_local(async move {
                state.dispatch(read_profile(locale, file).await);
            });
        }
    };
    let on_pick = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = content::take_picked_file(&e) {
                open(file);
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            // Without this the browser would open the file itself.
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|list| list.get(0))
            {
                open(file);
            }
        })
    };
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::DismissRestoreProblem))
    };

    html! {
        <div class={classes!("field", "open-profile", dragging.then_some("dragging"))}
            ondragover={on_drag_over} ondragleave={on_drag_leave} ondrop={on_drop}
            data-testid="profile-drop">
            <label for="profile-file">{ t(locale, "start-open-profile") }</label>
            <input id="profile-file" type="file" accept=".json,application/json" onchange={on_pick} aria-describedby="profile-hint" />
            <p class="hint" id="profile-hint">{ t(locale, "start-open-profile-hint") }</p>
            if let Some(problem) = &state.profile_problem {
                <div role="alert" class="problem" data-testid="profile-problem">
                    <p>{ t_args(locale, problem.key, &[("file", &problem.file)]) }</p>
                    <details>
                        <summary>{ t(locale, "technical-details") }</summary>
                        <ul>{ for problem.messages.iter().map(|m| html! { <li><code>{ m }</code></li> }) }</ul>
                    </details>
                    <button type="button" onclick={dismiss}>{ t(locale, "start-restore-dismiss") }</button>
                </div>
            }
        </div>
    }
}

/// Reads a profile file into the action that opens it, or the problem.
async fn read_profile(locale: crate::i18n::Locale, file: web_sys::File) -> Action {
    let name = file.name();
    let problem = |key: &'static str, messages: Vec<String>| {
        Action::ProfileProblem(ProfileProblem {
            file: name.clone(),
            key,
            messages,
        })
    };
    let text = match files::read_text(&file, json::MAX_PROFILE_BYTES).await {
        Ok(text) => text,
        Err(FileError::TooLarge { bytes, max }) => {
            let message = content::too_large(locale, "profile-too-large", &name, bytes, max);
            return problem("profile-invalid", vec![message]);
        }
        Err(FileError::Unreadable(reason)) => return problem("profile-invalid", vec![reason]),
    };
    match json::parse_profile(&text) {
        Ok(profile) => Action::ImportProfile(Box::new(Opened {
            file: name.clone(),
            profile,
            unread: Unread::default(),
        })),
        Err(problems) => match &problems[0].trouble {
            Trouble::Newer(format) => problem("profile-newer", vec![format.clone()]),
            _ => problem(
                "profile-invalid",
                problems.iter().map(ToString::to_string).collect(),
            ),
        },
    }
}
