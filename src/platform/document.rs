//! The document element's language and direction, so that screen readers
//! pronounce the text right and right-to-left scripts lay out mirrored.

/// The browser's preferred language tags, best first.
#[cfg(target_arch = "wasm32")]
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let navigator = window.navigator();
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(tag) = navigator.language() {
        tags.push(tag);
    }
    tags
}

#[cfg(target_arch = "wasm32")]
pub fn set_language(code: &str, rtl: bool) {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    if let Some(root) = root {
        let _ = root.set_attribute("lang", code);
        let _ = root.set_attribute("dir", if rtl { "rtl" } else { "ltr" });
    }
}

/// A parameter of the page's own address (`?demand=…`).
#[cfg(target_arch = "wasm32")]
pub fn query_param(name: &str) -> Option<String> {
    let search = web_sys::window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn query_param(_name: &str) -> Option<String> {
    None
}

/// Focuses the first heading inside the element with id `container`.
#[cfg(target_arch = "wasm32")]
pub fn focus_heading(container: &str) {
    use wasm_bindgen::JsCast;
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&format!("#{container} h1")).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        let _ = heading.focus();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus_heading(_container: &str) {}

/// The id of the element that has focus, if it has one.
#[cfg(target_arch = "wasm32")]
pub fn focused_id() -> Option<String> {
    let id = web_sys::window()?.document()?.active_element()?.id();
    (!id.is_empty()).then_some(id)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focused_id() -> Option<String> {
    None
}

/// Gives focus to the element with `id` (a heading too); false if there
/// is none.
#[cfg(target_arch = "wasm32")]
pub fn focus(id: &str) -> bool {
    use wasm_bindgen::JsCast;
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        // A heading takes focus as `focus_heading` gave it.
        if element.tag_name().starts_with('H') && element.tag_name().len() == 2 {
            let _ = element.set_attribute("tabindex", "-1");
        }
        let _ = element.focus();
        return true;
    }
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn focus(_id: &str) -> bool {
    false
}

/// The element with `id`, to mount the first screen in.
#[cfg(target_arch = "wasm32")]
pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

/// Takes the element with `id` out of the page.
#[cfg(target_arch = "wasm32")]
pub fn remove(id: &str) {
    if let Some(element) = element(id) {
        element.remove();
    }
}

/// Makes the element with `id` take no clicks and no focus: it is about
/// to leave the page (ui::handoff).
#[cfg(target_arch = "wasm32")]
pub fn make_inert(id: &str) {
    if let Some(element) = element(id) {
        let _ = element.set_attribute("inert", "");
    }
}

/// A new element with `class`, not yet on the page: an app renders into it
/// in one task and goes on the page in the next (`append_to_body`).
#[cfg(target_arch = "wasm32")]
pub fn detached(class: &str) -> Option<web_sys::Element> {
    let element = web_sys::window()?.document()?.create_element("div").ok()?;
    element.set_class_name(class);
    Some(element)
}

/// Puts `element` at the end of the page's body.
#[cfg(target_arch = "wasm32")]
pub fn append_to_body(element: &web_sys::Element) {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = body.append_child(element);
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn preferred_languages() -> Vec<String> {
    Vec::new()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn set_language(_code: &str, _rtl: bool) {}

/// Opens the browser's print dialog (the print stylesheet shapes the page).
#[cfg(target_arch = "wasm32")]
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn print() {}

/// Takes a profile code from the address (`#p=<digits>`) and removes the
/// fragment from the address and the history entry, so that it is neither
/// shown, bookmarked nor brought back by the back button.
#[cfg(target_arch = "wasm32")]
pub fn take_code() -> Option<String> {
    let window = web_sys::window()?;
    let location = window.location();
    let hash = location.hash().ok()?;
    let digits = hash.strip_prefix("#p=")?.to_owned();
    let plain = format!("{}{}", location.pathname().ok()?, location.search().ok()?);
    let _ = window.history().ok()?.replace_state_with_url(
        &wasm_bindgen::JsValue::NULL,
        "",
        Some(&plain),
    );
    Some(digits)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn take_code() -> Option<String> {
    None
}

/// The app's own address for a QR link: origin and path, and the demand
/// file's address when one was given (so that the reader loads the same
/// file), never `?kiosk` or anything else.
#[cfg(target_arch = "wasm32")]
pub fn app_address(demand: Option<&str>) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    match demand.and_then(|d| web_sys::UrlSearchParams::new().ok().map(|p| (p, d))) {
        Some((params, d)) => {
            params.append("demand", d);
            format!("{base}?{}", String::from(params.to_string()))
        }
        None => base,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn app_address(demand: Option<&str>) -> String {
    match demand {
        Some(d) => format!("http://localhost/?demand={d}"),
        None => "http://localhost/".to_owned(),
    }
}
