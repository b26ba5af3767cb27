use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::edit::Edit;
use crate::core::questionnaire::{
    search_groups, search_titles, GroupName, JobTitle, WorkHistoryItem,
};
use crate::i18n::{t, t_args, Locale};
use crate::platform::events;
use crate::ui::app::{use_app, AppContext};
use crate::ui::components::choice::Choice;
use crate::ui::components::refusal::not_ready;
use crate::ui::content::{self, Load};
use crate::ui::local;

const SHOWN_MATCHES: usize = 8;
/// Occupation groups found by their name in the seeker's language, and
/// each one's job titles shown.
const SHOWN_GROUPS: usize = 3;
const TITLES_PER_GROUP: usize = 6;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: WorkHistoryItem,
    pub answers: Answers,
}

/// Jobs the seeker has had, found by searching as they type, each opening
/// its occupation group's skills to tick.
#[component]
pub fn WorkHistoryQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let query = use_state(String::new);
    let WorkHistoryItem { id, label, titles } = &props.item;
    let matches = search_titles(titles, &query, SHOWN_MATCHES);
    // The job titles are Swedish only: a seeker who reads another language
    // also finds her occupation group by its name in that language (from
    // the demand file the worker holds), and picks among its titles.
    let group_names = use_state(|| None::<(&'static str, Rc<Vec<GroupName>>)>);
    {
        let group_names = group_names.clone();
        let held = state.held.as_ref().map(|h| h.sha256.clone());
        use_effect_with((locale, held), move |(locale, held)| {
            let lang = locale.content_lang();
            if held.is_some() && !locale.reads_swedish() {
                yew::platform::spawn_local(async move {
                    if let Some(names) = content::group_names(lang).await {
                        group_names.set(Some((lang, Rc::new(names))));
                    }
                });
            }
        });
    }
    let groups = match &*group_names {
        Some((lang, names)) if *lang == locale.content_lang() => {
            search_groups(names, titles, &query, SHOWN_GROUPS, TITLES_PER_GROUP)
        }
        _ => Vec::new(),
    };
    let on_input = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(value) = events::value(&e) {
                query.set(value);
            }
        })
    };
    // Job titles are JobTech's, in Swedish only.
    let titles_lang = (!locale.reads_swedish()).then_some(Locale::SOURCE.code());
    let title_button = |title: &JobTitle| {
        let onedit = onedit.clone();
        let query = query.clone();
        let picked = title.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            onedit.emit(Edit::AddJob(picked.clone()));
            query.set(String::new());
        });
        html! {
            <li><button type="button" {onclick}>
                <span lang={titles_lang}>{ &title.label }</span>
                <span class="add">{ t(locale, "wh-add") }</span>
            </button></li>
        }
    };
    let search_id = format!("{id}-search");
    let hint_id = format!("{id}-hint");

    html! {
        <fieldset class="work-history">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            <div class="field">
                <label for={search_id.clone()}>{ t(locale, "wh-search-label") }</label>
                <input id={search_id} type="search" value={(*query).clone()} oninput={on_input}
                    autocomplete="off" aria-describedby={hint_id.clone()} />
                <p class="hint" id={hint_id}>{ t(locale, "wh-search-hint") }</p>
            </div>
            // The titles come apart from the questions, just after them.
            { not_ready(locale, content::JOB_TITLES, &state.job_titles, "wh-titles-loading").unwrap_or_default() }
            if query.trim().chars().count() >= 2 {
                <div aria-live="polite">
                    if matches.is_empty() && groups.is_empty() {
                        <p>{ t(locale, "wh-no-matches") }</p>
                    }
                    if !matches.is_empty() {
                        <ul class="title-matches" aria-label={t(locale, "wh-results")}>
                            { for matches.iter().map(|title| title_button(title)) }
                        </ul>
                    }
                    if !groups.is_empty() {
                        <p class="group-intro">{ t(locale, "wh-groups") }</p>
                        <ul class="group-matches">
                            { for groups.iter().map(|(group, titles)| html! {
                                <li>
                                    <p class="group-name">{ &group.name }</p>
                                    <ul class="title-matches" aria-label={group.name.clone()}>
                                        { for titles.iter().map(|title| title_button(title)) }
                                    </ul>
                                </li>
                            }) }
                        </ul>
                    }
                </div>
            }
            if !props.answers.work_history.is_empty() {
                <h3>{ t(locale, "wh-picked") }</h3>
                { for props.answers.work_history.iter().enumerate().map(|(i, job)| {
                    let remove = {
                        let onedit = onedit.clone();
                        Callback::from(move |_: MouseEvent| onedit.emit(Edit::RemoveJob(i)))
                    };
                    html! {
                        <div class="job" key={job.occupation_id.clone().unwrap_or_else(|| job.title.clone())}>
                            <h4 lang={titles_lang}>{ &job.title }</h4>
                            <button type="button" class="link" onclick={remove}>
                                { t_args(locale, "wh-remove", &[("title", &job.title)]) }
                            </button>
                            <SkillsChecklist onedit={onedit.clone()} ssyk={job.ssyk.clone().unwrap_or_default()}
                                title={job.title.clone()} answers={props.answers.clone()} />
                        </div>
                    }
                }) }
            }
        </fieldset>
    }
}

/// The skill ids the loaded demand file lists for an SSYK group.
fn group_skills(state: &AppContext, ssyk: &str) -> Vec<String> {
    match &state.demand {
        Load::Ready(demand) => demand.group_skills(ssyk).map(str::to_owned).collect(),
        _ => Vec::new(),
    }
}

#[derive(Properties, PartialEq)]
struct ChecklistProps {
    onedit: Callback<Edit>,
    /// The job's occupation group.
    ssyk: String,
    title: String,
    answers: Answers,
}

/// The skills of a job's occupation group to tick. Those on screen count as
/// shown (unticked = not done), whenever the demand file that lists them
/// arrives: before it, the checklist says it is loading.
#[component]
fn SkillsChecklist(props: &ChecklistProps) -> Html {
    let state = use_app();
    let ChecklistProps {
        onedit,
        ssyk,
        title,
        answers,
    } = props;
    let locale = state.locale;
    let skills = group_skills(&state, ssyk);
    {
        let onedit = onedit.clone();
        use_effect_with(skills.clone(), move |skills| {
            if !skills.is_empty() {
                onedit.emit(Edit::ShowSkills(skills.clone()));
            }
        });
    }
    let Load::Ready(demand) = &state.demand else {
        return html! { <p role="status">{ t(locale, "wh-skills-loading") }</p> };
    };
    if skills.is_empty() {
        return html! {};
    }
    html! {
        <fieldset class="skills">
            <legend>{ t_args(locale, "wh-skills-legend", &[("title", title.as_str())]) }</legend>
            { for skills.iter().map(|skill| {
                let entry = demand.skills.iter().find(|s| &s.id == skill);
                let label = entry.map_or(skill.as_str(), |s| local::shown(locale, &s.label).text);
                let lang = entry.and_then(|s| local::lang_of(locale, &s.label));
                let checked = answers.skills.get(skill).is_some_and(|a| a.has);
                let input_id = format!("skill-{ssyk}-{skill}");
                let onedit = onedit.clone();
                let id = skill.clone();
                let onchange = Callback::from(move |has: bool| onedit.emit(Edit::Tick { skill: id.clone(), has }));
                html! { <Choice id={input_id} label={label.to_owned()} {lang} {checked} {onchange} /> }
            }) }
        </fieldset>
    }
}
