//! Files the seeker or a coach picks: read as text, with the size checked
//! before reading so that a huge file cannot freeze the tab.

/// Reads `file` as text unless it is larger than `max_bytes`.
#[cfg(target_arch = "wasm32")]
pub async fn read_text(file: &web_sys::File, max_bytes: usize) -> Result<String, FileError> {
    if file.size() > max_bytes as f64 {
        return Err(FileError::TooLarge {
            bytes: file.size() as u64,
            max: max_bytes as u64,
        });
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| FileError::Unreadable(format!("{e:?}")))?;
    text.as_string()
        .ok_or_else(|| FileError::Unreadable("not text".to_owned()))
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn read_text(_file: &web_sys::File, _max_bytes: usize) -> Result<String, FileError> {
    Err(FileError::Unreadable(
        "no files outside the browser".to_owned(),
    ))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge { bytes: u64, max: u64 },
    Unreadable(String),
}
