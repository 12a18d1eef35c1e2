//! A template in words for people who do not write code, and back.
//!
//! The composer shows a template with its placeholders as bracketed names in the
//! interface language (`[Invoice number]`) and its conditions as plain sentences (`[If the
//! payment link is given:]`, `[Otherwise:]`, `[End of the condition]`); the template
//! language itself (`{{ invoice_number }}`, `{% if payment_link %}`) is only shown behind
//! "Edit the template code". [`to_people`] writes a template in words and lists what each
//! bracket stands for; [`from_people`] turns edited words back into the template, so every
//! bracket the user kept (or inserted from the menu) keeps its meaning and everything
//! else is their own text.
//!
//! The words (placeholder names, the sentences of conditions) are the caller's, in the
//! interface language ([`PeopleWords`]); the engine only knows the structure. A text
//! without any code is itself, both ways; a shipped template goes there and back
//! unchanged (tested for every template).

use super::values::PLACEHOLDERS;

/// The words of the people's view, in the interface language.
pub struct PeopleWords<'a> {
    /// A placeholder's name for people (`"invoice_number"` → `"Invoice number"`); `None`
    /// for a name without one (it is then shown as written).
    pub label: &'a dyn Fn(&str) -> Option<&'a str>,
    /// `If {name} is given:`.
    pub if_given: &'a str,
    /// `If {name} is not given:`.
    pub if_not_given: &'a str,
    /// `If {name} is “{value}”:`.
    pub if_equals: &'a str,
    /// `If {name} is not “{value}”:`.
    pub if_not_equals: &'a str,
    /// `Otherwise:`.
    pub otherwise: &'a str,
    /// `End of the condition`.
    pub end: &'a str,
}

/// What one bracket of the people's view stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeopleToken {
    /// The bracket as shown, with its brackets (`[Invoice number]`).
    pub shown: String,
    /// The template code it stands for (`{{ invoice_number }}`).
    pub code: String,
}

/// A template in words, and what its brackets stand for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PeopleText {
    /// The text shown to people.
    pub text: String,
    /// Every bracket of `text` and its code.
    pub tokens: Vec<PeopleToken>,
}

