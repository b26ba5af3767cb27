//! The three parts of match: how close and how alike two level profiles
//! are, and how the parts are combined. Pure arithmetic on numbers, so each
//! rule is tested here on numbers a reader can check by hand.

use crate::demand::Requirement;
use crate::scales::MAX_LEVEL;

/// Running sums over the elements both sides have: enough for the mean
/// closeness and the Pearson correlation in one pass.
#[derive(Default)]
pub(super) struct LevelSums {
    n: f64,
    a: f64,
    l: f64,
    aa: f64,
    ll: f64,
    al: f64,
    distance: f64,
}

/// The level fit of an occupation with no level profile to compare, for a
/// seeker who has one: the expected fit of two unrelated profiles on the
/// 0–4 scale. Two independent uniform levels are 4/3 apart on average
/// (closeness 2/3) and uncorrelated (shape ½): ½ · 2/3 + ½ · ½ = 7/12. It is
/// derived from the scale, not tuned to data.
pub const NEUTRAL_LEVEL_FIT: f64 = 7.0 / 12.0;

/// Below this variance a profile is flat and has no shape to compare.
pub(super) const FLAT: f64 = 1e-9;

impl LevelSums {
    pub(super) fn add(&mut self, a: f64, l: f64) {
        self.n += 1.0;
        self.a += a;
        self.l += l;
        self.aa += a * a;
        self.ll += l * l;
        self.al += a * l;
        self.distance += (a - l).abs();
    }

    pub(super) fn fit(&self) -> Option<f64> {
        if self.n == 0.0 {
            return None;
        }
        let (ma, ml) = (self.a / self.n, self.l / self.n);
        let (va, vl) = (self.aa / self.n - ma * ma, self.ll / self.n - ml * ml);
        let r = if va < FLAT || vl < FLAT {
            0.0
        } else {
            (self.al / self.n - ma * ml) / (va * vl).sqrt()
        };
        let closeness = 1.0 - self.distance / self.n / f64::from(MAX_LEVEL);
        Some(0.5 * closeness + 0.25 * (1.0 + r.clamp(-1.0, 1.0)))
    }
}

/// The shares of the level, skill and formal parts in match: equal for
/// each part that can be computed. None is preferred: they are independent
/// views of the same fit.
pub(super) fn shares(parts: [Option<f64>; 3]) -> [f64; 3] {
    let n = parts.iter().filter(|p| p.is_some()).count();
    parts.map(|p| if p.is_some() { 1.0 / n as f64 } else { 0.0 })
}

pub(super) fn combine(parts: [Option<f64>; 3]) -> f64 {
    let shares = shares(parts);
    100.0
        * parts
            .iter()
            .zip(shares)
            .map(|(p, w)| w * p.unwrap_or(0.0))
            .sum::<f64>()
}

/// Whether a requirement is a formal one: education, a licence or a
/// language level, which employers filter on before they look at skills.
pub(super) fn is_formal(requirement: &Requirement) -> bool {
    matches!(
        requirement,
        Requirement::Education { .. } | Requirement::Licence { .. } | Requirement::Language { .. }
    )
}

/// Steps short of an education at which it adds nothing to formal fit:
/// compulsory school (ISCED 2) against a master's degree (7).
pub(super) const EDUCATION_SPAN: f64 = 5.0;

/// What a formal requirement the seeker answered adds to formal fit, from
/// its readiness `credit`. Education counts by the steps she is short,
/// falling with their square: one step short (upper secondary school for a
/// post-secondary course's 4, a higher vocational diploma for a bachelor's
/// 6) is nearly as good as none, since many who work in an occupation have
/// that and validation or a short course bridges it; three steps short (an
/// assistant nurse's upper secondary school for a specialist nurse's
/// bachelor's) is far. Readiness keeps the plain share `have / need`.
/// Licences and languages count as in readiness.
pub(super) fn formal_term(requirement: &Requirement, credit: f64, education: Option<u8>) -> f64 {
    match (requirement, education) {
        (Requirement::Education { isced }, Some(have)) => {
            let short = f64::from(isced.saturating_sub(have));
            (1.0 - (short / EDUCATION_SPAN).powi(2)).max(0.0)
        }
        _ => credit,
    }
}

/// What match is computed from, for one occupation.
pub(super) struct MatchParts {
    /// Elements both rated by the seeker and listed by the occupation:
    /// (requirement index, seeker's level, occupation's level).
    pub(super) level: Vec<(usize, u8, f64)>,
    /// Ticked skills the occupation lists (requirement indices).
    pub(super) skills: Vec<usize>,
    /// |ticked| · |occupation skills|, the cosine's denominator squared.
    pub(super) skill_norm: f64,
}

/// Mean and population standard deviation.
fn mean_sd(values: impl Iterator<Item = f64> + Clone) -> (f64, f64) {
    let n = values.clone().count() as f64;
    let mean = values.clone().sum::<f64>() / n;
    let var = values.map(|v| (v - mean) * (v - mean)).sum::<f64>() / n;
    (mean, var.sqrt())
}

