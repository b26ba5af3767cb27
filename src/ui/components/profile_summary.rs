//! The profile as a coach reads it, in the order of an initial mapping
//! (inledande kartläggning): goal, education, work history, languages and
//! licences, skills with level and where they were learned, then the best
//! matches with their gaps and the trainings that close them, and the
//! demand file they come from. With two languages every label and answer
//! stands in both, the seeker's first and Swedish beside it (the print-out).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::{Evidence, GoalKind};
use crate::core::demand::DemandFile;
use crate::core::demand::Training;
use crate::core::evidence::Backing;
use crate::core::explanation;
use crate::core::profile::{Part, Profile};
use crate::core::questionnaire::{LevelItem, Questionnaire};
use crate::core::scales::LanguageActivity;
use crate::core::scoring::{Explained, Offer, Points, Scorer};
use crate::core::text::Text;
use crate::i18n::{t, t_args, Locale};
use crate::ui::app::use_app;
use crate::ui::components::explanation::{match_line_text, requirement_text, training_text};
use crate::ui::components::outlook::summary_line;
use crate::ui::content::Load;
use crate::ui::keys;

/// How many of them the summary lists, with how many gaps each: enough for
/// a first conversation, and it keeps the print-out to one page.
const SHOWN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub profile: Rc<Profile>,
    /// One language, or the seeker's and Swedish.
    pub langs: Vec<Locale>,
}

/// [`profile_summary`] with the questionnaire and the demand file in use:
/// as a component it is built only when it renders, so inside `Later` the
/// page's first task carries none of it.
#[component]
pub fn ProfileSummary(props: &Props) -> Html {
    let state = use_app();
    let (Load::Ready(q), Some(scorer)) = (&state.questionnaire, state.scorer()) else {
        return Html::default();
    };
    let offers = match_offers(scorer, &props.profile);
    profile_summary(&props.profile, &props.langs, q, scorer.demand(), &offers)
}

