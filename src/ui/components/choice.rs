use yew::prelude::*;

use crate::platform::events;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
    /// The radio group's name; a checkbox has none.
    #[prop_or_default]
    pub name: Option<AttrValue>,
    pub label: AttrValue,
    /// The label's language, where it is not the page's (a content text
    /// shown in Swedish because it has no translation).
    #[prop_or_default]
    pub lang: Option<AttrValue>,
    /// The label in Swedish too, on a line of its own (see `local::swedish`).
    #[prop_or_default]
    pub also: Option<AttrValue>,
    pub checked: bool,
    /// Called with the new checked state (always `true` for a radio).
    pub onchange: Callback<bool>,
}

/// One radio button or checkbox with its label: the row every question is
/// made of, with the whole row as the touch target.
#[component]
pub fn Choice(props: &Props) -> Html {
    let onchange = props.onchange.reform(|e: Event| events::checked(&e));
    let kind = if props.name.is_some() {
        "radio"
    } else {
        "checkbox"
    };
    html! {
        <div class="option">
            <input type={kind} id={props.id.clone()} name={props.name.clone()} checked={props.checked} {onchange} autocomplete="off" />
            <label for={props.id.clone()} lang={props.lang.clone()}>
                { props.label.clone() }
                { crate::ui::local::swedish_line(props.also.clone()) }
            </label>
        </div>
    }
}
