//! What Tandem reads out of a parsed Fluent message: its canonical text (for the fingerprint a
//! review record is written against), its variables (which must match English), where it stands
//! in its file, and each part (value, attribute) as the text a translator edits and gives back.

use std::collections::BTreeSet;
use std::ops::Range;

use fluent_syntax::ast::{
    CallArguments, Entry, Expression, Identifier, InlineExpression, Message, Pattern,
    PatternElement, Resource, VariantKey,
};
use sha2::{Digest, Sha256};

/// The fingerprint of a message: the first 16 hex digits of SHA-256 over its value and its
/// attributes (`name=value`, sorted by name), joined by newlines, from the parsed pattern text
/// (so re-indenting the file does not make every translation stale).
pub fn fingerprint(message: &Message<&str>) -> String {
    fingerprint_of(&canonical_text(message))
}

/// The text a fingerprint is computed over: the value, then `name=value` for each attribute
/// sorted by name, joined by newlines. Review records keep it (`english`) so that a stale
/// translation can show what changed in English.
pub fn canonical_text(message: &Message<&str>) -> String {
    let mut parts = vec![message.value.as_ref().map(pattern_text).unwrap_or_default()];
    let mut attributes: Vec<String> = message
        .attributes
        .iter()
        .map(|a| format!("{}={}", a.id.name, pattern_text(&a.value)))
        .collect();
    attributes.sort();
    parts.extend(attributes);
    parts.join("\n")
}

/// The fingerprint of a canonical text (see [`canonical_text`]).
pub fn fingerprint_of(canonical: &str) -> String {
    let digest = Sha256::digest(canonical.as_bytes());
    hex::encode(&digest[..8])
}

/// One part of a message as a translator edits it: Fluent pattern syntax without `id =`, with
/// continuation lines dedented (`{ $count } questions`; a select expression keeps its lines).
pub fn pattern_source(pattern: &Pattern<&str>) -> String {
    let resource = Resource {
        body: vec![Entry::Message(Message {
            id: Identifier { name: "x" },
            value: Some(pattern.clone()),
            attributes: Vec::new(),
            comment: None,
        })],
    };
    let ftl = fluent_syntax::serializer::serialize(&resource);
    let body = match ftl.strip_prefix("x = ") {
        Some(inline) => inline.to_owned(),
        None => ftl
            .strip_prefix("x =\n")
            .unwrap_or(&ftl)
            .lines()
            .map(|l| l.strip_prefix("    ").unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n"),
    };
    body.trim_end_matches('\n').to_owned()
}

/// All literal text of a pattern, select variants included (for script checks).
pub fn pattern_literals(pattern: &Pattern<&str>) -> String {
    let mut out = String::new();
    push_literals(pattern, &mut out);
    out
}

fn push_literals(pattern: &Pattern<&str>, out: &mut String) {
    for e in &pattern.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable {
                expression: Expression::Select { variants, .. },
            } => {
                for v in variants {
                    push_literals(&v.value, out);
                    out.push('\n');
                }
            }
            PatternElement::Placeable { .. } => out.push(' '),
        }
    }
}

/// A translator's text for one message part, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartText {
    /// The text as [`pattern_source`] writes it (so unchanged texts compare equal).
    pub source: String,
    pub variables: BTreeSet<String>,
    /// Literal text, select variants included.
    pub literals: String,
}

