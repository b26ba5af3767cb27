//! Pages rendered natively with Yew's server renderer, from a prepared
//! state: fast checks of what a screen shows, without a browser.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::json;
use crate::core::questionnaire::Path;
use crate::core::session::Session;
use crate::i18n::{t, t_args, Locale};
use crate::ui::app::AppContext;
use crate::ui::content::Load;
use crate::ui::state::stand_in::Worker;
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
    let page = crate::ui::app::page_view(&props.page);
    html! { <ContextProvider<AppContext> context={handle}>{ page }</ContextProvider<AppContext>> }
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// The example questionnaire, loaded, with the example profile's answers
/// as the session; `render` adds the demand file as the app does.
fn state(locale: Locale) -> AppState {
    let mut state = AppState::initial(None, &[], None, false, None);
    state.locale = locale;
    state.questionnaire = Load::Ready(Rc::new(
        json::parse_questionnaire(&fixture("questionnaire-example.json")).unwrap(),
    ));
    let profile = json::parse_profile(&fixture("profile-example.json")).unwrap();
    state.session = Some(Session::begin("exempel", Path::Full, profile.answers));
    state
}

/// `page` rendered from `state` with the example demand file held by the
/// worker and the page's part of it shown, as the app's effects ask.
async fn render(mut state: AppState, page: Page) -> String {
    state.page = page.clone();
    let mut worker = Worker::new(&fixture("questionnaire-example.json"));
    let state = worker.offer(
        Rc::new(state),
        "demand-example.json",
        &fixture("demand-example.json"),
    );
    render_as_is(Rc::unwrap_or_clone(state), page).await
}

/// `page` rendered from `state` as it is (no demand file offered).
async fn render_as_is(mut state: AppState, page: Page) -> String {
    state.page = page.clone();
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
        html.contains(&t_args(Locale::Sv, "results-match", &[("score", "84")])),
        "{html}"
    );
    assert!(html.contains(&t_args(Locale::Sv, "results-readiness", &[("score", "76")])));
    assert!(html.contains("Exempelkommunen"));
}

