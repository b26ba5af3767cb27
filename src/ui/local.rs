//! Content texts (questions, occupations, trainings) in the seeker's
//! language. A text the content file has not translated is shown in
//! Swedish, marked: `lang="sv"` so a screen reader switches voice, and a
//! visible "(in Swedish)" in the seeker's language.

use yew::prelude::*;

use crate::core::text::{Shown, Text};
use crate::i18n::{t, Locale};

/// `text` as `locale` shows it; `fallback` only when it is not in a
/// language the seeker reads (lättläst reads Swedish as its own where the
/// content has no lättläst wording).
pub fn shown(locale: Locale, text: &Text) -> Shown<'_> {
    let mut shown = text.get(locale.content_lang());
    if locale.reads_swedish() && shown.lang == Locale::SOURCE.code() {
        shown.fallback = false;
    }
    shown
}

/// The text, marked as Swedish where it fell back.
pub fn marked(locale: Locale, text: &Text) -> Html {
    let s = shown(locale, text);
    if s.fallback {
        html! {
            <span class="untranslated">
                <span lang={s.lang.to_owned()} dir="ltr">{ s.text }</span>
                { " " }<span class="untranslated-mark">{ t(locale, "untranslated-mark") }</span>
            </span>
        }
    } else {
        html! { { s.text } }
    }
}

/// The Swedish of `text`, to show under it when the seeker asked for the
/// questions in Swedish too; `None` when it is shown in Swedish already.
pub fn swedish(locale: Locale, also: bool, text: &Text) -> Option<AttrValue> {
    if !also || locale.reads_swedish() || shown(locale, text).fallback {
        return None;
    }
    let sv = text.get(Locale::SOURCE.code());
    (!sv.fallback).then(|| AttrValue::from(sv.text.to_owned()))
}

/// [`marked`], with the Swedish under it when asked for (see [`swedish`]).
pub fn with_swedish(locale: Locale, also: bool, text: &Text) -> Html {
    html! {
        <>
            { marked(locale, text) }
            { swedish_line(swedish(locale, also, text)) }
        </>
    }
}

/// A second line in Swedish, or nothing.
pub fn swedish_line(text: Option<AttrValue>) -> Html {
    match text {
        // The line keeps the page's direction, so it lines up under the
        // text it repeats; the Swedish inside it runs left to right.
        Some(text) => {
            html! { <span class="also-sv" lang="sv"><bdi dir="ltr">{ text }</bdi></span> }
        }
        None => html! {},
    }
}

/// The language to put on an element whose whole text is `text`: `None`
/// when it is the page's own.
pub fn lang_of(locale: Locale, text: &Text) -> Option<AttrValue> {
    let s = shown(locale, text);
    s.fallback.then(|| AttrValue::from(s.lang.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Properties, PartialEq)]
    struct WrapProps {
        html: Html,
    }

    #[component]
    fn Wrap(props: &WrapProps) -> Html {
        props.html.clone()
    }

    async fn render(html: Html) -> String {
        yew::LocalServerRenderer::<Wrap>::with_props(WrapProps { html })
            .hydratable(false)
            .render()
            .await
    }

    #[tokio::test]
    async fn a_missing_translation_is_swedish_and_says_so_in_the_seekers_language() {
        let text = Text::sv("Svetsare").with("en", "Welder");
        assert_eq!(render(marked(Locale::En, &text)).await, "Welder");
        let so = render(marked(Locale::So, &text)).await;
        assert!(
            so.contains(r#"lang="sv""#) && so.contains("Svetsare"),
            "{so}"
        );
        assert!(so.contains(&t(Locale::So, "untranslated-mark")), "{so}");
        assert_eq!(lang_of(Locale::Ar, &text).as_deref(), Some("sv"));
        assert_eq!(lang_of(Locale::En, &text), None);
    }

    #[tokio::test]
    async fn swedish_beside_the_seekers_language_only_when_asked_and_not_twice() {
        let text = Text::sv("Svetsare").with("ar", "لحّام");
        assert_eq!(swedish(Locale::Ar, false, &text), None);
        assert_eq!(
            swedish(Locale::Ar, true, &text).as_deref(),
            Some("Svetsare")
        );
        // Already Swedish: as a fallback, or for a Swedish reader.
        assert_eq!(swedish(Locale::So, true, &text), None);
        assert_eq!(swedish(Locale::SvEasy, true, &text), None);
        let html = render(with_swedish(Locale::Ar, true, &text)).await;
        assert!(
            html.contains("لحّام") && html.contains(r#"lang="sv""#),
            "{html}"
        );
    }

    #[tokio::test]
    async fn easy_swedish_reads_swedish_content_as_its_own() {
        let text = Text::sv("Svetsare");
        assert_eq!(render(marked(Locale::SvEasy, &text)).await, "Svetsare");
        assert!(!shown(Locale::SvEasy, &text).fallback);
    }
}
