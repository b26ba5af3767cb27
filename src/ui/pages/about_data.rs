use yew::prelude::*;

use crate::platform::events;
use crate::ui::components::refusal::not_ready;

use crate::core::held::Held;
use crate::core::questionnaire::Questionnaire;
use crate::i18n::{t, t_args, Locale};
use crate::platform::clock;
use crate::ui::app::use_app;
use crate::ui::content::{self, Load, DEMAND_FILES};
use crate::ui::local;
use crate::ui::state::{Action, Page};

/// What the app's content is, who published it and where it comes from,
/// with the attribution the licences require.
#[component]
pub fn AboutDataPage() -> Html {
    let state = use_app();
    let locale = state.locale;
    let selected = use_state(|| 0usize);
    let demand = use_state(|| Load::<Held>::Loading);

    // The file the app already has is shown as is; another one is fetched.
    let in_use = state.demand_source.as_deref() == Some(DEMAND_FILES[*selected].path);
    {
        let demand = demand.clone();
        use_effect_with((*selected, in_use), move |&(index, in_use)| {
            if !in_use {
                demand.set(Load::Loading);
                yew::platform::spawn_local(async move {
                    demand.set(content::describe_demand(DEMAND_FILES[index].path).await)
                });
            }
        });
    }
    // The worker holds the file in use and describes another one: the page
    // has only their headers and sizes.
    let shown: Load<Held> = if in_use {
        state.held.clone().map_or(Load::Loading, Load::Ready)
    } else {
        (*demand).clone()
    };

    let on_choose = {
        let selected = selected.clone();
        Callback::from(move |e: Event| {
            if let Some(index) = events::selected_index(&e) {
                selected.set(index);
            }
        })
    };
    let back = {
        let state = state.clone();
        move |_| state.dispatch(Action::Navigate(Page::Start))
    };

    html! {
        <section class="about" aria-labelledby="about-title">
            <h1 id="about-title">{ t(locale, "about-title") }</h1>
            <p>{ t(locale, "about-intro") }</p>
            <h2>{ t(locale, "about-demand-heading") }</h2>
            <div class="field">
                <label for="demand-file">{ t(locale, "about-demand-choose") }</label>
                <select id="demand-file" onchange={on_choose}>
                    { for DEMAND_FILES.iter().enumerate().map(|(i, file)| html! {
                        <option value={file.path} selected={i == *selected}>{ t(locale, file.name_key) }</option>
                    }) }
                </select>
            </div>
            { loaded(locale, DEMAND_FILES[*selected].path, &shown, |d| demand_summary(locale, d)) }
            <h2>{ t(locale, "about-questionnaire-heading") }</h2>
            { loaded(locale, &content::questionnaire_part(locale.content_lang()), &state.questionnaire, |q| questionnaire_summary(locale, q)) }
            <p><button type="button" class="link" onclick={back}>{ t(locale, "nav-back") }</button></p>
        </section>
    }
}

fn loaded<T>(locale: Locale, path: &str, load: &Load<T>, show: impl Fn(&T) -> Html) -> Html {
    match load {
        Load::Ready(value) => show(value),
        _ => not_ready(locale, path, load, "about-loading").unwrap_or_default(),
    }
}

fn demand_summary(locale: Locale, held: &Held) -> Html {
    let d = &held.header;
    let expired = d.is_expired(&clock::today());
    let counts = t_args(
        locale,
        "about-counts",
        &[
            ("occupations", &held.occupations.to_string()),
            ("skills", &held.skills.to_string()),
            ("trainings", &d.trainings.len().to_string()),
        ],
    );
    html! {
        <div class="summary" data-testid="demand-summary">
            <h3>{ local::marked(locale, &d.title) }</h3>
            if expired {
                <p role="alert" class="problem">{ t_args(locale, "about-expired", &[("date", &d.valid_until)]) }</p>
            }
            <dl>
                <dt>{ t(locale, "about-publisher") }</dt><dd>{ &d.publisher.name }</dd>
                <dt>{ t(locale, "about-region") }</dt><dd>{ local::marked(locale, &d.region.name) }</dd>
                <dt>{ t(locale, "about-published") }</dt><dd>{ &d.published }</dd>
                <dt>{ t(locale, "about-valid-until") }</dt><dd>{ &d.valid_until }</dd>
                <dt>{ t(locale, "about-licence") }</dt><dd>{ &d.licence }</dd>
                <dt>{ t(locale, "about-contents") }</dt><dd>{ counts }</dd>
            </dl>
            <h4>{ t(locale, "about-attribution") }</h4>
            <ul>{ for d.attribution.iter().map(|a| html! { <li>{ a }</li> }) }</ul>
            <h4>{ t(locale, "about-sources") }</h4>
            <ul class="sources">
                { for d.sources.iter().map(|s| html! {
                    <li>
                        <strong>{ &s.title }</strong>
                        { for s.publisher.iter().map(|p| html! { <>{ ", " }{ p }</> }) }
                        { for s.date.iter().map(|date| html! { <>{ ", " }<time datetime={date.clone()}>{ date }</time></> }) }
                        { for s.note.iter().map(|n| html! { <p>{ local::marked(locale, n) }</p> }) }
                    </li>
                }) }
            </ul>
        </div>
    }
}

fn questionnaire_summary(locale: Locale, q: &Questionnaire) -> Html {
    let items = q.level_items().count().to_string();
    let short = q.level_items().filter(|i| i.short).count().to_string();
    html! {
        <div class="summary" data-testid="questionnaire-summary">
            <h3>{ local::marked(locale, &q.title) }</h3>
            <dl>
                <dt>{ t(locale, "about-version") }</dt><dd>{ &q.version }</dd>
                <dt>{ t(locale, "about-contents") }</dt>
                <dd>{ t_args(locale, "about-questionnaire-counts", &[("items", &items), ("short", &short)]) }</dd>
            </dl>
            <h4>{ t(locale, "about-attribution") }</h4>
            <ul>{ for q.attribution.iter().map(|a| html! { <li>{ a }</li> }) }</ul>
        </div>
    }
}
