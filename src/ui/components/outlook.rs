use yew::prelude::*;

use crate::core::demand::Outlook;
use crate::core::scales::{county_name, FiveYearOutlook, Opportunities, Recruitment};
use crate::i18n::{t, t_args, Locale};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub outlook: Option<Outlook>,
    pub locale: Locale,
}

/// The demand outlook, in words, beside fit but never inside it.
#[component]
pub fn OutlookBadge(props: &Props) -> Html {
    let locale = props.locale;
    let Some(o) = &props.outlook else {
        return html! { <p class="outlook unknown">{ t(locale, "results-demand-unknown") }</p> };
    };
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
    let county = county_name(&o.county)
        .map(str::to_owned)
        .unwrap_or_else(|| t_args(locale, "outlook-county", &[("county", &o.county)]));
    html! {
        <p class={classes!("outlook", o.in_demand().then_some("in-demand"))}>
            { for parts.into_iter().map(|p| html! { <span>{ p }</span> }) }
            <span class="county">{ county }</span>
        </p>
    }
}
