//! The tags a question carries and the rules a checklist holds: ILO indicator tags (on a
//! yes-no question or on the choices of a multiple-choice one), urgent-trigger tags, profile
//! settings, the scoring rule and the first-screen rule. Each is read with its diagnostics; the
//! meaning of the rules lives in `scoring` and `interview::stage`.

use std::collections::BTreeMap;

use crate::checklist::model::{
    AgeGroup, CombinationRule, Condition, Dimension, DimensionRule, Exploitation,
    FirstScreenReason, FirstScreenRule, IndicatorTag, Kind, Phase, Profile, ProfileSetting,
    ReasonTest, Scoring, Strength, Threshold, URGENT_TRIGGERS, UrgentTag, UrgentWindow,
};
use crate::checklist::validate::{ConditionRole, OPEN_ANSWERS, did_you_mean};

use super::questions::Slot;
use super::reader::{Fields, PendingCondition, Reader, Value};
use super::{
    DIMENSION_RULE_KEYS, FIRST_SCREEN_KEYS, INDICATOR_KEYS, PROFILE_KEYS, REASON_KEYS, RULE_KEYS,
    SCORING_KEYS, THRESHOLD_KEYS, URGENT_KEYS, WINDOW_KEYS,
};

impl Reader<'_> {
    pub(super) fn indicators(
        &mut self,
        v: &Value,
        id: &str,
        kind: Option<&Kind>,
    ) -> Vec<IndicatorTag> {
        let mut out: Vec<IndicatorTag> = Vec::new();
        if let Some(k) = kind
            && !matches!(k, Kind::YesNo | Kind::MultipleChoice { .. })
        {
            self.report(
                v.span().start,
                format!("indicator tags on {} question `{id}`", k.name()),
                "put indicator tags on yes-no questions (a \"yes\" fires them) or on the choices of a multiple-choice question",
            );
            return out;
        }
        let Some(list) = self.array(v, "indicators") else {
            return out;
        };
        let dimensions: Vec<(&str, Dimension)> =
            Dimension::ALL.iter().map(|d| (d.id(), *d)).collect();
        let phases = [
            ("recruitment", Phase::Recruitment),
            ("destination", Phase::Destination),
        ];
        for t in list.iter() {
            let Some(f) = self.fields(
                t,
                format!("an indicator of question `{id}`"),
                &INDICATOR_KEYS,
            ) else {
                continue;
            };
            let dimension = self
                .required(&f, "dimension", "\"deceptive-recruitment\"")
                .and_then(|v| self.one_of(v, "dimension", "dimension", &dimensions));
            let indicator_v = self.required(&f, "indicator", "\"nature-of-job\"");
            let indicator = indicator_v.and_then(|v| self.id(v, "indicator", "indicator"));
            let phase = self
                .required(&f, "phase", "\"recruitment\"")
                .and_then(|v| self.one_of(v, "phase", "phase", &phases));
            let strength = self
                .required(&f, "strength", "{ adult-labour = \"strong\" }")
                .and_then(|v| self.strength(v, id));
            let choice = match (kind, f.get("choice")) {
                (Some(Kind::MultipleChoice { choices }), Some(cv)) => {
                    match self.string(cv, "choice") {
                        Some(c) if choices.contains(&c) => Some(Some(c)),
                        Some(c) => {
                            self.report(
                                cv.span().start,
                                format!(
                                    "question `{id}` has no choice `{c}`{}",
                                    did_you_mean(&c, choices.iter().map(String::as_str))
                                ),
                                format!("tag one of its choices: {}", choices.join(", ")),
                            );
                            None
                        }
                        None => None,
                    }
                }
                (Some(Kind::MultipleChoice { .. }), None) => {
                    self.report(
                        f.at,
                        format!("an indicator of multiple-choice question `{id}` names no choice"),
                        "add `choice = \"...\"`: picking that choice fires the indicator",
                    );
                    None
                }
                (_, Some(cv)) => {
                    self.report(
                        cv.span().start,
                        format!("`choice` on an indicator of yes-no question `{id}`"),
                        "remove it: a yes fires the indicators of a yes-no question",
                    );
                    None
                }
                (_, None) => Some(None),
            };
            let (Some(dimension), Some(indicator), Some(phase), Some(strength), Some(choice)) =
                (dimension, indicator, phase, strength, choice)
            else {
                continue;
            };
            if out
                .iter()
                .any(|x| x.dimension == dimension && x.indicator == indicator)
            {
                self.report(
                    indicator_v.map_or(f.at, |v| v.span().start),
                    format!("question `{id}` carries indicator `{dimension}/{indicator}` twice"),
                    "remove the repeated tag",
                );
                continue;
            }
            out.push(IndicatorTag {
                dimension,
                indicator,
                phase,
                choice,
                strength,
            });
        }
        out
    }

    pub(super) fn strength(&mut self, v: &Value, id: &str) -> Option<BTreeMap<Profile, Strength>> {
        let Some(table) = v.get_ref().as_table() else {
            self.wrong_type(v, "strength", "a table", "{ adult-labour = \"strong\" }");
            return None;
        };
        let strengths = [
            ("strong", Strength::Strong),
            ("medium", Strength::Medium),
            ("weak", Strength::Weak),
        ];
        let mut out = BTreeMap::new();
        let mut ok = true;
        for (k, sv) in table.iter() {
            let key = k.get_ref().as_ref();
            let Some(profile) = Profile::from_id(key) else {
                self.report(
                    k.span().start,
                    format!(
                        "unknown profile `{key}` in the strength of question `{id}`{}",
                        did_you_mean(key, Profile::ALL.iter().map(|p| p.id()))
                    ),
                    "use adult-labour, adult-sexual, child-labour or child-sexual",
                );
                ok = false;
                continue;
            };
            match self.one_of(sv, key, "strength", &strengths) {
                Some(s) => {
                    out.insert(profile, s);
                }
                None => ok = false,
            }
        }
        if ok && out.is_empty() {
            self.report(
                v.span().start,
                format!("an indicator of question `{id}` counts for no profile"),
                "give a strength for at least one profile, e.g. `{ adult-labour = \"medium\" }`",
            );
            return None;
        }
        ok.then_some(out)
    }

    pub(super) fn urgent(
        &mut self,
        v: &Value,
        id: &str,
        kind: Option<&Kind>,
        pending: &mut Vec<PendingCondition>,
    ) -> Option<UrgentTag> {
        let f = self.fields(
            v,
            format!("the urgent tag of question `{id}`"),
            &URGENT_KEYS,
        )?;
        let triggers: Vec<(&str, &str)> = URGENT_TRIGGERS.iter().map(|t| (*t, *t)).collect();
        let trigger = self
            .required(&f, "trigger", "\"medical\"")
            .and_then(|v| self.one_of(v, "trigger", "urgent trigger", &triggers));
        let fires_if_source = f.get("if").and_then(|v| {
            let src = self.string(v, "if")?;
            self.parse_condition(v, &src, ConditionRole::UrgentIf, pending);
            Some(src)
        });
        let mut windows: Vec<UrgentWindow> = Vec::new();
        if let Some(wv) = f.get("windows") {
            if let Some(k) = kind.filter(|k| **k != Kind::TimeSince) {
                self.report(
                    f.key_at("windows"),
                    format!("time windows on {} question `{id}`", k.name()),
                    "put `windows` only on time-since questions (the window runs from the time ago given)",
                );
            } else if let Some(list) = self.array(wv, "windows") {
                for w in list.iter() {
                    if let Some(window) = self.window(w, id, &windows) {
                        windows.push(window);
                    }
                }
            }
        }
        let within_days = f.get("within_days").and_then(|wv| {
            if let Some(k) = kind.filter(|k| **k != Kind::Date) {
                self.report(
                    wv.span().start,
                    format!("`within_days` on {} question `{id}`", k.name()),
                    "put `within_days` only on date questions (the trigger fires for a date that close)",
                );
                return None;
            }
            let days = self.bounded(wv, "within_days", 0, 3650)?;
            u32::try_from(days).ok()
        });
        Some(UrgentTag {
            trigger: trigger?.to_owned(),
            fires_if: None,
            fires_if_source,
            windows,
            within_days,
        })
    }

    pub(super) fn window(
        &mut self,
        v: &Value,
        id: &str,
        earlier: &[UrgentWindow],
    ) -> Option<UrgentWindow> {
        let f = self.fields(v, format!("a window of question `{id}`"), &WINDOW_KEYS)?;
        let wid_v = self.required(&f, "id", "\"pep\"")?;
        let wid = self.id(wid_v, "id", "window")?;
        if earlier.iter().any(|w| w.id == wid) {
            self.report(
                wid_v.span().start,
                format!("duplicate window `{wid}` on question `{id}`"),
                "give each window its own id",
            );
            return None;
        }
        let max_days = i64::from(u32::MAX / 24);
        let hours = match (f.get("hours"), f.get("days")) {
            (Some(h), None) => self.bounded(h, "hours", 1, i64::from(u32::MAX))?,
            (None, Some(d)) => self.bounded(d, "days", 1, max_days)? * 24,
            (Some(_), Some(_)) => {
                self.report(
                    f.key_at("days"),
                    format!("window `{wid}` has both `hours` and `days`"),
                    "keep one of them",
                );
                return None;
            }
            (None, None) => {
                self.report(
                    f.at,
                    format!("window `{wid}` has no length"),
                    "add `hours = 72` or `days = 90`",
                );
                return None;
            }
        };
        Some(UrgentWindow {
            id: wid,
            hours: u32::try_from(hours).ok()?,
        })
    }

    pub(super) fn profile(
        &mut self,
        v: &Value,
        id: &str,
        kind: Option<&Kind>,
    ) -> Option<ProfileSetting> {
        let f = self.fields(
            v,
            format!("the profile setting of question `{id}`"),
            &PROFILE_KEYS,
        )?;
        let field = self.required(&f, "field", "\"age-group\"").and_then(|v| {
            self.one_of(
                v,
                "field",
                "profile field",
                &[("age-group", true), ("exploitation", false)],
            )
        });
        if let Some(bv) = f.get("below") {
            return self.age_below(bv, &f, id, kind, field);
        }
        let map_v = self.required(&f, "map", "{ yes = \"child\", no = \"adult\" }")?;
        let answers: Vec<String> = match kind {
            Some(Kind::YesNo) => ["yes", "no"].iter().map(|s| s.to_string()).collect(),
            Some(Kind::SingleChoice { choices }) => choices.clone(),
            Some(Kind::MultipleChoice { choices }) if field == Some(false) => choices.clone(),
            Some(k) => {
                self.report(
                    v.span().start,
                    format!("{} question `{id}` cannot set the profile", k.name()),
                    "set the profile from a yes-no or single-choice question (a number or date question sets the age group with `below`)",
                );
                return None;
            }
            None => return None,
        };
        let answers: Vec<&str> = answers
            .iter()
            .map(String::as_str)
            .chain(OPEN_ANSWERS)
            .collect();
        let Some(table) = map_v.get_ref().as_table() else {
            self.wrong_type(
                map_v,
                "map",
                "a table",
                "{ yes = \"child\", no = \"adult\" }",
            );
            return None;
        };
        if table.is_empty() {
            self.report(
                map_v.span().start,
                format!("the profile map of question `{id}` is empty"),
                "map at least one answer, e.g. `{ yes = \"child\" }`",
            );
            return None;
        }
        let age_group = field?;
        let values: &[&str] = if age_group {
            &["adult", "child"]
        } else {
            &["labour", "sexual"]
        };
        let mut ages = BTreeMap::new();
        let mut exploitations = BTreeMap::new();
        let mut ok = true;
        for (k, mv) in table.iter() {
            let key = k.get_ref().as_ref();
            if !answers.contains(&key) {
                self.report(
                    k.span().start,
                    format!(
                        "question `{id}` has no answer `{key}` to map{}",
                        did_you_mean(key, answers.iter().copied())
                    ),
                    format!("map only its answers: {}", answers.join(", ")),
                );
                ok = false;
                continue;
            }
            let Some(value) = self.string(mv, key) else {
                ok = false;
                continue;
            };
            match (age_group, value.as_str()) {
                (true, "adult") => {
                    ages.insert(key.to_owned(), AgeGroup::Adult);
                }
                (true, "child") => {
                    ages.insert(key.to_owned(), AgeGroup::Child);
                }
                (false, "labour") => {
                    exploitations.insert(key.to_owned(), Exploitation::Labour);
                }
                (false, "sexual") => {
                    exploitations.insert(key.to_owned(), Exploitation::Sexual);
                }
                _ => {
                    self.report(
                        mv.span().start,
                        format!(
                            "`{value}` is not a value of the profile's {}",
                            if age_group {
                                "age group"
                            } else {
                                "exploitation type"
                            }
                        ),
                        format!("use `{}` or `{}`", values[0], values[1]),
                    );
                    ok = false;
                }
            }
        }
        if !ok {
            return None;
        }
        Some(if age_group {
            ProfileSetting::AgeGroup { map: ages }
        } else {
            ProfileSetting::Exploitation { map: exploitations }
        })
    }

    /// `profile = { field = "age-group", below = 18 }` on a number (years) or date (birth date)
    /// question.
    fn age_below(
        &mut self,
        bv: &Value,
        f: &Fields,
        id: &str,
        kind: Option<&Kind>,
        field: Option<bool>,
    ) -> Option<ProfileSetting> {
        if f.get("map").is_some() {
            self.report(
                f.key_at("map"),
                format!("the profile setting of question `{id}` has both `map` and `below`"),
                "keep one: `map` for answers, `below` for a number of years or a birth date",
            );
            return None;
        }
        if field == Some(false) {
            self.report(
                bv.span().start,
                "`below` sets the age group, not the exploitation type",
                "write `field = \"age-group\"`",
            );
            return None;
        }
        if let Some(k) = kind.filter(|k| !matches!(k, Kind::Number { .. } | Kind::Date)) {
            self.report(
                bv.span().start,
                format!("`below` on {} question `{id}`", k.name()),
                "use `below` on a number question (age in years) or a date question (birth date)",
            );
            return None;
        }
        let years = self.bounded(bv, "below", 1, 150)?;
        field?;
        Some(ProfileSetting::AgeBelow {
            years: u32::try_from(years).ok()?,
        })
    }

    pub(super) fn check_indicators(&mut self, slots: &[Slot]) {
        let mut seen: BTreeMap<(Dimension, &str), (&str, &IndicatorTag)> = BTreeMap::new();
        for slot in slots {
            let Some(q) = &slot.question else { continue };
            for tag in &q.indicators {
                let key = (tag.dimension, tag.indicator.as_str());
                match seen.get(&key) {
                    Some((other, first))
                        if first.phase != tag.phase || first.strength != tag.strength =>
                    {
                        self.report(
                            slot.id_at,
                            format!(
                                "question `{}` tags indicator `{}/{}` with another phase or strength than question `{other}`",
                                q.id, tag.dimension, tag.indicator
                            ),
                            "an indicator counts once: give both tags the same phase and strengths",
                        );
                    }
                    Some(_) => {}
                    None => {
                        seen.insert(key, (q.id.as_str(), tag));
                    }
                }
            }
        }
    }

    pub(super) fn scoring(&mut self, v: &Value) -> Option<Scoring> {
        let f = self.fields(v, "`scoring`", &SCORING_KEYS)?;
        let dimension_rule = self
            .required(&f, "dimension_rule", "{ ... }")
            .and_then(|v| self.dimension_rule(v));
        let rules = self
            .required(&f, "rules", "{ ... }")
            .and_then(|v| self.rules(v));
        Some(Scoring {
            dimension_rule: dimension_rule?,
            rules: rules?,
        })
    }

    pub(super) fn source_and_verified(&mut self, f: &Fields) -> (Option<String>, Option<bool>) {
        let source = self
            .required(f, "source", "\"where the rule comes from\"")
            .and_then(|v| self.string(v, "source"));
        let verified = self
            .required(f, "verified", "false")
            .and_then(|v| self.boolean(v, "verified"));
        (source, verified)
    }

    pub(super) fn dimension_rule(&mut self, v: &Value) -> Option<DimensionRule> {
        let f = self.fields(v, "`scoring.dimension_rule`", &DIMENSION_RULE_KEYS)?;
        let (source, verified) = self.source_and_verified(&f);
        let list_v = self.required(&f, "alternatives", "[{ strong = 2 }]")?;
        let list = self.array(list_v, "alternatives")?;
        let mut alternatives = Vec::new();
        let mut ok = true;
        for a in list.iter() {
            match self.threshold(a) {
                Some(t) => alternatives.push(t),
                None => ok = false,
            }
        }
        if ok && alternatives.is_empty() {
            self.report(
                list_v.span().start,
                "`alternatives` is empty: no dimension could ever be positive",
                "add at least one alternative, e.g. `{ strong = 2 }`",
            );
            return None;
        }
        Some(DimensionRule {
            alternatives: ok.then_some(alternatives)?,
            source: source?,
            verified: verified?,
        })
    }

    pub(super) fn threshold(&mut self, v: &Value) -> Option<Threshold> {
        let f = self.fields(v, "an alternative", &THRESHOLD_KEYS)?;
        let mut count = |key: &str| match f.get(key) {
            Some(v) => self.bounded(v, key, 0, 1000).map(|n| n as u32),
            None => Some(0),
        };
        let t = Threshold {
            strong: count("strong")?,
            medium: count("medium")?,
            weak: count("weak")?,
            medium_or_weak: count("medium_or_weak")?,
        };
        if t == Threshold::default() {
            self.report(
                f.at,
                "an alternative with no counts would make every dimension positive",
                "give at least one count above zero, e.g. `{ strong = 2 }`",
            );
            return None;
        }
        Some(t)
    }

    pub(super) fn rules(&mut self, v: &Value) -> Option<BTreeMap<Profile, CombinationRule>> {
        let Some(table) = v.get_ref().as_table() else {
            self.wrong_type(v, "rules", "a table", "{ adult-labour = { ... } }");
            return None;
        };
        let mut out = BTreeMap::new();
        let mut ok = true;
        for (k, rv) in table.iter() {
            let key = k.get_ref().as_ref();
            let Some(profile) = Profile::from_id(key) else {
                self.report(
                    k.span().start,
                    format!(
                        "unknown profile `{key}` in `scoring.rules`{}",
                        did_you_mean(key, Profile::ALL.iter().map(|p| p.id()))
                    ),
                    "use adult-labour, adult-sexual, child-labour or child-sexual",
                );
                ok = false;
                continue;
            };
            match self.rule(rv, key) {
                Some(r) => {
                    out.insert(profile, r);
                }
                None => ok = false,
            }
        }
        if ok {
            for p in Profile::ALL {
                if !out.contains_key(&p) {
                    self.report(
                        v.span().start,
                        format!("`scoring.rules` has no rule for profile `{p}`"),
                        format!("add `[scoring.rules.{p}]` with `all_of`, `source` and `verified`"),
                    );
                    ok = false;
                }
            }
        }
        ok.then_some(out)
    }

    pub(super) fn rule(&mut self, v: &Value, profile: &str) -> Option<CombinationRule> {
        let f = self.fields(v, format!("`scoring.rules.{profile}`"), &RULE_KEYS)?;
        let (source, verified) = self.source_and_verified(&f);
        let note = f.get("note").and_then(|v| self.string(v, "note"));
        let groups_v = self.required(&f, "all_of", "[[\"exploitative-conditions\"]]")?;
        let groups = self.array(groups_v, "all_of")?;
        let dimensions: Vec<(&str, Dimension)> =
            Dimension::ALL.iter().map(|d| (d.id(), *d)).collect();
        let mut all_of = Vec::new();
        let mut ok = true;
        for g in groups.iter() {
            let Some(list) = self.array(g, "all_of") else {
                ok = false;
                continue;
            };
            if list.is_empty() {
                self.report(
                    g.span().start,
                    "an empty group in `all_of` can never be met",
                    "list at least one dimension in each group",
                );
                ok = false;
                continue;
            }
            let mut group = Vec::new();
            for d in list.iter() {
                match self.one_of(d, "all_of", "dimension", &dimensions) {
                    Some(d) => group.push(d),
                    None => ok = false,
                }
            }
            all_of.push(group);
        }
        if ok && all_of.is_empty() {
            self.report(
                groups_v.span().start,
                format!("`all_of` of profile `{profile}` is empty: the rule would always be met"),
                "list the groups of dimensions, e.g. `[[\"exploitative-conditions\"]]`",
            );
            return None;
        }
        Some(CombinationRule {
            all_of: ok.then_some(all_of)?,
            source: source?,
            verified: verified?,
            note,
        })
    }

    /// `[first_screen]`: source, verified and the named reasons. Conditions of reasons come back
    /// in `pending`, to be checked once every question of the file is known.
    pub(super) fn first_screen(
        &mut self,
        v: &Value,
        pending: &mut Vec<(usize, PendingCondition)>,
    ) -> Option<FirstScreenRule> {
        let f = self.fields(v, "`first_screen`", &FIRST_SCREEN_KEYS)?;
        let (source, verified) = self.source_and_verified(&f);
        let list_v = self.required(&f, "reasons", "[{ id = \"gateway\", any = \"gateway\" }]")?;
        let list = self.array(list_v, "reasons")?;
        let mut reasons: Vec<FirstScreenReason> = Vec::new();
        let mut ok = true;
        for r in list.iter() {
            let Some(rf) = self.fields(r, "a first-screen reason", &REASON_KEYS) else {
                ok = false;
                continue;
            };
            let id_v = self.required(&rf, "id", "\"gateway\"");
            let id = id_v.and_then(|v| self.id(v, "id", "reason"));
            if let (Some(v), Some(rid)) = (id_v, &id)
                && reasons.iter().any(|x| &x.id == rid)
            {
                self.report(
                    v.span().start,
                    format!("duplicate first-screen reason `{rid}`"),
                    "give each reason its own id",
                );
                ok = false;
                continue;
            }
            let test = match (rf.get("any"), rf.get("if")) {
                (Some(av), None) => self
                    .one_of(
                        av,
                        "any",
                        "reason kind",
                        &[("gateway", true), ("urgent", false)],
                    )
                    .map(|g| {
                        if g {
                            ReasonTest::Gateway
                        } else {
                            ReasonTest::Urgent
                        }
                    }),
                (None, Some(cv)) => self.string(cv, "if").map(|src| {
                    let mut one = Vec::new();
                    self.parse_condition(cv, &src, ConditionRole::ReasonIf, &mut one);
                    let at = reasons.len();
                    pending.extend(one.into_iter().map(|p| (at, p)));
                    ReasonTest::Condition {
                        // Replaced by the checked condition: a catalog exists only when every
                        // condition in it checked, so this placeholder never leaves the loader.
                        condition: Condition::And { all: Vec::new() },
                        source: src,
                    }
                }),
                (Some(_), Some(_)) => {
                    self.report(
                        rf.key_at("if"),
                        "a first-screen reason has both `any` and `if`",
                        "keep one: `any = \"gateway\"`, `any = \"urgent\"` or `if = \"...\"`",
                    );
                    None
                }
                (None, None) => {
                    self.report(
                        rf.at,
                        "a first-screen reason has no test",
                        "add `any = \"gateway\"`, `any = \"urgent\"` or `if = \"...\"`",
                    );
                    None
                }
            };
            match (id, test) {
                (Some(id), Some(test)) => reasons.push(FirstScreenReason { id, test }),
                _ => ok = false,
            }
        }
        if ok && reasons.is_empty() {
            self.report(
                list_v.span().start,
                "the first-screen rule has no reasons: nobody would ever be sent on",
                "add at least `{ id = \"gateway\", any = \"gateway\" }`",
            );
            return None;
        }
        Some(FirstScreenRule {
            reasons: ok.then_some(reasons)?,
            source: source?,
            verified: verified?,
        })
    }
}
