//! The adaptive short path: which rating to ask next, given the answers so
//! far and the demand file in use. The app (in the demand-file worker) and
//! the CLI's `next-question` and `simulate-paths` use this one [`Chooser`].
//!
//! Each occupation of the file has a weight: how likely it is the
//! seeker's, given her answers. Ratings count through a likelihood — a
//! self-rating is the occupation's required level plus noise of spread
//! [`SIGMA`] — and everything else she said (education, languages,
//! licences, ticked skills) through the scorer's own match without the
//! ratings, [`GAMMA`] per point:
//!
//! `log w(o) = GAMMA · match₀(o) − Σ_rated (rating − need(o, e))² / 2σ²`
//!
//! The next rating is the item whose answer is expected to tell the most
//! about which occupation is hers: the largest mutual information between
//! its answer (0–4, each with `P(v | o) ∝ exp(−(v − need)² / 2σ²)`) and the
//! occupation, under the current weights. The path is settled when the
//! five leading occupations hold [`SETTLED`] of the weight, and ends at
//! [`MAX_RATINGS`] in any case. Ties go to the earlier item in the
//! questionnaire, so the same answers and file always give the same
//! question. SCORING.md has the formula and the simulation that chose the
//! constants.

use serde::{Deserialize, Serialize};

use crate::answers::Answers;
use crate::scoring::Scorer;

/// At most this many ratings on the adaptive path.
pub const MAX_RATINGS: usize = 20;
/// The spread of self-ratings around an occupation's level.
pub const SIGMA: f64 = 1.0;
/// The weight of the answers other than ratings, per match point.
pub const GAMMA: f64 = 0.3;
/// The leading occupations counted as settled …
pub const LEADING: usize = 5;
/// … once they hold this share of the weight.
pub const SETTLED: f64 = 0.95;

/// Why the adaptive path asks no more.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Done {
    /// The leading occupations hold [`SETTLED`] of the weight.
    Settled,
    /// [`MAX_RATINGS`] have been asked.
    Limit,
    /// No item left that the demand file rates (or none that tells the
    /// leading occupations apart).
    NothingLeft,
}

/// What comes next on the adaptive path.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Next {
    /// The id of the level item to ask.
    Ask(String),
    Done(Done),
}

/// The next question, and about how many ratings are left after it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub next: Next,
    /// Ratings left, this one included: what the path would ask if every
    /// answer were the one the leading occupations expect.
    pub about_left: usize,
}

/// The demand file's required levels for the questionnaire's rated items,
/// indexed once per file and questionnaire (as the scorer is): each choice
/// then costs a scoring and one pass over the table.
pub struct Chooser {
    /// Per candidate item: its id and its element's index in the file.
    items: Vec<(String, usize)>,
    /// `needs[o * elements + e]`, `None` where `o` lists no level for `e`.
    needs: Vec<Option<f64>>,
    elements: usize,
    /// Per occupation, its mean required level: what it is taken to need of
    /// an element it does not list.
    means: Vec<f64>,
    /// `P(v | o)` for the answers 0–4 of each item, and `Σ_v P ln P`, at
    /// `[o * items + k]`: computed once, read for every choice.
    answers: Vec<([f64; 5], f64)>,
}

/// Occupations weighing less than this are left out of the sums.
const NEGLIGIBLE: f64 = 1e-7;

impl Chooser {
    /// `items`: the questionnaire's level items, in order.
    pub fn new(scorer: &Scorer<'_>, items: &[&str]) -> Chooser {
        let elements = scorer.demand().elements.len();
        let needs = scorer.level_needs();
        let means: Vec<f64> = needs
            .chunks(elements.max(1))
            .map(|row| {
                let listed: Vec<f64> = row.iter().flatten().copied().collect();
                if listed.is_empty() {
                    2.0
                } else {
                    listed.iter().sum::<f64>() / listed.len() as f64
                }
            })
            .collect();
        let items: Vec<(String, usize)> = items
            .iter()
            .filter_map(|id| scorer.element(id).map(|e| ((*id).to_owned(), e)))
            .collect();
        let mut answers = Vec::with_capacity(means.len() * items.len());
        for (o, mean) in means.iter().enumerate() {
            for &(_, e) in &items {
                let need = needs[o * elements + e].unwrap_or(*mean);
                let mut p = [0.0; 5];
                for (v, p) in p.iter_mut().enumerate() {
                    *p = (-(v as f64 - need).powi(2) / (2.0 * SIGMA * SIGMA)).exp();
                }
                let sum: f64 = p.iter().sum();
                let p = p.map(|x| x / sum);
                answers.push((p, p.iter().map(|x| x * x.ln()).sum()));
            }
        }
        Chooser {
            items,
            needs,
            elements,
            means,
            answers,
        }
    }

