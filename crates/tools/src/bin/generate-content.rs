//! Rebuilds the embedded default content in `static/content/` from the open
//! data (`../shared/data`) and the project's own wording in `content/`:
//!
//!     cargo run -p kompetenskoll-tools --bin generate-content -- ../shared/data static/content
//!
//! Deterministic: the same inputs give the same bytes (a test checks the
//! committed files against a fresh run whenever the data folder is there).
//!
//! How the data are combined:
//! - **Levels.** Each element's three O*NET level anchors (on O*NET's 0–7
//!   scale) define levels 1, 2 and 3 of the app's 0–4 scale; 0 is "none" and
//!   4 is O*NET's top (7). An occupation's O*NET level maps onto the app's
//!   scale piecewise-linearly through those same points, so a requirement of
//!   "2" means "like the level-2 example" for that element.
//! - **Occupation groups.** SSYK 2012 → ISCO-08 (JobTech) → SOC 2010 (BLS)
//!   → O*NET-SOC 2019, which O*NET 29.2 uses: a SOC 2010 code reaches the
//!   O*NET occupations with its own first seven characters, those of every
//!   SOC 2018 code BLS maps it to, and every O*NET-SOC 2019 code the O*NET
//!   Resource Center maps its O*NET-SOC 2010 occupations to. When a group
//!   reaches several O*NET occupations, each element's level and importance
//!   are their mean weighted by the number of paths (ISCO × SOC × crosswalk)
//!   by which the group reaches each one, so what the group's codes share
//!   counts most; no employment weights are available. Values O*NET
//!   recommends suppressing are left out. Groups that reach none keep their
//!   JobTech skills only and say so in a note.
//!   Counts: before the SOC 2010 → 2018 and O*NET-SOC 2010 → 2019
//!   crosswalks, 366 of the 400 groups had a level profile and 301 distinct
//!   ones; with them, 394 had one but only 327 distinct: 119 groups reached
//!   exactly the O*NET occupations of another group, because their SSYK
//!   codes share one ISCO-08 code (the twelve nurse groups 2221–2239 all map
//!   to ISCO 2221). For those, `content/onet-links.tsv` names the O*NET
//!   occupations that match each group's own definition, with the reason
//!   (`curated_links`); now 394 have a profile and 391 are distinct. Only
//!   the university teachers 2311, 2312, 2313 and 2319 still share one:
//!   O*NET describes them by subject, not by rank. The six without a
//!   profile: 0110, 0210, 1111, 3412, 5326, 7133.
//! - **Education.** Each group requires the ISCED level of its SSYK major
//!   group's skill level (SCB, SSYK 2012, MIS 2012:1): 4 → bachelor's (6),
//!   3 → two years of higher education (5), 2 → upper secondary (3), 1 →
//!   compulsory school (2); see `required_isced`.
//! - **Skills.** Every JobTech skill linked to a group is an optional skill
//!   requirement: JobTech's links are yes/no, with no weight to make any
//!   essential.
//! - **Demand.** The national file's outlook is Arbetsförmedlingen's
//!   national forecast (Yrkesprognoser, assessment 2024, outlook 2026) for
//!   the 227 groups it covers, one outlook per year with the shortage index
//!   and Arbetsförmedlingen's own sentence (see `forecasts`); every other
//!   group is unknown. The regional example keeps that and adds, on top,
//!   demand only for the sectors its cited sources name
//!   (`content/regional-example.json`).
//! - **Trainings.** `content/trainings.json`: the generic Swedish routes
//!   (komvux, yrkesvux, labour-market training, validation, sfi) and the
//!   education routes (upper secondary at komvux, a two-year yrkeshögskola
//!   programme of 400 credits at 5 a week, a 180-credit university degree
//!   at 1.5 a day), their lengths from those credits where fixed.

mod generate {
    use std::collections::{BTreeMap, BTreeSet, HashMap};
    use std::path::{Path, PathBuf};

    use kompetenskoll_core::demand::{
        CatalogueEntry, Closes, DemandFile, Occupation, Outlook, Publisher, Region, Requirement,
        Source, Training, TrainingCodes, TrainingForm,
    };
    use kompetenskoll_core::questionnaire::{
        Anchor, Item, JobTitle, LevelItem, Questionnaire, Section, TaxonomyRefs,
    };
    use kompetenskoll_core::scales::{FiveYearOutlook, Opportunities, Recruitment};
    use kompetenskoll_core::text::{Text, SOURCE_LANGUAGE};
    use serde::Deserialize;

    type Result<T> = std::result::Result<T, String>;

    pub const SHORT_PATH_ITEMS: usize = 20;
    pub const PUBLISHED: &str = "2026-11-23";
    pub const VALID_UNTIL: &str = "2027-11-30";

    const ONET_ATTRIBUTION: &str = "This product includes information from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.";
    const JOBTECH_ATTRIBUTION: &str =
        "Occupation groups, job titles and skills: JobTech Taxonomy, Arbetsförmedlingen (CC0).";
    const CROSSWALK_ATTRIBUTION: &str = "Crosswalks: SSYK 2012 → ISCO-08 (JobTech Taxonomy, CC0); ISCO-08 → SOC 2010 and SOC 2010 → SOC 2018 (U.S. Bureau of Labor Statistics, public domain); O*NET-SOC 2010 → O*NET-SOC 2019 (O*NET Resource Center, CC BY 4.0).";
    const FORECAST_ATTRIBUTION: &str = "Demand: Arbetsförmedlingen, Yrkesprognoser (national forecast, assessment 2024, outlook 2026; open data, JobTech).";

