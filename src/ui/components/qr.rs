use std::rc::Rc;

use yew::prelude::*;

use crate::core::qr::Drawing;
use crate::i18n::t;
use crate::ui::app::use_app;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The code of the app's address with the profile in `#p=`, drawn by
    /// the worker (core::qr).
    pub drawing: Rc<Drawing>,
}

/// A QR code drawn as one SVG path, black on white in every colour scheme
/// so that it scans from a screen and from paper.
#[component]
pub fn Qr(props: &Props) -> Html {
    let locale = use_app().locale;
    let size = props.drawing.size().to_string();
    let view_box = format!("0 0 {size} {size}");
    html! {
        <svg class="qr" viewBox={view_box} role="img" aria-label={t(locale, "qr-label")}
            shape-rendering="crispEdges" data-modules={props.drawing.modules.to_string()}>
            <rect width={size.clone()} height={size} fill="#fff" />
            <path d={props.drawing.path.clone()} fill="#000" />
        </svg>
    }
}