    fn need(&self, o: usize, e: usize) -> Option<f64> {
        self.needs[o * self.elements + e]
    }

    /// Each occupation's log weight given `answers` (see above), not yet
    /// normalised.
    fn log_weights(&self, scorer: &Scorer<'_>, answers: &Answers) -> Vec<f64> {
        let mut rest = answers.clone();
        rest.levels.clear();
        let mut logs: Vec<f64> = scorer
            .match_scores(&scorer.seeker(&rest))
            .into_iter()
            .map(|m| GAMMA * m)
            .collect();
        for (id, answer) in &answers.levels {
            if let (Some(a), Some(e)) = (answer.level, scorer.element(id)) {
                self.add_rating(&mut logs, e, a);
            }
        }
        logs
    }

    /// A rating `a` of element `e` into the log weights.
    fn add_rating(&self, logs: &mut [f64], e: usize, a: u8) {
        for (o, log) in logs.iter_mut().enumerate() {
            let need = self.need(o, e).unwrap_or(self.means[o]);
            *log -= (f64::from(a) - need).powi(2) / (2.0 * SIGMA * SIGMA);
        }
    }

    /// Each occupation's weight given `answers`, normalised.
    fn weights(&self, scorer: &Scorer<'_>, answers: &Answers) -> Vec<f64> {
        normalised(&self.log_weights(scorer, answers))
    }

    /// The mutual information between item `k`'s answer and the
    /// occupation, and the answer most expected.
    fn information(&self, weights: &[f64], k: usize) -> (f64, usize) {
        let width = self.items.len();
        let (mut own, mut marginal) = (0.0, [0.0; 5]);
        for (o, &w) in weights.iter().enumerate() {
            if w < NEGLIGIBLE {
                continue;
            }
            let (p, p_ln_p) = &self.answers[o * width + k];
            for v in 0..5 {
                marginal[v] += w * p[v];
            }
            own += w * p_ln_p;
        }
        let spread: f64 = marginal
            .iter()
            .filter(|m| **m > 0.0)
            .map(|m| m * m.ln())
            .sum();
        let likeliest = (0..5).fold(0, |best, v| {
            if marginal[v] > marginal[best] {
                v
            } else {
                best
            }
        });
        (own - spread, likeliest)
    }

    /// The item to ask among those not yet `asked`, or why none.
    fn pick(
        &self,
        weights: &[f64],
        asked: &dyn Fn(&str) -> bool,
        ratings: usize,
    ) -> Result<(&str, usize), Done> {
        if ratings >= MAX_RATINGS {
            return Err(Done::Limit);
        }
        let mut leading = weights.to_vec();
        leading.sort_by(|a, b| b.total_cmp(a));
        if leading.iter().take(LEADING).sum::<f64>() >= SETTLED {
            return Err(Done::Settled);
        }
        let mut best: Option<(&str, f64, usize)> = None;
        for (k, (id, _)) in self.items.iter().enumerate() {
            if asked(id) {
                continue;
            }
            let (gain, likeliest) = self.information(weights, k);
            if best.is_none_or(|(_, b, _)| gain > b) {
                best = Some((id, gain, likeliest));
            }
        }
        match best {
            Some((id, gain, likeliest)) if gain > 1e-9 => Ok((id, likeliest)),
            _ => Err(Done::NothingLeft),
        }
    }

