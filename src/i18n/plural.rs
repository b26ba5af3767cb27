//! CLDR plural categories for whole numbers, for the app's ten locales: the
//! part of Fluent's plural tables the messages use.

use super::Locale;

/// CLDR cardinal plural category of a whole number in `locale` (the app
/// only counts); anything else is "other".
pub fn plural_category(locale: Locale, value: &str) -> &'static str {
    let Ok(n) = value.trim().parse::<u64>() else {
        return "other";
    };
    let (n10, n100) = (n % 10, n % 100);
    match locale {
        Locale::Ar => match n {
            0 => "zero",
            1 => "one",
            2 => "two",
            _ if (3..=10).contains(&n100) => "few",
            _ if (11..=99).contains(&n100) => "many",
            _ => "other",
        },
        Locale::Uk => {
            if n10 == 1 && n100 != 11 {
                "one"
            } else if (2..=4).contains(&n10) && !(12..=14).contains(&n100) {
                "few"
            } else {
                "many"
            }
        }
        // 0 and 1 are "one" in Persian, Dari and Tigrinya.
        Locale::Fa | Locale::Prs | Locale::Ti => {
            if n <= 1 {
                "one"
            } else {
                "other"
            }
        }
        Locale::Sv | Locale::SvEasy | Locale::En | Locale::Fi | Locale::So => {
            if n == 1 {
                "one"
            } else {
                "other"
            }
        }
    }
}
