use yew::prelude::*;

use crate::i18n::{t, Locale};
use crate::ui::content::Refusal;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub refusal: Refusal,
    /// The file's name or address, as the reader knows it.
    pub file: AttrValue,
    pub locale: Locale,
}

/// A refused file: one plain sentence in the reader's language, then the
/// details (path, line, column) behind a disclosure that looks openable.
#[component]
pub fn RefusalText(props: &Props) -> Html {
    let locale = props.locale;
    let details = &props.refusal.details;
    html! {
        <>
            <p class="refusal">{ props.refusal.sentence(locale, &props.file) }</p>
            if !details.is_empty() {
                <details class="details">
                    <summary>{ t(locale, "refused-details") }</summary>
                    <ul>{ for details.iter().map(|d| html! { <li><code>{ d }</code></li> }) }</ul>
                </details>
            }
        </>
    }
}
