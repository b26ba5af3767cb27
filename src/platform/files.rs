//! Files the seeker or a coach picks: read as text, with the size checked
//! before reading so that a huge file cannot freeze the tab.

use yew::{DragEvent, Event, TargetCast};

/// A file picked in a file input or dropped on the page, not yet read.
pub struct Picked(web_sys::File);

impl Picked {
    /// The file's name as the device gives it.
    pub fn name(&self) -> String {
        self.0.name()
    }

    /// The browser's file, for handing to the demand-file worker.
    #[cfg(target_arch = "wasm32")]
    pub(crate) fn file(&self) -> &web_sys::File {
        &self.0
    }
}

/// The files of a browser file list, in order.
fn listed(list: Option<web_sys::FileList>) -> Vec<Picked> {
    list.map_or_else(Vec::new, |list| {
        (0..list.length())
            .filter_map(|i| list.get(i))
            .map(Picked)
            .collect()
    })
}

/// Every file picked in the file input an event came from (one, or many
/// where it is `multiple`); the input is then cleared so that the same
/// file can be picked again once fixed.
pub fn take_all_picked(e: &Event) -> Vec<Picked> {
    let Some(input) = e.target_dyn_into::<web_sys::HtmlInputElement>() else {
        return Vec::new();
    };
    let picked = listed(input.files());
    input.set_value("");
    picked
}

/// The file picked in the file input an event came from.
pub fn take_picked(e: &Event) -> Option<Picked> {
    take_all_picked(e).into_iter().next()
}

/// Every file dropped with a drag-and-drop event.
pub fn dropped_all(e: &DragEvent) -> Vec<Picked> {
    listed(e.data_transfer().and_then(|d| d.files()))
}

/// The first file dropped with a drag-and-drop event.
pub fn dropped(e: &DragEvent) -> Option<Picked> {
    dropped_all(e).into_iter().next()
}

/// Whether `file` is at most `max_bytes`: asked before it is read, so a
/// huge file is turned away without reading it.
pub fn within(file: &Picked, max_bytes: usize) -> Result<(), FileError> {
    let bytes = file.0.size() as u64;
    if bytes > max_bytes as u64 {
        return Err(FileError::TooLarge {
            bytes,
            max: max_bytes as u64,
        });
    }
    Ok(())
}

/// Reads `file` as text unless it is larger than `max_bytes`.
#[cfg(target_arch = "wasm32")]
pub async fn read_text(picked: &Picked, max_bytes: usize) -> Result<String, FileError> {
    within(picked, max_bytes)?;
    let file = &picked.0;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| FileError::Unreadable(format!("{e:?}")))?;
    text.as_string()
        .ok_or_else(|| FileError::Unreadable("not text".to_owned()))
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn read_text(_file: &Picked, _max_bytes: usize) -> Result<String, FileError> {
    Err(FileError::Unreadable(
        "no files outside the browser".to_owned(),
    ))
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FileError {
    TooLarge { bytes: u64, max: u64 },
    Unreadable(String),
}