    /// The next rating on the adaptive path for `answers`; `asked` are the
    /// items the path has asked so far (answered or left unanswered).
    pub fn next_question(&self, scorer: &Scorer<'_>, answers: &Answers, asked: &[String]) -> Next {
        match self.pick(
            &self.weights(scorer, answers),
            &|id| is_asked(answers, asked, id),
            asked.len(),
        ) {
            Ok((id, _)) => Next::Ask(id.to_owned()),
            Err(done) => Next::Done(done),
        }
    }

    /// [`Chooser::next_question`] and about how many ratings are left: the
    /// path walked on with the answer most expected of each until it ends.
    pub fn choose(&self, scorer: &Scorer<'_>, answers: &Answers, asked: &[String]) -> Choice {
        let mut logs = self.log_weights(scorer, answers);
        let first = self.pick(
            &normalised(&logs),
            &|id| is_asked(answers, asked, id),
            asked.len(),
        );
        let next = match &first {
            Ok((id, _)) => Next::Ask((*id).to_owned()),
            Err(done) => Next::Done(*done),
        };
        // Only ratings are added on the way: the rest of the weight
        // (match without ratings) stays, so each step adds one rating's term.
        let (mut forecast, mut more) = (answers.clone(), asked.to_vec());
        let mut step = first;
        while let Ok((id, likeliest)) = step {
            forecast.levels.entry(id.to_owned()).or_default().level = Some(likeliest as u8);
            more.push(id.to_owned());
            if let Some(e) = scorer.element(id) {
                self.add_rating(&mut logs, e, likeliest as u8);
            }
            step = self.pick(
                &normalised(&logs),
                &|id| is_asked(&forecast, &more, id),
                more.len(),
            );
        }
        Choice {
            next,
            about_left: more.len() - asked.len(),
        }
    }
}

/// Log weights as weights that sum to 1.
fn normalised(logs: &[f64]) -> Vec<f64> {
    let top = logs.iter().copied().fold(f64::MIN, f64::max);
    let mut weights: Vec<f64> = logs.iter().map(|l| (l - top).exp()).collect();
    let sum: f64 = weights.iter().sum();
    weights.iter_mut().for_each(|w| *w /= sum);
    weights
}

/// An item is asked once; one rated before (on the full path, say) is not
/// asked again.
fn is_asked(answers: &Answers, asked: &[String], id: &str) -> bool {
    answers.levels.get(id).is_some_and(|a| a.level.is_some()) || asked.iter().any(|a| a == id)
}

/// The fixed short path's next rating, for when no demand file is there
/// to choose from: the first of `short` (the items marked short, in
/// questionnaire order) not yet asked, and how many of them are left.
pub fn fixed_choice(short: &[&str], answers: &Answers, asked: &[String]) -> Choice {
    let left: Vec<&str> = short
        .iter()
        .copied()
        .filter(|id| !is_asked(answers, asked, id))
        .collect();
    let next = match left.first() {
        _ if asked.len() >= MAX_RATINGS => Next::Done(Done::Limit),
        Some(id) => Next::Ask((*id).to_owned()),
        None => Next::Done(Done::NothingLeft),
    };
    Choice {
        next,
        about_left: left.len().min(MAX_RATINGS.saturating_sub(asked.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::LevelAnswer;

    #[test]
    fn without_a_file_the_fixed_short_order_is_asked_skipping_what_was_asked() {
        let short = ["a", "b", "c"];
        let mut answers = Answers::default();
        answers.levels.insert(
            "a".into(),
            LevelAnswer {
                level: Some(2),
                ..Default::default()
            },
        );
        let first = fixed_choice(&short, &answers, &[]);
        assert_eq!(first.next, Next::Ask("b".into()));
        assert_eq!(first.about_left, 2);
        let after = fixed_choice(&short, &answers, &["b".into()]);
        assert_eq!(after.next, Next::Ask("c".into()));
        assert_eq!(
            fixed_choice(&short, &answers, &["b".into(), "c".into()]).next,
            Next::Done(Done::NothingLeft)
        );
    }
}