/// One piece of a template: text, `{{ … }}` or `{% … %}` (with its delimiters).
enum Piece<'s> {
    Text(&'s str),
    Code(&'s str, bool),
}

/// The template cut at its code. An unclosed `{{` or `{%` is text.
fn pieces(source: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = source;
    loop {
        let next = ["{{", "{%"]
            .iter()
            .filter_map(|open| rest.find(open).map(|at| (at, *open)))
            .min_by_key(|(at, _)| *at);
        let Some((at, open)) = next else {
            if !rest.is_empty() {
                out.push(Piece::Text(rest));
            }
            return out;
        };
        let close = if open == "{{" { "}}" } else { "%}" };
        let Some(end) = rest[at + 2..].find(close).map(|e| at + 2 + e + 2) else {
            out.push(Piece::Text(rest));
            return out;
        };
        if at > 0 {
            out.push(Piece::Text(&rest[..at]));
        }
        out.push(Piece::Code(&rest[at..end], open == "{%"));
        rest = &rest[end..];
    }
}

/// The first word of an expression (`due_date | date("long")` → `due_date`) and the rest.
fn head(expression: &str) -> (&str, &str) {
    let expression = expression.trim();
    let end = expression
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(expression.len());
    (&expression[..end], expression[end..].trim())
}

/// `{name}` and `{value}` filled in a sentence of [`PeopleWords`].
fn sentence(pattern: &str, name: &str, value: &str) -> String {
    pattern.replace("{name}", name).replace("{value}", value)
}

/// How a `{% … %}` tag reads, or `None` for a tag the people's view does not name.
fn tag_words(inner: &str, words: &PeopleWords<'_>) -> Option<String> {
    let inner = inner.trim();
    if inner == "else" {
        return Some(words.otherwise.to_owned());
    }
    if inner == "endif" {
        return Some(words.end.to_owned());
    }
    let condition = inner.strip_prefix("if ")?.trim();
    let (negated, condition) = match condition.strip_prefix("not ") {
        Some(rest) => (true, rest.trim()),
        None => (false, condition),
    };
    let (name, rest) = head(condition);
    let label = (words.label)(name)?;
    if rest.is_empty() {
        let pattern = if negated {
            words.if_not_given
        } else {
            words.if_given
        };
        return Some(sentence(pattern, label, ""));
    }
    if negated {
        return None;
    }
    let (equal, value) = match (rest.strip_prefix("=="), rest.strip_prefix("!=")) {
        (Some(value), _) => (true, value),
        (_, Some(value)) => (false, value),
        _ => return None,
    };
    let value = value.trim().strip_prefix('"')?.strip_suffix('"')?;
    let pattern = if equal {
        words.if_equals
    } else {
        words.if_not_equals
    };
    Some(sentence(pattern, label, value))
}

/// How a `{{ … }}` expression reads: its placeholder's name, and what the code adds to it
/// (`[Today + 7 days]`, `[Client contact, or “there”]`); `None` when the expression does not
/// start with a named placeholder.
fn expression_words(inner: &str, words: &PeopleWords<'_>) -> Option<String> {
    let (name, rest) = head(inner);
    let label = (words.label)(name)?;
    if rest.is_empty() {
        return Some(label.to_owned());
    }
    // A default: the words people see when the value is missing.
    if let Some(default) = rest
        .strip_prefix('|')
        .map(str::trim)
        .and_then(|r| r.strip_prefix("default(\""))
        .and_then(|r| r.strip_suffix("\")"))
    {
        return Some(format!("{label}, “{default}”"));
    }
    // Anything else (a date style, arithmetic, a count): the placeholder's name and the
    // code's own rest, trimmed of its filters' punctuation.
    let shown_rest: String = rest.split('|').next().unwrap_or("").trim().to_owned();
    Some(if shown_rest.is_empty() {
        label.to_owned()
    } else {
        format!("{label} {shown_rest}")
    })
}

/// The template `source` in words: every placeholder and condition in brackets, in the
/// words of `words`, and what each bracket stands for. Two different pieces of code that
/// would read the same are told apart by a number (`[Due date (2)]`); code the view cannot
/// name is shown as written.
///
/// ```
/// use tactful_engine::message::{from_people, to_people, PeopleWords};
///
/// let label = |name: &str| match name {
///     "invoice_number" => Some("Invoice number"),
///     "payment_link" => Some("the payment link"),
///     _ => None,
/// };
/// let words = PeopleWords {
///     label: &label,
///     if_given: "If {name} is given:",
///     if_not_given: "If {name} is not given:",
///     if_equals: "If {name} is “{value}”:",
///     if_not_equals: "If {name} is not “{value}”:",
///     otherwise: "Otherwise:",
///     end: "End of the condition",
/// };
/// let source = "Invoice {{ invoice_number }}.\n{% if payment_link %}\nPay: {{ payment_link }}\n{% endif %}\n";
/// let people = to_people(source, &words);
/// assert_eq!(
///     people.text,
///     "Invoice [Invoice number].\n[If the payment link is given:]\nPay: [the payment link]\n[End of the condition]\n"
/// );
/// let edited = people.text.replace("Invoice [Invoice", "Our invoice [Invoice");
/// assert_eq!(from_people(&edited, &people.tokens, &words), source.replace("Invoice {{", "Our invoice {{"));
/// ```
pub fn to_people(source: &str, words: &PeopleWords<'_>) -> PeopleText {
    let mut text = String::with_capacity(source.len());
    let mut tokens: Vec<PeopleToken> = Vec::new();
    for piece in pieces(source) {
        match piece {
            Piece::Text(plain) => text.push_str(plain),
            Piece::Code(code, is_tag) => {
                let inner = &code[2..code.len() - 2];
                let read = if is_tag {
                    tag_words(inner, words)
                } else {
                    expression_words(inner, words)
                };
                let Some(read) = read else {
                    text.push_str(code);
                    continue;
                };
                let canonical = canonical(code);
                let shown = match tokens.iter().find(|t| t.code == canonical) {
                    Some(known) => known.shown.clone(),
                    None => {
                        let mut shown = format!("[{read}]");
                        let mut n = 2;
                        while tokens.iter().any(|t| t.shown == shown) {
                            shown = format!("[{read} ({n})]");
                            n += 1;
                        }
                        tokens.push(PeopleToken {
                            shown: shown.clone(),
                            code: canonical,
                        });
                        shown
                    }
                };
                text.push_str(&shown);
            }
        }
    }
    PeopleText { text, tokens }
}

/// The code with its inside spacing normalised (`{{invoice_number}}` → `{{ invoice_number }}`).
fn canonical(code: &str) -> String {
    let (open, close) = (&code[..2], &code[code.len() - 2..]);
    format!("{open} {} {close}", code[2..code.len() - 2].trim())
}

/// Edited words back into a template: each bracket that is one of `tokens`, or a
/// placeholder's name from the insert menu (`[Invoice number]`), or a condition written as
/// [`PeopleWords`] writes one, becomes its code; any other bracket is the writer's own text.
pub fn from_people(text: &str, tokens: &[PeopleToken], words: &PeopleWords<'_>) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        out.push_str(&rest[..open]);
        let after = &rest[open..];
        let Some(close) = after.find(']') else {
            out.push_str(after);
            return out;
        };
        let bracket = &after[..=close];
        match code_for(bracket, tokens, words) {
            Some(code) => out.push_str(&code),
            None => out.push_str(bracket),
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
    out
}

/// The code a bracket stands for, if any.
fn code_for(bracket: &str, tokens: &[PeopleToken], words: &PeopleWords<'_>) -> Option<String> {
    if let Some(token) = tokens.iter().find(|t| t.shown == bracket) {
        return Some(token.code.clone());
    }
    let inner = &bracket[1..bracket.len() - 1];
    if inner == words.otherwise {
        return Some("{% else %}".to_owned());
    }
    if inner == words.end {
        return Some("{% endif %}".to_owned());
    }
    for placeholder in PLACEHOLDERS {
        let Some(label) = (words.label)(placeholder.name) else {
            continue;
        };
        if inner == label {
            return Some(format!("{{{{ {} }}}}", placeholder.name));
        }
        if inner == sentence(words.if_given, label, "") {
            return Some(format!("{{% if {} %}}", placeholder.name));
        }
        if inner == sentence(words.if_not_given, label, "") {
            return Some(format!("{{% if not {} %}}", placeholder.name));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn label(name: &str) -> Option<&'static str> {
        match name {
            "invoice_number" => Some("Invoice number"),
            "due_date" => Some("Due date"),
            "client_contact" => Some("Client contact"),
            "payment_link" => Some("the payment link"),
            "today" => Some("Today"),
            "statutory_law" => Some("the law"),
            _ => None,
        }
    }

    fn words() -> PeopleWords<'static> {
        PeopleWords {
            label: &label,
            if_given: "If {name} is given:",
            if_not_given: "If {name} is not given:",
            if_equals: "If {name} is “{value}”:",
            if_not_equals: "If {name} is not “{value}”:",
            otherwise: "Otherwise:",
            end: "End of the condition",
        }
    }

    fn round_trip(source: &str) -> String {
        let people = to_people(source, &words());
        from_people(&people.text, &people.tokens, &words())
    }

    #[test]
    fn code_reads_as_words_and_comes_back_the_same() {
        for source in [
            "Dear {{ client_contact | default(\"Sir or Madam\") }},",
            "Due {{ due_date }}, short: {{ due_date | date(\"short\") }}.",
            "{% if statutory_law == \"de\" %}BGB{% else %}other{% endif %}",
            "{% if not payment_link %}No link{% endif %}",
            "Reply by {{ today + 7 days | date(\"long\") }}.",
            "Unknown {{ mystery }} and {% weird %} stay as written.",
            "Plain text [with brackets] of its own.",
            "Unclosed {{ invoice_number and {% if",
        ] {
            assert_eq!(round_trip(source), source, "{source}");
        }
    }

    #[test]
    fn two_codes_that_read_the_same_are_told_apart() {
        let people = to_people(
            "{{ due_date }} / {{ due_date | date(\"short\") }} / {{ due_date }}",
            &words(),
        );
        assert_eq!(people.text, "[Due date] / [Due date (2)] / [Due date]");
    }

    #[test]
    fn every_shipped_template_reads_as_words_and_comes_back_the_same() {
        use crate::amount::NumberLocale;
        use crate::message::lang::LangPack;
        use crate::message::{available_tones, template, TemplateId};
        let all = |name: &str| PLACEHOLDERS.iter().find(|p| p.name == name).map(|p| p.name);
        let words = PeopleWords {
            label: &all,
            ..words()
        };
        for locale in [
            NumberLocale::EnGb,
            NumberLocale::EnUs,
            NumberLocale::De,
            NumberLocale::Fr,
            NumberLocale::Es,
            NumberLocale::Nl,
        ] {
            for id in TemplateId::ALL {
                for &tone in available_tones(id) {
                    let Some(t) = template(id, tone, LangPack::builtin(locale)) else {
                        continue;
                    };
                    for source in [t.subject, t.body] {
                        let people = to_people(source, &words);
                        assert!(
                            !people.text.contains("{{") && !people.text.contains("{%"),
                            "{id:?} {tone:?} {locale:?}: {}",
                            people.text
                        );
                        assert_eq!(
                            from_people(&people.text, &people.tokens, &words),
                            canonical_all(source),
                            "{id:?} {tone:?} {locale:?}"
                        );
                    }
                }
            }
        }
    }

    /// A template with its code's inside spacing normalised, as the people's view writes
    /// it back.
    fn canonical_all(source: &str) -> String {
        pieces(source)
            .into_iter()
            .map(|piece| match piece {
                Piece::Text(text) => text.to_owned(),
                Piece::Code(code, _) => canonical(code),
            })
            .collect()
    }

    #[test]
    fn inserted_names_and_written_conditions_become_code() {
        let text = "[If the payment link is given:]\nPay at [the payment link].\n[End of the condition]\n[Not a placeholder]";
        assert_eq!(
            from_people(text, &[], &words()),
            "{% if payment_link %}\nPay at {{ payment_link }}.\n{% endif %}\n[Not a placeholder]"
        );
    }
}
