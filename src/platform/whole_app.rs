//! The whole app's module, loaded by the first screen when the seeker has
//! begun (ui::handoff). Trunk builds it as a module that nothing starts
//! (index.html, `data-type="worker"` with the `web` target): this loads it
//! with a dynamic `import()` from the app's own origin, as the CSP allows.

/// Where Trunk writes the whole app's module (its binary's name).
const MODULE: &str = "kompetenskoll-web.js";
/// The whole app's own styles (index.html copies them).
#[cfg(target_arch = "wasm32")]
const STYLE: &str = "whole-app.css";

#[cfg(target_arch = "wasm32")]
mod js {
    use wasm_bindgen::prelude::*;

    #[wasm_bindgen(inline_js = r#"
export async function load_module(path, style) {
  // The whole app's styles, beside the first screen's; in before it takes over.
  const styled = new Promise((loaded, failed) => {
    document.querySelector(`link[href="${style}"]`)?.remove();
    const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href: style });
    link.onload = loaded;
    link.onerror = () => failed(new Error(`${style} could not be loaded`));
    document.head.append(link);
  });
  const module = await import(new URL(path, document.baseURI).href);
  const wasm = await module.default();
  await styled;
  // As Trunk announces the first screen's (the bench reads its memory).
  dispatchEvent(new CustomEvent("WholeAppStarted", { detail: { wasm } }));
  return module;
}
export function prepare(module, locales) { return module.prepare(locales); }
export function mount(module, handoff) { module.mount(handoff); }
export function render(module) { module.render(); }
export function attach(module) { module.attach(); }
"#)]
    extern "C" {
        #[wasm_bindgen(catch)]
        pub async fn load_module(path: &str, style: &str) -> Result<JsValue, JsValue>;
        #[wasm_bindgen(catch)]
        pub async fn prepare(module: &JsValue, locales: &str) -> Result<JsValue, JsValue>;
        pub fn mount(module: &JsValue, handoff: &str);
        pub fn render(module: &JsValue);
        pub fn attach(module: &JsValue);
    }
}

/// The whole app, loaded and with its files fetched: ready to take over.
#[derive(Clone)]
pub struct WholeApp {
    #[cfg(target_arch = "wasm32")]
    module: wasm_bindgen::JsValue,
}

/// Loads the whole app's module and has it fetch its files for `locales`
/// (codes, comma-separated); the browser's reason if that fails. A later
/// `attempt` asks under another address: a browser keeps a failed import
/// as failed for the page's life.
#[cfg(target_arch = "wasm32")]
pub async fn load(locales: &str, attempt: u32) -> Result<WholeApp, String> {
    use wasm_bindgen::JsCast;
    let reason = |e: wasm_bindgen::JsValue| match e.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
    };
    let address = match attempt {
        0 => MODULE.to_owned(),
        n => format!("{MODULE}?attempt={n}"),
    };
    let style = match attempt {
        0 => STYLE.to_owned(),
        n => format!("{STYLE}?attempt={n}"),
    };
    let module = js::load_module(&address, &style).await.map_err(reason)?;
    js::prepare(&module, locales).await.map_err(reason)?;
    // Its files were read in the task that resolved it; taking over is
    // the next one's (on a slow phone the two together were one long task).
    crate::platform::clock::next_task().await;
    Ok(WholeApp { module })
}

#[cfg(not(target_arch = "wasm32"))]
pub async fn load(_locales: &str, _attempt: u32) -> Result<WholeApp, String> {
    Err(format!("{MODULE} runs in the browser"))
}

impl WholeApp {
    /// Gives the whole app the seeker's part (`Handoff::encode`); it
    /// renders off the page at `render` and comes on it at `attach`.
    #[cfg(target_arch = "wasm32")]
    pub fn mount(&self, handoff: &str) {
        js::mount(&self.module, handoff);
    }

    #[cfg(target_arch = "wasm32")]
    pub fn render(&self) {
        js::render(&self.module);
    }

    #[cfg(target_arch = "wasm32")]
    pub fn attach(&self) {
        js::attach(&self.module);
    }

    #[cfg(not(target_arch = "wasm32"))]
    pub fn mount(&self, _handoff: &str) {}

    #[cfg(not(target_arch = "wasm32"))]
    pub fn render(&self) {}

    #[cfg(not(target_arch = "wasm32"))]
    pub fn attach(&self) {}
}
