//! What the app keeps on the device, decided in one place: the session as
//! it is answered and the language chosen, on the seeker's own device only.
//! A kiosk keeps nothing. The app's effects and the language picker call
//! these; natively `platform::storage` records every write, so the rules
//! are tested without a browser.

use crate::core::session::Session;
use crate::i18n::Locale;
use crate::platform::storage;
use crate::ui::state::{LOCALE_KEY, SESSION_KEY};

/// Keeps the session as answered, or forgets it when the one there was
/// (`had`: kept earlier, or saved and unreadable) is gone ("start over").
/// With none before and none now nothing is written: a start with nothing
/// saved leaves the device as it was.
pub fn keep_session(session: Option<&Session>, had: bool, kiosk: bool) {
    match (session, had, kiosk) {
        (_, _, true) | (None, false, false) => {}
        (Some(s), _, false) => storage::save(SESSION_KEY, &s.encode()),
        (None, true, false) => storage::remove(SESSION_KEY),
    }
}

/// Remembers the language chosen for the next visit.
pub fn keep_locale(locale: Locale, kiosk: bool) {
    if !kiosk {
        storage::save(LOCALE_KEY, locale.code());
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use yew::Reducible;

    use super::*;
    use crate::core::json;
    use crate::core::profile::Profile;
    use crate::core::profile_code;
    use crate::platform::storage::{writes, Write};
    use crate::ui::content::Load;
    use crate::ui::state::stand_in::Worker;
    use crate::ui::state::{Action, AppState};

    const QUESTIONNAIRE: &str = include_str!("../../tests/fixtures/questionnaire-example.json");
    const DEMAND: &str = include_str!("../../tests/fixtures/demand-example.json");
    const PROFILE: &str = include_str!("../../tests/fixtures/profile-example.json");

    /// A state with both files loaded, as the app has after start-up, and
    /// the worker that holds the demand file.
    fn ready(kiosk: bool) -> (Rc<AppState>, Worker) {
        let state = Rc::new(AppState::initial(None, &[], None, kiosk, None));
        let q = json::parse_questionnaire(QUESTIONNAIRE).unwrap();
        let titles = q.job_title_list();
        let state = state.reduce(Action::QuestionnaireLoaded(Load::Ready(Rc::new(q))));
        let state = state.reduce(Action::JobTitlesLoaded(Load::Ready(Rc::new(titles))));
        let mut worker = Worker::new(QUESTIONNAIRE);
        (worker.offer(state, "demand.json", DEMAND), worker)
    }

    /// The digits of the example profile's QR code.
    fn code_digits() -> String {
        let q = json::parse_questionnaire(QUESTIONNAIRE).unwrap();
        let demand = json::parse_demand(DEMAND).unwrap();
        let profile: Profile = json::parse_profile(PROFILE).unwrap();
        profile_code::to_digits(&profile_code::encode(&profile, &q, &demand))
    }

    #[test]
    fn a_kiosk_never_writes_to_storage() {
        let state = ready(true)
            .0
            .reduce(Action::Begin(crate::core::questionnaire::Path::Short));
        assert!(state.session.is_some());
        keep_session(state.session.as_ref(), false, true);
        keep_locale(Locale::En, true);
        keep_session(None, true, true);
        assert_eq!(writes(), []);
    }

    #[test]
    fn the_seekers_own_device_keeps_the_session_and_the_language() {
        let state = ready(false)
            .0
            .reduce(Action::Begin(crate::core::questionnaire::Path::Short));
        // A start with nothing saved writes nothing.
        keep_session(None, false, false);
        assert_eq!(writes(), []);
        keep_session(state.session.as_ref(), false, false);
        keep_locale(Locale::Ar, false);
        // "Start over": the session there was is gone.
        keep_session(None, true, false);
        let written = writes();
        assert!(
            matches!(&written[0], Write::Save { key, .. } if key == SESSION_KEY),
            "{written:?}"
        );
        assert_eq!(
            written[1..],
            [
                Write::Save {
                    key: LOCALE_KEY.into(),
                    value: "ar".into()
                },
                Write::Remove {
                    key: SESSION_KEY.into()
                },
            ]
        );
    }

    /// A code numbers jobs by their place in the title list, so it waits
    /// for the titles as it waits for the two files.
    #[test]
    fn a_profile_code_waits_for_the_job_titles() {
        let q = json::parse_questionnaire(QUESTIONNAIRE).unwrap();
        let titles = q.job_title_list();
        let mut worker = Worker::new(QUESTIONNAIRE);
        let state = Rc::new(AppState::initial(None, &[], None, false, None))
            .reduce(Action::CodeOffered(code_digits()))
            .reduce(Action::QuestionnaireLoaded(Load::Ready(Rc::new(q))));
        let state = worker.offer(state, "demand.json", DEMAND);
        assert!(state.opened.is_none() && state.pending_code.is_some());
        let state = worker.reduce(state, Action::JobTitlesLoaded(Load::Ready(Rc::new(titles))));
        assert!(state.opened.is_some(), "the code was read");
    }

    /// A profile opened from a QR code becomes the session, which is kept
    /// as any session is; the code itself is never written anywhere.
    #[test]
    fn a_profile_code_never_reaches_storage() {
        let digits = code_digits();
        let (state, mut worker) = ready(false);
        let state = worker.reduce(state, Action::CodeOffered(digits.clone()));
        assert!(state.opened.is_some(), "the code was read");
        assert_eq!(state.pending_code, None);
        keep_session(state.session.as_ref(), false, false);
        let written = writes();
        assert!(!written.is_empty());
        for write in written {
            if let Write::Save { value, .. } = write {
                assert!(!value.contains(&digits[..40]), "the code was stored");
            }
        }
    }
}