    fn read_csv(path: &Path) -> Result<Vec<HashMap<String, String>>> {
        let mut reader =
            csv::Reader::from_path(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let headers = reader
            .headers()
            .map_err(|e| format!("{}: {e}", path.display()))?
            .clone();
        reader
            .records()
            .map(|r| {
                let r = r.map_err(|e| format!("{}: {e}", path.display()))?;
                Ok(headers
                    .iter()
                    .zip(r.iter())
                    .map(|(h, v)| (h.to_owned(), v.trim().to_owned()))
                    .collect())
            })
            .collect()
    }

    fn base36(mut n: usize) -> String {
        let mut digits = Vec::new();
        loop {
            digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[n % 36]);
            n /= 36;
            if n == 0 {
                break;
            }
        }
        digits.reverse();
        String::from_utf8(digits).expect("ascii")
    }

    fn round1(x: f64) -> f64 {
        (x * 10.0).round() / 10.0
    }

    struct Element {
        id: String,
        label: Text,
        description: Text,
        anchors: [Text; 3],
    }

    fn read_elements(content: &Path) -> Result<Vec<Element>> {
        let path = content.join("onet-elements.tsv");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut lines = text.lines();
        lines.next();
        lines
            .enumerate()
            .map(|(i, line)| {
                let f: Vec<&str> = line.split('\t').collect();
                if f.len() != 11 {
                    return Err(format!(
                        "{}:{}: expected 11 tab-separated fields, found {}",
                        path.display(),
                        i + 2,
                        f.len()
                    ));
                }
                let t = |sv: usize| Text::sv(f[sv]).with("en", f[sv + 1]);
                Ok(Element {
                    id: f[0].to_owned(),
                    label: t(1),
                    description: t(3),
                    anchors: [t(5), t(7), t(9)],
                })
            })
            .collect::<Result<Vec<_>>>()
            .and_then(|mut elements| {
                add_translations(content, &mut elements)?;
                Ok(elements)
            })
    }

    /// `onet-elements.LANG.tsv`: one more language for every element, in
    /// the same order as the Swedish file (id, label, description and the
    /// three examples), so a translator works on one file of their own.
    fn add_translations(content: &Path, elements: &mut [Element]) -> Result<()> {
        for (lang, path) in per_language(content, "onet-elements")? {
            let rows = tsv_rows(&path, 6)?;
            if rows.len() != elements.len() {
                return Err(format!(
                    "{}: {} elements, the Swedish file has {}",
                    path.display(),
                    rows.len(),
                    elements.len()
                ));
            }
            for ((line, f), element) in rows.into_iter().zip(elements.iter_mut()) {
                if f[0] != element.id {
                    return Err(format!(
                        "{}:{line}: element {} where the Swedish file has {}",
                        path.display(),
                        f[0],
                        element.id
                    ));
                }
                let add = |t: &mut Text, value: &str| {
                    t.0.insert(lang.clone(), value.to_owned());
                };
                add(&mut element.label, &f[1]);
                add(&mut element.description, &f[2]);
                for (anchor, value) in element.anchors.iter_mut().zip(&f[3..]) {
                    add(anchor, value);
                }
            }
        }
        Ok(())
    }

