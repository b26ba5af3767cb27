use qrcode::{Color, EcLevel, QrCode};
use yew::prelude::*;

use crate::i18n::t;
use crate::ui::app::use_app;

/// The quiet zone around a code, in modules: what scanners need.
const QUIET: usize = 4;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// What the code holds: the app's address with the profile in `#p=`.
    pub data: String,
}

/// A QR code (error level M) drawn as one SVG path, black on white in
/// every colour scheme so that it scans from a screen and from paper.
#[component]
pub fn Qr(props: &Props) -> Html {
    let state = use_app();
    let locale = state.locale;
    let Ok(code) = QrCode::with_error_correction_level(props.data.as_bytes(), EcLevel::M) else {
        return html! { <p role="alert" class="problem">{ t(locale, "qr-too-large") }</p> };
    };
    let width = code.width();
    let size = width + 2 * QUIET;
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    let view_box = format!("0 0 {size} {size}");
    html! {
        <svg class="qr" viewBox={view_box} role="img" aria-label={t(locale, "qr-label")}
            shape-rendering="crispEdges" data-modules={width.to_string()}>
            <rect width={size.to_string()} height={size.to_string()} fill="#fff" />
            <path d={path} fill="#000" />
        </svg>
    }
}
