//! What Tandem reads out of a parsed Fluent message: its canonical text (for the fingerprint a
//! review record is written against), its variables (which must match English), and where it
//! stands in its file.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    CallArguments, Expression, InlineExpression, Message, Pattern, PatternElement, VariantKey,
};
use sha2::{Digest, Sha256};

/// The fingerprint of a message: the first 16 hex digits of SHA-256 over its value and its
/// attributes (`name=value`, sorted by name), joined by newlines, from the parsed pattern text
/// (so re-indenting the file does not make every translation stale).
pub fn fingerprint(message: &Message<&str>) -> String {
    let mut parts = vec![message.value.as_ref().map(pattern_text).unwrap_or_default()];
    let mut attributes: Vec<String> = message
        .attributes
        .iter()
        .map(|a| format!("{}={}", a.id.name, pattern_text(&a.value)))
        .collect();
    attributes.sort();
    parts.extend(attributes);
    let digest = Sha256::digest(parts.join("\n").as_bytes());
    hex::encode(&digest[..8])
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
    use fluent_syntax::ast::Entry;

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
}
