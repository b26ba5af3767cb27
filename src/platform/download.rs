//! Saving a file the seeker asked for, through the browser's download.

/// Offers `text` as a download named `name`. The object URL is revoked at
/// once after the click, so nothing of the profile stays reachable.
#[cfg(target_arch = "wasm32")]
pub fn save_text(name: &str, mime: &str, text: &str) -> Result<(), String> {
    use wasm_bindgen::JsCast;
    let fail = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| "not an anchor".to_owned())?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    web_sys::Url::revoke_object_url(&url).map_err(fail)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn save_text(_name: &str, _mime: &str, _text: &str) -> Result<(), String> {
    Err("no downloads outside the browser".to_owned())
}