#[tokio::test]
async fn an_explanation_reads_summary_first_and_its_breakdown_adds_up() {
    let html = render(state(Locale::Sv), Page::Occupation("ssyk-5321".into())).await;
    // Summary first: the figures, the reasons, the gaps, then the breakdown.
    let at = |key: &str| {
        html.find(&t(Locale::Sv, key))
            .unwrap_or_else(|| panic!("no {key}"))
    };
    assert!(at("occ-reasons") < at("occ-gaps"));
    assert!(at("occ-gaps") < at("occ-demand"));
    assert!(at("occ-demand") < at("occ-breakdown"));
    assert!(html.find("class=\"figures\"").unwrap() < at("occ-reasons"));
    // The costliest gap, the unticked hygiene skill, names its training.
    let gaps = &html[at("occ-gaps")..at("occ-demand")];
    assert!(
        gaps.contains("Vård- och omsorgsutbildning (komvux)"),
        "{gaps}"
    );
    // Levels in the questionnaire's own words and whole steps.
    assert!(
        html.contains(&t_args(
            Locale::Sv,
            "occ-level-line",
            &[
                ("label", "Vård och medicin"),
                ("have", "Lite (1)"),
                ("need", "Ganska bra (2)")
            ]
        )),
        "{html}"
    );
    assert!(html.contains(&t_args(
        Locale::Sv,
        "occ-language-line",
        &[("language", "Svenska"), ("level", "B1")]
    )));
    // The points shown add up, to the tenth, to the figures shown.
    // SCORING.md's worked example: match 83.8, readiness 75.8.
    for (list, sum, figure) in [
        ("match-lines", "match-sum", 838),
        ("readiness-lines", "readiness-sum", 758),
    ] {
        let list = &html[html.find(&format!("data-testid=\"{list}\"")).unwrap()..];
        let list = &list[..list.find("</ul>").unwrap()];
        let total: i64 = list
            .split("data-tenths=\"")
            .skip(1)
            .map(|s| s[..s.find('"').unwrap()].parse::<i64>().unwrap())
            .sum();
        assert_eq!(
            total, figure,
            "{list}: the lines add up to the score itself"
        );
        let shown = &html[html.find(&format!("data-testid=\"{sum}\"")).unwrap()..];
        let expected = crate::i18n::decimal(Locale::Sv, total as f64 / 10.0, 1);
        assert!(
            shown[..200].contains(&expected),
            "{sum}: {expected} in {}",
            &shown[..200]
        );
    }
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
    // The code itself is the worker's, made once the page is there (the
    // browser tests scan it).
    assert!(
        printout.contains("class=\"print-qr\""),
        "the print-out has the QR code's place: {printout}"
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
async fn a_kiosks_start_screen_offers_no_matching_centre() {
    let offered = |html: &str| html.contains(&t(Locale::Sv, "centre-open"));
    assert!(offered(&render(state(Locale::Sv), Page::Start).await));
    let mut kiosk = state(Locale::Sv);
    kiosk.kiosk = Some(Default::default());
    assert!(!offered(&render(kiosk, Page::Start).await));
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

#[tokio::test]
async fn the_coach_view_shows_a_coachs_evidence_apart_from_the_seekers_own_rating() {
    let mut s = state(Locale::Sv);
    let mut profile = json::parse_profile(&fixture("profile-example.json")).unwrap();
    profile.evidence.push(crate::core::evidence::Backing {
        item: "2.B.1.a".into(),
        kind: crate::core::answers::Evidence::Validated,
        by: "Validering Värmland".into(),
        how: String::new(),
        on: "2026-11-30".into(),
    });
    s.opened = Some(crate::ui::state::Opened {
        file: "profil.json".into(),
        profile,
        unread: Default::default(),
    });
    let html = render(s, Page::Profile).await;
    let line = t_args(
        Locale::Sv,
        "summary-backing",
        &[
            ("item", "Märka hur andra mår"),
            ("kind", &t(Locale::Sv, "summary-evidence-validated")),
            ("by", "Validering Värmland"),
            ("on", "2026-11-30"),
        ],
    );
    let record = html
        .find("data-testid=\"coach-evidence\"")
        .expect("the coach's record is listed");
    assert!(html[record..].contains(&line), "{}", &html[record..]);
    // Under its own heading, after her own ratings, which say nothing of
    // it: her row for the item is as she answered.
    let heading = html.find(&t(Locale::Sv, "summary-coach-evidence")).unwrap();
    let own = html.find("Märka hur andra mår").unwrap();
    assert!(own < heading);
    let row = &html[own..own + html[own..].find("</tr>").unwrap()];
    assert!(
        !row.contains(&t(Locale::Sv, "summary-evidence-validated")),
        "{row}"
    );
}

/// Whether `text` is `template` with its `{ $name }` placeables filled in.
fn fills(template: &str, text: &str) -> bool {
    let mut pieces = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find("{ $") {
        pieces.push(&rest[..open]);
        rest = rest[open..]
            .find('}')
            .map_or("", |close| &rest[open + close + 1..]);
    }
    pieces.push(rest);
    // A message that is only placeables (`{ $label }`) says nothing itself.
    if pieces.iter().all(|p| p.trim().is_empty()) {
        return false;
    }
    if pieces.len() == 1 {
        return text == template;
    }
    let (first, last) = (pieces[0], pieces[pieces.len() - 1]);
    if !text.starts_with(first) || !text.ends_with(last) || text.len() < first.len() + last.len() {
        return false;
    }
    let mut at = first.len();
    let end = text.len() - last.len();
    for piece in &pieces[1..pieces.len() - 1] {
        match text[at..end].find(piece) {
            Some(i) => at += i + piece.len(),
            None => return false,
        }
    }
    true
}

/// The text a person reads or hears on a rendered page: text nodes and
/// `aria-label`s, entities decoded.
fn visible_texts(html: &str) -> Vec<String> {
    let decode = |s: &str| {
        s.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&")
    };
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<!--") {
        let end = rest[start..]
            .find("-->")
            .map_or(rest.len(), |e| start + e + 3);
        out.extend(
            visible_texts_plain(&rest[..start])
                .into_iter()
                .map(|t| decode(&t)),
        );
        rest = &rest[end..];
    }
    out.extend(visible_texts_plain(rest).into_iter().map(|t| decode(&t)));
    out
}

fn visible_texts_plain(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, part) in html.split('<').enumerate() {
        let (tag, text) = if i == 0 {
            ("", part)
        } else {
            part.split_once('>').unwrap_or((part, ""))
        };
        if let Some(at) = tag.find("aria-label=\"") {
            let value = &tag[at + 12..];
            out.push(value[..value.find('"').unwrap_or(value.len())].to_owned());
        }
        if !tag.starts_with("style") && !tag.starts_with("script") {
            out.push(text.to_owned());
        }
    }
    out.into_iter()
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .collect()
}

#[tokio::test]
async fn every_text_on_the_pages_comes_from_the_translations_or_the_content() {
    let content: String = [
        "questionnaire-example.json",
        "demand-example.json",
        "profile-example.json",
    ]
    .iter()
    .map(|f| fixture(f))
    .collect();
    for locale in Locale::ALL {
        // Any locale's file: the print-out stands in Swedish beside the
        // seeker's language, and each language is named in itself.
        let templates: Vec<String> = Locale::ALL
            .into_iter()
            .flat_map(crate::i18n::templates)
            .collect();
        let mut opened = state(locale);
        opened.opened = Some(crate::ui::state::Opened {
            file: "profil.json".into(),
            profile: json::parse_profile(&fixture("profile-example.json")).unwrap(),
            unread: Default::default(),
        });
        for page in [
            Page::Start,
            Page::AboutData,
            Page::Questionnaire,
            Page::Results,
            Page::Occupation("ssyk-5321".into()),
            Page::Handover,
            Page::Profile,
            Page::Centre,
        ] {
            let html = render(opened.clone(), page.clone()).await;
            let stray: Vec<String> = visible_texts(&html)
                .into_iter()
                // Bidi isolates around values (right-to-left locales) are
                // not text.
                .map(|text| text.replace(['\u{2068}', '\u{2069}'], ""))
                .filter(|text| {
                    let is_data = text.chars().all(|c| {
                        c.is_ascii_digit()
                            || c.is_ascii_punctuation()
                            || c.is_whitespace()
                            || c == '–'
                            || c == '·'
                    });
                    let from_content = content.contains(text.as_str())
                        || serde_json::to_string(text)
                            .is_ok_and(|j| content.contains(&j[1..j.len() - 1]));
                    let translated = templates.iter().any(|t| fills(t, text));
                    // CEFR levels, licence categories and ISCED codes are
                    // international codes, shown as such.
                    let code = text.len() <= 8
                        && text
                            .chars()
                            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == ' ');
                    !(is_data || from_content || translated || code)
                })
                .collect();
            assert!(
                stray.is_empty(),
                "{locale:?} {page:?}: not from the translations or the content: {stray:?}"
            );
        }
    }
}

