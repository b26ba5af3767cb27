//! Pages rendered natively with Yew's server renderer, from a prepared
//! state: fast checks of what a screen shows, without a browser.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::json;
use crate::core::questionnaire::Path;
use crate::core::session::{Session, VERSION};
use crate::i18n::{t, t_args, Locale};
use crate::ui::app::AppContext;
use crate::ui::content::Load;
use crate::ui::pages::{
    handover::HandoverPage, occupation::OccupationPage, profile::ProfilePage,
    questionnaire::QuestionnairePage, results::ResultsPage,
};
use crate::ui::state::{AppState, Page};

#[derive(Properties, PartialEq)]
struct Props {
    state: AppState,
    page: Page,
}

#[component]
fn WithState(props: &Props) -> Html {
    let state = props.state.clone();
    let handle = use_reducer(move || state);
    let page = match &props.page {
        Page::Questionnaire => html! { <QuestionnairePage /> },
        Page::Results => html! { <ResultsPage /> },
        Page::Occupation(id) => html! { <OccupationPage id={id.clone()} /> },
        Page::Handover => html! { <HandoverPage /> },
        Page::Profile => html! { <ProfilePage /> },
        _ => html! {},
    };
    html! { <ContextProvider<AppContext> context={handle}>{ page }</ContextProvider<AppContext>> }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The example questionnaire and demand file, loaded, with the example
/// profile's answers as the session.
fn state(locale: Locale) -> AppState {
    let mut state = AppState::initial(None, &[], None, false);
    state.locale = locale;
    state.questionnaire = Load::Ready(Rc::new(
        json::parse_questionnaire(&fixture("questionnaire-example.json")).unwrap(),
    ));
    state.demand = Load::Ready(Rc::new(
        json::parse_demand(&fixture("demand-example.json")).unwrap(),
    ));
    let profile = json::parse_profile(&fixture("profile-example.json")).unwrap();
    state.session = Some(Session {
        version: VERSION,
        questionnaire: "exempel".into(),
        path: Path::Full,
        section: 0,
        answers: profile.answers,
    });
    state
}

async fn render(state: AppState, page: Page) -> String {
    yew::LocalServerRenderer::<WithState>::with_props(Props { state, page })
        .render()
        .await
}

#[tokio::test]
async fn a_rating_shows_every_level_with_its_example_and_dont_know() {
    let html = render(state(Locale::En), Page::Questionnaire).await;
    assert!(html.contains("Noticing how others feel"), "{html}");
    for example in [
        "I have not tried",
        "Notice when a friend is sad",
        "Lead talks in hard situations",
    ] {
        assert!(html.contains(example), "missing {example}");
    }
    assert!(html.contains(&t(Locale::En, "q-dont-know")));
    assert!(
        html.contains(&t_args(
            Locale::En,
            "q-progress",
            &[("n", "1"), ("total", "2")]
        )),
        "{html}"
    );
    // The saved rating (3) is the checked one of the rating's options.
    let checked: Vec<&str> = html
        .split("<input")
        .skip(1)
        .map(|tag| &tag[..tag.find('>').unwrap()])
        .filter(|tag| tag.contains("name=\"2.B.1.a\"") && tag.contains("checked"))
        .collect();
    assert_eq!(checked.len(), 1, "{checked:?}");
    assert!(checked[0].contains("id=\"2.B.1.a-3\""), "{checked:?}");
}

#[tokio::test]
async fn results_rank_by_match_and_show_readiness_and_the_file_in_use() {
    let html = render(state(Locale::Sv), Page::Results).await;
    let nurse = html
        .find("Undersköterska, hemtjänst och äldreboende")
        .unwrap();
    let welder = html.find("Svetsare och gasskärare").unwrap();
    assert!(
        nurse < welder,
        "the care job ranks above welding for this profile"
    );
    assert!(
        html.contains(&t_args(Locale::Sv, "results-match", &[("score", "81")])),
        "{html}"
    );
    assert!(html.contains(&t_args(Locale::Sv, "results-readiness", &[("score", "76")])));
    assert!(html.contains("Exempelkommunen"));
}

#[tokio::test]
async fn an_explanation_groups_requirements_and_offers_the_trainings_that_close_gaps() {
    let html = render(state(Locale::Sv), Page::Occupation("ssyk-5321".into())).await;
    for key in ["occ-met", "occ-partial", "occ-missing"] {
        assert!(html.contains(&t(Locale::Sv, key)), "missing {key}");
    }
    assert!(
        html.contains("Vård- och omsorgsutbildning (komvux)"),
        "{html}"
    );
    assert!(html.contains(&t_args(
        Locale::Sv,
        "occ-language-line",
        &[("language", "Svenska"), ("level", "B1")]
    )));
}

#[tokio::test]
async fn the_print_out_stands_in_english_and_swedish_with_the_answers_in_mapping_order() {
    let html = render(state(Locale::En), Page::Handover).await;
    let printout = &html[html.find("class=\"printout\"").unwrap()..];
    for key in [
        "printout-title",
        "summary-goal",
        "summary-education",
        "summary-skills",
    ] {
        assert!(printout.contains(&t(Locale::En, key)), "no English {key}");
        assert!(printout.contains(&t(Locale::Sv, key)), "no Swedish {key}");
    }
    // Goal, then education, then work history, then skills, then matches.
    let at = |key: &str| printout.find(&t(Locale::En, key)).unwrap();
    assert!(at("summary-goal") < at("summary-education"));
    assert!(at("summary-education") < at("summary-work-history"));
    assert!(at("summary-work-history") < at("summary-skills"));
    assert!(at("summary-skills") < at("summary-matches"));
    // The seeker's own words, and the care job as the best match.
    assert!(printout.contains("Jobba inom äldreomsorgen"));
    assert!(printout.contains("Undersköterska, hemtjänst och äldreboende"));
    assert!(
        printout.contains("class=\"qr\""),
        "the print-out carries the QR code: {printout}"
    );
    // A phone may download; a kiosk may not.
    assert!(html.contains(&t(Locale::En, "handover-download")));
    let mut kiosk = state(Locale::En);
    kiosk.kiosk = Some(Default::default());
    let html = render(kiosk, Page::Handover).await;
    assert!(!html.contains(&t(Locale::En, "handover-download")));
    assert!(html.contains(&t(Locale::En, "handover-kiosk")));
}

#[tokio::test]
async fn the_coach_view_says_what_differs_and_suggests_a_coach() {
    let mut s = state(Locale::Sv);
    let profile = json::parse_profile(&fixture("profile-example.json")).unwrap();
    s.opened = Some(crate::ui::state::Opened {
        file: "profil.json".into(),
        profile,
        unread: crate::core::profile_code::Unread {
            ratings: 3,
            ..Default::default()
        },
    });
    let html = render(s, Page::Profile).await;
    assert!(html.contains(&t_args(
        Locale::Sv,
        "coach-from-file",
        &[("file", "profil.json"), ("date", "2026-11-23")]
    )));
    // The example file's hash is not the profile's (all zeros).
    assert!(
        html.contains("data-testid=\"coach-other-demand\""),
        "{html}"
    );
    assert!(html.contains(&t_args(
        Locale::Sv,
        "coach-unread-ratings",
        &[("count", "3")]
    )));
    assert!(html.contains(&t(Locale::Sv, "coach-next-step")));
    assert!(
        html.contains(&t(Locale::Sv, "coach-labour-market"))
            || html.contains(&t(Locale::Sv, "coach-adult-education"))
    );
}
