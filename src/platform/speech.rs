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
            .is_ok_and(|v| v.lang().split(['-', '_']).next() == Some(voice_lang(lang)))
    })
}

/// Speaks `parts`, each in its own language (a question shown in Swedish
/// inside an Arabic page is read by a Swedish voice), cutting off anything
/// still being spoken.
#[cfg(target_arch = "wasm32")]
pub fn speak(parts: &[(String, &str)]) {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else {
        return;
    };
    synth.cancel();
    for (text, lang) in utterances(parts) {
        if let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(&text) {
            utterance.set_lang(voice_lang(lang));
            synth.speak(&utterance);
        }
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
pub fn speak(_parts: &[(String, &str)]) {}

#[cfg(not(target_arch = "wasm32"))]
pub fn on_voices_changed(_f: impl Fn() + 'static) -> Option<crate::platform::activity::Guard> {
    None
}

/// The language a voice speaks for `lang`: its primary subtag, so that
/// lättläst (`sv-x-lattlast`, a private tag no voice has) is read by a
/// Swedish voice.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn voice_lang(lang: &str) -> &str {
    lang.split(['-', '_']).next().unwrap_or(lang)
}

/// Adjacent parts in the same language become one utterance, so a voice
/// reads them with its own pauses rather than stopping at every part.
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
fn utterances<'a>(parts: &[(String, &'a str)]) -> Vec<(String, &'a str)> {
    let mut out: Vec<(String, &str)> = Vec::new();
    for (text, lang) in parts {
        match out.last_mut() {
            Some((joined, last)) if last == lang => {
                joined.push_str(". ");
                joined.push_str(text);
            }
            _ => out.push((text.clone(), lang)),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn parts_in_one_language_are_one_utterance_and_a_change_starts_another() {
        let parts = [
            ("Fråga".to_owned(), "sv"),
            ("Exempel".to_owned(), "sv"),
            ("لا أعرف".to_owned(), "ar"),
        ];
        assert_eq!(
            super::utterances(&parts),
            [
                ("Fråga. Exempel".to_owned(), "sv"),
                ("لا أعرف".to_owned(), "ar")
            ]
        );
    }
}
