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

#[cfg(not(target_arch = "wasm32"))]
pub fn remove(_key: &str) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn load(_key: &str) -> Option<String> {
    None
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save(_key: &str, _value: &str) {}
