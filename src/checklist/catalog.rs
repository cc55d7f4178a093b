//! The catalog: every checklist of one source (the set compiled into the binary, or a directory
//! that overrides it), loaded and validated as a whole. A catalog exists only when every file is
//! valid; otherwise loading fails with every diagnostic found. It owns the catalog-wide rules
//! (question ids unique across all checklists, one position per checklist, one question per
//! record field, conditions that name questions of earlier checklists, the first screen before
//! the full interview, one first-screen rule, indicator tags that some scoring rule counts) and
//! never writes anything.

use std::io;
use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};

use crate::checklist::load::{LoadedChecklist, Owner, load_checklist, set_condition, set_reason};
use crate::checklist::model::{Checklist, Dimension, IndicatorTag, Question, Stage};
use crate::checklist::validate::{self, QuestionRef};
use crate::diagnostic::Diagnostic;

/// The `checklists/` directory of the source tree, compiled in.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/checklists");

/// Why a catalog could not be loaded. Each message says what happened and what to do.
#[derive(Debug, thiserror::Error)]
pub enum ChecklistError {
    /// The files were read, but are not valid: every problem, located.
    #[error("{}", invalid_message(.0))]
    Invalid(Vec<Diagnostic>),
    #[error("cannot read checklists from {}: {source}; check the path and its permissions", path.display())]
    Read {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("no checklist files (*.toml) in {}; point --checklists at the directory that holds them", .0.display())]
    Empty(PathBuf),
}

fn invalid_message(diags: &[Diagnostic]) -> String {
    let mut s = format!(
        "the checklists are invalid ({} problem{}); fix each one, then run `tandem check`:",
        diags.len(),
        if diags.len() == 1 { "" } else { "s" }
    );
    for d in diags {
        s.push_str("\n  ");
        s.push_str(&d.to_string());
    }
    s
}

/// All checklists of one source, valid, in interview order.
#[derive(Debug, Clone)]
pub struct Catalog {
    checklists: Vec<Checklist>,
}

impl Catalog {
    /// The checklists compiled into the binary; their files display as `checklists/<file>.toml`.
    pub fn builtin() -> Result<Catalog, ChecklistError> {
        let mut sources = Vec::new();
        let mut diags = Vec::new();
        for file in BUILTIN.files() {
            let name = Path::new("checklists").join(file.path());
            if file.path().extension().is_none_or(|e| e != "toml") {
                continue;
            }
            match file.contents_utf8() {
                Some(text) => sources.push((name, text.to_owned())),
                None => diags.push(not_utf8(name)),
            }
        }
        if sources.is_empty() && diags.is_empty() {
            return Err(ChecklistError::Empty(PathBuf::from("checklists")));
        }
        Catalog::from_sources_with(sources, diags)
    }

    /// The checklists in `dir` (every `*.toml` file in it); files display by their path.
    pub fn from_dir(dir: &Path) -> Result<Catalog, ChecklistError> {
        let read_err = |source| ChecklistError::Read {
            path: dir.to_path_buf(),
            source,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(read_err)? {
            let path = entry.map_err(read_err)?.path();
            if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
                paths.push(path);
            }
        }
        paths.sort();
        if paths.is_empty() {
            return Err(ChecklistError::Empty(dir.to_path_buf()));
        }
        let mut sources = Vec::new();
        let mut diags = Vec::new();
        for path in paths {
            let bytes = std::fs::read(&path).map_err(|source| ChecklistError::Read {
                path: path.clone(),
                source,
            })?;
            match String::from_utf8(bytes) {
                Ok(text) => sources.push((path, text)),
                Err(_) => diags.push(not_utf8(path)),
            }
        }
        Catalog::from_sources_with(sources, diags)
    }

    /// `from_dir(dir)` when an override directory is given, else the built-in checklists.
    pub fn load(override_dir: Option<&Path>) -> Result<Catalog, ChecklistError> {
        match override_dir {
            Some(dir) => Catalog::from_dir(dir),
            None => Catalog::builtin(),
        }
    }

