use yew::prelude::*;

use crate::core::answers::{Hours, Preferences, Shift};
use crate::core::edit::Edit;
use crate::core::municipalities;
use crate::core::questionnaire::PreferencesItem;
use crate::i18n::t;
use crate::i18n::t_args;
use crate::platform::events;
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

/// Where, how much and when the seeker can work.
#[component]
pub fn PreferencesQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let PreferencesItem { id, label } = &props.item;
    let municipalities_part = html! {
        <Municipalities id={id.clone()} chosen={props.answer.municipalities.clone()} onedit={onedit.clone()} />
    };
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
            { municipalities_part }
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

#[derive(Properties, PartialEq)]
struct MunicipalitiesProps {
    id: String,
    /// The SCB codes she chose.
    chosen: Vec<String>,
    onedit: Callback<Edit>,
}

/// Where she wants to work: the municipalities chosen, each with a button
/// to take it away, and a list of the rest to add one from.
#[component]
fn Municipalities(props: &MunicipalitiesProps) -> Html {
    let state = use_app();
    let locale = state.locale;
    let onedit = props.onedit.clone();
    let id = &props.id;
    // The municipality chosen in the list, added with the button: a select
    // that added on every change would add each one an arrow key passes.
    let chosen = use_state(String::new);
    let on_choose = {
        let chosen = chosen.clone();
        Callback::from(move |e: Event| chosen.set(events::value(&e).unwrap_or_default()))
    };
    let on_add = {
        let (chosen, onedit) = (chosen.clone(), onedit.clone());
        Callback::from(move |_: MouseEvent| {
            if !chosen.is_empty() {
                onedit.emit(Edit::Municipality((*chosen).clone(), true));
                chosen.set(String::new());
            }
        })
    };
    let place_id = format!("{id}-municipality");
    html! {
            <fieldset class="municipalities">
                <legend>{ t(locale, "pref-municipalities") }</legend>
                if !props.chosen.is_empty() {
                    <ul data-testid="chosen-municipalities">
                        { for props.chosen.iter().filter_map(|code| {
                            let name = municipalities::name(code)?;
                            let onedit = onedit.clone();
                            let code = code.clone();
                            let onclick = Callback::from(move |_: MouseEvent| onedit.emit(Edit::Municipality(code.clone(), false)));
                            Some(html! {
                                <li>
                                    <span>{ name }</span>
                                    <button type="button" class="link" {onclick}>{ t_args(locale, "pref-municipality-remove", &[("name", name)]) }</button>
                                </li>
                            })
                        }) }
                    </ul>
                }
                <div class="field">
                    <label for={place_id.clone()}>{ t(locale, "pref-municipality") }</label>
                    <select id={place_id} onchange={on_choose}>
                        <option value="" selected={chosen.is_empty()}>{ t(locale, "pref-municipality-choose") }</option>
                        { for municipalities::MUNICIPALITIES.into_iter().filter(|(code, _)| !props.chosen.iter().any(|m| m == code)).map(|(code, name)| html! {
                            <option value={code} selected={*chosen == code}>{ name }</option>
                        }) }
                    </select>
                </div>
                <button type="button" onclick={on_add}>{ t(locale, "pref-municipality-add") }</button>
            </fieldset>
    }
}