/// The summary of `profile`; `langs` is one language, or the seeker's and
/// Swedish. `demand` labels the skills and trainings; `offers` are the
/// trainings offered for each match (`match_offers`).
pub fn profile_summary(
    profile: &Profile,
    langs: &[Locale],
    q: &Questionnaire,
    demand: &DemandFile,
    offers: &[Vec<Offer<'_>>],
) -> Html {
    let has = |part: Part| profile.included.contains(&part);
    let a = &profile.answers;
    let none = || html! { <p class="none">{ bi(langs, |l| t(l, "summary-none")) }</p> };
    let heading = |key: &str| html! { <h3>{ bi(langs, |l| t(l, key)) }</h3> };

    let goal = a.goal.as_ref().map_or_else(none, |g| {
        let kind = match g.kind {
            GoalKind::Work => "goal-work",
            GoalKind::Study => "goal-study",
            GoalKind::Unsure => "goal-unsure",
            GoalKind::OwnBusiness => "goal-own_business",
        };
        html! {
            <>
                <p>{ bi(langs, |l| t(l, kind)) }</p>
                if !g.text.is_empty() {
                    <blockquote>{ &g.text }</blockquote>
                }
            </>
        }
    });

    let education = a.education.map_or_else(none, |isced| {
        match q.education_option(isced) {
            Some(o) => html! { <p>{ bi_text(langs, &o.label) }</p> },
            None => html! { <p>{ bi(langs, |l| t_args(l, "occ-education-line-isced", &[("isced", &isced.to_string())])) }</p> },
        }
    });

    let work = if a.work_history.is_empty() {
        none()
    } else {
        html! {
            <ul>{ for a.work_history.iter().map(|job| html! {
                <li>
                    <span lang="sv">{ &job.title }</span>
                    if let Some(years) = job.years {
                        { " · " }{ bi(langs, |l| t_args(l, "summary-years", &[("years", &format!("{years}"))])) }
                    }
                </li>
            }) }</ul>
        }
    };

    let languages = if a.languages.is_empty() {
        none()
    } else {
        html! {
            <table class="languages">
                <thead><tr>
                    <th scope="col">{ bi(langs, |l| t(l, "summary-language")) }</th>
                    { for LanguageActivity::ALL.iter().map(|act| {
                        html! { <th scope="col">{ bi(langs, |l| t(l, keys::activity(*act))) }</th> }
                    }) }
                </tr></thead>
                <tbody>{ for a.languages.iter().map(|(code, grid)| {
                    html! {
                        <tr>
                            <th scope="row">{ bi(langs, |l| keys::language_name(l, code)) }</th>
                            { for LanguageActivity::ALL.iter().map(|act| html! {
                                <td>{ grid.get(act).map_or("–", |c| c.code()) }</td>
                            }) }
                        </tr>
                    }
                }) }</tbody>
            </table>
        }
    };

    let licences = match &a.licences {
        None => none(),
        Some(held) if held.is_empty() => html! { <p>{ bi(langs, |l| t(l, "licences-none")) }</p> },
        Some(held) => html! {
            <ul>{ for held.iter().map(|c| {
                html! { <li>{ bi(langs, |l| t(l, keys::licence(*c))) }</li> }
            }) }</ul>
        },
    };

    // Rated items in questionnaire order, each with what backs it.
    let rated: Vec<(&LevelItem, &crate::core::answers::LevelAnswer)> = q
        .level_items()
        .filter_map(|item| a.levels.get(&item.id).map(|ans| (item, ans)))
        .collect();
    // Where and how a rating was learned and backed: columns only when any
    // rating says so (the short path asks neither).
    let with_context = rated.iter().any(|(_, ans)| {
        !ans.context.learned.is_empty() || ans.context.evidence != Evidence::SelfAssessed
    });
    let skills = if rated.is_empty() && a.skills.is_empty() {
        none()
    } else {
        html! {
            <>
                <p class="hint">{ bi(langs, |l| t(l, "summary-self-assessed")) }</p>
                if !rated.is_empty() {
                    <table class="skills">
                        <thead><tr>
                            <th scope="col">{ bi(langs, |l| t(l, "summary-skill")) }</th>
                            <th scope="col">{ bi(langs, |l| t(l, "summary-level")) }</th>
                            if with_context {
                                <th scope="col">{ bi(langs, |l| t(l, "summary-learned")) }</th>
                                <th scope="col">{ bi(langs, |l| t(l, "summary-evidence")) }</th>
                            }
                        </tr></thead>
                        <tbody>{ for rated.iter().map(|(item, ans)| {
                            let level = ans.level.map(|lv| (lv, q.scale.get(usize::from(lv))));
                            html! {
                                <tr>
                                    <th scope="row">{ bi_text(langs, &item.label) }</th>
                                    <td>{ match level {
                                        Some((lv, Some(name))) => bi(langs, |l| t_args(l, "summary-level-value", &[("level", &lv.to_string()), ("label", name.get(l.content_lang()).text)])),
                                        Some((lv, None)) => html! { { lv } },
                                        None => bi(langs, |l| t(l, "q-dont-know")),
                                    } }</td>
                                    if with_context {
                                        <td>{ for ans.context.learned.iter().map(|w| {
                                            let key = keys::learned(*w);
                                            html! { <span class="tag">{ bi(langs, |l| t(l, key)) }</span> }
                                        }) }</td>
                                        // Self-assessed is the rule (said above the table); only
                                        // what is backed by more stands out.
                                        <td>if ans.context.evidence != Evidence::SelfAssessed {
                                            { bi(langs, |l| t(l, keys::evidence(ans.context.evidence))) }
                                        }</td>
                                    }
                                </tr>
                            }
                        }) }</tbody>
                    </table>
                }
                if a.skills.values().any(|s| s.has) {
                    <h4>{ bi(langs, |l| t(l, "summary-specific-skills")) }</h4>
                    <ul class="specific">{ for a.skills.iter().filter(|(_, s)| s.has).map(|(id, _)| {
                        let label = demand.skills.iter().find(|s| &s.id == id || s.jobtech_id.as_ref() == Some(id));
                        html! { <li>{ label.map_or_else(|| html! { { id } }, |e| bi_text(langs, &e.label)) }</li> }
                    }) }</ul>
                }
                // A coach's record, apart from her own ratings above.
                if !profile.evidence.is_empty() {
                    <h4>{ bi(langs, |l| t(l, "summary-coach-evidence")) }</h4>
                    <ul class="backing" data-testid="coach-evidence">{ for profile.evidence.iter().map(|b| {
                        let name = q.level_items().find(|i| i.id == b.item).map(|i| &i.label)
                            .or_else(|| demand.skills.iter().find(|s| s.id == b.item).map(|s| &s.label));
                        html! { <li>{ bi(langs, |l| backing_text(l, name.map_or(b.item.as_str(), |n| n.get(l.content_lang()).text), b)) }</li> }
                    }) }</ul>
                }
            </>
        }
    };

    let certificates = if a.certificates.is_empty() {
        none()
    } else {
        html! {
            <ul>{ for a.certificates.iter().map(|c| html! {
                <li>{ match c.year {
                    Some(year) => bi(langs, |l| t_args(l, "summary-certificate-year", &[("name", &c.name), ("year", &year.to_string())])),
                    None => html! { { &c.name } },
                } }</li>
            }) }</ul>
        }
    };

    let p = &a.preferences;
    let preferences = if p.is_empty() {
        none()
    } else {
        let hours = p.hours.map(keys::hours);
        html! {
            <ul>
                if let Some(key) = hours {
                    <li>{ bi(langs, |l| t(l, key)) }</li>
                }
                { for p.shifts.iter().map(|s| html! { <li>{ bi(langs, |l| t(l, keys::shift(*s))) }</li> }) }
                { for p.municipalities.iter().map(|m| html! { <li>{ crate::core::municipalities::name(m).unwrap_or(m) }</li> }) }
            </ul>
        }
    };

    let matches = if profile.matches.is_empty() {
        none()
    } else {
        let meaning = |key: &str| html! { <p class="hint">{ bi(langs, |l| t(l, key)) }</p> };
        html! {
            <>
                // What the two figures mean, said once for every match.
                { meaning("occ-match-means") }
                { meaning("occ-readiness-means") }
                <ol class="matches">{ for profile.matches.iter().take(SHOWN).enumerate().map(|(n, m)| {
                    let shown = MatchShown { profile, langs, q, demand };
                    shown.one(m, offers.get(n).map_or(&[][..], Vec::as_slice))
                }) }</ol>
            </>
        }
    };

    let parts: [(Part, &str, Html, bool); 9] = [
        (Part::Goal, "summary-goal", goal, a.goal.is_some()),
        (
            Part::Education,
            "summary-education",
            education,
            a.education.is_some(),
        ),
        (
            Part::WorkHistory,
            "summary-work-history",
            work,
            !a.work_history.is_empty(),
        ),
        (
            Part::Languages,
            "summary-languages",
            languages,
            !a.languages.is_empty(),
        ),
        (
            Part::Licences,
            "summary-licences",
            licences,
            a.licences.is_some(),
        ),
        (
            Part::Skills,
            "summary-skills",
            skills,
            !rated.is_empty() || !a.skills.is_empty(),
        ),
        (
            Part::Certificates,
            "summary-certificates",
            certificates,
            !a.certificates.is_empty(),
        ),
        (
            Part::Preferences,
            "summary-preferences",
            preferences,
            !a.preferences.is_empty(),
        ),
        (
            Part::Matches,
            "summary-matches",
            matches,
            !profile.matches.is_empty(),
        ),
    ];
    let parts: Vec<_> = parts.into_iter().filter(|(part, ..)| has(*part)).collect();
    let unanswered: Vec<&str> = parts
        .iter()
        .filter(|(.., answered)| !answered)
        .map(|(_, key, ..)| *key)
        .collect();
    let long = |part: Part| matches!(part, Part::Skills | Part::Matches);
    let section = |(part, key, body, _): &(Part, &str, Html, bool)| {
        html! {
            <section class={classes!((*part == Part::Matches).then_some("top-matches"))}>
                { heading(key) }{ body.clone() }
            </section>
        }
    };
    let d = &profile.demand;
    let date = profile.created_at.get(..10).unwrap_or(&profile.created_at);
    html! {
        <div class="profile-summary" data-testid="profile-summary">
            <p class="created">{ bi(langs, |l| t_args(l, "summary-created", &[("date", date)])) }</p>
            // The short answers first, then what was asked and not
            // answered in one line, then the long parts: on paper the short
            // ones sit beside the code and the profile keeps to one page.
            { for parts.iter().filter(|(part, .., answered)| *answered && !long(*part)).map(section) }
            if !unanswered.is_empty() {
                <section class="not-answered">
                    { heading("summary-unanswered") }
                    <ul class="inline">{ for unanswered.iter().map(|key| html! {
                        <li>{ bi(langs, |l| t(l, key)) }</li>
                    }) }</ul>
                </section>
            }
            { for parts.iter().filter(|(part, .., answered)| *answered && long(*part)).map(section) }
            <p class="demand-identity">{ bi(langs, |l| t_args(l, "summary-demand", &[
                ("publisher", if d.publisher.is_empty() { &d.id } else { &d.publisher }),
                ("published", &d.published),
                ("hash", d.short_hash()),
            ])) }</p>
        </div>
    }
}

/// What one best match is shown with.
struct MatchShown<'a> {
    profile: &'a Profile,
    langs: &'a [Locale],
    q: &'a Questionnaire,
    demand: &'a DemandFile,
}

