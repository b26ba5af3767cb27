use yew::prelude::*;

use crate::core::edit::Edit;
use crate::core::questionnaire::EducationItem;
use crate::i18n::t;
use crate::ui::app::use_app;
use crate::ui::components::choice::Choice;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: EducationItem,
    pub answer: Option<u8>,
}

/// Highest completed education, one choice, with "prefer not to say".
#[component]
pub fn EducationQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let EducationItem { id, label, levels } = &props.item;
    let option = |value: Option<u8>,
                  text: String,
                  lang: Option<AttrValue>,
                  also: Option<AttrValue>| {
        let input_id = format!(
            "{id}-{}",
            value.map_or("none".to_owned(), |v| v.to_string())
        );
        let onedit = onedit.clone();
        let onchange = Callback::from(move |_: bool| onedit.emit(Edit::Education(value)));
        html! { <Choice id={input_id} name={id.clone()} label={text} {lang} {also} checked={props.answer == value} {onchange} /> }
    };
    html! {
        <fieldset class="education-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            { for levels.iter().map(|l| option(Some(l.isced), local::shown(locale, &l.label).text.to_owned(), local::lang_of(locale, &l.label), local::swedish(locale, state.also_swedish, &l.label))) }
            { option(None, t(locale, "q-education-none"), None, None) }
        </fieldset>
    }
}
