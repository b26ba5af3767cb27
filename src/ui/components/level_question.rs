use yew::prelude::*;

use crate::core::answers::{Evidence, Learned, SkillContext};
use crate::core::edit::Edit;
use crate::core::questionnaire::LevelItem;
use crate::core::text::Text;
use crate::i18n::{t, t_args, Locale};
use crate::platform::speech;
use crate::ui::app::{use_app, AppContext};
use crate::ui::components::choice::Choice;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: LevelItem,
    /// The scale's general labels, 0–4.
    pub scale: Vec<Text>,
    /// `None`: not answered; `Some(None)`: "I don't know"; else the level.
    pub answer: Option<Option<u8>>,
    /// Where it was learned, what backs it, what the seeker wants.
    #[prop_or_default]
    pub context: SkillContext,
}

/// One level's radio button: its text, whether all of it fell back to
/// Swedish, and its Swedish under it ("also in Swedish").
struct LevelOption {
    text: String,
    in_swedish: bool,
    also: Option<AttrValue>,
}

/// A 0–4 rating as a group of radio buttons, each with its example, and an
/// "I don't know" that is always there.
#[component]
pub fn LevelQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let lang = locale.content_lang();
    let LevelItem {
        id,
        label,
        description,
        anchors,
        ..
    } = &props.item;
    let option = |value: Option<u8>,
                  text: String,
                  lang: Option<AttrValue>,
                  also: Option<AttrValue>| {
        let checked = props.answer == Some(value);
        let input_id = format!("{id}-{}", value.map_or("x".to_owned(), |v| v.to_string()));
        let onedit = onedit.clone();
        let item = id.clone();
        let onchange = Callback::from(move |_: bool| {
            onedit.emit(Edit::Rate {
                item: item.clone(),
                level: value,
            })
        });
        html! { <Choice id={input_id} name={id.clone()} label={text} {lang} {also} {checked} {onchange} /> }
    };
    // An option is announced as Swedish only when all of it is (a
    // questionnaire with no translation for this language). With "also in
    // Swedish", the whole option again in Swedish under it.
    let sv = Locale::SOURCE.code();
    let options: Vec<LevelOption> = (0..props.scale.len())
        .map(|level| {
            let scale = local::shown(locale, &props.scale[level]);
            let anchor = anchors.iter().find(|a| usize::from(a.level) == level);
            let example = anchor.map(|a| local::shown(locale, &a.example));
            let also =
                local::swedish(locale, state.also_swedish, &props.scale[level]).map(|scale_sv| {
                    let example_sv = anchor.map_or("", |a| a.example.get(sv).text);
                    AttrValue::from(t_args(
                        Locale::SOURCE,
                        "q-level-option",
                        &[("label", &scale_sv), ("example", example_sv)],
                    ))
                });
            LevelOption {
                text: t_args(
                    locale,
                    "q-level-option",
                    &[
                        ("label", scale.text),
                        ("example", example.map_or("", |e| e.text)),
                    ],
                ),
                in_swedish: scale.fallback && example.is_none_or(|e| e.fallback),
                also,
            }
        })
        .collect();
    let dont_know_sv = local::swedish(locale, state.also_swedish, label)
        .map(|_| AttrValue::from(t(Locale::SOURCE, "q-dont-know")));
    // The question, its description and every option, as on screen, each
    // part spoken in its own language.
    let spoken_in = |in_swedish: bool| if in_swedish { sv } else { lang };
    let mut parts: Vec<(String, &'static str)> = std::iter::once(label)
        .chain(description)
        .map(|text| {
            let s = local::shown(locale, text);
            (s.text.to_owned(), spoken_in(s.fallback))
        })
        .collect();
    parts.extend(
        options
            .iter()
            .map(|o| (o.text.clone(), spoken_in(o.in_swedish))),
    );
    parts.push((t(locale, "q-dont-know"), lang));
    let read_aloud = parts
        .iter()
        .all(|(_, l)| speech::has_voice(l))
        .then(|| Callback::from(move |_: MouseEvent| speech::speak(&parts)));
    html! {
        <fieldset class="level-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            if let Some(onclick) = read_aloud {
                <button type="button" class="read-aloud" {onclick}>{ t(locale, "q-read-aloud") }</button>
            }
            if let Some(d) = description {
                <p class="description">{ local::with_swedish(locale, state.also_swedish, d) }</p>
            }
            { for options.into_iter().enumerate().map(|(level, o)| {
                option(Some(level as u8), o.text, o.in_swedish.then(|| AttrValue::from(sv)), o.also)
            }) }
            { option(None, t(locale, "q-dont-know"), None, dont_know_sv) }
            if matches!(props.answer, Some(Some(level)) if level > 0) {
                { context_details(&state, &onedit, id, &props.context) }
            }
        </fieldset>
    }
}

/// How one tick box changes a rating's context.
type ContextChange = Box<dyn Fn(&mut SkillContext, bool)>;

/// The optional details coaches and validation teams ask for first: where
/// the skill was learned, what backs it, and whether the seeker wants to use
/// it or learn more.
fn context_details(
    state: &AppContext,
    onedit: &Callback<Edit>,
    item: &str,
    context: &SkillContext,
) -> Html {
    let locale = state.locale;
    let update = |change: ContextChange| {
        let onedit = onedit.clone();
        let item = item.to_owned();
        let context = context.clone();
        Callback::from(move |checked: bool| {
            let mut next = context.clone();
            change(&mut next, checked);
            onedit.emit(Edit::Context {
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