impl MatchShown<'_> {
    /// One match as the explanation gives it, in the same order: the two
    /// figures as bars, the demand with source and year, the strongest
    /// reasons, and the gaps that cost most with the training for each.
    fn one(&self, m: &Explained, offers: &[Offer<'_>]) -> Html {
        let MatchShown {
            profile,
            langs,
            q,
            demand,
        } = *self;
        let answers = &profile.answers;
        let reasons = explanation::reasons(m);
        let gaps = explanation::gaps(m, offers);
        let unticked = explanation::unticked_skills(demand, m);
        let figure = |class: &'static str, key: &str, value: Points| {
            let percent = format!("{:.0}", value.as_f64());
            html! {
                <div class={classes!("figure", class)}>
                    <p class="figure-label">{ bi(langs, |l| t_args(l, key, &[("score", &percent)])) }</p>
                    <meter min="0" max="100" value={percent.clone()} aria-hidden="true"></meter>
                </div>
            }
        };
        let training = |tr: Option<&Training>| match tr {
            Some(tr) => {
                html! { <p class="gap-training">{ bi(langs, |l| training_text(l, tr)) }</p> }
            }
            None => html! {},
        };
        let label = demand.occupation(&m.id).map(|o| &o.label);
        html! {
            <li>
                <h4>{ label.map_or_else(|| html! { { &m.label } }, |l| bi_text(langs, l)) }</h4>
                <div class="figures">
                    { figure("match", "results-match", m.score) }
                    { figure("readiness", "results-readiness", m.readiness) }
                </div>
                if let Some(o) = demand.occupation(&m.id) {
                    <p>{ bi(langs, |l| summary_line(l, o, demand)) }</p>
                }
                if !reasons.is_empty() {
                    <p class="label">{ bi(langs, |l| t(l, "occ-reasons")) }</p>
                    <ul class="reasons">{ for reasons.iter().map(|line| html! {
                        <li>{ bi(langs, |l| match_line_text(l, demand, Some(q), line, answers)) }</li>
                    }) }</ul>
                }
                if !gaps.is_empty() || unticked.is_some() {
                    <p class="label">{ bi(langs, |l| t(l, "occ-gaps")) }</p>
                    <ul class="gaps">
                        { for gaps.iter().map(|g| html! {
                            <li>
                                { bi(langs, |l| requirement_text(l, demand, Some(q), &g.line.requirement, answers)) }
                                { training(g.offer.map(|o| o.training)) }
                            </li>
                        }) }
                        if let Some(u) = &unticked {
                            <li>
                                { bi(langs, |l| t_args(l, "occ-gap-skills", &[("count", &u.unticked.to_string()), ("total", &u.listed.to_string())])) }
                                { training(u.training) }
                            </li>
                        }
                    </ul>
                }
            </li>
        }
    }
}