/// Parses one part's text (value or attribute) as a Fluent pattern. The error says what is
/// wrong in words a translator can act on.
pub fn parse_part(text: &str) -> Result<PartText, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("the text is empty".to_owned());
    }
    let ftl = message_source("x", Some(text), &[]);
    let resource = match fluent_syntax::parser::parse(ftl.as_str()) {
        Ok(r) => r,
        Err((_, errors)) => {
            let mut why = errors
                .first()
                .map_or_else(|| "invalid syntax".to_owned(), |e| e.kind.to_string());
            let special_start = text
                .lines()
                .skip(1)
                .any(|l| l.trim_start().starts_with(['.', '[', '*']));
            if special_start {
                why.push_str(" (a line that starts with `.`, `[` or `*` is Fluent syntax)");
            }
            return Err(why);
        }
    };
    let mut messages = resource.body.iter().filter_map(|e| match e {
        Entry::Message(m) => Some(m),
        _ => None,
    });
    match (messages.next(), messages.next(), resource.body.len()) {
        (Some(m), None, 1) if m.attributes.is_empty() => {
            let Some(value) = &m.value else {
                return Err("the text is empty".to_owned());
            };
            Ok(PartText {
                source: pattern_source(value),
                variables: variables(m),
                literals: pattern_literals(value),
            })
        }
        // A line starting with `.`, `[` or `*` became an attribute or a variant.
        _ => Err(
            "a line starts with `.`, `[` or `*`, which Fluent reads as syntax; start the line with other text"
                .to_owned(),
        ),
    }
}

/// The FTL lines of a message from its parts' texts (as [`pattern_source`] writes them):
/// `id = value`, then one indented `.name = text` per attribute, each continuation line
/// indented four spaces deeper.
pub fn message_source(id: &str, value: Option<&str>, attributes: &[(&str, &str)]) -> String {
    fn push_pattern(out: &mut String, text: &str, indent: &str) {
        let mut lines = text.trim().split('\n');
        if let Some(first) = lines.next() {
            out.push(' ');
            out.push_str(first.trim_end());
        }
        for line in lines {
            out.push('\n');
            if !line.trim().is_empty() {
                out.push_str(indent);
                out.push_str(line.trim_end());
            }
        }
    }
    let mut out = format!("{id} =");
    if let Some(v) = value {
        push_pattern(&mut out, v, "    ");
    }
    for (name, text) in attributes {
        out.push_str(&format!("\n    .{name} ="));
        push_pattern(&mut out, text, "        ");
    }
    out.push('\n');
    out
}

/// The byte range of message `id` in `source`: from its `id =` line through its last
/// continuation line (newline included). Comments above it are not part of it.
pub fn message_span(source: &str, id: &str) -> Option<Range<usize>> {
    let start = message_offset(source, id)?;
    let mut lines = source[start..].split_inclusive('\n');
    let first = lines.next()?;
    let mut end = start + first.len();
    let mut at = end;
    for line in lines {
        at += line.len();
        if line.trim().is_empty() {
            continue;
        }
        // A continuation is indented, or an attribute, variant or closing brace: anything else
        // at the start of a line begins the next entry (Fluent's grammar).
        match line.chars().next() {
            Some(c) if c == ' ' || c == '\t' || ".[*}".contains(c) => end = at,
            _ => break,
        }
    }
    Some(start..end)
}

/// The variables (`$name`) a message uses, in its value and attributes.
pub fn variables(message: &Message<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    let patterns = message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value));
    for p in patterns {
        pattern_variables(p, &mut vars);
    }
    vars
}

/// The variables (`$name`) one pattern uses.
pub fn pattern_variable_names(pattern: &Pattern<&str>) -> BTreeSet<String> {
    let mut vars = BTreeSet::new();
    pattern_variables(pattern, &mut vars);
    vars
}

/// All literal text of a message (value and attributes), for script checks (NFC, Zawgyi).
pub fn literal_text(message: &Message<&str>) -> String {
    let mut out = String::new();
    let patterns = message
        .value
        .iter()
        .chain(message.attributes.iter().map(|a| &a.value));
    for p in patterns {
        for e in &p.elements {
            if let PatternElement::TextElement { value } = e {
                out.push_str(value);
            }
        }
        out.push('\n');
    }
    out
}

/// Byte offset of the line that defines message `id` in `source`, if any.
pub fn message_offset(source: &str, id: &str) -> Option<usize> {
    message_offsets(source, id).first().copied()
}

/// Byte offsets of every line that defines message `id` (more than one is an error).
pub fn message_offsets(source: &str, id: &str) -> Vec<usize> {
    let mut found = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix(id)
            && rest.trim_start().starts_with('=')
        {
            found.push(offset);
        }
        offset += line.len();
    }
    found
}

