use yew::prelude::*;

use crate::core::questionnaire::Item;
use crate::core::text::Text;
use crate::i18n::{t, t_args};
use crate::ui::app::AppContext;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub item: Item,
    /// The scale's general labels, 0–4.
    pub scale: Vec<Text>,
    /// `None`: not answered; `Some(None)`: "I don't know"; else the level.
    pub answer: Option<Option<u8>>,
}

/// A 0–4 rating as a group of radio buttons, each with its example, and an
/// "I don't know" that is always there.
#[component]
pub fn LevelQuestion(props: &Props) -> Html {
    let state = use_context::<AppContext>().expect("LevelQuestion is rendered inside App");
    let locale = state.locale;
    let lang = locale.code();
    let Item::Level {
        id,
        label,
        description,
        anchors,
        ..
    } = &props.item
    else {
        return html! {};
    };
    let option = |value: Option<u8>, text: String| {
        let checked = props.answer == Some(value);
        let input_id = format!("{id}-{}", value.map_or("x".to_owned(), |v| v.to_string()));
        let state = state.clone();
        let item = id.clone();
        let onchange = Callback::from(move |_: Event| {
            state.dispatch(Action::Rate {
                item: item.clone(),
                level: value,
            })
        });
        html! {
            <div class="option">
                <input type="radio" id={input_id.clone()} name={id.clone()} {checked} {onchange} autocomplete="off" />
                <label for={input_id}>{ text }</label>
            </div>
        }
    };
    html! {
        <fieldset class="level-question">
            <legend>{ label.get(lang).text }</legend>
            if let Some(d) = description {
                <p class="description">{ d.get(lang).text }</p>
            }
            { for (0..props.scale.len()).map(|level| {
                let example = anchors.iter().find(|a| usize::from(a.level) == level).map(|a| a.example.get(lang).text).unwrap_or("");
                let text = t_args(locale, "q-level-option", &[("label", props.scale[level].get(lang).text), ("example", example)]);
                option(Some(level as u8), text)
            }) }
            { option(None, t(locale, "q-dont-know")) }
        </fieldset>
    }
}
