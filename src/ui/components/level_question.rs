use yew::prelude::*;

use crate::core::answers::{Evidence, Learned, SkillContext};
use crate::core::questionnaire::Item;
use crate::core::text::Text;
use crate::i18n::{t, t_args};
use crate::platform::speech;
use crate::ui::app::AppContext;
use crate::ui::components::choice::Choice;
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub item: Item,
    /// The scale's general labels, 0–4.
    pub scale: Vec<Text>,
    /// `None`: not answered; `Some(None)`: "I don't know"; else the level.
    pub answer: Option<Option<u8>>,
    /// Where it was learned, what backs it, what the seeker wants.
    #[prop_or_default]
    pub context: SkillContext,
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
        let onchange = Callback::from(move |_: bool| {
            state.dispatch(Action::Rate {
                item: item.clone(),
                level: value,
            })
        });
        html! { <Choice id={input_id} name={id.clone()} label={text} {checked} {onchange} /> }
    };
    // The question, its description and every option, as on screen.
    let read_aloud = speech::has_voice(lang).then(|| {
        let mut text = vec![label.get(lang).text.to_owned()];
        text.extend(description.as_ref().map(|d| d.get(lang).text.to_owned()));
        for level in 0..props.scale.len() {
            let example = anchors
                .iter()
                .find(|a| usize::from(a.level) == level)
                .map(|a| a.example.get(lang).text)
                .unwrap_or("");
            text.push(t_args(
                locale,
                "q-level-option",
                &[
                    ("label", props.scale[level].get(lang).text),
                    ("example", example),
                ],
            ));
        }
        text.push(t(locale, "q-dont-know"));
        let text = text.join(". ");
        Callback::from(move |_: MouseEvent| speech::speak(&text, lang))
    });
    html! {
        <fieldset class="level-question">
            <legend>{ label.get(lang).text }</legend>
            if let Some(onclick) = read_aloud {
                <button type="button" class="read-aloud" {onclick}>{ t(locale, "q-read-aloud") }</button>
            }
            if let Some(d) = description {
                <p class="description">{ d.get(lang).text }</p>
            }
            { for (0..props.scale.len()).map(|level| {
                let example = anchors.iter().find(|a| usize::from(a.level) == level).map(|a| a.example.get(lang).text).unwrap_or("");
                let text = t_args(locale, "q-level-option", &[("label", props.scale[level].get(lang).text), ("example", example)]);
                option(Some(level as u8), text)
            }) }
            { option(None, t(locale, "q-dont-know")) }
            if matches!(props.answer, Some(Some(level)) if level > 0) {
                { context_details(&state, id, &props.context) }
            }
        </fieldset>
    }
}

/// The optional details coaches and validation teams ask for first: where
/// the skill was learned, what backs it, and whether the seeker wants to use
/// it or learn more.
fn context_details(state: &AppContext, item: &str, context: &SkillContext) -> Html {
    let locale = state.locale;
    let update = |change: Box<dyn Fn(&mut SkillContext, bool)>| {
        let state = state.clone();
        let item = item.to_owned();
        let context = context.clone();
        Callback::from(move |checked: bool| {
            let mut next = context.clone();
            change(&mut next, checked);
            state.dispatch(Action::Context {
                item: item.clone(),
                context: next,
            });
        })
    };
    let check = |key: &str, checked: bool, onchange: Callback<bool>| {
        html! { <Choice id={format!("{item}-{key}")} label={t(locale, key)} {checked} {onchange} /> }
    };
    let learned = |place: Learned, key: &str| {
        let on = context.learned.contains(&place);
        check(
            key,
            on,
            update(Box::new(move |c, checked| {
                c.learned.retain(|l| *l != place);
                if checked {
                    c.learned.push(place);
                    c.learned.sort();
                }
            })),
        )
    };
    let evidence = |value: Evidence, key: &str| {
        html! {
            <Choice id={format!("{item}-{key}")} name={format!("{item}-evidence")} label={t(locale, key)}
                checked={context.evidence == value} onchange={update(Box::new(move |c, _| c.evidence = value))} />
        }
    };
    html! {
        <details class="context">
            <summary>{ t(locale, "ctx-summary") }</summary>
            <fieldset>
                <legend>{ t(locale, "ctx-learned") }</legend>
                { learned(Learned::Work, "ctx-learned-work") }
                { learned(Learned::Education, "ctx-learned-education") }
                { learned(Learned::Elsewhere, "ctx-learned-elsewhere") }
            </fieldset>
            <fieldset>
                <legend>{ t(locale, "ctx-evidence") }</legend>
                { evidence(Evidence::SelfAssessed, "ctx-evidence-self_assessed") }
                { evidence(Evidence::Document, "ctx-evidence-document") }
                { evidence(Evidence::Validated, "ctx-evidence-validated") }
            </fieldset>
            <fieldset>
                <legend>{ t(locale, "ctx-wants") }</legend>
                { check("ctx-wants-use", context.wants_to_use, update(Box::new(|c, checked| c.wants_to_use = checked))) }
                { check("ctx-wants-learn", context.wants_to_learn, update(Box::new(|c, checked| c.wants_to_learn = checked))) }
            </fieldset>
        </details>
    }
}