fn pattern_text(p: &Pattern<&str>) -> String {
    let mut out = String::new();
    for e in &p.elements {
        match e {
            PatternElement::TextElement { value } => out.push_str(value),
            PatternElement::Placeable { expression } => {
                out.push_str("{ ");
                out.push_str(&expression_text(expression));
                out.push_str(" }");
            }
        }
    }
    out
}

fn expression_text(e: &Expression<&str>) -> String {
    match e {
        Expression::Inline(i) => inline_text(i),
        Expression::Select { selector, variants } => {
            let mut out = format!("{} ->", inline_text(selector));
            for v in variants {
                let key = match &v.key {
                    VariantKey::Identifier { name } => name,
                    VariantKey::NumberLiteral { value } => value,
                };
                let star = if v.default { "*" } else { "" };
                out.push_str(&format!("\n{star}[{key}] {}", pattern_text(&v.value)));
            }
            out
        }
    }
}

fn inline_text(i: &InlineExpression<&str>) -> String {
    match i {
        InlineExpression::StringLiteral { value } => format!("\"{value}\""),
        InlineExpression::NumberLiteral { value } => (*value).to_owned(),
        InlineExpression::FunctionReference { id, arguments } => {
            format!("{}({})", id.name, arguments_text(arguments))
        }
        InlineExpression::MessageReference { id, attribute } => match attribute {
            Some(a) => format!("{}.{}", id.name, a.name),
            None => id.name.to_owned(),
        },
        InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            let mut out = format!("-{}", id.name);
            if let Some(a) = attribute {
                out.push('.');
                out.push_str(a.name);
            }
            if let Some(args) = arguments {
                out.push_str(&format!("({})", arguments_text(args)));
            }
            out
        }
        InlineExpression::VariableReference { id } => format!("${}", id.name),
        InlineExpression::Placeable { expression } => {
            format!("{{ {} }}", expression_text(expression))
        }
    }
}

fn arguments_text(args: &CallArguments<&str>) -> String {
    let positional = args.positional.iter().map(inline_text);
    let named = args
        .named
        .iter()
        .map(|n| format!("{}: {}", n.name.name, inline_text(&n.value)));
    positional.chain(named).collect::<Vec<_>>().join(", ")
}

fn pattern_variables(p: &Pattern<&str>, vars: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_variables(expression, vars);
        }
    }
}

fn expression_variables(e: &Expression<&str>, vars: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_variables(i, vars),
        Expression::Select { selector, variants } => {
            inline_variables(selector, vars);
            for v in variants {
                pattern_variables(&v.value, vars);
            }
        }
    }
}

