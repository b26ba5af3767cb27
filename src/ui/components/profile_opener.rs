use yew::prelude::*;

use crate::core::json::Kind;
use crate::i18n::t;
use crate::platform::files;
use crate::ui::app::use_app;
use crate::ui::components::refusal::RefusalText;
use crate::ui::content;
use crate::ui::state::{Action, PickedProfile, ProfileProblem};

/// Opens a profile file picked or dropped here; shows why one could not be.
#[component]
pub fn ProfileOpener() -> Html {
    let state = use_app();
    let locale = state.locale;
    let dragging = use_state(|| false);

    let open = {
        let state = state.clone();
        move |file: files::Picked| {
            let state = state.clone();
            yew::platform::spawn_local(async move {
                state.dispatch(read_profile(file).await);
            });
        }
    };
    let on_pick = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = files::take_picked(&e) {
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
            if let Some(file) = files::dropped(&e) {
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
                    { match problem {
                        ProfileProblem::Code { key, detail } => html! {
                            <>
                                <p>{ t(locale, key) }</p>
                                <details class="details">
                                    <summary>{ t(locale, "refused-details") }</summary>
                                    <p><code>{ detail }</code></p>
                                </details>
                            </>
                        },
                        ProfileProblem::File { file, refusal } => html! {
                            <RefusalText refusal={refusal.clone()} file={file.clone()} {locale} />
                        },
                    } }
                    <button type="button" onclick={dismiss}>{ t(locale, "start-restore-dismiss") }</button>
                </div>
            }
        </div>
    }
}

/// Reads a profile file (its size checked first) into the action that
/// opens it, or the problem.
async fn read_profile(file: files::Picked) -> Action {
    let name = file.name();
    match content::read_picked(&file, Kind::Profile).await {
        Ok(text) => Action::ProfilePicked(PickedProfile { file: name, text }),
        Err(refusal) => Action::ProfileProblem(ProfileProblem::File {
            file: name,
            refusal,
        }),
    }
}
