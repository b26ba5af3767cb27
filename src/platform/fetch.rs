//! Loading the app's own content files (same origin) as text.

/// The browser's `fetch` and `Response.text()` called directly: gloo-net's
/// request builder brings the `http` crate's methods and headers into the
/// first screen's module for a plain GET.
#[cfg(target_arch = "wasm32")]
pub async fn text(url: &str) -> Result<String, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let said = |e: wasm_bindgen::JsValue| {
        e.dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| format!("{e:?}"))
    };
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(said)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(said)?)
        .await
        .map_err(said)?;
    text.as_string().ok_or_else(|| "not text".to_owned())
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn text(url: &str) -> Result<String, String> {
    Err(format!("{url}: no network outside the browser"))
}
