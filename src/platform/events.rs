//! What a form control says when it fires an event: its value, whether it
//! is ticked, which option is chosen. Components read events only through
//! these, so none of them names a browser type.

use yew::{Event, TargetCast};

/// The value of the input or select the event came from.
pub fn value(e: &Event) -> Option<String> {
    if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
        return Some(select.value());
    }
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .map(|input| input.value())
}

/// Whether the check box or radio button the event came from is ticked.
pub fn checked(e: &Event) -> bool {
    e.target_dyn_into::<web_sys::HtmlInputElement>()
        .is_some_and(|input| input.checked())
}

/// Which option of the select the event came from is chosen.
pub fn selected_index(e: &Event) -> Option<usize> {
    e.target_dyn_into::<web_sys::HtmlSelectElement>()
        .and_then(|select| usize::try_from(select.selected_index()).ok())
}

/// The select an event came from, kept to set its value later: a menu put
/// back after a change that failed, or emptied after its choice was taken.
pub struct Select(Option<web_sys::HtmlSelectElement>);

pub fn select(e: &Event) -> Select {
    Select(e.target_dyn_into::<web_sys::HtmlSelectElement>())
}

impl Select {
    pub fn set_value(&self, value: &str) {
        if let Some(select) = &self.0 {
            select.set_value(value);
        }
    }
}

/// Whether the details element a toggle event came from is open now.
pub fn is_open(e: &Event) -> bool {
    e.target_dyn_into::<web_sys::Element>()
        .is_some_and(|details| details.has_attribute("open"))
}