    /// Checklists from `(file name, TOML text)` pairs; the file stem must equal each
    /// checklist's id.
    pub fn from_sources(sources: Vec<(PathBuf, String)>) -> Result<Catalog, ChecklistError> {
        Catalog::from_sources_with(sources, Vec::new())
    }

    fn from_sources_with(
        sources: Vec<(PathBuf, String)>,
        mut diags: Vec<Diagnostic>,
    ) -> Result<Catalog, ChecklistError> {
        let mut loaded: Vec<(PathBuf, LoadedChecklist)> = Vec::new();
        for (file, text) in &sources {
            let stem = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            if let Some(l) = load_checklist(file, &stem, text, &mut diags) {
                loaded.push((file.clone(), l));
            }
        }
        check_catalog(&loaded, &mut diags);
        resolve_deferred(&mut loaded, &mut diags);
        check_stages(&loaded, &mut diags);
        check_indicator_tags(&loaded, &mut diags);
        if !diags.is_empty() {
            // Stable: diagnostics of one file stay together, in the order of the file.
            diags.sort_by(|a, b| (&a.file, a.line, a.col).cmp(&(&b.file, b.line, b.col)));
            diags.dedup();
            return Err(ChecklistError::Invalid(diags));
        }
        let mut checklists: Vec<Checklist> = loaded.into_iter().map(|(_, l)| l.checklist).collect();
        checklists.sort_by(|a, b| (a.position, &a.id).cmp(&(b.position, &b.id)));
        Ok(Catalog { checklists })
    }

    /// Every checklist, in interview order (by `position`).
    pub fn checklists(&self) -> &[Checklist] {
        &self.checklists
    }

    pub fn get(&self, id: &str) -> Option<&Checklist> {
        self.checklists.iter().find(|c| c.id == id)
    }

    /// The question with this id and the checklist that holds it (ids are catalog-unique).
    pub fn find_question(&self, question: &str) -> Option<(&Checklist, &Question)> {
        self.checklists
            .iter()
            .find_map(|c| c.question(question).map(|q| (c, q)))
    }
}

fn not_utf8(file: PathBuf) -> Diagnostic {
    Diagnostic::new(file, 1, 1, "the file is not UTF-8 text", "save it as UTF-8")
}

/// The rules that span files: one id per question, one position per checklist, one question
/// per record field. The first occurrence (in file order) wins; each repeat is reported.
fn check_catalog(loaded: &[(PathBuf, LoadedChecklist)], diags: &mut Vec<Diagnostic>) {
    let at = |file: &Path, (line, col): (usize, usize), what: String, todo: String| {
        Diagnostic::new(file, line, col, what, todo)
    };
    let mut questions: Vec<(&str, &Path, (usize, usize))> = Vec::new();
    let mut fills: Vec<(&str, &str)> = Vec::new();
    let mut positions: Vec<(u32, &str)> = Vec::new();
    for (file, l) in loaded {
        let c = &l.checklist;
        if let Some((_, other)) = positions.iter().find(|(p, _)| *p == c.position) {
            diags.push(at(
                file,
                l.position_at,
                format!(
                    "position {} is also used by checklist `{other}`",
                    c.position
                ),
                "give each checklist its own position (it sets the interview order)".into(),
            ));
        } else {
            positions.push((c.position, &c.id));
        }
        for (i, q) in c.questions.iter().enumerate() {
            if let Some((_, first, (line, _))) = questions.iter().find(|(id, _, _)| *id == q.id) {
                let first = if first == file {
                    format!("line {line}")
                } else {
                    format!("{}:{line}", first.display())
                };
                diags.push(at(
                    file,
                    l.question_at[i],
                    format!("duplicate question id `{}` (first used at {first})", q.id),
                    "question ids must be unique across all checklists: rename one".into(),
                ));
            } else {
                questions.push((&q.id, file, l.question_at[i]));
            }
            if let (Some(target), Some(place)) = (&q.fills, l.fills_at[i]) {
                if let Some((_, first)) = fills.iter().find(|(t, _)| t == target) {
                    diags.push(at(
                        file,
                        place,
                        format!("question `{first}` already fills `{target}`"),
                        "let one question fill each record field".into(),
                    ));
                } else {
                    fills.push((target, &q.id));
                }
            }
        }
    }
}

