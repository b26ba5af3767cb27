//! Scores and their shares in tenths of a point, and the largest-remainder
//! split that makes a breakdown's shown points add up to its shown score.

use serde::{Deserialize, Serialize};

/// A score or a share of one, in tenths of a point (0–1000 = 0–100).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Points(pub u16);

impl Points {
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / 10.0
    }
}

impl Serialize for Points {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

impl<'de> Deserialize<'de> for Points {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Points, D::Error> {
        let v = f64::deserialize(d)?;
        if !(0.0..=100.0).contains(&v) {
            return Err(serde::de::Error::custom(format!("{v} is outside 0..=100")));
        }
        Ok(Points((v * 10.0).round() as u16))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Points {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Points".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number", "minimum": 0, "maximum": 100 })
    }
}

/// A signed share of a score, in tenths: a match line can count against.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Delta(pub i32);

impl Serialize for Delta {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(f64::from(self.0) / 10.0)
    }
}

impl<'de> Deserialize<'de> for Delta {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Delta, D::Error> {
        let v = f64::deserialize(d)?;
        if !(-100.0..=100.0).contains(&v) {
            return Err(serde::de::Error::custom(format!(
                "{v} is outside -100..=100"
            )));
        }
        Ok(Delta((v * 10.0).round() as i32))
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Delta {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Delta".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "number", "minimum": -100, "maximum": 100 })
    }
}

pub(super) fn to_points(value: f64) -> Points {
    Points((value.clamp(0.0, 100.0) * 10.0).round() as u16)
}

/// Splits `total` tenths over the lines in proportion to `raw` (largest
/// remainder), so that the shown points add up exactly to the shown score.
pub(super) fn apportion(raw: &[f64], total: u16) -> Vec<i64> {
    let tenths: Vec<f64> = raw.iter().map(|r| r * 10.0).collect();
    let mut out: Vec<i64> = tenths.iter().map(|t| t.floor() as i64).collect();
    let mut left = i64::from(total) - out.iter().sum::<i64>();
    let frac = |i: usize| tenths[i] - tenths[i].floor();
    let mut order: Vec<usize> = (0..raw.len()).collect();
    order.sort_by(|&a, &b| frac(b).total_cmp(&frac(a)).then(a.cmp(&b)));
    // Missing tenths go to the largest remainders; a surplus (rounding of
    // the total can overshoot by one) comes off the smallest.
    let n = order.len();
    let mut step = 0;
    while left != 0 && n > 0 {
        if left > 0 {
            out[order[step % n]] += 1;
            left -= 1;
        } else {
            out[order[n - 1 - step % n]] -= 1;
            left += 1;
        }
        step += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_add_up_exactly_to_the_shown_total() {
        // 33.3 + 33.3 + 33.3 = 99.9, shown as 100.0: the missing tenth goes
        // to the largest remainder, never to a rounding gap.
        let split = apportion(&[100.0 / 3.0; 3], 1_000);
        assert_eq!(split.iter().sum::<i64>(), 1_000);
        assert_eq!(split, [334, 333, 333]);
        // The total rounded up past the parts: the surplus comes off the
        // smallest remainder.
        let split = apportion(&[0.04, 0.04, 0.04], 0);
        assert_eq!(split.iter().sum::<i64>(), 0);
        assert!(apportion(&[], 0).is_empty());
    }

    #[test]
    fn points_are_tenths_clamped_to_the_scale() {
        assert_eq!(to_points(83.75), Points(838));
        assert_eq!(to_points(120.0), Points(1_000));
        assert_eq!(to_points(-3.0), Points(0));
        assert_eq!(Points(838).as_f64(), 83.8);
    }
}
