//! The place in the app, kept in the browser's history entry
//! (`history.state`) and never in the address: a reload, back and forward
//! come back to the same page, and nothing a seeker answered or looked at
//! ever appears in a URL that could be shared or logged.

/// Keeps the listener alive until dropped.
pub struct Guard {
    #[cfg(target_arch = "wasm32")]
    _listener: Option<gloo::events::EventListener>,
}

/// Dropping a guard is what stops it; natively there is nothing to stop,
/// but the app drops it the same way in both builds.
#[cfg(not(target_arch = "wasm32"))]
impl Drop for Guard {
    fn drop(&mut self) {}
}

/// The place kept in the current history entry, if any.
#[cfg(target_arch = "wasm32")]
pub fn place() -> Option<String> {
    web_sys::window()?.history().ok()?.state().ok()?.as_string()
}

/// The place to come back to when the page loads: only after a reload or a
/// step back or forward. Opening the app's address anew (a link, a typed
/// address, a bookmark) starts at the start, even in the same tab.
#[cfg(target_arch = "wasm32")]
pub fn place_on_load() -> Option<String> {
    let window = web_sys::window()?;
    let entry = window
        .performance()?
        .get_entries_by_type("navigation")
        .get(0);
    let kind = js_sys::Reflect::get(&entry, &wasm_bindgen::JsValue::from_str("type"))
        .ok()?
        .as_string()?;
    matches!(kind.as_str(), "reload" | "back_forward")
        .then(place)
        .flatten()
}

/// Keeps `place` in history: the first place replaces the entry the app
/// was opened with, a new place becomes a new entry (so back returns),
/// and the place already kept changes nothing.
#[cfg(target_arch = "wasm32")]
pub fn record(place: &str) {
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else {
        return;
    };
    let kept = history.state().ok().and_then(|s| s.as_string());
    let value = wasm_bindgen::JsValue::from_str(place);
    let _ = match kept.as_deref() {
        Some(kept) if kept == place => return,
        Some(_) => history.push_state(&value, ""),
        None => history.replace_state(&value, ""),
    };
}

/// Calls `on_return` with the kept place when the seeker goes back or
/// forward through history.
#[cfg(target_arch = "wasm32")]
pub fn on_return(on_return: impl Fn(Option<String>) + 'static) -> Guard {
    let listener = web_sys::window().map(|window| {
        gloo::events::EventListener::new(&window, "popstate", move |_| on_return(place()))
    });
    Guard {
        _listener: listener,
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::cell::RefCell;

    thread_local! {
        /// What the app asked to keep, newest last: the native stand-in
        /// records it so tests can check what history would hold.
        pub static KEPT: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn place() -> Option<String> {
    native::KEPT.with(|k| k.borrow().last().cloned())
}

#[cfg(not(target_arch = "wasm32"))]
pub fn place_on_load() -> Option<String> {
    place()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn record(place: &str) {
    native::KEPT.with(|k| {
        let mut kept = k.borrow_mut();
        if kept.last().map(String::as_str) != Some(place) {
            kept.push(place.to_owned());
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_return(_on_return: impl Fn(Option<String>) + 'static) -> Guard {
    Guard {}
}
