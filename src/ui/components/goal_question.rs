use yew::prelude::*;

use crate::core::answers::{Goal, GoalKind};
use crate::core::edit::Edit;
use crate::core::questionnaire::GoalItem;
use crate::i18n::t;
use crate::platform::events;
use crate::ui::app::use_app;
use crate::ui::components::choice::Choice;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: GoalItem,
    pub answer: Option<Goal>,
}

/// Work, study or not sure yet, and the goal in the seeker's own words.
#[component]
pub fn GoalQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let GoalItem { id, label } = &props.item;
    let text = props
        .answer
        .as_ref()
        .map_or(String::new(), |g| g.text.clone());
    let kind = props.answer.as_ref().map(|g| g.kind);
    let option = |value: GoalKind, key: &str| {
        let input_id = format!("{id}-{key}");
        let onedit = onedit.clone();
        let text = text.clone();
        let onchange = Callback::from(move |_: bool| {
            onedit.emit(Edit::Goal(Some(Goal {
                kind: value,
                text: text.clone(),
                occupation: None,
            })))
        });
        html! { <Choice id={input_id} name={id.clone()} label={t(locale, key)} checked={kind == Some(value)} {onchange} /> }
    };
    let on_text = {
        let onedit = onedit.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(text) = events::value(&e) {
                onedit.emit(Edit::Goal(Some(Goal {
                    kind: kind.unwrap_or(GoalKind::Unsure),
                    text,
                    occupation: None,
                })));
            }
        })
    };
    let text_id = format!("{id}-text");
    html! {
        <fieldset class="goal-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            { option(GoalKind::Work, "goal-work") }
            { option(GoalKind::Study, "goal-study") }
            { option(GoalKind::OwnBusiness, "goal-own_business") }
            { option(GoalKind::Unsure, "goal-unsure") }
            <div class="field">
                <label for={text_id.clone()}>{ t(locale, "goal-text") }</label>
                <input id={text_id} type="text" value={text} oninput={on_text} autocomplete="off" />
            </div>
        </fieldset>
    }
}
