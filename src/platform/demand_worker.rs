//! The demand-file worker (core::held): a Web Worker that fetches or reads
//! demand files itself, holds the one in use and answers the page's asks,
//! so no file's text, parse or ranking ever runs on the page. One worker
//! for the page's life, started at the first ask; asks are answered in the
//! order they were made (static/demand-worker.js).
//!
//! Natively a [`Holder`] in this thread answers at once; it cannot fetch
//! or read files, as [`crate::platform::fetch`] cannot.

use crate::core::held::{Ask, Reply};
use crate::platform::files::Picked;

/// Where the text of a file to take comes from.
pub enum Text<'a> {
    None,
    /// An address, resolved against the page's.
    Address(&'a str),
    /// A file the seeker picked or dropped, its size already checked.
    File(&'a Picked),
}

/// The worker's answer to `ask`, or why the file it came with could not
/// be fetched or read (the browser's reason).
pub async fn ask(ask: &Ask, text: Text<'_>) -> Result<Reply, String> {
    let ask = serde_json::to_string(ask).map_err(|e| e.to_string())?;
    let reply = imp::ask(ask, text).await?;
    let reply = serde_json::from_str(&reply).map_err(|e| e.to_string());
    // Decoding a long reply and rendering what it brings would be one long
    // task: the page renders it in the next one.
    super::clock::next_task().await;
    reply
}

#[cfg(target_arch = "wasm32")]
mod imp {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;

    use futures::channel::oneshot;
    use js_sys::{Object, Reflect};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    use super::Text;

    /// The worker's entry (static/demand-worker.js), beside index.html.
    const SCRIPT: &str = "demand-worker.js";

    type Waiting = Rc<RefCell<HashMap<u32, oneshot::Sender<Result<String, String>>>>>;

    struct Worker {
        worker: web_sys::Worker,
        waiting: Waiting,
        next: u32,
        _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    }

    thread_local! {
        static WORKER: RefCell<Option<Worker>> = const { RefCell::new(None) };
    }

    fn base() -> String {
        web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default()
    }

    fn start() -> Result<Worker, String> {
        let options = web_sys::WorkerOptions::new();
        options.set_type(web_sys::WorkerType::Module);
        let url = web_sys::Url::new_with_base(SCRIPT, &base())
            .map_err(|e| format!("{e:?}"))?
            .href();
        let worker =
            web_sys::Worker::new_with_options(&url, &options).map_err(|e| format!("{e:?}"))?;
        let waiting: Waiting = Rc::default();
        let on_message = {
            let waiting = waiting.clone();
            Closure::<dyn FnMut(_)>::new(move |e: web_sys::MessageEvent| {
                let data = e.data();
                let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).ok();
                let Some(seq) = field("seq").and_then(|s| s.as_f64()) else {
                    return;
                };
                let answer = match field("reply").and_then(|r| r.as_string()) {
                    Some(reply) => Ok(reply),
                    None => Err(field("unreachable")
                        .and_then(|r| r.as_string())
                        .unwrap_or_default()),
                };
                if let Some(sender) = waiting.borrow_mut().remove(&(seq as u32)) {
                    let _ = sender.send(answer);
                }
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        Ok(Worker {
            worker,
            waiting,
            next: 0,
            _on_message: on_message,
        })
    }

    fn post(
        ask: String,
        text: Text<'_>,
    ) -> Result<oneshot::Receiver<Result<String, String>>, String> {
        WORKER.with(|cell| {
            let mut cell = cell.borrow_mut();
            if cell.is_none() {
                *cell = Some(start()?);
            }
            let worker = cell.as_mut().expect("started above");
            worker.next = worker.next.wrapping_add(1);
            let seq = worker.next;
            let message = Object::new();
            let set = |name: &str, value: &JsValue| {
                let _ = Reflect::set(&message, &JsValue::from_str(name), value);
            };
            set("seq", &JsValue::from(seq));
            set("ask", &JsValue::from_str(&ask));
            match text {
                Text::None => {}
                Text::Address(address) => {
                    let url = web_sys::Url::new_with_base(address, &base())
                        .map_err(|e| format!("{e:?}"))?
                        .href();
                    set("url", &JsValue::from_str(&url));
                }
                Text::File(file) => set("file", file.file().as_ref()),
            }
            let (sender, receiver) = oneshot::channel();
            worker.waiting.borrow_mut().insert(seq, sender);
            worker
                .worker
                .post_message(&message)
                .map_err(|e| format!("{e:?}"))?;
            Ok(receiver)
        })
    }

    pub async fn ask(ask: String, text: Text<'_>) -> Result<String, String> {
        let receiver = post(ask, text)?;
        receiver
            .await
            .unwrap_or_else(|_| Err("the worker stopped".to_owned()))
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod imp {
    use std::cell::RefCell;

    use super::Text;
    use crate::core::held::Holder;

    thread_local! {
        static HOLDER: RefCell<Holder> = RefCell::default();
    }

    pub async fn ask(ask: String, text: Text<'_>) -> Result<String, String> {
        match text {
            Text::None => Ok(HOLDER.with(|h| h.borrow_mut().answer_text(&ask, None))),
            Text::Address(address) => Err(format!("{address}: no network outside the browser")),
            Text::File(_) => Err("no files outside the browser".to_owned()),
        }
    }
}
