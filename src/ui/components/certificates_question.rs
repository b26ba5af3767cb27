use yew::prelude::*;

use crate::core::answers::Certificate;
use crate::core::edit::Edit;
use crate::core::questionnaire::CertificatesItem;
use crate::i18n::{t, t_args};
use crate::platform::events;
use crate::ui::app::use_app;
use crate::ui::local;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Where this question's answers go: the page hands them to the app.
    pub onedit: Callback<Edit>,
    pub item: CertificatesItem,
    pub answer: Vec<Certificate>,
}

/// Certificates and authorisations in the seeker's own words, with a year.
#[component]
pub fn CertificatesQuestion(props: &Props) -> Html {
    let state = use_app();
    let onedit = props.onedit.clone();
    let locale = state.locale;
    let name = use_state(String::new);
    let year = use_state(String::new);
    let CertificatesItem { id, label } = &props.item;
    let year_text = year.trim().to_owned();
    let parsed_year = year_text
        .parse::<u16>()
        .ok()
        .filter(|y| (1900..=2100).contains(y));
    let year_invalid = !year_text.is_empty() && parsed_year.is_none();
    let text_input = |handle: &UseStateHandle<String>| {
        let handle = handle.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(value) = events::value(&e) {
                handle.set(value);
            }
        })
    };
    let add = {
        let onedit = onedit.clone();
        let (name, year) = (name.clone(), year.clone());
        Callback::from(move |_: MouseEvent| {
            let text = name.trim().to_owned();
            if text.is_empty() || year_invalid {
                return;
            }
            onedit.emit(Edit::AddCertificate(Certificate {
                name: text,
                year: parsed_year,
            }));
            name.set(String::new());
            year.set(String::new());
        })
    };
    let (name_id, year_id, error_id) = (
        format!("{id}-name"),
        format!("{id}-year"),
        format!("{id}-year-error"),
    );
    html! {
        <fieldset class="certificates-question">
            <legend>{ local::with_swedish(locale, state.also_swedish, label) }</legend>
            <ul class="certificates">
                { for props.answer.iter().enumerate().map(|(i, c)| {
                    let onedit = onedit.clone();
                    let remove = Callback::from(move |_: MouseEvent| onedit.emit(Edit::RemoveCertificate(i)));
                    let shown = match c.year { Some(y) => format!("{} ({y})", c.name), None => c.name.clone() };
                    html! {
                        <li>
                            <span>{ &shown }</span>{ " " }
                            <button type="button" class="link" onclick={remove}>{ t_args(locale, "cert-remove", &[("name", &c.name)]) }</button>
                        </li>
                    }
                }) }
            </ul>
            <div class="field">
                <label for={name_id.clone()}>{ t(locale, "cert-name") }</label>
                <input id={name_id} type="text" value={(*name).clone()} oninput={text_input(&name)} autocomplete="off" />
            </div>
            <div class="field">
                <label for={year_id.clone()}>{ t(locale, "cert-year") }</label>
                <input id={year_id} type="text" inputmode="numeric" value={(*year).clone()} oninput={text_input(&year)}
                    autocomplete="off" aria-invalid={year_invalid.to_string()} aria-describedby={error_id.clone()} />
                if year_invalid {
                    <p class="problem" id={error_id}>{ t(locale, "cert-year-invalid") }</p>
                }
            </div>
            <button type="button" onclick={add} disabled={name.trim().is_empty() || year_invalid}>{ t(locale, "cert-add") }</button>
        </fieldset>
    }
}