/// The offers for each of `profile`'s matches, in its order, from the
/// scorer of the demand file shown; none for a match the file lacks.
pub fn match_offers<'d>(scorer: &Scorer<'d>, profile: &Profile) -> Vec<Vec<Offer<'d>>> {
    profile
        .matches
        .iter()
        .take(SHOWN)
        .map(|m| {
            let index = scorer.demand().index_of(&m.id);
            index.map_or_else(Vec::new, |i| scorer.offers(i, &profile.answers, m))
        })
        .collect()
}

/// A text in each language of `langs`, each marked with its language;
/// once only when they read the same.
/// A coach's record of what backs an answer, in one sentence: the item,
/// a document seen or a validation, by whom, when, and how if she said.
pub fn backing_text(locale: Locale, item: &str, backing: &Backing) -> String {
    let kind = t(locale, keys::evidence(backing.kind));
    let args = [
        ("item", item),
        ("kind", kind.as_str()),
        ("by", backing.by.as_str()),
        ("on", backing.on.as_str()),
        ("how", backing.how.as_str()),
    ];
    let key = if backing.how.is_empty() {
        "summary-backing"
    } else {
        "summary-backing-how"
    };
    t_args(locale, key, &args)
}

pub fn bi(langs: &[Locale], text: impl Fn(Locale) -> String) -> Html {
    bi_texts(langs.iter().map(|l| (*l, text(*l))).collect())
}

// Not generic, so the markup is in the wasm once rather than once per caller.
fn bi_texts(texts: Vec<(Locale, String)>) -> Html {
    // Bidi isolates (right-to-left messages) do not make a text different.
    let bare = |s: &str| s.replace(['\u{2068}', '\u{2069}'], "");
    if texts.len() < 2 || texts.iter().all(|(_, s)| bare(s) == bare(&texts[0].1)) {
        return html! { { texts.into_iter().next().map(|(_, s)| s).unwrap_or_default() } };
    }
    html! {
        <span class="bi">{ for texts.into_iter().map(|(l, s)| html! {
            <span lang={l.code()} dir={if l.is_rtl() { "rtl" } else { "ltr" }}>{ s }</span>
        }) }</span>
    }
}

/// A content text (questionnaire or demand file) in each language.
fn bi_text(langs: &[Locale], text: &Text) -> Html {
    bi(langs, |l| text.get(l.content_lang()).text.to_owned())
}
