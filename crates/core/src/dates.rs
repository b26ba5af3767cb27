//! Calendar arithmetic for the few dates the formats carry, without a
//! date-time crate in the bundle.

const DAYS_TO_2000: i64 = 10_957;

/// Seconds since 2000-01-01T00:00:00Z for a plain UTC timestamp
/// (`2026-11-23T14:05:00Z`); `None` for any other shape. Callers check the
/// round trip: an impossible date (31 February) maps to another day.
pub fn timestamp(at: &str) -> Option<u32> {
    let b = at.as_bytes();
    if b.len() != 20
        || &b[4..5] != b"-"
        || &b[7..8] != b"-"
        || &b[10..11] != b"T"
        || &b[19..] != b"Z"
    {
        return None;
    }
    let num = |r: std::ops::Range<usize>| at.get(r)?.parse::<i64>().ok();
    let days = days_from_civil(num(0..4)?, num(5..7)?, num(8..10)?) - DAYS_TO_2000;
    let seconds = days * 86_400 + num(11..13)? * 3600 + num(14..16)? * 60 + num(17..19)?;
    u32::try_from(seconds).ok()
}

/// `2026-11-23T14:05:00Z` for seconds since 2000.
pub fn format_timestamp(seconds: u32) -> String {
    let s = i64::from(seconds);
    let (y, m, d) = civil_from_days(s / 86_400 + DAYS_TO_2000);
    let t = s % 86_400;
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        t / 3600,
        t / 60 % 60,
        t % 60
    )
}

/// Year, month and day of `YYYY-MM-DD` (or the date part of a timestamp).
fn civil(day: &str) -> Option<(i64, i64, i64)> {
    let b = day.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| day.get(r)?.parse::<i64>().ok();
    Some((num(0..4)?, num(5..7)?, num(8..10)?))
}

fn format_day((y, m, d): (i64, i64, i64)) -> String {
    format!("{y:04}-{m:02}-{d:02}")
}

/// The day `days` days after `day` (`YYYY-MM-DD`).
pub fn days_after(day: &str, days: i64) -> Option<String> {
    let (y, m, d) = civil(day)?;
    Some(format_day(civil_from_days(days_from_civil(y, m, d) + days)))
}

/// The day `months` months before `day` (`YYYY-MM-DD`), the day of the
/// month kept where the month has it and else its last day.
pub fn months_before(day: &str, months: u32) -> Option<String> {
    let (y, m, d) = civil(day)?;
    let index = y * 12 + (m - 1) - i64::from(months);
    let (y, m) = (index.div_euclid(12), index.rem_euclid(12) + 1);
    let last = days_from_civil(y + (m / 12), m % 12 + 1, 1) - days_from_civil(y, m, 1);
    Some(format_day((y, m, d.min(last))))
}

/// Whether the date of `at` (`YYYY-MM-DD…`) comes before `day`; false when
/// either is not a date.
pub fn is_before(at: &str, day: &str) -> bool {
    match (civil(at), civil(day)) {
        (Some(a), Some(b)) => a < b,
        _ => false,
    }
}

// Howard Hinnant's days-from-civil and back (proleptic Gregorian).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

pub fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_map_to_dates_and_back() {
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(19_722), (2023, 12, 31));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
        for z in -1000..40_000 {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn timestamps_round_trip_and_impossible_dates_do_not() {
        let at = "2026-11-23T14:05:09Z";
        assert_eq!(timestamp(at).map(format_timestamp).as_deref(), Some(at));
        // 31 February is no date: it must not come back as 3 March.
        let feb = "2026-02-31T00:00:00Z";
        assert_ne!(timestamp(feb).map(format_timestamp).as_deref(), Some(feb));
        assert_eq!(timestamp("2026-11-23"), None);
    }

    #[test]
    fn months_back_keep_the_day_or_take_the_months_last() {
        assert_eq!(
            months_before("2026-12-06", 6).as_deref(),
            Some("2026-06-06")
        );
        assert_eq!(
            months_before("2026-03-31", 1).as_deref(),
            Some("2026-02-28")
        );
        assert_eq!(
            months_before("2026-01-15", 13).as_deref(),
            Some("2024-12-15")
        );
        assert_eq!(
            months_before("2024-05-31", 3).as_deref(),
            Some("2024-02-29")
        );
    }

    #[test]
    fn a_need_is_valid_for_three_months() {
        assert_eq!(
            days_after("2026-12-06", crate::need::VALID_DAYS).as_deref(),
            Some("2027-03-08")
        );
    }
}
