use yew::prelude::*;

use crate::i18n::{t, t_args, Locale};
use crate::ui::content::{Load, Refusal};

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

/// What to show for a file that is not (yet) there: that it is loading, or
/// why it could not be used, naming the file. `None` once it is ready.
pub fn not_ready<T>(locale: Locale, path: &str, load: &Load<T>, loading: &str) -> Option<Html> {
    let file = path.rsplit('/').next().unwrap_or(path);
    Some(match load {
        Load::Ready(_) => return None,
        Load::Loading => html! { <p role="status">{ t(locale, loading) }</p> },
        Load::Unreachable(reason) => html! {
            <p role="alert" class="problem">{ t_args(locale, "about-load-failed", &[("file", file), ("reason", reason)]) }</p>
        },
        Load::Invalid(refusal) => html! {
            <div role="alert" class="problem">
                <RefusalText refusal={refusal.clone()} file={file.to_owned()} {locale} />
            </div>
        },
    })
}
