//! The scorer timed on its own, for `scripts/bench` (not shipped).
//!
//! On wasm32 it is a wasm-bindgen module the benchmark page loads (built
//! with the release profile, like the app); natively it is the baseline:
//!   bench native DEMAND ANSWERS RUNS   median re-score times, as JSON
//!   bench shortlist DEMAND SEEKERS OCCUPATION RUNS   the matching centre's
//!     shortlist as the worker answers it (the seekers sent before),
//!     median, as JSON
//!   bench synthetic OCCUPATIONS REQUIREMENTS OUT   a generated demand file
//! Both time what the app does after an answer changes: index the demand
//! file (`Scorer::new`), index the answers, rank every occupation.

use kompetenskoll::core::answers::Answers;
use kompetenskoll::core::held::{Ask, Holder, SeekersSent};

/// The matching centre's `seekers` sent to `holder` once, as the page
/// sends them; the ask for their shortlist against `occupation`, as text.
fn shortlist_ask(holder: &mut Holder, seekers: Vec<Answers>, occupation: &str) -> String {
    let sent = SeekersSent {
        generation: 1,
        count: seekers.len(),
    };
    holder.answer(
        Ask::Seekers {
            generation: sent.generation,
            first: 0,
            seekers,
        },
        None,
    );
    // Every candidate, as a CSV of the whole list asks (a page asks for
    // the hundred it shows).
    let ask = Ask::Shortlist {
        occupation: occupation.to_owned(),
        seekers: sent,
        rows: kompetenskoll::core::shortlist::Rows::default(),
        municipality: None,
        need: None,
    };
    serde_json::to_string(&ask).unwrap_or_default()
}

#[cfg(target_arch = "wasm32")]
mod web {
    use std::cell::RefCell;
    use wasm_bindgen::prelude::*;

    use super::{shortlist_ask, Answers, Ask};
    use kompetenskoll::core::demand::DemandFile;
    use kompetenskoll::core::json;
    use kompetenskoll::core::scoring::Scorer;

    thread_local! {
        static DEMAND: RefCell<Option<DemandFile>> = const { RefCell::new(None) };
        /// The loaded file's text, for the worker's `Holder` to read.
        static TEXT: RefCell<String> = const { RefCell::new(String::new()) };
    }