/// Checks each condition that names a question its own file does not have against the
/// questions of the checklists before it (by position), and puts it in place when it holds.
fn resolve_deferred(loaded: &mut [(PathBuf, LoadedChecklist)], diags: &mut Vec<Diagnostic>) {
    let mut order: Vec<usize> = (0..loaded.len()).collect();
    order.sort_by(|&a, &b| {
        let (ca, cb) = (&loaded[a].1.checklist, &loaded[b].1.checklist);
        (ca.position, &ca.id).cmp(&(cb.position, &cb.id))
    });
    for (k, &i) in order.iter().enumerate() {
        let deferred = std::mem::take(&mut loaded[i].1.deferred);
        if deferred.is_empty() {
            continue;
        }
        let mut placed = Vec::new();
        {
            let earlier: Vec<&Question> = order[..k]
                .iter()
                .filter(|&&j| loaded[j].1.checklist.position < loaded[i].1.checklist.position)
                .flat_map(|&j| &loaded[j].1.checklist.questions)
                .collect();
            let (file, l) = &loaded[i];
            let mut refs: Vec<QuestionRef> = earlier
                .iter()
                .map(|q| QuestionRef {
                    id: &q.id,
                    kind: Some(&q.kind),
                })
                .collect();
            let own_start = refs.len();
            refs.extend(l.checklist.questions.iter().map(|q| QuestionRef {
                id: &q.id,
                kind: Some(&q.kind),
            }));
            for d in deferred {
                let owner = match &d.owner {
                    Owner::Question(id) => match l.checklist.question_index(id) {
                        Some(at) => own_start + at,
                        None => continue,
                    },
                    Owner::Reason(_) => refs.len(),
                };
                let problems =
                    validate::check_condition(d.condition(), d.source(), &refs, owner, d.role());
                for p in &problems {
                    let offset = d.file_offset(&l.text, p.offset);
                    diags.push(Diagnostic::at_offset(
                        file,
                        &l.text,
                        offset,
                        p.what.clone(),
                        p.todo.clone(),
                    ));
                }
                if problems.is_empty() {
                    placed.push(d);
                }
            }
        }
        let c = &mut loaded[i].1.checklist;
        for d in placed {
            match &d.owner {
                Owner::Question(id) => {
                    if let Some(q) = c.questions.iter_mut().find(|q| &q.id == id) {
                        set_condition(q, d.role(), d.condition().clone());
                    }
                }
                Owner::Reason(index) => {
                    if let Some(rule) = c.first_screen.as_mut() {
                        set_reason(rule, *index, d.condition().clone());
                    }
                }
            }
        }
    }
}

