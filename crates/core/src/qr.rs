//! A QR code as an SVG drawing, made where the profile code is made (the
//! demand-file worker): the mask search costs tens of milliseconds on a
//! slow phone, which the page's main thread must not spend.

use qrcode::{Color, EcLevel, QrCode};
use serde::{Deserialize, Serialize};

/// The quiet zone around a code, in modules: what scanners need.
pub const QUIET: usize = 4;

/// A QR code (error level M): `modules` on a side without the quiet zone,
/// and the dark modules as one SVG path in a square of
/// `modules + 2 * QUIET`, drawn row by row as runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Drawing {
    pub modules: usize,
    pub path: String,
}

impl Drawing {
    /// The side of the drawing with its quiet zone, in modules.
    pub fn size(&self) -> usize {
        self.modules + 2 * QUIET
    }
}

/// `data` as a QR code; None if it does not fit in the largest one.
pub fn draw(data: &str) -> Option<Drawing> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let modules = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for (y, row) in colors.chunks(modules).enumerate() {
        let mut x = 0;
        while x < modules {
            if row[x] == Color::Dark {
                let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
                path.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET, y + QUIET));
                x += run;
            } else {
                x += 1;
            }
        }
    }
    Some(Drawing { modules, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_too_long_for_any_qr_is_none_and_a_link_is_drawn() {
        assert!(draw(&"9".repeat(8_000)).is_none());
        let drawing = draw("https://example.org/#p=0123456789").unwrap();
        assert_eq!(drawing.size(), drawing.modules + 8);
        // The three finder patterns' top rows start at the quiet zone.
        assert!(drawing.path.starts_with("M4 4h7v1h-7z"), "{}", drawing.path);
    }
}
