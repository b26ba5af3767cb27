//! The first screen hands over to the whole app: what the seeker has done
//! so far, in memory, never through storage (a kiosk keeps nothing).
//!
//! The first screen's module (built without the `matching` feature) has the
//! start page and the first question (`state::on_first_screen`). Once the
//! seeker has begun, it loads the whole app's module in the background and,
//! at the next step (or at once when something needs it: another question,
//! results, a profile, a saved session, the data page), gives it this and
//! steps aside. The whole app fetches the files again from the
//! cache (`prepare`), so the hand-over carries only the seeker's part.

use serde::{Deserialize, Serialize};

use crate::core::session::Session;
use crate::i18n::Locale;
use crate::platform::document;
use crate::ui::kiosk::KioskConfig;
use crate::ui::state::{place_of, read_place, restore, AppState, PickedProfile};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handoff {
    pub locale: String,
    pub default_locale: String,
    /// The page and results view, as history keeps them.
    pub place: String,
    pub session: Option<Session>,
    /// A session saved on an earlier visit, as stored: the whole app reads it.
    pub saved_session: Option<String>,
    pub kiosk: Option<KioskConfig>,
    pub also_swedish: bool,
    pub pending_code: Option<String>,
    pub pending_profile: Option<PickedProfile>,
    pub update_ready: bool,
    pub focus: Focus,
}

/// Where focus goes when the whole app has taken over.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Focus {
    /// The element that had focus, to give it back.
    pub id: Option<String>,
    /// The seeker has gone from one screen to another on the first screen:
    /// with nothing to give back, focus goes to the page's heading, as at
    /// every step. Without a step (a profile link opened), it stays put.
    pub stepped: bool,
}

impl Focus {
    /// Focus goes back where it was on the first screen, or, when that
    /// showed a placeholder for this page, to the page's heading.
    pub fn give_back(&self) {
        if !self.id.as_deref().is_some_and(document::focus) && self.stepped {
            document::focus_heading("main");
        }
    }
}

impl Handoff {
    pub fn of(state: &AppState, focus: Focus) -> Handoff {
        Handoff {
            locale: state.locale.code().to_owned(),
            default_locale: state.default_locale.code().to_owned(),
            place: place_of(&state.page, &state.results_view),
            session: state.session.clone(),
            saved_session: state.saved_session.clone(),
            kiosk: state.kiosk,
            also_swedish: state.also_swedish,
            pending_code: state.pending_code.clone(),
            pending_profile: state.pending_profile.clone(),
            update_ready: state.update_ready,
            focus,
        }
    }

    /// The whole app's state, before its files are in (see `prepare`).
    pub fn into_state(self) -> AppState {
        let mut state = AppState::initial(None, &[], None, self.kiosk.is_some(), None);
        state.locale = Locale::from_code(&self.locale).unwrap_or(Locale::SOURCE);
        state.default_locale = Locale::from_code(&self.default_locale).unwrap_or(Locale::SOURCE);
        state.session = self.session;
        if let Some(saved) = self.saved_session.as_deref() {
            (state.session, state.restore_problem) = restore(Some(saved));
        }
        // The place of a saved session that could not be read is not kept.
        if let Some((page, view)) = read_place(&self.place)
            .filter(|(page, _)| !page.needs_session() || state.session.is_some())
        {
            state.page = page;
            state.results_view = view;
        }
        state.kiosk = self.kiosk;
        state.also_swedish = self.also_swedish;
        state.pending_code = self.pending_code;
        state.pending_profile = self.pending_profile;
        state.update_ready = self.update_ready;
        state
    }

    pub fn encode(&self) -> String {
        serde_json::to_string(self).expect("a hand-over is plain data")
    }

    pub fn decode(text: &str) -> Option<Handoff> {
        serde_json::from_str(text).ok()
    }
}

