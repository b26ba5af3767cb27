use yew::prelude::*;

use crate::core::questionnaire::Item;
use crate::i18n::t;
use crate::ui::app::AppContext;
use crate::ui::components::choice::Choice;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub item: Item,
    pub answer: Option<u8>,
}

/// Highest completed education, one choice, with "prefer not to say".
#[component]
pub fn EducationQuestion(props: &Props) -> Html {
    let state = use_context::<AppContext>().expect("EducationQuestion is rendered inside App");
    let locale = state.locale;
    let lang = locale.code();
    let Item::Education { id, label, levels } = &props.item else {
        return html! {};
    };
    let option = |value: Option<u8>, text: String| {
        let input_id = format!(
            "{id}-{}",
            value.map_or("none".to_owned(), |v| v.to_string())
        );
        let state = state.clone();
        let onchange = Callback::from(move |_: bool| state.dispatch(Action::Education(value)));
        html! { <Choice id={input_id} name={id.clone()} label={text} checked={props.answer == value} {onchange} /> }
    };
    html! {
        <fieldset class="education-question">
            <legend>{ label.get(lang).text }</legend>
            { for levels.iter().map(|l| option(Some(l.isced), l.label.get(lang).text.to_owned())) }
            { option(None, t(locale, "q-education-none")) }
        </fieldset>
    }
}