impl MatchParts {
    /// Each element's term of the level fit; their mean is the level fit
    /// that [`LevelSums::fit`] computes in one pass. Half is closeness of
    /// level (1 at equal levels, 0 at the scale's width apart, either way),
    /// half is closeness of shape: the element's share of the Pearson
    /// correlation between the two profiles, mapped from −1…1 to 0…1. Shape
    /// lets a seeker who rates everything a notch high or low still find the
    /// occupations whose strengths are theirs; level makes being far above
    /// or below an occupation cost.
    pub(super) fn level_terms(&self) -> impl Iterator<Item = f64> + '_ {
        let (ma, sa) = mean_sd(self.level.iter().map(|&(_, a, _)| f64::from(a)));
        let (ml, sl) = mean_sd(self.level.iter().map(|&(_, _, l)| l));
        let flat = sa * sa < FLAT || sl * sl < FLAT;
        self.level.iter().map(move |&(_, a, l)| {
            let a = f64::from(a);
            let closeness = 1.0 - (a - l).abs() / f64::from(MAX_LEVEL);
            let shape = if flat {
                0.0
            } else {
                (a - ma) / sa * (l - ml) / sl
            };
            0.5 * closeness + 0.25 * (1.0 + shape)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sums(pairs: &[(f64, f64)]) -> LevelSums {
        let mut s = LevelSums::default();
        for &(a, l) in pairs {
            s.add(a, l);
        }
        s
    }

    #[test]
    fn level_fit_is_half_closeness_half_shape() {
        // The same profile: close (1) and alike (r = 1): a perfect fit.
        assert_eq!(sums(&[(1.0, 1.0), (3.0, 3.0)]).fit(), Some(1.0));
        // One step high everywhere: closeness 3/4, the same shape.
        assert_eq!(
            sums(&[(2.0, 1.0), (4.0, 3.0)]).fit(),
            Some(0.5 * 0.75 + 0.5)
        );
        // The opposite shape at the same distance scores lower.
        let opposite = sums(&[(1.0, 3.0), (3.0, 1.0)]).fit().unwrap();
        assert!((opposite - 0.5 * 0.5).abs() < 1e-12, "{opposite}");
        // A flat profile has no shape: r counts as 0.
        assert_eq!(
            sums(&[(2.0, 1.0), (2.0, 3.0)]).fit(),
            Some(0.5 * 0.75 + 0.25)
        );
        assert_eq!(LevelSums::default().fit(), None);
    }

    #[test]
    fn the_per_element_terms_average_to_the_one_pass_fit() {
        let pairs = [(1u8, 2.0), (3, 2.5), (4, 1.0), (0, 0.5)];
        let parts = MatchParts {
            level: pairs
                .iter()
                .enumerate()
                .map(|(i, &(a, l))| (i, a, l))
                .collect(),
            skills: vec![],
            skill_norm: 0.0,
        };
        let mean = parts.level_terms().sum::<f64>() / pairs.len() as f64;
        let one_pass = sums(&pairs.map(|(a, l)| (f64::from(a), l))).fit().unwrap();
        assert!((mean - one_pass).abs() < 1e-12, "{mean} {one_pass}");
    }

    #[test]
    fn education_counts_in_formal_fit_by_the_square_of_the_steps_short() {
        let need = |isced| Requirement::Education { isced };
        // Exactly as asked, or more: full.
        assert_eq!(formal_term(&need(3), 1.0, Some(3)), 1.0);
        assert_eq!(formal_term(&need(3), 1.0, Some(7)), 1.0);
        // One step short: 1 − (1/5)²; readiness's share 5/6 is not used.
        assert!((formal_term(&need(6), 5.0 / 6.0, Some(5)) - 0.96).abs() < 1e-12);
        // Three steps short, as an assistant nurse for a specialist nurse.
        assert!((formal_term(&need(6), 0.5, Some(3)) - 0.64).abs() < 1e-12);
        // Five or more steps short: nothing.
        assert_eq!(formal_term(&need(7), 2.0 / 7.0, Some(2)), 0.0);
        assert_eq!(formal_term(&need(6), 0.0, Some(0)), 0.0);
        // A licence counts its readiness credit.
        let licence = Requirement::Licence {
            category: crate::scales::Licence::B,
        };
        assert_eq!(formal_term(&licence, 0.0, Some(3)), 0.0);
    }

    #[test]
    fn parts_that_can_be_computed_share_match_equally() {
        assert_eq!(shares([Some(0.5), None, Some(1.0)]), [0.5, 0.0, 0.5]);
        assert_eq!(combine([Some(0.6), Some(0.9), Some(0.3)]), 100.0 * 0.6);
        assert_eq!(combine([None, None, None]), 0.0);
        assert!(is_formal(&Requirement::Education { isced: 3 }));
        assert!(!is_formal(&Requirement::Skill {
            skill: "s".into(),
            essential: true
        }));
    }
}
