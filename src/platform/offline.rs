//! The service worker (dist/sw.js, generated at build time): registering it
//! so that the app works offline, and noticing when a new version waits.

#[cfg(target_arch = "wasm32")]
thread_local! {
    static REGISTRATION: std::cell::RefCell<Option<web_sys::ServiceWorkerRegistration>> =
        const { std::cell::RefCell::new(None) };
}

/// Registers the service worker; `on_update` is called when a new version
/// has installed and waits for the seeker's agreement. Failing to register
/// (a private window, a test that blocks workers) only means no offline use.
#[cfg(target_arch = "wasm32")]
pub fn register(on_update: impl Fn() + 'static) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    // `serviceWorker` is missing on insecure origins; web-sys would throw.
    if container.is_undefined() {
        return;
    }
    let on_update = std::rc::Rc::new(on_update);
    let promise = container.register("sw.js");
    let controlled = container.controller().is_some();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        if reg.waiting().is_some() && controlled {
            on_update();
        }
        let watched = reg.clone();
        let found = Closure::<dyn Fn()>::new(move || {
            let Some(worker) = watched.installing() else {
                return;
            };
            let on_update = on_update.clone();
            let probe = worker.clone();
            let changed = Closure::<dyn Fn()>::new(move || {
                if probe.state() == web_sys::ServiceWorkerState::Installed && controlled {
                    on_update();
                }
            });
            worker.set_onstatechange(Some(changed.as_ref().unchecked_ref()));
            changed.forget();
        });
        reg.set_onupdatefound(Some(found.as_ref().unchecked_ref()));
        found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(reg));
    });
}

/// Lets the waiting version take over, then reloads into it. Answers are
/// already saved, so the reload loses nothing.
#[cfg(target_arch = "wasm32")]
pub fn apply_update() {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(reload.as_ref().unchecked_ref()));
    reload.forget();
    REGISTRATION.with(|r| {
        if let Some(waiting) = r.borrow().as_ref().and_then(|reg| reg.waiting()) {
            let _ = waiting.post_message(&wasm_bindgen::JsValue::from_str("skip-waiting"));
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
pub fn register(_on_update: impl Fn() + 'static) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn apply_update() {}
