use std::collections::BTreeMap;

use yew::prelude::*;

use crate::core::edit::Edit;
use crate::core::questionnaire::LanguagesItem;
use crate::core::scales::{Cefr, LanguageActivity};
use crate::i18n::{t, t_args};
use crate::platform::events;
use crate::ui::app::use_app;
use crate::ui::keys;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: LanguagesItem,
    pub answer: BTreeMap<String, BTreeMap<LanguageActivity, Cefr>>,
}

/// Languages the seeker knows, each rated on the five activities of the
/// Council of Europe's self-assessment grid (A1–C2).
#[component]
pub fn LanguagesQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let LanguagesItem {
        id,
        label,
        languages,
    } = &props.item;
    let name = |code: &str| keys::language_name(locale, code);
    let add_id = format!("{id}-add");
    let on_add = {
        let onedit = onedit.clone();
        Callback::from(move |e: Event| {
            if let Some(code) = events::value(&e) {
                if !code.is_empty() {
                    onedit.emit(Edit::AddLanguage(code));
                }
                events::select(&e).set_value("");
            }
        })
    };
    let not_added: Vec<&String> = languages
        .iter()
        .filter(|l| !props.answer.contains_key(*l))
        .collect();

    html! {
        <fieldset class="languages-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            { for props.answer.iter().map(|(code, rated)| {
                let language = name(code);
                let remove = {
                    let onedit = onedit.clone();
                    let code = code.clone();
                    Callback::from(move |_: MouseEvent| onedit.emit(Edit::RemoveLanguage(code.clone())))
                };
                html! {
                    <fieldset class="language" key={code.clone()}>
                        <legend>{ &language }</legend>
                        { for LanguageActivity::ALL.into_iter().map(|activity| {
                            let select_id = format!("{id}-{code}-{}", keys::activity(activity));
                            let onedit = onedit.clone();
                            let language_code = code.clone();
                            let onchange = Callback::from(move |e: Event| {
                                if let Some(value) = events::value(&e) {
                                    let level = Cefr::ALL.into_iter().find(|c| c.code() == value);
                                    onedit.emit(Edit::RateLanguage { language: language_code.clone(), activity, level });
                                }
                            });
                            let current = rated.get(&activity).copied();
                            html! {
                                <div class="field">
                                    <label for={select_id.clone()}>{ t(locale, keys::activity(activity)) }</label>
                                    <select id={select_id} {onchange}>
                                        <option value="" selected={current.is_none()}>{ t(locale, "lang-level-none") }</option>
                                        { for Cefr::ALL.into_iter().map(|c| html! {
                                            <option value={c.code()} selected={current == Some(c)}>{ t(locale, keys::cefr(c)) }</option>
                                        }) }
                                    </select>
                                </div>
                            }
                        }) }
                        <button type="button" class="link" onclick={remove}>{ t_args(locale, "lang-remove", &[("language", &language)]) }</button>
                    </fieldset>
                }
            }) }
            if !not_added.is_empty() {
                <div class="field">
                    <label for={add_id.clone()}>{ t(locale, "lang-add") }</label>
                    <select id={add_id} onchange={on_add}>
                        <option value="" selected=true>{ t(locale, "lang-choose") }</option>
                        { for not_added.iter().map(|code| html! { <option value={(*code).clone()}>{ name(code) }</option> }) }
                    </select>
                </div>
            }
        </fieldset>
    }
}
