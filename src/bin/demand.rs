//! The demand-file worker's module (platform::demand_worker): the holder
//! of the demand file in use, started by static/demand-worker.js in a Web
//! Worker. It carries the demand parser, the scorer and the profile code,
//! and no UI.

#[cfg(target_arch = "wasm32")]
mod worker {
    use std::cell::RefCell;

    use kompetenskoll::core::held::Holder;
    use wasm_bindgen::prelude::*;

    thread_local! {
        static HOLDER: RefCell<Holder> = RefCell::default();
    }

    /// One ask (JSON) with the text of the file it takes, if any: the
    /// reply as JSON.
    #[wasm_bindgen]
    pub fn answer(ask: &str, text: Option<String>) -> String {
        HOLDER.with(|h| h.borrow_mut().answer_text(ask, text.as_deref()))
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    {
        eprintln!("kompetenskoll-demand runs in a browser's worker: build it with `trunk build` (see README).");
        std::process::exit(2);
    }
}
