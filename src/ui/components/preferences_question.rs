use yew::prelude::*;

use crate::core::answers::{Hours, Preferences, Shift};
use crate::core::questionnaire::Item;
use crate::i18n::t;
use crate::ui::app::AppContext;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub item: Item,
    pub answer: Preferences,
}

/// How much and when the seeker can work.
#[component]
pub fn PreferencesQuestion(props: &Props) -> Html {
    let state = use_context::<AppContext>().expect("PreferencesQuestion is rendered inside App");
    let locale = state.locale;
    let Item::Preferences { id, label } = &props.item else {
        return html! {};
    };
    let hours = |value: Hours, key: &str| {
        let input_id = format!("{id}-{key}");
        let state = state.clone();
        let onchange = Callback::from(move |_: Event| state.dispatch(Action::Hours(Some(value))));
        html! {
            <div class="option">
                <input type="radio" id={input_id.clone()} name={format!("{id}-hours")} checked={props.answer.hours == Some(value)} {onchange} />
                <label for={input_id}>{ t(locale, &format!("pref-{key}")) }</label>
            </div>
        }
    };
    let shift = |value: Shift, key: &str| {
        let input_id = format!("{id}-{key}");
        let state = state.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() {
                state.dispatch(Action::Shift(value, input.checked()));
            }
        });
        html! {
            <div class="option">
                <input type="checkbox" id={input_id.clone()} checked={props.answer.shifts.contains(&value)} {onchange} />
                <label for={input_id}>{ t(locale, &format!("pref-{key}")) }</label>
            </div>
        }
    };
    html! {
        <fieldset class="preferences-question">
            <legend>{ label.get(locale.code()).text }</legend>
            <fieldset>
                <legend>{ t(locale, "pref-hours") }</legend>
                { hours(Hours::FullTime, "full_time") }
                { hours(Hours::PartTime, "part_time") }
                { hours(Hours::Either, "either") }
            </fieldset>
            <fieldset>
                <legend>{ t(locale, "pref-shifts") }</legend>
                { shift(Shift::Day, "day") }
                { shift(Shift::Evening, "evening") }
                { shift(Shift::Night, "night") }
                { shift(Shift::Weekend, "weekend") }
            </fieldset>
        </fieldset>
    }
}
