//! The native CLI for regions that publish demand files: a thin shell over
//! `kompetenskoll_core`. Exit codes: 0 ok, 1 invalid input, 2 usage or I/O.

mod cli {
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use clap::{Args, Parser, Subcommand, ValueEnum};
    use kompetenskoll_core::adaptive::{self, Chooser, Done, Next};
    use kompetenskoll_core::demand::DemandFile;
    use kompetenskoll_core::demand_csv::{self, Header};
    use kompetenskoll_core::json::{self, Document};
    use kompetenskoll_core::profile::Profile;
    use kompetenskoll_core::questionnaire::Questionnaire;
    use kompetenskoll_core::scoring::Scorer;
    use kompetenskoll_core::simulation::{self, History};

    #[derive(Parser)]
    #[command(
        name = "kompetenskoll",
        version,
        about = "Validate demand files, score profiles, import spreadsheets"
    )]
    struct Cli {
        #[command(subcommand)]
        command: Command,
    }

    #[derive(Subcommand)]
    enum Command {
        /// Check questionnaire, demand and profile files (kind from `format`).
        Validate {
            #[arg(required = true)]
            files: Vec<PathBuf>,
        },
        /// Rank a demand file's occupations for a profile's answers.
        Score {
            #[arg(long)]
            demand: PathBuf,
            #[arg(long)]
            profile: PathBuf,
            /// Show only the N best matches.
            #[arg(long)]
            top: Option<usize>,
            /// Print a JSON array, best match first, with full breakdowns.
            #[arg(long)]
            json: bool,
            /// Language of labels (falls back to Swedish).
            #[arg(long, default_value = "sv")]
            lang: String,
        },
        /// Turn a requirements spreadsheet (CSV) into a demand file.
        ImportCsv {
            #[arg(long, value_enum)]
            kind: ImportKind,
            /// Requirements CSV: one row per requirement (see README).
            input: PathBuf,
            /// Trainings CSV: one row per requirement a training closes.
            #[arg(long)]
            trainings: Option<PathBuf>,
            #[arg(short, long)]
            output: PathBuf,
            #[command(flatten)]
            header: HeaderArgs,
        },
        /// The rating the app's adaptive short path would ask next for a
        /// profile's answers, or that the path is done and why.
        NextQuestion {
            #[arg(long)]
            demand: PathBuf,
            #[arg(long)]
            questionnaire: PathBuf,
            #[arg(long)]
            profile: PathBuf,
        },
        /// Simulated seekers on each path (fixed short, all ratings,
        /// adaptive): how often their own occupation is in the top five.
        SimulatePaths {
            #[arg(long)]
            demand: PathBuf,
            #[arg(long)]
            questionnaire: PathBuf,
            /// Seekers per kind of work history.
            #[arg(long, default_value_t = 600)]
            seekers: usize,
            #[arg(long, default_value_t = 2026)]
            seed: u64,
        },
        /// Print the JSON Schema of a format.
        Schema {
            #[arg(value_enum)]
            format: SchemaFormat,
        },
    }

    /// What the imported demand file says about itself.
    #[derive(Args)]
    struct HeaderArgs {
        #[arg(long)]
        id: String,
        #[arg(long)]
        title: String,
        #[arg(long)]
        publisher: String,
        /// Region name, e.g. "Värmlands län".
        #[arg(long)]
        region: String,
        /// SCB county code (two digits).
        #[arg(long)]
        county: Option<String>,
        /// SCB municipality code (four digits).
        #[arg(long)]
        municipality: Option<String>,
        /// YYYY-MM-DD
        #[arg(long)]
        published: String,
        /// YYYY-MM-DD
        #[arg(long)]
        valid_until: String,
        #[arg(long, default_value = "CC BY 4.0")]
        licence: String,
    }

    impl From<HeaderArgs> for Header {
        fn from(a: HeaderArgs) -> Self {
            Header {
                id: a.id,
                title: a.title,
                publisher: a.publisher,
                region: a.region,
                county: a.county,
                municipality: a.municipality,
                published: a.published,
                valid_until: a.valid_until,
                licence: a.licence,
            }
        }
    }

    #[derive(Clone, Copy, ValueEnum)]
    enum ImportKind {
        Demand,
    }

    #[derive(Clone, Copy, ValueEnum)]
    pub enum SchemaFormat {
        Questionnaire,
        Demand,
        Profile,
    }

    pub fn schema(format: SchemaFormat) -> String {
        let schema = match format {
            SchemaFormat::Questionnaire => schemars::schema_for!(Questionnaire),
            SchemaFormat::Demand => schemars::schema_for!(DemandFile),
            SchemaFormat::Profile => schemars::schema_for!(Profile),
        };
        serde_json::to_string_pretty(&schema).expect("schemas serialize") + "\n"
    }

    fn read(path: &Path) -> Result<String, String> {
        let meta =
            std::fs::metadata(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))?;
        if meta.len() > json::MAX_DEMAND_BYTES as u64 {
            return Err(format!(
                "{}: file is {:.1} MB; the limit is {} MB",
                path.display(),
                meta.len() as f64 / 1e6,
                json::MAX_DEMAND_BYTES / 1_000_000
            ));
        }
        std::fs::read_to_string(path).map_err(|e| format!("{}: cannot read: {e}", path.display()))
    }

    fn validate(files: &[PathBuf]) -> ExitCode {
        let mut ok = true;
        for file in files {
            let text = match read(file) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("{e}");
                    ok = false;
                    continue;
                }
            };
            match json::parse_any(&text) {
                Ok(doc) => {
                    let kind = match doc {
                        Document::Questionnaire(_) => "questionnaire",
                        Document::Demand(_) => "demand file",
                        Document::Profile(_) => "profile",
                    };
                    println!("{}: valid {kind}", file.display());
                }
                Err(problems) => {
                    ok = false;
                    for p in problems {
                        eprintln!("{}: {p}", file.display());
                    }
                }
            }
        }
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        }
    }

    fn load<T>(
        path: &Path,
        parse: fn(&str) -> Result<T, Vec<kompetenskoll_core::validation::Problem>>,
    ) -> Result<T, ExitCode> {
        let text = read(path).map_err(|e| {
            eprintln!("{e}");
            ExitCode::from(2)
        })?;
        parse(&text).map_err(|problems| {
            for p in problems {
                eprintln!("{}: {p}", path.display());
            }
            ExitCode::from(1)
        })
    }

    fn score(
        demand: &Path,
        profile: &Path,
        top: Option<usize>,
        as_json: bool,
        lang: &str,
    ) -> Result<(), ExitCode> {
        let demand = load(demand, json::parse_demand)?;
        let profile = load(profile, json::parse_profile)?;
        let scorer = Scorer::new(&demand);
        let seeker = scorer.seeker(&profile.answers);
        let ranked = scorer.rank(&seeker);
        let shown = &ranked[..top.unwrap_or(ranked.len()).min(ranked.len())];
        if as_json {
            let explained: Vec<_> = shown
                .iter()
                .map(|r| scorer.explain(r.index, &seeker, lang))
                .collect();
            println!(
                "{}",
                serde_json::to_string_pretty(&explained).expect("results serialize")
            );
        } else {
            println!(
                "{:>4}  {:>6}  {:>9}  occupation",
                "rank", "match", "readiness"
            );
            for (i, r) in shown.iter().enumerate() {
                let o = &demand.occupations[r.index];
                println!(
                    "{:>4}  {:>6.1}  {:>9.1}  {} ({})",
                    i + 1,
                    r.match_score.as_f64(),
                    r.readiness.as_f64(),
                    o.label.get(lang).text,
                    o.id
                );
            }
        }
        Ok(())
    }

    fn next_question(demand: &Path, questionnaire: &Path, profile: &Path) -> Result<(), ExitCode> {
        let demand = load(demand, json::parse_demand)?;
        let questionnaire = load(questionnaire, json::parse_questionnaire)?;
        let profile = load(profile, json::parse_profile)?;
        let items: Vec<&str> = questionnaire.level_items().map(|i| i.id.as_str()).collect();
        // A profile keeps what was asked: every rating, answered or "I
        // don't know".
        let asked: Vec<String> = items
            .iter()
            .filter(|id| profile.answers.levels.contains_key(**id))
            .map(|id| (*id).to_owned())
            .collect();
        let scorer = Scorer::new(&demand);
        let choice = Chooser::new(&scorer, &items).choose(&scorer, &profile.answers, &asked);
        match choice.next {
            Next::Ask(id) => println!(
                "{id}\t(about {} ratings left, this one included)",
                choice.about_left
            ),
            Next::Done(Done::Settled) => println!(
                "done: settled (the {} leading occupations hold {:.0} % of the weight)",
                adaptive::LEADING,
                100.0 * adaptive::SETTLED
            ),
            Next::Done(Done::Limit) => println!("done: {} ratings asked", adaptive::MAX_RATINGS),
            Next::Done(Done::NothingLeft) => {
                println!("done: no rating left that tells the leading occupations apart")
            }
        }
        Ok(())
    }

    fn simulate_paths(
        demand: &Path,
        questionnaire: &Path,
        seekers: usize,
        seed: u64,
    ) -> Result<(), ExitCode> {
        let demand = load(demand, json::parse_demand)?;
        let questionnaire = load(questionnaire, json::parse_questionnaire)?;
        println!("{seekers} simulated seekers per row (seed {seed}); own occupation in the scorer's top five (mean ratings asked) [in the five the noise model finds likeliest]");
        println!(
            "{:<28} {:>26} {:>26} {:>26}",
            "work history", "fixed short", "all ratings", "adaptive"
        );
        for (name, history) in [
            ("none", History::None),
            ("a neighbouring group's job", History::NeighbouringGroup),
            ("her own group's job", History::OwnGroup),
        ] {
            let outcomes = simulation::compare(&demand, &questionnaire, history, seekers, seed);
            let cell = |o: &simulation::Outcome| {
                format!(
                    "{:5.1} % ({:4.1}) [{:5.1} %]",
                    100.0 * o.top_five,
                    o.ratings,
                    100.0 * o.likeliest_five
                )
            };
            println!(
                "{name:<28} {:>26} {:>26} {:>26}",
                cell(&outcomes[0]),
                cell(&outcomes[1]),
                cell(&outcomes[2])
            );
        }
        Ok(())
    }

    pub fn main() -> ExitCode {
        let cli = Cli::parse();
        match cli.command {
            Command::Validate { files } => validate(&files),
            Command::Score {
                demand,
                profile,
                top,
                json,
                lang,
            } => match score(&demand, &profile, top, json, &lang) {
                Ok(()) => ExitCode::SUCCESS,
                Err(code) => code,
            },
            Command::ImportCsv {
                kind: ImportKind::Demand,
                input,
                trainings,
                output,
                header,
            } => {
                let header = Header::from(header);
                let text = match read(&input) {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("{e}");
                        return ExitCode::from(2);
                    }
                };
                let trainings_text = match trainings.as_deref().map(read).transpose() {
                    Ok(t) => t,
                    Err(e) => {
                        eprintln!("{e}");
                        return ExitCode::from(2);
                    }
                };
                match demand_csv::import(&header, &text, trainings_text.as_deref()) {
                    Ok(demand) => {
                        let body = serde_json::to_string_pretty(&demand)
                            .expect("demand serializes")
                            + "\n";
                        if let Err(e) = std::fs::write(&output, body) {
                            eprintln!("{}: cannot write: {e}", output.display());
                            return ExitCode::from(2);
                        }
                        println!(
                            "{}: {} occupations, {} trainings",
                            output.display(),
                            demand.occupations.len(),
                            demand.trainings.len()
                        );
                        ExitCode::SUCCESS
                    }
                    Err(problems) => {
                        for p in problems {
                            let file = if p.in_trainings {
                                trainings.as_deref().unwrap_or(&input)
                            } else {
                                &input
                            };
                            eprintln!("{}: {p}", file.display());
                        }
                        ExitCode::from(1)
                    }
                }
            }
            Command::NextQuestion {
                demand,
                questionnaire,
                profile,
            } => next_question(&demand, &questionnaire, &profile)
                .map_or_else(|c| c, |()| ExitCode::SUCCESS),
            Command::SimulatePaths {
                demand,
                questionnaire,
                seekers,
                seed,
            } => simulate_paths(&demand, &questionnaire, seekers, seed)
                .map_or_else(|c| c, |()| ExitCode::SUCCESS),
            Command::Schema { format } => {
                print!("{}", schema(format));
                ExitCode::SUCCESS
            }
        }
    }
}

fn main() -> std::process::ExitCode {
    cli::main()
}