    /// The rows of a translator's TSV file: comment lines (`#`) and the
    /// header left out, each row with its line number and its fields, every
    /// field non-empty and as many as `fields`.
    fn tsv_rows(path: &Path, fields: usize) -> Result<Vec<(usize, Vec<String>)>> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        text.lines()
            .enumerate()
            .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .map(|(i, row)| {
                let f: Vec<String> = row.split('\t').map(str::to_owned).collect();
                let at = format!("{}:{}", path.display(), i + 1);
                if f.len() != fields {
                    return Err(format!(
                        "{at}: expected {fields} tab-separated fields, found {}",
                        f.len()
                    ));
                }
                if let Some(k) = f.iter().position(|x| x.trim().is_empty()) {
                    return Err(format!("{at}: field {} is empty", k + 1));
                }
                Ok((i + 1, f))
            })
            .collect()
    }

    /// The files `content/PREFIX.LANG.tsv`, by language.
    fn per_language(content: &Path, prefix: &str) -> Result<Vec<(String, PathBuf)>> {
        let mut files: Vec<_> = std::fs::read_dir(content)
            .map_err(|e| format!("{}: {e}", content.display()))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter_map(|path| {
                let name = path.file_name()?.to_str()?.to_owned();
                let lang = name
                    .strip_prefix(prefix)?
                    .strip_prefix('.')?
                    .strip_suffix(".tsv")?
                    .to_owned();
                Some((lang, path))
            })
            .collect();
        files.sort();
        Ok(files)
    }

    /// `texts.LANG.tsv`: one language's wording of every text of the
    /// frame, the trainings and the demand files' fields and notes (every
    /// text the project wrote that is not an element's), a row per Swedish
    /// text. Keyed by the Swedish, so a text used twice is translated once
    /// and a Swedish text reworded leaves its old row unused, which is
    /// refused: no translation outlives what it translated.
    struct Wording {
        lang: String,
        path: PathBuf,
        rows: HashMap<String, String>,
        used: BTreeSet<String>,
    }

    fn read_wordings(content: &Path) -> Result<Vec<Wording>> {
        per_language(content, "texts")?
            .into_iter()
            .map(|(lang, path)| {
                let mut rows = HashMap::new();
                for (line, f) in tsv_rows(&path, 2)? {
                    let [sv, text] = <[String; 2]>::try_from(f).expect("two fields");
                    if rows.insert(sv.clone(), text).is_some() {
                        return Err(format!("{}:{line}: {sv:?} twice", path.display()));
                    }
                }
                Ok(Wording {
                    lang,
                    path,
                    rows,
                    used: BTreeSet::new(),
                })
            })
            .collect()
    }

    /// Gives every text the project wrote (one that has English) each
    /// wording's language; the texts no row translates are named.
    fn fill<'a>(
        wordings: &mut [Wording],
        texts: impl IntoIterator<Item = &'a mut Text>,
    ) -> Result<()> {
        let mut missing = Vec::new();
        for text in texts {
            if !text.0.contains_key("en") {
                continue;
            }
            let Some(sv) = text.0.get(SOURCE_LANGUAGE).cloned() else {
                continue;
            };
            for w in wordings.iter_mut() {
                if text.0.contains_key(&w.lang) {
                    continue;
                }
                match w.rows.get(&sv) {
                    Some(t) => {
                        text.0.insert(w.lang.clone(), t.clone());
                        w.used.insert(sv.clone());
                    }
                    None => missing.push(format!("{}: no row for {sv:?}", w.path.display())),
                }
            }
        }
        if missing.is_empty() {
            Ok(())
        } else {
            Err(missing.join("\n"))
        }
    }

    /// Every row of every wording was used.
    fn all_used(wordings: &[Wording]) -> Result<()> {
        let unused: Vec<String> = wordings
            .iter()
            .flat_map(|w| {
                w.rows
                    .keys()
                    .filter(|sv| !w.used.contains(*sv))
                    .map(move |sv| {
                        format!("{}: {sv:?} is no text of the content", w.path.display())
                    })
            })
            .collect();
        if unused.is_empty() {
            Ok(())
        } else {
            Err(unused.join("\n"))
        }
    }

    /// The texts of a demand file the project wrote: title, region,
    /// sources' notes, elements, fields, notes and trainings (occupations'
    /// labels and descriptions and the skills are JobTech's Swedish).
    fn demand_texts_mut(file: &mut DemandFile) -> Vec<&mut Text> {
        let mut texts = vec![&mut file.title, &mut file.region.name];
        texts.extend(file.sources.iter_mut().filter_map(|s| s.note.as_mut()));
        texts.extend(file.elements.iter_mut().map(|e| &mut e.label));
        for o in &mut file.occupations {
            texts.extend(o.field.as_mut());
            texts.extend(o.note.as_mut());
        }
        for t in &mut file.trainings {
            texts.push(&mut t.title);
            texts.extend(t.description.as_mut());
        }
        texts
    }

    /// `occupations.LANG.tsv` (SSYK code, the Swedish name it translates,
    /// the name): the occupation groups' names in LANG. Every group must
    /// be named, by the Swedish name it has now.
    fn name_occupations(file: &mut DemandFile, content: &Path) -> Result<()> {
        for (lang, path) in per_language(content, "occupations")? {
            let mut names: HashMap<String, (usize, String, String)> = HashMap::new();
            for (line, f) in tsv_rows(&path, 3)? {
                let [ssyk, sv, name] = <[String; 3]>::try_from(f).expect("three fields");
                names.insert(ssyk, (line, sv, name));
            }
            for o in &mut file.occupations {
                let Some((line, sv, name)) = names.remove(&o.id) else {
                    return Err(format!(
                        "{}: no row for {} {}",
                        path.display(),
                        o.id,
                        o.label.0[SOURCE_LANGUAGE]
                    ));
                };
                if o.label.0.get(SOURCE_LANGUAGE) != Some(&sv) {
                    return Err(format!(
                        "{}:{line}: {sv:?} is not the name of {} now",
                        path.display(),
                        o.id
                    ));
                }
                o.label.0.insert(lang.clone(), name);
            }
            if let Some((ssyk, (line, ..))) = names.into_iter().next() {
                return Err(format!(
                    "{}:{line}: {ssyk} is no occupation group",
                    path.display()
                ));
            }
        }
        Ok(())
    }

    /// The O*NET values of one element's three anchors, which fix the app's
    /// levels 1–3.
    fn anchor_values(data: &Path) -> Result<HashMap<String, Vec<f64>>> {
        let mut out: HashMap<String, Vec<f64>> = HashMap::new();
        for row in read_csv(&data.join("onet/level_scale_anchors.csv"))? {
            let value: f64 = row["Anchor Value"]
                .parse()
                .map_err(|_| format!("bad anchor value {:?}", row["Anchor Value"]))?;
            out.entry(row["Element ID"].clone())
                .or_default()
                .push(value);
        }
        for values in out.values_mut() {
            values.sort_by(f64::total_cmp);
        }
        Ok(out)
    }

    /// O*NET's 0–7 level on the app's 0–4 scale, through the element's anchors.
    pub fn to_app_level(onet: f64, anchors: &[f64]) -> f64 {
        let mut points = vec![(0.0, 0.0)];
        points.extend(
            anchors
                .iter()
                .enumerate()
                .map(|(i, &a)| (a, (i + 1) as f64)),
        );
        if points.last().is_some_and(|&(a, _)| a < 7.0) {
            points.push((7.0, 4.0));
        }
        for pair in points.windows(2) {
            let ((x0, y0), (x1, y1)) = (pair[0], pair[1]);
            if onet <= x1 {
                return y0 + (onet.max(x0) - x0) / (x1 - x0) * (y1 - y0);
            }
        }
        points.last().map_or(0.0, |&(_, y)| y)
    }

    struct Group {
        ssyk: String,
        concept_id: String,
        label: String,
        definition: String,
    }

    #[derive(Deserialize)]
    struct Frame {
        id: String,
        version: String,
        languages: Vec<String>,
        title: Text,
        scale: Vec<Text>,
        anchor_none: Text,
        anchor_expert: Text,
        attribution: Vec<String>,
        sections: Vec<FrameSection>,
    }

    #[derive(Deserialize)]
    struct FrameSection {
        id: String,
        title: Text,
        #[serde(default)]
        intro: Option<Text>,
        #[serde(default)]
        items: Vec<Item>,
        #[serde(default)]
        elements: Vec<String>,
    }

    #[derive(Deserialize)]
    struct TrainingSpec {
        id: String,
        title: Text,
        form: TrainingForm,
        description: Text,
        #[serde(default)]
        codes: Vec<String>,
        #[serde(default)]
        closes_levels: BTreeMap<String, f64>,
        #[serde(default)]
        closes_ssyk_skills: Vec<String>,
        /// The ISCED level the training leads to (an exam or degree).
        #[serde(default)]
        closes_education: Option<u8>,
        /// Full-time weeks, from the credits and the full-time pace the
        /// description names; absent where it depends on the seeker.
        #[serde(default)]
        duration_weeks: Option<u16>,
    }

    #[derive(Deserialize)]
    struct Regional {
        id: String,
        title: Text,
        publisher: String,
        region: Region,
        sources: Vec<Source>,
        outlook: Vec<RegionalOutlook>,
    }

    #[derive(Deserialize)]
    struct RegionalOutlook {
        source: String,
        county: String,
        #[serde(default)]
        recruitment: Option<Recruitment>,
        #[serde(default)]
        five_year: Option<FiveYearOutlook>,
        ssyk_prefixes: Vec<String>,
    }

    fn read_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// SSYK group → linked O*NET-SOC occupations, each with its weight.
    ///
    /// SSYK 2012 → ISCO-08 (JobTech) → SOC 2010 (BLS) → O*NET-SOC. O*NET
    /// 29.2 is coded in O*NET-SOC 2019, so a SOC 2010 code reaches the
    /// O*NET occupations of every SOC 2018 code BLS maps it to, and of
    /// every O*NET-SOC 2019 code the O*NET Resource Center maps its O*NET-SOC
    /// 2010 occupations to. An occupation's weight is the number of these
    /// paths (ISCO code × SOC code × crosswalk) by which the group reaches
    /// it, so that what the group's codes share most counts most.
    fn crosswalk(
        data: &Path,
        onet_codes: &BTreeSet<String>,
    ) -> Result<BTreeMap<String, BTreeMap<String, f64>>> {
        let mut isco_to_soc: HashMap<String, BTreeSet<String>> = HashMap::new();
        for row in read_csv(&data.join("crosswalk/isco08_to_soc2010_bls.csv"))? {
            isco_to_soc
                .entry(row["ISCO-08 Code"].clone())
                .or_default()
                .insert(row["2010 SOC Code"].clone());
        }
        let mut soc_2018: HashMap<String, BTreeSet<String>> = HashMap::new();
        for row in read_csv(&data.join("crosswalk/soc2010_to_soc2018_bls.csv"))? {
            soc_2018
                .entry(row["soc2010"].clone())
                .or_default()
                .insert(row["soc2018"].clone());
        }
        let mut onet_2019: HashMap<String, BTreeSet<String>> = HashMap::new();
        for row in read_csv(&data.join("crosswalk/onetsoc2010_to_onetsoc2019.csv"))? {
            onet_2019
                .entry(row["onetsoc2010"].get(..7).unwrap_or("").to_owned())
                .or_default()
                .insert(row["onetsoc2019"].clone());
        }
        let by_soc = |soc: &str| -> Vec<&String> {
            onet_codes
                .iter()
                .filter(|c| c.get(..7) == Some(soc))
                .collect()
        };
        let mut out: BTreeMap<String, BTreeMap<String, f64>> = BTreeMap::new();
        for row in read_csv(&data.join("crosswalk/ssyk2012_to_isco08_sv.csv"))? {
            let linked = out.entry(row["ssyk2012"].clone()).or_default();
            for soc in isco_to_soc.get(&row["isco08"]).into_iter().flatten() {
                let mut reached: Vec<&String> = by_soc(soc);
                for later in soc_2018.get(soc).into_iter().flatten() {
                    reached.extend(by_soc(later));
                }
                reached.extend(
                    onet_2019
                        .get(soc.as_str())
                        .into_iter()
                        .flatten()
                        .filter(|c| onet_codes.contains(*c)),
                );
                for code in reached {
                    *linked.entry(code.clone()).or_default() += 1.0;
                }
            }
        }
        Ok(out)
    }

    /// `content/onet-links.tsv`: for groups whose chain reaches exactly the
    /// O*NET occupations another group's does, the occupations a person
    /// chose from O*NET's titles to match the group's own definition. Each
    /// counts once. A code O*NET has no values for, or a group SSYK does not
    /// have, is an error, so the table cannot drift from the data.
    fn curated_links(
        content: &Path,
        onet_codes: &BTreeSet<String>,
        groups: &[Group],
    ) -> Result<BTreeMap<String, BTreeMap<String, f64>>> {
        let path = content.join("onet-links.tsv");
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut out = BTreeMap::new();
        for (n, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let at = |what: &str| format!("{} line {}: {what}", path.display(), n + 1);
            let mut cells = line.split('\t');
            let (Some(ssyk), Some(codes), Some(_why)) = (cells.next(), cells.next(), cells.next())
            else {
                return Err(at("needs three tab-separated cells: ssyk, codes, why"));
            };
            if !groups.iter().any(|g| g.ssyk == ssyk) {
                return Err(at(&format!("no SSYK group {ssyk}")));
            }
            let mut linked = BTreeMap::new();
            for code in codes.split_whitespace() {
                if !onet_codes.contains(code) {
                    return Err(at(&format!("O*NET has no values for {code}")));
                }
                linked.insert(code.to_owned(), 1.0);
            }
            if linked.is_empty() || out.insert(ssyk.to_owned(), linked).is_some() {
                return Err(at(&format!("{ssyk} needs one row with at least one code")));
            }
        }
        Ok(out)
    }

    /// The education a group normally requires, as ISCED 2011, from the
    /// skill level (kompetensnivå) SCB gives each SSYK 2012 major group
    /// (SSYK 2012, MIS 2012:1): 4 "fördjupad högskolekompetens" → a
    /// bachelor's degree (6); 3 "högskolekompetens" → two years of higher
    /// education (5); 2 "gymnasial kompetens" → upper secondary (3); 1
    /// "grundskolekompetens" → compulsory school (2). Managers (1) span
    /// levels 3–4 and take the lower; the armed forces (0) follow ISCO-08's
    /// levels for officers (4), specialist officers (3) and other ranks (2).
    pub fn required_isced(ssyk: &str) -> u8 {
        match (ssyk.get(..1).unwrap_or(""), ssyk.get(..2).unwrap_or("")) {
            (_, "01") => 6,
            (_, "02") => 5,
            ("0", _) => 3,
            ("1", _) => 5,
            ("2", _) => 6,
            ("3", _) => 5,
            ("9", _) => 2,
            _ => 3,
        }
    }

    /// Arbetsförmedlingen's national forecast per SSYK group: one outlook
    /// for the assessment year and one for the outlook year, each with
    /// the shortage index and Arbetsförmedlingen's own sentence. The index
    /// maps onto the format's terms as those sentences describe it: 5
    /// "mycket liten konkurrens … mycket stora möjligheter" and 4 "liten
    /// konkurrens … stora möjligheter" are a shortage with large
    /// opportunities; 3 "konkurrens … små till medelstora möjligheter" is
    /// balance with medium ones. A group the file lacks stays unknown.
    fn forecasts(data: &Path) -> Result<BTreeMap<String, Vec<Outlook>>> {
        let mut out: BTreeMap<String, Vec<Outlook>> = BTreeMap::new();
        let path = data.join("af/yrkesprognoser_riket_2024_2026.csv");
        let rows = read_csv(&path)?;
        let first_year = rows
            .iter()
            .filter_map(|r| r["year"].parse::<u16>().ok())
            .min()
            .ok_or_else(|| format!("{}: no rows", path.display()))?;
        for row in rows {
            let bad = |what: &str| format!("{}: {what} in {:?}", path.display(), row);
            let year: u16 = row["year"].parse().map_err(|_| bad("a bad year"))?;
            let index: u8 = row["bristvarde"]
                .parse()
                .map_err(|_| bad("a bad bristvarde"))?;
            let (recruitment, opportunities) = match index {
                4 | 5 => (Recruitment::Shortage, Opportunities::Large),
                3 => (Recruitment::Balance, Opportunities::Medium),
                2 => (Recruitment::Surplus, Opportunities::Small),
                1 => (Recruitment::Surplus, Opportunities::Small),
                _ => return Err(bad("a bristvarde outside 1–5")),
            };
            // The first paragraph speaks of the coming year, the second of
            // the outlook ("På 2 års sikt …").
            let says = if year == first_year {
                &row["stycke1_sv"]
            } else {
                &row["stycke2_sv"]
            };
            let says = says.split_whitespace().collect::<Vec<_>>().join(" ");
            out.entry(row["ssyk2012"].clone())
                .or_default()
                .push(Outlook {
                    county: kompetenskoll_core::scales::NATIONAL.into(),
                    opportunities: Some(opportunities),
                    recruitment: Some(recruitment),
                    five_year: None,
                    sources: vec!["af-yrkesprognoser".into()],
                    year: Some(year),
                    shortage_index: Some(index),
                    says: Some(Text::sv(&says)).filter(|t| !t.is_blank()),
                });
        }
        for outlooks in out.values_mut() {
            outlooks.sort_by_key(|o| o.year);
        }
        Ok(out)
    }

    /// (level 0–7, importance 1–5) per O*NET occupation and element.
    type OnetValues = HashMap<(String, String), (Option<f64>, Option<f64>)>;

    fn onet_values(data: &Path) -> Result<(OnetValues, BTreeSet<String>)> {
        let mut values = OnetValues::new();
        let mut codes = BTreeSet::new();
        for row in read_csv(&data.join("onet/skills_knowledge_importance_level.csv"))? {
            let parse = |k: &str| row[k].parse::<f64>().ok();
            let level = if row["lv_suppressed"] == "Y" {
                None
            } else {
                parse("level_0_7")
            };
            codes.insert(row["onetsoc"].clone());
            values.insert(
                (row["onetsoc"].clone(), row["element_id"].clone()),
                (level, parse("importance_1_5")),
            );
        }
        Ok((values, codes))
    }

    /// The elements that best tell occupations apart: highest variance of
    /// the app-scale level across all O*NET occupations.
    fn short_path(
        elements: &[Element],
        values: &OnetValues,
        codes: &BTreeSet<String>,
        anchors: &HashMap<String, Vec<f64>>,
    ) -> BTreeSet<String> {
        let mut spread: Vec<(f64, &str)> = elements
            .iter()
            .map(|e| {
                let levels: Vec<f64> = codes
                    .iter()
                    .filter_map(|c| values.get(&(c.clone(), e.id.clone())).and_then(|v| v.0))
                    .map(|l| to_app_level(l, &anchors[&e.id]))
                    .collect();
                let n = levels.len() as f64;
                let mean = levels.iter().sum::<f64>() / n;
                (
                    levels.iter().map(|l| (l - mean).powi(2)).sum::<f64>() / n,
                    e.id.as_str(),
                )
            })
            .collect();
        spread.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
        spread
            .into_iter()
            .take(SHORT_PATH_ITEMS)
            .map(|(_, id)| id.to_owned())
            .collect()
    }

    /// SSYK 2012 major groups, for filtering results by field.
    fn field(ssyk: &str) -> Text {
        let (sv, en, ar) = match ssyk.get(..1).unwrap_or("") {
            "0" => ("Militärt arbete", "Armed forces", "العمل العسكري"),
            "1" => ("Chefsyrken", "Managers", "المناصب الإدارية"),
            "2" => (
                "Yrken med krav på fördjupad högskolekompetens",
                "Occupations requiring advanced higher education",
                "مهن تتطلب تعليمًا جامعيًا متقدمًا",
            ),
            "3" => (
                "Yrken med krav på högskolekompetens eller motsvarande",
                "Occupations requiring higher education or equivalent",
                "مهن تتطلب تعليمًا عاليًا أو ما يعادله",
            ),
            "4" => (
                "Yrken inom administration och kundtjänst",
                "Administration and customer service",
                "الإدارة وخدمة الزبائن",
            ),
            "5" => (
                "Service-, omsorgs- och försäljningsyrken",
                "Service, care and sales",
                "الخدمات والرعاية والمبيعات",
            ),
            "6" => (
                "Yrken inom lantbruk, trädgård, skogsbruk och fiske",
                "Agriculture, horticulture, forestry and fishing",
                "الزراعة والبستنة والغابات وصيد السمك",
            ),
            "7" => (
                "Yrken inom byggverksamhet och tillverkning",
                "Construction and manufacturing",
                "البناء والتصنيع",
            ),
            "8" => (
                "Yrken inom maskinell tillverkning och transport m.m.",
                "Machine operation and transport",
                "تشغيل الآلات والنقل",
            ),
            _ => (
                "Yrken med krav på kortare utbildning eller introduktion",
                "Elementary occupations",
                "مهن تتطلب تدريبًا قصيرًا أو تعريفًا بالعمل",
            ),
        };
        Text::sv(sv).with("en", en).with("ar", ar)
    }

    /// Everything the generator reads from the open data and `content/`.
    struct Inputs {
        elements: Vec<Element>,
        anchors: HashMap<String, Vec<f64>>,
        values: OnetValues,
        codes: BTreeSet<String>,
        links: BTreeMap<String, BTreeMap<String, f64>>,
        outlooks: BTreeMap<String, Vec<Outlook>>,
        groups: Vec<Group>,
        skill_labels: HashMap<String, String>,
        group_skills: BTreeMap<String, Vec<String>>,
    }

    fn read_inputs(data: &Path, content: &Path) -> Result<Inputs> {
        let elements = read_elements(content)?;
        let anchors = anchor_values(data)?;
        for e in &elements {
            match anchors.get(&e.id) {
                Some(a) if a.len() == 3 => {}
                _ => {
                    return Err(format!(
                        "element {} needs exactly three O*NET anchors",
                        e.id
                    ))
                }
            }
        }
        let (values, codes) = onet_values(data)?;
        let mut links = crosswalk(data, &codes)?;
        let outlooks = forecasts(data)?;
        let groups: Vec<Group> = read_csv(&data.join("jobtech/ssyk2012_level4_sv.csv"))?
            .into_iter()
            .map(|r| Group {
                ssyk: r["ssyk2012"].clone(),
                concept_id: r["concept_id"].clone(),
                label: r["label_sv"].clone(),
                definition: r["definition_sv"]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            })
            .collect();
        links.extend(curated_links(content, &codes, &groups)?);
        let skill_labels: HashMap<String, String> = read_csv(&data.join("jobtech/skills_sv.csv"))?
            .into_iter()
            .map(|r| (r["skill_concept_id"].clone(), r["label_sv"].clone()))
            .collect();
        let mut group_skills: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for row in read_csv(&data.join("jobtech/ssyk4_skill_relations_sv.csv"))? {
            let skills = group_skills.entry(row["ssyk2012"].clone()).or_default();
            if !skills.contains(&row["skill_concept_id"]) {
                skills.push(row["skill_concept_id"].clone());
            }
        }
        for skills in group_skills.values_mut() {
            skills.sort();
        }
        Ok(Inputs {
            elements,
            anchors,
            values,
            codes,
            links,
            outlooks,
            groups,
            skill_labels,
            group_skills,
        })
    }

    /// The questionnaire: the frame's sections with the level items (the
    /// short path's marked) and every JobTech job title.
    fn questionnaire(inputs: &Inputs, data: &Path, content: &Path) -> Result<Questionnaire> {
        let Inputs {
            elements,
            anchors,
            values,
            codes,
            ..
        } = inputs;
        let frame: Frame = read_json(&content.join("questionnaire-frame.json"))?;
        let short = short_path(elements, values, codes, anchors);
        let by_id: HashMap<&str, &Element> = elements.iter().map(|e| (e.id.as_str(), e)).collect();
        let mut titles: Vec<JobTitle> =
            read_csv(&data.join("jobtech/ssyk4_occupation_names_sv.csv"))?
                .into_iter()
                .map(|r| JobTitle {
                    id: r["occupation_concept_id"].clone(),
                    label: r["occupation_label_sv"].clone(),
                    ssyk: r["ssyk2012"].clone(),
                })
                .collect();
        titles.sort_by(|a, b| {
            a.label
                .to_lowercase()
                .cmp(&b.label.to_lowercase())
                .then(a.id.cmp(&b.id))
        });
        titles.dedup_by(|a, b| a.id == b.id);
        let mut sections = Vec::new();
        for s in frame.sections {
            let mut items = s.items;
            for item in &mut items {
                if let Item::WorkHistory(history) = item {
                    history.titles = titles.as_slice().into();
                }
            }
            for id in &s.elements {
                let e = by_id
                    .get(id.as_str())
                    .ok_or_else(|| format!("questionnaire-frame.json: unknown element {id}"))?;
                let mut texts = vec![frame.anchor_none.clone()];
                texts.extend(e.anchors.iter().cloned());
                texts.push(frame.anchor_expert.clone());
                items.push(Item::Level(LevelItem {
                    id: e.id.clone(),
                    label: e.label.clone(),
                    description: Some(e.description.clone()),
                    anchors: texts
                        .into_iter()
                        .enumerate()
                        .map(|(level, example)| Anchor {
                            level: level as u8,
                            example,
                        })
                        .collect(),
                    refs: TaxonomyRefs {
                        onet: vec![e.id.clone()],
                        ..Default::default()
                    },
                    short: short.contains(&e.id),
                }));
            }
            sections.push(Section {
                id: s.id,
                title: s.title,
                intro: s.intro,
                items,
            });
        }
        Ok(Questionnaire {
            format: kompetenskoll_core::questionnaire::FORMAT.to_owned(),
            id: frame.id,
            version: frame.version,
            languages: frame.languages,
            title: frame.title,
            scale: frame.scale,
            sections,
            attribution: frame.attribution,
            opening: false,
        })
    }

    /// The sources every generated demand file names.
    fn data_sources() -> Vec<Source> {
        vec![
            Source {
                id: "jobtech".into(),
                title: "JobTech Taxonomy".into(),
                publisher: Some("Arbetsförmedlingen".into()),
                date: None,
                url: None,
                licence: Some("CC0".into()),
                note: None,
            },
            Source {
                id: "onet".into(),
                title: "O*NET 29.2 Database".into(),
                publisher: Some(
                    "U.S. Department of Labor, Employment and Training Administration (USDOL/ETA)"
                        .into(),
                ),
                date: None,
                url: None,
                licence: Some("CC BY 4.0".into()),
                note: None,
            },
            Source {
                id: "af-yrkesprognoser".into(),
                title: "Yrkesprognoser: bedömning 2024, utsikter 2026 (riket)".into(),
                publisher: Some("Arbetsförmedlingen".into()),
                date: None,
                url: None,
                licence: Some("Öppna data (JobTech)".into()),
                note: None,
            },
            Source {
                id: "isco-soc".into(),
                title: "ISCO-08 to 2010 SOC crosswalk".into(),
                publisher: Some("U.S. Bureau of Labor Statistics".into()),
                date: None,
                url: None,
                licence: Some("Public domain".into()),
                note: None,
            },
        ]
    }

    /// The national demand file: every group, its levels, education and
    /// skills, Arbetsförmedlingen's forecast, the trainings.
    fn national(inputs: &Inputs, content: &Path) -> Result<DemandFile> {
        let Inputs {
            elements,
            anchors,
            values,
            links,
            outlooks,
            groups,
            skill_labels,
            group_skills,
            ..
        } = inputs;
        // National demand file. Skills get compact ids in order of first use
        // (base 36, `s0`, `s1`, …): they repeat 17,500 times, and nearby
        // numbers compress far better than JobTech's random concept ids,
        // which the catalogue keeps.
        let mut compact: HashMap<String, String> = HashMap::new();
        let mut used_skills: Vec<String> = Vec::new();
        let mut occupations = Vec::new();
        for g in groups {
            let linked = links.get(&g.ssyk).cloned().unwrap_or_default();
            let mut requirements = Vec::new();
            for e in elements {
                let (mut levels, mut importances) = (Vec::new(), Vec::new());
                for (code, &w) in &linked {
                    if let Some(&(level, importance)) = values.get(&(code.clone(), e.id.clone())) {
                        levels.extend(level.map(|l| (l, w)));
                        importances.extend(importance.map(|i| (i, w)));
                    }
                }
                if levels.is_empty() || importances.is_empty() {
                    continue;
                }
                let mean = |v: &[(f64, f64)]| {
                    v.iter().map(|(x, w)| x * w).sum::<f64>()
                        / v.iter().map(|(_, w)| w).sum::<f64>()
                };
                requirements.push(Requirement::Level {
                    element: e.id.clone(),
                    level: round1(to_app_level(mean(&levels), &anchors[&e.id])),
                    importance: round1(mean(&importances)).clamp(1.0, 5.0),
                });
            }
            let has_levels = !requirements.is_empty();
            requirements.push(Requirement::Education {
                isced: required_isced(&g.ssyk),
            });
            for skill in group_skills.get(&g.ssyk).into_iter().flatten() {
                let id = compact.entry(skill.clone()).or_insert_with(|| {
                    used_skills.push(skill.clone());
                    format!("s{}", base36(used_skills.len() - 1))
                });
                requirements.push(Requirement::Skill {
                    skill: id.clone(),
                    essential: false,
                });
            }
            if requirements.is_empty() {
                return Err(format!(
                    "SSYK {} has neither O*NET levels nor JobTech skills",
                    g.ssyk
                ));
            }
            occupations.push(Occupation {
                id: g.ssyk.clone(),
                ssyk: Some(g.ssyk.clone()),
                jobtech_id: Some(g.concept_id.clone()),
                label: Text::sv(&g.label),
                description: Some(Text::sv(&g.definition)).filter(|d| !d.is_blank()),
                field: Some(field(&g.ssyk)),
                outlook: outlooks.get(&g.ssyk).cloned().unwrap_or_default(),
                openings: None,
                requirements,
                note: (!has_levels).then(|| {
                    Text::sv("Den här yrkesgruppen har ingen koppling till O*NET, så här jämförs bara de specifika kompetenserna.")
                        .with("en", "This occupation group has no link to O*NET, so only its specific skills are compared here.")
                        .with("ar", "لا ترتبط مجموعة المهن هذه بـ O*NET، لذلك تُقارَن هنا مهاراتها الخاصة فقط.")
                }),
            });
        }
        let skills: Vec<CatalogueEntry> = used_skills
            .iter()
            .map(|jobtech| CatalogueEntry {
                id: compact[jobtech].clone(),
                label: Text::sv(
                    skill_labels
                        .get(jobtech)
                        .map_or(jobtech.as_str(), String::as_str),
                ),
                jobtech_id: Some(jobtech.clone()),
            })
            .collect();
        let element_catalogue: Vec<CatalogueEntry> = elements
            .iter()
            .map(|e| CatalogueEntry {
                id: e.id.clone(),
                label: e.label.clone(),
                jobtech_id: None,
            })
            .collect();

        let specs: Vec<TrainingSpec> = read_json(&content.join("trainings.json"))?;
        let trainings: Vec<Training> = specs
            .into_iter()
            .map(|t| {
                let mut closes: Vec<Closes> = t
                    .closes_levels
                    .iter()
                    .map(|(element, &level)| Closes::Level {
                        element: element.clone(),
                        level,
                    })
                    .collect();
                let mut skills: BTreeSet<&String> = BTreeSet::new();
                for ssyk in &t.closes_ssyk_skills {
                    skills.extend(
                        group_skills
                            .get(ssyk)
                            .into_iter()
                            .flatten()
                            .map(|s| &compact[s]),
                    );
                }
                closes.extend(
                    skills
                        .into_iter()
                        .map(|s| Closes::Skill { skill: s.clone() }),
                );
                closes.extend(t.closes_education.map(|isced| Closes::Education { isced }));
                Training {
                    id: t.id,
                    title: t.title,
                    form: t.form,
                    description: Some(t.description),
                    duration_weeks: t.duration_weeks,
                    closes,
                    url: None,
                    codes: TrainingCodes {
                        skolverket: t.codes,
                        susa: None,
                    },
                }
            })
            .collect();

        Ok(DemandFile {
            format: kompetenskoll_core::demand::FORMAT.to_owned(),
            id: "sverige-alla-yrken".into(),
            title: Text::sv("Sverige — alla yrken")
                .with("en", "Sweden — all occupations")
                .with("ar", "السويد — كل المهن"),
            publisher: Publisher {
                name: "Kompetenskoll (byggd från öppna data)".into(),
                url: None,
            },
            region: Region {
                name: Text::sv("Sverige")
                    .with("en", "Sweden")
                    .with("ar", "السويد"),
                county: None,
                municipality: None,
            },
            published: PUBLISHED.into(),
            valid_until: VALID_UNTIL.into(),
            licence: "CC BY 4.0".into(),
            attribution: vec![
                ONET_ATTRIBUTION.into(),
                JOBTECH_ATTRIBUTION.into(),
                CROSSWALK_ATTRIBUTION.into(),
                FORECAST_ATTRIBUTION.into(),
            ],
            sources: data_sources(),
            elements: element_catalogue,
            skills,
            occupations,
            trainings,
            sha256: String::new(),
        })
    }

    /// The regional example: the national file with demand marked on top
    /// only where the regional sources cited in `content/` name it.
    fn regional_example(national: &DemandFile, content: &Path) -> Result<DemandFile> {
        // Regional example: the same occupations, demand only where cited.
        let regional: Regional = read_json(&content.join("regional-example.json"))?;
        let mut example = national.clone();
        example.id = regional.id;
        example.title = regional.title;
        example.publisher = Publisher {
            name: regional.publisher,
            url: None,
        };
        example.region = regional.region;
        example.sources = data_sources();
        example.sources.extend(regional.sources);
        for o in &mut example.occupations {
            for mark in &regional.outlook {
                if !mark
                    .ssyk_prefixes
                    .iter()
                    .any(|p| o.id.starts_with(p.as_str()))
                {
                    continue;
                }
                match o.outlook.iter_mut().find(|x| x.county == mark.county) {
                    Some(x) => {
                        x.recruitment = x.recruitment.or(mark.recruitment);
                        x.five_year = x.five_year.or(mark.five_year);
                        if !x.sources.contains(&mark.source) {
                            x.sources.push(mark.source.clone());
                        }
                    }
                    None => o.outlook.push(Outlook {
                        county: mark.county.clone(),
                        opportunities: None,
                        recruitment: mark.recruitment,
                        five_year: mark.five_year,
                        sources: vec![mark.source.clone()],
                        year: None,
                        shortage_index: None,
                        says: None,
                    }),
                }
            }
        }
        Ok(example)
    }

    pub fn run(data: &Path, content: &Path, out: &Path) -> Result<Vec<PathBuf>> {
        let inputs = read_inputs(data, content)?;
        let mut wordings = read_wordings(content)?;
        let mut questionnaire = questionnaire(&inputs, data, content)?;
        fill(&mut wordings, questionnaire.texts_mut())?;
        let languages = questionnaire.languages.clone();
        for text in questionnaire.texts_mut() {
            if let Some(lang) = languages.iter().find(|l| !text.0.contains_key(*l)) {
                return Err(format!(
                    "questionnaire-frame.json lists {lang}, but {:?} has no {lang} wording",
                    text.0[SOURCE_LANGUAGE]
                ));
            }
        }
        if let Some(w) = wordings.iter().find(|w| !languages.contains(&w.lang)) {
            return Err(format!(
                "{}: questionnaire-frame.json does not list {}",
                w.path.display(),
                w.lang
            ));
        }
        let mut national = national(&inputs, content)?;
        fill(&mut wordings, demand_texts_mut(&mut national))?;
        name_occupations(&mut national, content)?;
        let mut example = regional_example(&national, content)?;
        fill(&mut wordings, demand_texts_mut(&mut example))?;
        all_used(&wordings)?;
        std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
        let mut written = Vec::new();
        let mut write = |name: &str, json: String| -> Result<()> {
            let path = out.join(name);
            std::fs::write(&path, json + "\n").map_err(|e| format!("{}: {e}", path.display()))?;
            written.push(path);
            Ok(())
        };
        write(
            "questionnaire.json",
            serde_json::to_string(&questionnaire).map_err(|e| e.to_string())?,
        )?;
        // What the app downloads: one part per language, the titles apart,
        // and the opening of each for the first screen.
        for lang in &questionnaire.languages {
            write(
                &format!("questionnaire.{lang}.json"),
                serde_json::to_string(&questionnaire.part_in(lang)).map_err(|e| e.to_string())?,
            )?;
            write(
                &format!("questionnaire-opening.{lang}.json"),
                serde_json::to_string(&questionnaire.opening_in(lang))
                    .map_err(|e| e.to_string())?,
            )?;
        }
        write(
            "job-titles.json",
            serde_json::to_string(&questionnaire.job_title_list()).map_err(|e| e.to_string())?,
        )?;
        write(
            "demand-sverige.json",
            serde_json::to_string(&national).map_err(|e| e.to_string())?,
        )?;
        write(
            "demand-varmland-exempel.json",
            serde_json::to_string(&example).map_err(|e| e.to_string())?,
        )?;
        Ok(written)
    }
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data, out] = &args[..] else {
        eprintln!(
            "usage: generate-content DATA_DIR OUT_DIR   (e.g. ../shared/data static/content)"
        );
        return std::process::ExitCode::from(2);
    };
    let content = std::path::Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../../content"));
    match generate::run(data.as_ref(), content, out.as_ref()) {
        Ok(files) => {
            for f in files {
                println!("{}", f.display());
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("generate-content: {e}");
            std::process::ExitCode::from(1)
        }
    }
}
