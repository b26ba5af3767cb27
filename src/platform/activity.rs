//! Noticing that someone is using the device, and ticking once a second:
//! what kiosk mode needs to tell an idle session. Dropping the returned
//! guard stops it.

/// Keeps listeners or timers alive until dropped.
pub struct Guard {
    #[cfg(target_arch = "wasm32")]
    _listeners: Vec<gloo::events::EventListener>,
    #[cfg(target_arch = "wasm32")]
    _interval: Option<gloo::timers::callback::Interval>,
}

/// Dropping a guard is what stops it; natively there is nothing to stop,
/// but the app drops it the same way in both builds.
#[cfg(not(target_arch = "wasm32"))]
impl Drop for Guard {
    fn drop(&mut self) {}
}

/// Calls `on_activity` on every touch, click, key press or scroll.
#[cfg(target_arch = "wasm32")]
pub fn watch(on_activity: impl Fn() + 'static) -> Guard {
    let on_activity = std::rc::Rc::new(on_activity);
    let listeners = match web_sys::window() {
        Some(window) => [
            "pointerdown",
            "keydown",
            "input",
            "scroll",
            "wheel",
            "touchstart",
        ]
        .into_iter()
        .map(|event| {
            let f = on_activity.clone();
            let options = gloo::events::EventListenerOptions {
                phase: gloo::events::EventListenerPhase::Capture,
                passive: true,
            };
            gloo::events::EventListener::new_with_options(&window, event, options, move |_| f())
        })
        .collect(),
        None => Vec::new(),
    };
    Guard {
        _listeners: listeners,
        _interval: None,
    }
}

/// Keeps the focused field in view when the visible area shrinks, as it
/// does when a phone's on-screen keyboard opens.
#[cfg(target_arch = "wasm32")]
pub fn keep_focus_in_view() -> Guard {
    let listener = web_sys::window()
        .and_then(|w| w.visual_viewport())
        .map(|viewport| {
            gloo::events::EventListener::new(&viewport, "resize", |_| {
                let focused = web_sys::window()
                    .and_then(|w| w.document())
                    .and_then(|d| d.active_element());
                if let Some(element) = focused
                    .filter(|e| matches!(e.tag_name().as_str(), "INPUT" | "SELECT" | "TEXTAREA"))
                {
                    let options = web_sys::ScrollIntoViewOptions::new();
                    options.set_block(web_sys::ScrollLogicalPosition::Nearest);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                }
            })
        });
    Guard {
        _listeners: listener.into_iter().collect(),
        _interval: None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn keep_focus_in_view() -> Guard {
    Guard {}
}

/// Calls `tick` every second.
#[cfg(target_arch = "wasm32")]
pub fn every_second(tick: impl FnMut() + 'static) -> Guard {
    Guard {
        _listeners: Vec::new(),
        _interval: Some(gloo::timers::callback::Interval::new(1_000, tick)),
    }
}

/// Milliseconds since the epoch, from the browser's clock.
#[cfg(target_arch = "wasm32")]
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

#[cfg(not(target_arch = "wasm32"))]
pub fn watch(_on_activity: impl Fn() + 'static) -> Guard {
    Guard {}
}

#[cfg(not(target_arch = "wasm32"))]
pub fn every_second(_tick: impl FnMut() + 'static) -> Guard {
    Guard {}
}

#[cfg(not(target_arch = "wasm32"))]
pub fn now_ms() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
}

/// Calls `on_code` with the digits when the address changes to a `#p=`
/// link while the app is open (a second code opened in the same tab); the
/// fragment is removed as at start.
#[cfg(target_arch = "wasm32")]
pub fn watch_codes(on_code: impl Fn(String) + 'static) -> Guard {
    let listeners = web_sys::window()
        .map(|window| {
            vec![gloo::events::EventListener::new(
                &window,
                "hashchange",
                move |_| {
                    if let Some(digits) = crate::platform::document::take_code() {
                        on_code(digits);
                    }
                },
            )]
        })
        .unwrap_or_default();
    Guard {
        _listeners: listeners,
        _interval: None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn watch_codes(_on_code: impl Fn(String) + 'static) -> Guard {
    Guard {}
}

/// Calls `f` when the browser brings the page back from its back-forward
/// cache (the back button after leaving): a kiosk wipes then, so that the
/// next visitor cannot page back into someone's answers.
#[cfg(target_arch = "wasm32")]
pub fn on_restored(f: impl Fn() + 'static) -> Guard {
    let listeners = web_sys::window()
        .map(|window| {
            vec![gloo::events::EventListener::new(
                &window,
                "pageshow",
                move |event| {
                    let persisted = js_sys::Reflect::get(event, &"persisted".into())
                        .ok()
                        .and_then(|v| v.as_bool())
                        .unwrap_or(false);
                    if persisted {
                        f();
                    }
                },
            )]
        })
        .unwrap_or_default();
    Guard {
        _listeners: listeners,
        _interval: None,
    }
}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_restored(_f: impl Fn() + 'static) -> Guard {
    Guard {}
}
