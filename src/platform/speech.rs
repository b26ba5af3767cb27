//! Reading a question aloud with the browser's own speech synthesis: on
//! the device, no service. Offered only where a voice for the language is.

/// Whether the browser has a voice for `lang` (a BCP 47 primary tag).
#[cfg(target_arch = "wasm32")]
pub fn has_voice(lang: &str) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return false;
    };
    synth.get_voices().iter().any(|v| {
        use wasm_bindgen::JsCast;
        v.dyn_into::<web_sys::SpeechSynthesisVoice>()
            .is_ok_and(|v| v.lang().split(['-', '_']).next() == Some(lang))
    })
}

/// Speaks `text` in `lang`, cutting off anything still being spoken.
#[cfg(target_arch = "wasm32")]
pub fn speak(text: &str, lang: &str) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synth.cancel();
    if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) {
        utterance.set_lang(lang);
        synth.speak(&utterance);
    }
}

/// Calls `f` when the browser's list of voices changes (it fills in late).
#[cfg(target_arch = "wasm32")]
pub fn on_voices_changed(f: impl Fn() + 'static) -> Option<gloo::events::EventListener> {
    let synth = web_sys::window()?.speech_synthesis().ok()?;
    Some(gloo::events::EventListener::new(
        &synth,
        "voiceschanged",
        move |_| f(),
    ))
}

#[cfg(not(target_arch = "wasm32"))]
pub fn has_voice(_lang: &str) -> bool {
    false
}

#[cfg(not(target_arch = "wasm32"))]
pub fn speak(_text: &str, _lang: &str) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_voices_changed(_f: impl Fn() + 'static) -> Option<crate::platform::activity::Guard> {
    None
}