    fn now() -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map_or(0.0, |p| p.now())
    }

    /// Parses and keeps a demand file; returns the milliseconds it took.
    #[wasm_bindgen]
    pub fn load(text: &str) -> Result<f64, String> {
        let start = now();
        let demand = json::parse_demand(text).map_err(|p| format!("{p:?}"))?;
        let took = now() - start;
        DEMAND.with(|d| *d.borrow_mut() = Some(demand));
        TEXT.with(|t| *t.borrow_mut() = text.to_owned());
        Ok(took)
    }

    /// Like `rescore`, with the file indexed once beforehand: what a re-score
    /// costs in the app, which keeps each file's `Scorer` (`scoring::Indexed`).
    #[wasm_bindgen]
    pub fn rank_only(answers: &str, item: &str, runs: u32) -> Result<Vec<f64>, String> {
        let mut answers: Answers = serde_json::from_str(answers).map_err(|e| e.to_string())?;
        DEMAND.with(|d| {
            let d = d.borrow();
            let demand = d.as_ref().ok_or("no demand file loaded")?;
            let scorer = Scorer::new(demand);
            let mut times = Vec::with_capacity(runs as usize);
            for run in 0..runs {
                answers.levels.entry(item.to_owned()).or_default().level =
                    Some(1 + (run % 3) as u8);
                let start = now();
                let ranked = scorer.rank(&scorer.seeker(&answers));
                times.push(now() - start);
                if ranked.len() != demand.occupations.len() {
                    return Err("not every occupation ranked".to_owned());
                }
            }
            Ok(times)
        })
    }

    /// The adaptive short path's next question with the file loaded and its
    /// `Chooser` made once (as the demand-file worker keeps it), for a
    /// seeker with the first `rated` of `items` answered as in `answers`:
    /// each run's milliseconds for the choice with its forecast ("about n
    /// left"), what the worker answers.
    #[wasm_bindgen]
    pub fn next_question(
        answers: &str,
        items: &str,
        rated: usize,
        runs: u32,
    ) -> Result<Vec<f64>, String> {
        use kompetenskoll::core::adaptive::Chooser;
        let all: Answers = serde_json::from_str(answers).map_err(|e| e.to_string())?;
        let items: Vec<String> = serde_json::from_str(items).map_err(|e| e.to_string())?;
        let ids: Vec<&str> = items.iter().map(String::as_str).collect();
        let asked: Vec<String> = items.iter().take(rated).cloned().collect();
        let answers = Answers {
            levels: all
                .levels
                .into_iter()
                .filter(|(id, _)| asked.contains(id))
                .collect(),
            ..Answers::default()
        };
        DEMAND.with(|d| {
            let d = d.borrow();
            let demand = d.as_ref().ok_or("no demand file loaded")?;
            let scorer = Scorer::new(demand);
            let chooser = Chooser::new(&scorer, &ids);
            Ok((0..runs)
                .map(|_| {
                    let start = now();
                    let choice = chooser.choose(&scorer, &answers, &asked);
                    let took = now() - start;
                    std::hint::black_box(choice);
                    took
                })
                .collect())
        })
    }

    /// The matching centre's shortlist as the demand-file worker answers
    /// it, the loaded file held and `seekers` (a JSON array of answers)
    /// sent to it once, as the page does: the need `occupation` asked,
    /// the ask read from text and the reply written as text, as the worker
    /// does; each run's milliseconds.
    #[wasm_bindgen]
    pub fn shortlist(seekers: &str, occupation: &str, runs: u32) -> Result<Vec<f64>, String> {
        use kompetenskoll::core::held::Holder;
        let seekers: Vec<Answers> = serde_json::from_str(seekers).map_err(|e| e.to_string())?;
        let count = seekers.len();
        let mut holder = Holder::default();
        TEXT.with(|t| holder.answer(Ask::Demand, Some(&t.borrow())));
        let ask = shortlist_ask(&mut holder, seekers, occupation);
        let mut times = Vec::with_capacity(runs as usize);
        for _ in 0..runs {
            let start = now();
            let reply = holder.answer_text(&ask, None);
            times.push(now() - start);
            // Every seeker is on the list.
            if reply.matches("\"seeker\":").count() != count {
                return Err(format!(
                    "the shortlist is not of {count} seekers: {}",
                    &reply[..reply.len().min(200)]
                ));
            }
        }
        Ok(times)
    }

    /// Re-scores `runs` times, changing one rating each time (as a seeker
    /// does), indexing the file each time (the cost of a newly loaded file);
    /// returns each run's milliseconds.
    #[wasm_bindgen]
    pub fn rescore(answers: &str, item: &str, runs: u32) -> Result<Vec<f64>, String> {
        let mut answers: Answers = serde_json::from_str(answers).map_err(|e| e.to_string())?;
        DEMAND.with(|d| {
            let d = d.borrow();
            let demand = d.as_ref().ok_or("no demand file loaded")?;
            let mut times = Vec::with_capacity(runs as usize);
            for run in 0..runs {
                answers.levels.entry(item.to_owned()).or_default().level =
                    Some(1 + (run % 3) as u8);
                let start = now();
                let scorer = Scorer::new(demand);
                let ranked = scorer.rank(&scorer.seeker(&answers));
                times.push(now() - start);
                if ranked.len() != demand.occupations.len() {
                    return Err("not every occupation ranked".to_owned());
                }
            }
            Ok(times)
        })
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use kompetenskoll::core::{json, scoring::Scorer, synthetic};
    use std::time::Instant;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let fail = |message: String| {
        eprintln!("bench: {message}");
        std::process::ExitCode::FAILURE
    };
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["native", demand, answers, item, runs] => {
            let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
            let (text, answers_text) = match (read(demand), read(answers)) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(e), _) | (_, Err(e)) => return fail(e),
            };
            let start = Instant::now();
            let demand = match json::parse_demand(&text) {
                Ok(d) => d,
                Err(p) => return fail(format!("{demand}: {p:?}")),
            };
            let parse_ms = start.elapsed().as_secs_f64() * 1e3;
            let mut answers: Answers = match serde_json::from_str(&answers_text) {
                Ok(a) => a,
                Err(e) => return fail(e.to_string()),
            };
            let runs: u32 = runs.parse().unwrap_or(100);
            let mut times: Vec<f64> = (0..runs)
                .map(|run| {
                    answers.levels.entry((*item).to_owned()).or_default().level =
                        Some(1 + (run % 3) as u8);
                    let start = Instant::now();
                    let scorer = Scorer::new(&demand);
                    let ranked = scorer.rank(&scorer.seeker(&answers));
                    std::hint::black_box(ranked);
                    start.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{{\"parse_ms\":{parse_ms:.3},\"rescore_median_ms\":{:.4},\"runs\":{runs}}}",
                times[times.len() / 2]
            );
            std::process::ExitCode::SUCCESS
        }
        ["shortlist", demand, seekers, occupation, runs] => {
            let read = |p: &str| std::fs::read_to_string(p).map_err(|e| format!("{p}: {e}"));
            let (text, seekers_text) = match (read(demand), read(seekers)) {
                (Ok(a), Ok(b)) => (a, b),
                (Err(e), _) | (_, Err(e)) => return fail(e),
            };
            let seekers: Vec<Answers> = match serde_json::from_str(&seekers_text) {
                Ok(s) => s,
                Err(e) => return fail(e.to_string()),
            };
            let mut holder = Holder::default();
            holder.answer(Ask::Demand, Some(&text));
            let ask = shortlist_ask(&mut holder, seekers, occupation);
            let runs: u32 = runs.parse().unwrap_or(9);
            let mut times: Vec<f64> = (0..runs)
                .map(|_| {
                    let start = Instant::now();
                    std::hint::black_box(holder.answer_text(&ask, None));
                    start.elapsed().as_secs_f64() * 1e3
                })
                .collect();
            times.sort_by(f64::total_cmp);
            println!(
                "{{\"shortlist_median_ms\":{:.3},\"runs\":{runs}}}",
                times[times.len() / 2]
            );
            std::process::ExitCode::SUCCESS
        }
        ["synthetic", occupations, requirements, out] => {
            let (Ok(o), Ok(r)) = (occupations.parse(), requirements.parse()) else {
                return fail("OCCUPATIONS and REQUIREMENTS are numbers".into());
            };
            let demand = synthetic::demand(o, r, 7);
            match std::fs::write(out, serde_json::to_string(&demand).unwrap_or_default()) {
                Ok(()) => std::process::ExitCode::SUCCESS,
                Err(e) => fail(format!("{out}: {e}")),
            }
        }
        _ => fail(
            "usage: bench native DEMAND ANSWERS ITEM RUNS | bench shortlist DEMAND SEEKERS OCCUPATION RUNS | bench synthetic OCCUPATIONS REQUIREMENTS OUT"
                .into(),
        ),
    }
}
