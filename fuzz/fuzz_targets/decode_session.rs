//! Any bytes as the saved session in localStorage: read or refused with a
//! reason, never a panic (a phone's storage can hold anything).
#![no_main]
use kompetenskoll::core::session::Session;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(session) = Session::decode(text) {
            // What reads must save and read back the same.
            assert_eq!(Session::decode(&session.encode()).ok(), Some(session));
        }
    }
});
