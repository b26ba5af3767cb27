use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::scoring::{Ranked, Scorer, Seeker};
use crate::i18n::{t, t_args};
use crate::platform::events;
use crate::ui::app::{use_app, AppContext};
use crate::ui::components::demand_panel::DemandPanel;
use crate::ui::components::explanation::{first_reason, Context, ScoreBars};
use crate::ui::components::later::Later;
use crate::ui::components::outlook::{OutlookBadge, Props as OutlookProps};
use crate::ui::content::Load;
use crate::ui::local;
use crate::ui::state::{Action, Page, ResultsView, Sort};

/// Occupations ranked by match, with readiness and, separately, demand.
#[component]
pub fn ResultsPage() -> Html {
    let state = use_app();
    let locale = state.locale;
    let view = state.results_view.clone();
    let shown = state.results_count;

    if !matches!(state.demand, Load::Ready(_)) {
        return html! {
            <section class="results" aria-labelledby="results-title">
                <h1 id="results-title">{ t(locale, "results-title") }</h1>
                <DemandPanel />
            </section>
        };
    }
    // The worker ranks the whole file; until it has answered, the page
    // says so (and stays responsive).
    let (Some(_), Some(listing)) = (state.scorer(), state.listed().cloned()) else {
        return html! { <p role="status">{ t(locale, "results-loading") }</p> };
    };
    let ranked = &listing.listed;
    let fields: Vec<(String, String, Option<AttrValue>)> = listing
        .fields
        .iter()
        .map(|f| {
            (
                f.get("sv").text.to_owned(),
                local::shown(locale, f).text.to_owned(),
                local::lang_of(locale, f),
            )
        })
        .collect();

    // Each control dispatches the whole view, so it is kept with the place.
    let set_view = |change: fn(&mut ResultsView, String, bool)| {
        let state = state.clone();
        let view = view.clone();
        Callback::from(move |e: Event| {
            let Some(value) = events::value(&e) else {
                return;
            };
            let checked = events::checked(&e);
            let mut next = view.clone();
            change(&mut next, value, checked);
            state.dispatch(Action::ResultsView(next));
        })
    };
    let on_sort = set_view(|v, value, _| v.sort = Sort::from_code(&value).unwrap_or_default());
    let on_field = set_view(|v, value, _| v.field = value);
    let on_demand_only = set_view(|v, _, checked| v.in_demand_only = checked);
    let more = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::ResultsMore))
    };
    let edit = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(Page::Questionnaire)))
    };
    let handover = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Navigate(Page::Handover)))
    };
    let total = listing.total;

    html! {
        <section class="results" aria-labelledby="results-title">
            <h1 id="results-title">{ t(locale, "results-title") }</h1>
            <p>{ t(locale, "results-intro") }</p>
            <details class="controls-fold" open={view != ResultsView::default()}>
            <summary>{ t(locale, "results-controls") }</summary>
            <div class="controls">
                <div class="field">
                    <label for="sort">{ t(locale, "results-sort") }</label>
                    <select id="sort" onchange={on_sort}>
                        <option value="match" selected={view.sort == Sort::Match}>{ t(locale, "results-sort-match") }</option>
                        <option value="readiness" selected={view.sort == Sort::Readiness}>{ t(locale, "results-sort-readiness") }</option>
                        <option value="demand" selected={view.sort == Sort::Demand}>{ t(locale, "results-sort-demand") }</option>
                    </select>
                </div>
                <div class="field">
                    <label for="field">{ t(locale, "results-field") }</label>
                    <select id="field" onchange={on_field}>
                        <option value="" selected={view.field.is_empty()}>{ t(locale, "results-field-all") }</option>
                        { for fields.iter().map(|(key, shown, lang)| html! {
                            <option value={key.clone()} lang={lang.clone()} selected={view.field == *key}>{ shown }</option>
                        }) }
                    </select>
                </div>
                <div class="check">
                    <input type="checkbox" id="in-demand" checked={view.in_demand_only} onchange={on_demand_only} />
                    <label for="in-demand">{ t(locale, "results-in-demand-only") }</label>
                </div>
            </div>
            </details>
            if ranked.is_empty() {
                <p role="status">{ t(locale, "results-none") }</p>
            }
            // Busy while the worker answers a change of filter or sort, so
            // that a screen reader waits for the new list.
            <ol class="ranked" data-testid="ranked" aria-busy={(!state.listing_is_current()).then_some("true")}>
                <ResultRows from={0} to={shown.min(FIRST_ROWS)} />
                // The rest, below the fold, in the next task; for another
                // file too (a new key), whose rows all change at once.
                if shown > FIRST_ROWS {
                    <Later key={state.demand_source.clone().unwrap_or_default()}>
                        <ResultRows from={FIRST_ROWS} to={shown} />
                    </Later>
                }
            </ol>
            if shown < total {
                <button type="button" onclick={more}>{ t(locale, "results-more") }</button>
            }
            <p><button type="button" class="link" onclick={edit}>{ t(locale, "results-edit") }</button></p>
            <p><button type="button" class="primary" onclick={handover}>{ t(locale, "results-handover") }</button></p>
            // The file in use and the picker for another come after the
            // list: a seeker reads her results first.
            <DemandPanel />
        </section>
    }
}

/// How many rows render with the top of the page: more than a phone
/// shows, so that the rest can come a task later unseen.
const FIRST_ROWS: usize = 5;

#[derive(Properties, PartialEq)]
struct RowsProps {
    from: usize,
    to: usize,
}

/// The ranked rows from `from` up to `to`, each with its first reason.
#[component]
fn ResultRows(props: &RowsProps) -> Html {
    let state = use_app();
    let (Load::Ready(demand), Some(scorer), Some(listing)) =
        (&state.demand, state.scorer(), state.listed())
    else {
        return Html::default();
    };
    let none = Answers::default();
    let cx = Context::of(&state, demand, &none);
    let seeker = scorer.seeker(cx.answers);
    let rows = listing.listed.iter().take(props.to).skip(props.from);
    html! { <>{ for rows.map(|r| result_row(&state, cx, scorer, &seeker, r)) }</> }
}

fn result_row(
    state: &AppContext,
    cx: Context<'_>,
    scorer: &Scorer<'_>,
    seeker: &Seeker<'_>,
    r: &Ranked,
) -> Html {
    let locale = cx.locale;
    let o = &cx.demand.occupations[r.index];
    let open = {
        let state = state.clone();
        let id = o.id.clone();
        Callback::from(move |_: MouseEvent| {
            state.dispatch(Action::Navigate(Page::Occupation(id.clone())))
        })
    };
    // The same explanation the occupation page shows, for its first reason.
    let explained = scorer.explain(r.index, seeker, locale.content_lang());
    let reason = first_reason(locale, cx.demand, cx.questionnaire, &explained, cx.answers);
    html! {
        <li class="result">
            <h2><button type="button" class="link" onclick={open}>{ local::marked(locale, &o.label) }</button></h2>
            <ScoreBars match_score={r.match_score} readiness={r.readiness} {locale} />
            if let Some(reason) = reason {
                <p class="reason">{ t_args(locale, "results-reason", &[("reason", &reason)]) }</p>
            }
            <OutlookBadge ..OutlookProps::compact(o, cx.demand, locale) />
        </li>
    }
}