/// The locales whose messages the whole app fetches before it takes over:
/// the ones the first screen may switch between without a pause.
pub fn locales_to_prepare(state: &AppState) -> Vec<Locale> {
    let mut wanted = vec![state.locale];
    if state.default_locale != state.locale {
        wanted.push(state.default_locale);
    }
    wanted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::edit::Edit;
    use crate::core::questionnaire::Path;
    use crate::ui::state::{Action, Page};
    use std::rc::Rc;
    use yew::Reducible;

    /// What the seeker did on the first screen arrives whole in the whole
    /// app: language, page, answers, kiosk mode and a profile waiting.
    #[test]
    fn the_seekers_part_survives_the_hand_over() {
        let mut first = AppState::initial(Some("ar"), &[], None, true, None);
        first.locale = Locale::Ar;
        first.questionnaire = crate::ui::content::Load::Ready(Rc::new(
            crate::core::json::parse_questionnaire(include_str!(
                "../../static/content/questionnaire.sv.json"
            ))
            .unwrap(),
        ));
        let first = Rc::new(first)
            .reduce(Action::Begin(Path::Short))
            .reduce(Action::Answer(Edit::Rate {
                item: "2.A.1.a".into(),
                level: Some(3),
            }))
            .reduce(Action::NextSection);
        // As the first screen keeps a profile for the whole app to open.
        let mut first = Rc::unwrap_or_clone(first);
        first.pending_profile = Some(PickedProfile {
            file: "anna.json".into(),
            text: "{}".into(),
        });
        let focus = Focus {
            id: Some("level-2.A.1.a-3".into()),
            stepped: true,
        };
        let sent = Handoff::of(&first, focus);
        let received = Handoff::decode(&sent.encode()).unwrap();
        assert_eq!(received, sent);
        let whole = received.into_state();
        assert_eq!(whole.locale, Locale::Ar);
        assert_eq!(whole.page, Page::Questionnaire);
        assert_eq!(whole.session, first.session);
        assert_eq!(whole.session.as_ref().unwrap().section, 1);
        assert!(whole.kiosk.is_some());
        assert_eq!(whole.pending_profile.as_ref().unwrap().file, "anna.json");
    }

    /// The first screen shows the goal and leaves every other question to
    /// the whole app, which takes over before the seeker sees one.
    #[test]
    fn the_first_screen_asks_the_goal_and_hands_over_for_the_rest() {
        let mut first = AppState::initial(None, &[], None, false, None);
        first.questionnaire = crate::ui::content::Load::Ready(Rc::new(
            crate::core::json::parse_questionnaire(include_str!(
                "../../static/content/questionnaire.sv.json"
            ))
            .unwrap(),
        ));
        let first = Rc::new(first);
        assert!(!first.needs_whole_app(), "the start page");
        let first = first.reduce(Action::Begin(Path::Short));
        assert!(!first.needs_whole_app(), "the goal, the first question");
        let first = first.reduce(Action::NextSection);
        assert!(first.needs_whole_app(), "education and work history");
        let first = first.reduce(Action::PreviousSection);
        assert!(!first.needs_whole_app(), "back at the goal");
    }

    /// A session saved on an earlier visit goes to the whole app as it was
    /// stored, and is read there, with the place it was at; one that cannot
    /// be read is said there, and the start page shows.
    #[test]
    fn a_saved_session_is_read_by_the_whole_app() {
        let session = Session {
            section: 3,
            ..Session::begin("kompetenskoll-sv", Path::Full, Default::default())
        };
        let mut first = AppState::initial(None, &[], None, false, None);
        first.saved_session = Some(session.encode());
        first.page = Page::Questionnaire;
        assert!(first.needs_whole_app());
        let whole = Handoff::decode(&Handoff::of(&first, Focus::default()).encode())
            .unwrap()
            .into_state();
        assert_eq!(whole.session, Some(session));
        assert_eq!(
            (whole.page, whole.saved_session),
            (Page::Questionnaire, None)
        );

        first.saved_session = Some("{\"version\": 1, \"answers\": 7}".into());
        let whole = Handoff::of(&first, Focus::default()).into_state();
        assert_eq!(whole.session, None);
        assert!(whole.restore_problem.is_some());
        assert_eq!(whole.page, Page::Start);
    }

    #[test]
    fn a_garbled_hand_over_is_refused_not_guessed() {
        assert_eq!(Handoff::decode("{\"locale\":1}"), None);
    }
}
