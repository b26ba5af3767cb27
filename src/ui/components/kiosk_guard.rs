use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{t, t_args};
use crate::platform::{activity, storage};
use crate::ui::app::use_app;
use crate::ui::state::Action;

/// On a shared computer: a large "Finish and clear", and after the idle time
/// a visible countdown before everything is wiped.
#[component]
pub fn KioskGuard() -> Html {
    let state = use_app();
    let locale = state.locale;
    let remaining = use_state(|| None::<u32>);
    let last_activity = use_mut_ref(activity::now_ms);

    // Hooks run on every render, kiosk or not; the guard only acts in one.
    {
        let state = state.clone();
        let remaining = remaining.clone();
        let last_activity = last_activity.clone();
        use_effect_with(state.kiosk, move |config| {
            let guards = config.map(|config| {
                let wipe_state = state.clone();
                let touched = last_activity.clone();
                let listeners = activity::watch(move || *touched.borrow_mut() = activity::now_ms());
                // Only re-render when what is shown changes.
                let shown = Rc::new(Cell::new(None::<u32>));
                let ticker = activity::every_second(move || {
                    let idle = (activity::now_ms() - *last_activity.borrow()) / 1000.0;
                    let left = config.countdown(idle);
                    if left == Some(0) {
                        storage::clear_all();
                        state.dispatch(Action::Wipe);
                        *last_activity.borrow_mut() = activity::now_ms();
                        shown.set(None);
                        remaining.set(None);
                    } else if left != shown.get() {
                        shown.set(left);
                        remaining.set(left);
                    }
                });
                let restored = activity::on_restored(move || {
                    storage::clear_all();
                    wipe_state.dispatch(Action::Wipe);
                });
                (listeners, ticker, restored)
            });
            move || drop(guards)
        });
    }
    if state.kiosk.is_none() {
        return html! {};
    }

    let finish = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            storage::clear_all();
            state.dispatch(Action::Wipe);
        })
    };
    let stay = {
        let remaining = remaining.clone();
        Callback::from(move |_: MouseEvent| {
            *last_activity.borrow_mut() = activity::now_ms();
            remaining.set(None);
        })
    };

    html! {
        <div class="kiosk">
            <p class="hint">{ t(locale, "kiosk-note") }</p>
            <button type="button" class="kiosk-finish" onclick={finish}>{ t(locale, "kiosk-finish") }</button>
            if let Some(seconds) = *remaining {
                <div class="kiosk-idle" role="alertdialog" aria-modal="true" aria-labelledby="kiosk-idle-title" aria-describedby="kiosk-idle-text">
                    <div class="kiosk-idle-box">
                        <h2 id="kiosk-idle-title">{ t(locale, "kiosk-idle-title") }</h2>
                        <p id="kiosk-idle-text" aria-live="assertive">{ t_args(locale, "kiosk-idle-text", &[("seconds", &seconds.to_string())]) }</p>
                        <button type="button" class="primary" onclick={stay} autofocus=true>{ t(locale, "kiosk-stay") }</button>
                    </div>
                </div>
            }
        </div>
    }
}