/// The first screen comes before the full interview, one checklist holds its rule, and the
/// opening consent is the first question put to the person.
fn check_stages(loaded: &[(PathBuf, LoadedChecklist)], diags: &mut Vec<Diagnostic>) {
    let at = |file: &Path, (line, col): (usize, usize), what: String, todo: &str| {
        Diagnostic::new(file, line, col, what, todo)
    };
    let mut sorted: Vec<&(PathBuf, LoadedChecklist)> = loaded.iter().collect();
    sorted.sort_by(|a, b| {
        let (ca, cb) = (&a.1.checklist, &b.1.checklist);
        (ca.position, &ca.id).cmp(&(cb.position, &cb.id))
    });
    if let Some(first_full) = sorted
        .iter()
        .position(|(_, l)| l.checklist.stage == Stage::Full)
    {
        for (file, l) in &sorted[first_full + 1..] {
            if l.checklist.stage == Stage::FirstScreen {
                diags.push(at(
                    file,
                    l.position_at,
                    format!(
                        "first-screen checklist `{}` comes after full-interview checklist `{}`",
                        l.checklist.id, sorted[first_full].1.checklist.id
                    ),
                    "give every first-screen checklist a lower position than every full one",
                ));
            }
        }
    }
    let mut rules = loaded
        .iter()
        .filter(|(_, l)| l.checklist.first_screen.is_some());
    if let Some((_, first)) = rules.next() {
        for (file, l) in rules {
            diags.push(at(
                file,
                l.id_at,
                format!(
                    "checklist `{}` holds a second first-screen rule (the first is in `{}`)",
                    l.checklist.id, first.checklist.id
                ),
                "keep one `[first_screen]` table in the catalog",
            ));
        }
    }
    if !sorted
        .iter()
        .any(|(_, l)| l.checklist.stage == Stage::FirstScreen)
    {
        return;
    }
    // Nothing about harm, health, sex or self-harm before the person agreed to go on.
    let mut person = sorted
        .iter()
        .flat_map(|(file, l)| {
            l.checklist
                .questions
                .iter()
                .enumerate()
                .map(move |(i, q)| (file, l, i, q))
        })
        .filter(|(_, _, _, q)| q.to_person());
    if let Some((file, l, i, q)) = person.next()
        && q.fills.as_deref() != Some("consent.interview")
        && loaded.iter().any(|(_, l)| {
            l.checklist
                .questions
                .iter()
                .any(|q| q.fills.as_deref() == Some("consent.interview"))
        })
    {
        diags.push(at(
            file,
            l.question_at[i],
            format!(
                "question `{}` is put to the person before the opening consent",
                q.id
            ),
            "ask the question that fills `consent.interview` first, or mark this one `ask = \"officer\"`",
        ));
    }
}

/// Indicator tags need a scoring rule somewhere in the catalog, and two tags of one indicator
/// in different files must agree (an indicator counts once).
fn check_indicator_tags(loaded: &[(PathBuf, LoadedChecklist)], diags: &mut Vec<Diagnostic>) {
    let scored = loaded.iter().any(|(_, l)| l.has_scoring_table);
    let mut seen: Vec<(Dimension, &str, &str, &IndicatorTag)> = Vec::new();
    for (file, l) in loaded {
        if let (Some((line, col)), false) = (l.indicators_at, scored) {
            diags.push(Diagnostic::new(
                file,
                line,
                col,
                "the checklist carries indicator tags but no checklist holds a scoring rule",
                "add `[scoring.dimension_rule]` and `[scoring.rules.<profile>]` tables (see docs/checklist-format.md)",
            ));
        }
        for (i, q) in l.checklist.questions.iter().enumerate() {
            for tag in &q.indicators {
                match seen
                    .iter()
                    .find(|(d, ind, _, _)| *d == tag.dimension && *ind == tag.indicator)
                {
                    Some((_, _, checklist, first))
                        if *checklist != l.checklist.id
                            && (first.phase != tag.phase || first.strength != tag.strength) =>
                    {
                        let (line, col) = l.question_at[i];
                        diags.push(Diagnostic::new(
                            file,
                            line,
                            col,
                            format!(
                                "question `{}` tags indicator `{}/{}` with another phase or strength than checklist `{checklist}`",
                                q.id, tag.dimension, tag.indicator
                            ),
                            "an indicator counts once: give both tags the same phase and strengths",
                        ));
                    }
                    Some(_) => {}
                    None => seen.push((tag.dimension, &tag.indicator, &l.checklist.id, tag)),
                }
            }
        }
    }
}
