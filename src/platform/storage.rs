//! `localStorage`, for the seeker's own phone. Failures (private mode, quota,
//! storage disabled by policy) are treated as "nothing saved": the app must
//! keep working without persistence.

#[cfg(target_arch = "wasm32")]
fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

#[cfg(target_arch = "wasm32")]
pub fn load(key: &str) -> Option<String> {
    local_storage()?.get_item(key).ok().flatten()
}

#[cfg(target_arch = "wasm32")]
pub fn save(key: &str, value: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, value);
    }
}

#[cfg(target_arch = "wasm32")]
pub fn remove(key: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.remove_item(key);
    }
}

/// Empties this site's localStorage and sessionStorage: a kiosk wipe.
#[cfg(target_arch = "wasm32")]
pub fn clear_all() {
    if let Some(window) = web_sys::window() {
        if let Ok(Some(s)) = window.local_storage() {
            let _ = s.clear();
        }
        if let Ok(Some(s)) = window.session_storage() {
            let _ = s.clear();
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub use native::*;

/// Natively, storage is a map on the calling thread that records every
/// write it is asked for, so that "a kiosk never writes to storage" and "a
/// profile code never reaches storage" are native tests too.
#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::cell::RefCell;
    use std::collections::BTreeMap;

    /// One write the app asked for.
    #[derive(Clone, Debug, PartialEq, Eq)]
    pub enum Write {
        Save { key: String, value: String },
        Remove { key: String },
        ClearAll,
    }

    thread_local! {
        static HELD: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
        static WRITES: RefCell<Vec<Write>> = const { RefCell::new(Vec::new()) };
    }

    pub fn load(key: &str) -> Option<String> {
        HELD.with(|h| h.borrow().get(key).cloned())
    }

    pub fn save(key: &str, value: &str) {
        HELD.with(|h| h.borrow_mut().insert(key.to_owned(), value.to_owned()));
        WRITES.with(|w| {
            w.borrow_mut().push(Write::Save {
                key: key.to_owned(),
                value: value.to_owned(),
            })
        });
    }

    pub fn remove(key: &str) {
        HELD.with(|h| h.borrow_mut().remove(key));
        WRITES.with(|w| {
            w.borrow_mut().push(Write::Remove {
                key: key.to_owned(),
            })
        });
    }

    pub fn clear_all() {
        HELD.with(|h| h.borrow_mut().clear());
        WRITES.with(|w| w.borrow_mut().push(Write::ClearAll));
    }

    /// The writes asked for on this thread so far, oldest first.
    pub fn writes() -> Vec<Write> {
        WRITES.with(|w| w.borrow().clone())
    }
}
