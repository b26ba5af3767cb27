//! The place in the app: which screen, which explanation, and the results'
//! sort and filter. It is kept in the history entry as a short string
//! (`place_of` / `read_place`) so that a reload, back and forward come back
//! to it; nothing a seeker answered is ever part of it.

/// The screen shown.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Page {
    #[default]
    Start,
    Questionnaire,
    Results,
    /// One occupation's explanation, by id.
    Occupation(String),
    AboutData,
    /// Handing the profile over: download, print-out, QR code.
    Handover,
    /// An opened profile, as a coach sees it.
    Profile,
    /// The matching centre: many profiles against one need.
    Centre,
}

impl Page {
    /// The page as the history entry keeps it: the occupation's id (a
    /// public SSYK code) at most, nothing the seeker answered.
    pub fn place(&self) -> String {
        match self {
            Page::Start | Page::Profile => "start".to_owned(),
            Page::Questionnaire => "questionnaire".to_owned(),
            Page::Results => "results".to_owned(),
            Page::Occupation(id) => format!("occupation/{id}"),
            Page::AboutData => "about".to_owned(),
            Page::Handover => "handover".to_owned(),
            Page::Centre => "centre".to_owned(),
        }
    }

    /// The page a kept place names. The coach's view is not kept: the
    /// profile it shows lives in memory only.
    pub fn from_place(place: &str) -> Option<Page> {
        Some(match place {
            "start" => Page::Start,
            "questionnaire" => Page::Questionnaire,
            "results" => Page::Results,
            "about" => Page::AboutData,
            "handover" => Page::Handover,
            "centre" => Page::Centre,
            _ => Page::Occupation(place.strip_prefix("occupation/")?.to_owned()),
        })
    }

    /// Whether the page shows the seeker's own answers, so that it can only
    /// come back with her session.
    pub fn needs_session(&self) -> bool {
        matches!(
            self,
            Page::Questionnaire | Page::Results | Page::Occupation(_) | Page::Handover
        )
    }

    /// Whether the page is the whole app's: the first screen shows only the
    /// start and the questions, and hands over to it for the rest.
    pub fn needs_whole_app(&self) -> bool {
        !matches!(self, Page::Start | Page::Questionnaire)
    }
}

/// How the results list is sorted and filtered (core::listing): kept with
/// the place, so a reload or a step back shows the same list.
pub use crate::core::listing::{Sort, View as ResultsView};

/// The place kept in history: the page, and for the results their view
/// (`results`, `readiness`, the field, `1` for in demand only).
pub fn place_of(page: &Page, view: &ResultsView) -> String {
    let place = page.place();
    if *page == Page::Results && *view != ResultsView::default() {
        let demand = if view.in_demand_only { "1" } else { "0" };
        format!("{place}\n{}\n{}\n{demand}", view.sort.code(), view.field)
    } else {
        place
    }
}

/// [`place_of`] read back; `None` for anything it did not write.
pub fn read_place(place: &str) -> Option<(Page, ResultsView)> {
    let mut parts = place.split('\n');
    let page = Page::from_place(parts.next()?)?;
    let view = match (parts.next(), parts.next(), parts.next()) {
        (Some(sort), Some(field), Some(demand)) => ResultsView {
            sort: Sort::from_code(sort)?,
            field: field.to_owned(),
            in_demand_only: demand == "1",
        },
        _ => ResultsView::default(),
    };
    Some((page, view))
}
