use yew::prelude::*;

use crate::core::answers::{Hours, Preferences, Shift};
use crate::core::edit::Edit;
use crate::core::questionnaire::PreferencesItem;
use crate::i18n::t;
use crate::ui::app::use_app;
use crate::ui::components::choice::Choice;
use crate::ui::keys;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: PreferencesItem,
    pub answer: Preferences,
}

/// How much and when the seeker can work.
#[component]
pub fn PreferencesQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let PreferencesItem { id, label } = &props.item;
    let hours = |value: Hours, key: &str| {
        let input_id = format!("{id}-{key}");
        let onedit = onedit.clone();
        let onchange = Callback::from(move |_: bool| onedit.emit(Edit::Hours(Some(value))));
        html! {
            <Choice id={input_id} name={format!("{id}-hours")} label={t(locale, keys::hours(value))}
                checked={props.answer.hours == Some(value)} {onchange} />
        }
    };
    let shift = |value: Shift, key: &str| {
        let input_id = format!("{id}-{key}");
        let onedit = onedit.clone();
        let onchange =
            Callback::from(move |checked: bool| onedit.emit(Edit::Shift(value, checked)));
        html! {
            <Choice id={input_id} label={t(locale, keys::shift(value))} checked={props.answer.shifts.contains(&value)} {onchange} />
        }
    };
    html! {
        <fieldset class="preferences-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
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
