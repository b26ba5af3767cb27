use std::collections::BTreeSet;

use yew::prelude::*;

use crate::core::edit::Edit;
use crate::core::questionnaire::LicencesItem;
use crate::core::scales::Licence;
use crate::i18n::t;
use crate::ui::app::use_app;
use crate::ui::components::choice::Choice;
use crate::ui::keys;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: LicencesItem,
    /// `None`: not answered; an empty set: no licence.
    pub answer: Option<BTreeSet<Licence>>,
}

/// The EU licence categories held, or "no licence".
#[component]
pub fn LicencesQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let LicencesItem { id, label } = &props.item;
    let held = props.answer.clone();
    let toggle = |category: Licence| {
        let onedit = onedit.clone();
        let held = held.clone();
        Callback::from(move |checked: bool| {
            let mut set = held.clone().unwrap_or_default();
            if checked {
                set.insert(category);
            } else {
                set.remove(&category);
            }
            onedit.emit(Edit::Licences(Some(set)));
        })
    };
    let none_id = format!("{id}-none");
    let on_none = {
        let onedit = onedit.clone();
        Callback::from(move |checked: bool| {
            onedit.emit(Edit::Licences(checked.then(BTreeSet::new)))
        })
    };
    html! {
        <fieldset class="licences-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            <Choice id={none_id} label={t(locale, "licences-none")} checked={held.as_ref().is_some_and(BTreeSet::is_empty)} onchange={on_none} />
            { for Licence::ALL.into_iter().map(|category| {
                html! {
                    <Choice id={format!("{id}-{}", category.code())} label={t(locale, keys::licence(category))}
                        checked={held.as_ref().is_some_and(|h| h.contains(&category))} onchange={toggle(category)} />
                }
            }) }
        </fieldset>
    }
}
