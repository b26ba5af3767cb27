//! Kiosk mode, for shared computers in libraries and learning centres:
//! nothing is saved, and an idle session is wiped after a visible countdown.
//! On with `?kiosk` in the address, or `"enabled": true` in `kiosk.json`
//! (which also sets the times).

use serde::{Deserialize, Serialize};

pub const CONFIG: &str = "kiosk.json";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct KioskConfig {
    #[serde(default)]
    pub enabled: bool,
    /// Seconds without a touch or key press before the countdown starts.
    pub idle_seconds: u32,
    /// Seconds the countdown shows before everything is wiped.
    pub countdown_seconds: u32,
}

impl Default for KioskConfig {
    fn default() -> KioskConfig {
        KioskConfig {
            enabled: false,
            idle_seconds: 120,
            countdown_seconds: 30,
        }
    }
}

impl KioskConfig {
    /// Reads `kiosk.json`; a broken file keeps the defaults (kiosk mode must
    /// never be lost to a typo, so `enabled` in a broken file is not trusted
    /// either way: the URL flag still works).
    pub fn parse(text: &str) -> Option<KioskConfig> {
        serde_json::from_str::<KioskConfig>(text)
            .ok()
            .filter(|c| c.idle_seconds > 0 && c.countdown_seconds > 0)
    }

    /// Seconds left before the wipe, once `idle` seconds have passed without
    /// activity: `None` while the seeker is still considered active.
    pub fn countdown(&self, idle: f64) -> Option<u32> {
        let idle_limit = f64::from(self.idle_seconds);
        (idle >= idle_limit).then(|| {
            (idle_limit + f64::from(self.countdown_seconds) - idle)
                .ceil()
                .max(0.0) as u32
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_starts_after_the_idle_time_and_ends_at_zero() {
        let c = KioskConfig {
            enabled: true,
            idle_seconds: 10,
            countdown_seconds: 5,
        };
        assert_eq!(c.countdown(9.9), None);
        assert_eq!(c.countdown(10.0), Some(5));
        assert_eq!(c.countdown(12.5), Some(3));
        assert_eq!(c.countdown(15.0), Some(0));
        assert_eq!(c.countdown(99.0), Some(0));
    }

    #[test]
    fn the_shipped_config_parses_and_a_broken_one_is_ignored() {
        let shipped = KioskConfig::parse(include_str!("../../static/kiosk.json")).unwrap();
        assert!(!shipped.enabled);
        assert_eq!(
            KioskConfig::parse("{\"idle_seconds\": 0, \"countdown_seconds\": 5}"),
            None
        );
        assert_eq!(KioskConfig::parse("{"), None);
    }
}
