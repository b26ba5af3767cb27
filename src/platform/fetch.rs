//! Loading the app's own content files (same origin) as text.

#[cfg(target_arch = "wasm32")]
pub async fn text(url: &str) -> Result<String, String> {
    let response = gloo::net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    response.text().await.map_err(|e| e.to_string())
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn text(url: &str) -> Result<String, String> {
    Err(format!("{url}: no network outside the browser"))
}
