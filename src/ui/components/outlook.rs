use yew::prelude::*;

use crate::core::demand::{DemandFile, Occupation, Outlook};
use crate::core::scales::{county_name, FiveYearOutlook, Opportunities, Recruitment, NATIONAL};
use crate::i18n::{t, t_args, Locale};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outlook: Option<Outlook>,
    /// The same county's outlook for a later year, if the file has one.
    #[prop_or_default]
    pub ahead: Option<Outlook>,
    /// The titles of the file's sources that the outlook names.
    #[prop_or_default]
    pub source: Option<AttrValue>,
    /// One line, as in the results list: the first term, the year and the
    /// publisher only.
    #[prop_or_default]
    pub compact: bool,
    pub locale: Locale,
}

impl Props {
    /// The badge's props for `occupation` in `demand`, for the file's county.
    pub fn of(occupation: &Occupation, demand: &DemandFile, locale: Locale) -> Props {
        let outlook = occupation.outlook_for(demand.region.county.as_deref());
        let source = outlook.map(|o| {
            let titles: Vec<String> = demand
                .sources
                .iter()
                .filter(|s| o.sources.contains(&s.id))
                .map(|s| match &s.publisher {
                    Some(publisher) => format!("{publisher}, {}", s.title),
                    None => s.title.clone(),
                })
                .collect();
            AttrValue::from(titles.join("; "))
        });
        Props {
            ahead: outlook.and_then(|o| occupation.outlook_ahead(o)).cloned(),
            outlook: outlook.cloned(),
            source: source.filter(|s| !s.is_empty()),
            compact: false,
            locale,
        }
    }

    /// [`Props::of`] for one line in a list: the publishers stand for the
    /// sources, and the outlook ahead is left to the explanation.
    pub fn compact(occupation: &Occupation, demand: &DemandFile, locale: Locale) -> Props {
        let outlook = occupation.outlook_for(demand.region.county.as_deref());
        let publishers: Vec<&str> = demand
            .sources
            .iter()
            .filter(|s| outlook.is_some_and(|o| o.sources.contains(&s.id)))
            .map(|s| s.publisher.as_deref().unwrap_or(&s.title))
            .collect();
        Props {
            ahead: None,
            source: (!publishers.is_empty()).then(|| AttrValue::from(publishers.join("; "))),
            compact: true,
            ..Props::of(occupation, demand, locale)
        }
    }
}

/// The demand in one sentence for the print-out: the first term, the
/// publisher and the year ("Efterfrågan: Brist på arbetskraft
/// (Arbetsförmedlingen, 2024)"), or that it is unknown.
pub fn summary_line(locale: Locale, occupation: &Occupation, demand: &DemandFile) -> String {
    let props = Props::compact(occupation, demand, locale);
    let (Some(o), Some(first)) = (
        &props.outlook,
        props
            .outlook
            .as_ref()
            .and_then(|o| terms(locale, o).into_iter().next()),
    ) else {
        return t(locale, "results-demand-unknown");
    };
    match (o.year, &props.source) {
        (Some(year), Some(source)) => t_args(
            locale,
            "outlook-summary",
            &[
                ("outlook", &first),
                ("source", source),
                ("year", &year.to_string()),
            ],
        ),
        _ => first,
    }
}

/// The outlook's terms in words, each a translated message.
fn terms(locale: Locale, o: &Outlook) -> Vec<String> {
    let mut parts = Vec::new();
    if let Some(r) = o.recruitment {
        parts.push(t(
            locale,
            match r {
                Recruitment::Shortage => "outlook-recruitment-shortage",
                Recruitment::Balance => "outlook-recruitment-balance",
                Recruitment::Surplus => "outlook-recruitment-surplus",
            },
        ));
    }
    if let Some(op) = o.opportunities {
        parts.push(t(
            locale,
            match op {
                Opportunities::Large => "outlook-opportunities-large",
                Opportunities::Medium => "outlook-opportunities-medium",
                Opportunities::Small => "outlook-opportunities-small",
            },
        ));
    }
    if let Some(f) = o.five_year {
        parts.push(t(
            locale,
            match f {
                FiveYearOutlook::Increase => "outlook-five-year-increase",
                FiveYearOutlook::Unchanged => "outlook-five-year-unchanged",
                FiveYearOutlook::Decrease => "outlook-five-year-decrease",
            },
        ));
    }
    parts
}

/// The demand outlook, in words, beside fit but never inside it: the
/// current assessment with its year and source, and the outlook ahead.
#[component]
pub fn OutlookBadge(props: &Props) -> Html {
    let locale = props.locale;
    let Some(o) = &props.outlook else {
        return html! { <p class="outlook unknown">{ t(locale, "results-demand-unknown") }</p> };
    };
    let place = if o.county == NATIONAL {
        t(locale, "outlook-national")
    } else {
        county_name(&o.county)
            .map(str::to_owned)
            .unwrap_or_else(|| t_args(locale, "outlook-county", &[("county", &o.county)]))
    };
    let year = |key: &str, o: &Outlook| {
        o.year
            .map(|y| html! { <span class="year">{ t_args(locale, key, &[("year", &y.to_string())]) }</span> })
    };
    let mut shown = terms(locale, o);
    if props.compact {
        shown.truncate(1);
    }
    html! {
        <div class={classes!("outlook", o.in_demand().then_some("in-demand"), props.compact.then_some("compact"))}>
            <p>
                { for shown.into_iter().map(|p| html! { <span>{ p }</span> }) }
                <span class="county">{ place }</span>
                { for year("outlook-assessed", o) }
            </p>
            if let Some(ahead) = &props.ahead {
                <p class="ahead">
                    { for year("outlook-ahead", ahead) }
                    { for terms(locale, ahead).into_iter().map(|p| html! { <span>{ p }</span> }) }
                </p>
            }
            if let Some(source) = &props.source {
                <p class="source">{ t_args(locale, "outlook-source", &[("source", source)]) }</p>
            }
        </div>
    }
}