#[test]
fn fills_matches_placeables_only() {
    assert!(fills("Passar dig: { $score } %", "Passar dig: 81 %"));
    assert!(fills("{ $a } och { $b }", "x och y"));
    assert!(!fills("Passar dig: { $score } %", "Passar mig: 81 %"));
    assert!(!fills("Hej", "Hej då"));
    assert!(!fills("{ $label }", "anything at all"));
}

#[tokio::test]
async fn a_question_with_no_translation_is_shown_in_swedish_and_marked() {
    // The example questionnaire has Swedish and English only.
    let html = render(state(Locale::So), Page::Questionnaire).await;
    let mark = t(Locale::So, "untranslated-mark");
    assert!(html.contains(&mark), "{html}");
    assert!(html.contains(r#"<span lang="sv" dir="ltr">"#), "{html}");
    // Options wholly in Swedish say so to screen readers.
    assert!(html.contains(r#"lang="sv">"#), "{html}");
    let english = render(state(Locale::En), Page::Questionnaire).await;
    assert!(
        !english.contains(&t(Locale::En, "untranslated-mark")),
        "{english}"
    );
}

#[tokio::test]
async fn questions_can_stand_in_the_seekers_language_with_swedish_under_them() {
    let mut state = state(Locale::En);
    let plain = render(state.clone(), Page::Questionnaire).await;
    assert!(plain.contains(&t(Locale::En, "q-also-swedish")), "{plain}");
    assert!(!plain.contains("also-sv"), "{plain}");
    state.also_swedish = true;
    let both = render(state, Page::Questionnaire).await;
    // The example questionnaire's first rating, in English and in Swedish.
    for text in ["Noticing how others feel", "Märka hur andra mår"] {
        assert!(both.contains(text), "missing {text}");
    }
    assert!(both.contains(r#"class="also-sv""#), "{both}");
    // Swedish readers are never offered it.
    let swedish = render(self::state(Locale::Sv), Page::Questionnaire).await;
    assert!(!swedish.contains(&t(Locale::Sv, "q-also-swedish")));
}

#[tokio::test]
async fn a_shortlist_the_worker_could_not_make_is_said_not_left_working() {
    use crate::ui::state::{CentreProfile, Shortlisted};
    let mut state = state(Locale::Sv);
    state.page = Page::Centre;
    // The file held first: a new file resets the centre's need.
    let mut worker = Worker::new(&fixture("questionnaire-example.json"));
    let held = worker.offer(
        Rc::new(state),
        "demand-example.json",
        &fixture("demand-example.json"),
    );
    let mut state = Rc::unwrap_or_clone(held);
    *state.centre.profiles = vec![Rc::new(CentreProfile {
        file: "seeker-01.json".into(),
        label: String::new(),
        added: "2026-12-07".into(),
        profile: json::parse_profile(&fixture("profile-example.json")).unwrap(),
    })];
    state.centre.need = Some("ssyk-5321".into());
    state.centre.shortlist = Some(Rc::new(Shortlisted {
        need: "ssyk-5321".into(),
        generation: state.centre.generation,
        need_version: state.centre.need_version,
        rows: state.centre.rows(),
        list: None,
    }));
    let html = yew::LocalServerRenderer::<WithState>::with_props(Props {
        state,
        page: Page::Centre,
    })
    .render()
    .await;
    assert!(
        html.contains(&t(Locale::Sv, "centre-shortlist-failed")),
        "{html}"
    );
    // Where the list would be, no "Working …" that never ends.
    assert!(!html.contains("aria-busy=\"true\""), "{html}");
}

/// The shipped questionnaire, whole (every language, as the parts joined
/// give it), read once.
fn shipped_questionnaire() -> Rc<crate::core::questionnaire::Questionnaire> {
    thread_local! {
        static SHIPPED: Rc<crate::core::questionnaire::Questionnaire> = Rc::new(
            json::parse_questionnaire(include_str!("../../static/content/questionnaire.json"))
                .unwrap(),
        );
    }
    SHIPPED.with(Rc::clone)
}

/// The shipped questionnaire with an empty session on `path`.
fn shipped(locale: Locale, path: Path) -> AppState {
    let mut state = AppState::initial(None, &[], None, false, None);
    state.locale = locale;
    let q = shipped_questionnaire();
    state.session = Some(Session::begin(&q.id, path, Default::default()));
    state.questionnaire = Load::Ready(q);
    state
}

/// A seeker reads every question in her own language: no screen of the
/// short (adaptive) path, its opening and every rating it may ask, nor of
/// the full path shows a text in Swedish marked "(in Swedish)", in any of
/// the ten languages.
#[tokio::test]
async fn every_question_screen_of_both_paths_is_in_the_seekers_language() {
    use crate::ui::state::asked;
    let q = shipped_questionnaire();
    let ratings: Vec<String> = q.level_items().map(|i| i.id.clone()).collect();
    for locale in Locale::ALL {
        let mark = t(locale, "untranslated-mark");
        for path in [Path::Adaptive, Path::Full] {
            let sections = q.sections_on(path, asked).len();
            let mut screens: Vec<(usize, Vec<String>)> =
                (0..sections).map(|s| (s, Vec::new())).collect();
            if path == Path::Adaptive {
                screens.extend(ratings.iter().map(|id| (sections, vec![id.clone()])));
            }
            for (section, on_screen) in screens {
                let mut state = shipped(locale, path);
                let session = state.session.as_mut().unwrap();
                session.section = section;
                session.asked = on_screen.clone();
                let html = render_as_is(state, Page::Questionnaire).await;
                assert!(
                    html.contains(r#"id="section-title""#) || html.contains("level-question"),
                    "{locale:?} {path:?} {section} {on_screen:?}: no question shown: {html}"
                );
                assert!(
                    !html.contains(&mark) && !html.contains(r#"class="untranslated""#),
                    "{locale:?} {path:?} section {section} {on_screen:?} shows Swedish marked: {html}"
                );
            }
        }
    }
}

/// The results list names every occupation, its field and its demand in
/// the seeker's language, whichever of the ten: no "(in Swedish)" on it.
#[tokio::test]
async fn the_results_list_stands_in_every_language_without_swedish_marks() {
    let questionnaire = include_str!("../../static/content/questionnaire.json");
    let demand = include_str!("../../static/content/demand-sverige.json");
    let file = json::parse_demand(demand).unwrap();
    for locale in Locale::ALL {
        let mut state = shipped(locale, Path::Full);
        state.page = Page::Results;
        let mut worker = Worker::new(questionnaire);
        let state = worker.offer(Rc::new(state), "content/demand-sverige.json", demand);
        let html = render_as_is(Rc::unwrap_or_clone(state), Page::Results).await;
        let named = file
            .occupations
            .iter()
            .filter(|o| html.contains(o.label.get(locale.content_lang()).text))
            .count();
        assert!(named >= 10, "{locale:?}: {named} occupations named: {html}");
        assert!(
            !html.contains(&t(locale, "untranslated-mark"))
                && !html.contains(r#"class="untranslated""#),
            "{locale:?}: Swedish marked on the results list: {html}"
        );
    }
}