fn inline_variables(i: &InlineExpression<&str>, vars: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. }
        | InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                inline_variables(a, vars);
            }
            for n in &arguments.named {
                inline_variables(&n.value, vars);
            }
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, vars),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message<'s>(
        res: &'s fluent_syntax::ast::Resource<&'s str>,
        id: &str,
    ) -> &'s Message<&'s str> {
        res.body
            .iter()
            .find_map(|e| match e {
                Entry::Message(m) if m.id.name == id => Some(m),
                _ => None,
            })
            .unwrap()
    }

    #[test]
    fn fingerprint_ignores_layout_and_attribute_order_but_not_wording() {
        let a = fluent_syntax::parser::parse(
            "q = Was it { $n } hours?\n    .hint = h\n    .interpreter = i\n",
        )
        .unwrap();
        let b = fluent_syntax::parser::parse(
            "q =\n  Was it {$n} hours?\n  .interpreter = i\n  .hint = h\n",
        )
        .unwrap();
        let c = fluent_syntax::parser::parse(
            "q = Was it { $n } days?\n    .hint = h\n    .interpreter = i\n",
        )
        .unwrap();
        let fa = fingerprint(message(&a, "q"));
        assert_eq!(fa.len(), 16);
        assert_eq!(fa, fingerprint(message(&b, "q")));
        assert_ne!(fa, fingerprint(message(&c, "q")));
    }

    #[test]
    fn fingerprint_is_sha256_of_value_and_sorted_attributes() {
        let r = fluent_syntax::parser::parse("q = Hello\n    .z = last\n    .a = first\n").unwrap();
        let want = hex::encode(&Sha256::digest(b"Hello\na=first\nz=last")[..8]);
        assert_eq!(fingerprint(message(&r, "q")), want);
    }

    #[test]
    fn variables_are_found_in_selects_functions_and_attributes() {
        let r = fluent_syntax::parser::parse(
            "m = { $count ->\n    [one] one { $thing }\n   *[other] { NUMBER($n) } things\n }\n    .hint = { $h }\n",
        )
        .unwrap();
        let vars: Vec<_> = variables(message(&r, "m")).into_iter().collect();
        assert_eq!(vars, ["count", "h", "n", "thing"]);
    }

    #[test]
    fn message_offset_finds_the_defining_line() {
        let src = "# deceived-job = no\ndeceived-job-x = a\ndeceived-job = b\n";
        assert_eq!(message_offset(src, "deceived-job"), Some(39));
        assert_eq!(message_offset(src, "missing"), None);
    }

    #[test]
    fn parts_round_trip_through_the_text_a_translator_edits() {
        let src = "a = Hello { $name }\n\
                   b =\n    First line\n    second line\n\
                   c = { $count ->\n        [one] one question\n       *[other] { $count } questions\n    }\n\
                       .hint = Say { NUMBER($count) } slowly\n";
        let r = fluent_syntax::parser::parse(src).unwrap();
        let want = [
            ("a", "Hello { $name }"),
            ("b", "First line\nsecond line"),
            (
                "c",
                "{ $count ->\n    [one] one question\n   *[other] { $count } questions\n}",
            ),
        ];
        for (id, text) in want {
            let m = message(&r, id);
            let source = pattern_source(m.value.as_ref().unwrap());
            assert_eq!(source, text, "{id}");
            let parsed = parse_part(&source).unwrap();
            assert_eq!(parsed.source, source, "{id} is stable");
            // Written back into a file, the message has the same fingerprint.
            let hint = m.attributes.first().map(|a| pattern_source(&a.value));
            let attrs: Vec<(&str, &str)> = hint.iter().map(|h| ("hint", h.as_str())).collect();
            let ftl = message_source(id, Some(&source), &attrs);
            let again = fluent_syntax::parser::parse(ftl.as_str()).unwrap();
            assert_eq!(fingerprint(message(&again, id)), fingerprint(m), "{ftl}");
        }
        let c = parse_part(want[2].1).unwrap();
        assert_eq!(c.variables.into_iter().collect::<Vec<_>>(), ["count"]);
        assert!(c.literals.contains("one question") && c.literals.contains("questions"));
    }

    #[test]
    fn broken_parts_are_refused_with_a_reason() {
        for (text, want) in [
            ("Hello { $name", "Expected"),
            ("", "empty"),
            ("First\n.hint = sneaky", "a line starts with"),
            ("First\n*[other] x", "a line that starts with `.`"),
        ] {
            let err = parse_part(text).unwrap_err();
            assert!(err.contains(want), "{text:?}: {err}");
        }
    }

    #[test]
    fn a_message_span_ends_before_the_next_entry_and_keeps_comments_out() {
        let src = "# about a\na = A\n    .hint = h\n\n# about b\nb = { $n ->\n   *[other] x\n}\n\nc = C\n";
        let a = message_span(src, "a").unwrap();
        assert_eq!(&src[a], "a = A\n    .hint = h\n");
        let b = message_span(src, "b").unwrap();
        assert_eq!(&src[b], "b = { $n ->\n   *[other] x\n}\n");
        assert_eq!(&src[message_span(src, "c").unwrap()], "c = C\n");
        assert_eq!(message_span(src, "d"), None);
    }
}
