//! The template language: a single pass over the source, no recursion, an explicit
//! `{% if %}` stack. See the module documentation of [`crate::message`] for the syntax.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::dates::DateStyle;
use super::values::{Env, Lookup, Unit, Value};

/// The deepest `{% if %}` nesting rendered; deeper ifs are reported
/// ([`TemplateErrorKind::TooDeep`]) and ignored together with their `else`/`endif`.
pub const MAX_DEPTH: usize = 8;

/// At most this many errors are reported per template; rendering goes on after that.
pub const MAX_ERRORS: usize = 100;

/// The largest `N` in `name + N days` (four digits).
pub const MAX_STEP: i64 = 9_999;

/// What is wrong at one place of a template. Serialized in snake case.
///
/// ```
/// use tactful_engine::message::TemplateErrorKind;
///
/// assert_eq!(TemplateErrorKind::UnknownPlaceholder.to_string(), "unknown placeholder");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TemplateErrorKind {
    /// `{{ clinet_name }}`: no placeholder has this name. Rendered as written.
    UnknownPlaceholder,
    /// `{{ amount | monee }}`: no filter has this name. Rendered as written.
    UnknownFilter,
    /// `date("longest")`, or `default` without its text. Rendered as written.
    BadArgument,
    /// A filter, `+ N days` or an `{% if %}`-only name used on the wrong kind of value
    /// (`{{ amount | date }}`, `{{ client_business + 1 day }}`, `{{ plan }}`).
    WrongType,
    /// The placeholder is known but has no value here (`{{ payment_link }}` without a
    /// link). Rendered as written; guard it with `{% if payment_link %}` or
    /// `| default("…")`.
    MissingValue,
    /// The text between `{{` and `}}` cannot be read (`{{ due_date + }}`).
    BadExpression,
    /// Date arithmetic left the calendar.
    DateOutOfRange,
    /// `{{` without a `}}` before the next `{{`, `{%` or the end.
    UnclosedPlaceholder,
    /// `{%` without a `%}` before the next `{{`, `{%` or the end.
    UnclosedTag,
    /// `{% for %}` and any tag other than `if`, `else`, `endif`. Rendered as written.
    UnknownTag,
    /// `{% else %}` outside an `if`, or a second `else` in one `if`.
    UnmatchedElse,
    /// `{% endif %}` without an open `if`.
    UnmatchedEndif,
    /// `{% if %}` never closed by `{% endif %}`.
    UnclosedIf,
    /// `{% if %}` nested deeper than [`MAX_DEPTH`].
    TooDeep,
}

impl std::fmt::Display for TemplateErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Self::UnknownPlaceholder => "unknown placeholder",
            Self::UnknownFilter => "unknown filter",
            Self::BadArgument => "unsupported filter argument",
            Self::WrongType => "not possible with this value",
            Self::MissingValue => "no value to fill in",
            Self::BadExpression => "cannot read this placeholder",
            Self::DateOutOfRange => "date out of range",
            Self::UnclosedPlaceholder => "{{ is not closed with }}",
            Self::UnclosedTag => "{% is not closed with %}",
            Self::UnknownTag => "unknown tag",
            Self::UnmatchedElse => "else without if",
            Self::UnmatchedEndif => "endif without if",
            Self::UnclosedIf => "if without endif",
            Self::TooDeep => "too many nested ifs",
        })
    }
}

/// One problem in a template, with where it is: `start..end` are byte offsets into the
/// source (at character boundaries), `line` and `column` count from 1, columns in
/// characters. The span covers the whole `{{ … }}` or `{% … %}` at fault.
///
/// ```
/// use tactful_engine::message::{TemplateError, TemplateErrorKind};
///
/// let error = TemplateError {
///     kind: TemplateErrorKind::UnmatchedEndif,
///     start: 12,
///     end: 23,
///     line: 2,
///     column: 5,
/// };
/// assert_eq!(error.to_string(), "endif without if (line 2, column 5)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TemplateError {
    /// What is wrong.
    pub kind: TemplateErrorKind,
    /// Byte offset where the faulty part starts.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// Line of `start`, from 1.
    pub line: u32,
    /// Column of `start` in characters, from 1.
    pub column: u32,
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} (line {}, column {})",
            self.kind, self.line, self.column
        )
    }
}

impl std::error::Error for TemplateError {}

/// A rendered template: the text with everything that could be filled in, and every
/// problem found (sorted by position, at most [`MAX_ERRORS`]).
///
/// ```
/// use tactful_engine::message::{Rendered, TemplateErrorKind};
///
/// let done = Rendered { text: "Hello".into(), errors: vec![] };
/// assert!(done.errors.iter().all(|e| e.kind != TemplateErrorKind::UnknownPlaceholder));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rendered {
    /// The text.
    pub text: String,
    /// The problems, in source order.
    pub errors: Vec<TemplateError>,
}

struct Frame {
    start: usize,
    end: usize,
    parent_active: bool,
    condition: bool,
    in_else: bool,
}

#[derive(Default)]
struct Errors {
    found: Vec<(TemplateErrorKind, usize, usize)>,
}

impl Errors {
    /// Keeps the errors in source order: after those starting at or before `start`.
    fn push(&mut self, kind: TemplateErrorKind, start: usize, end: usize) {
        if self.found.len() < MAX_ERRORS {
            let at = self.found.partition_point(|&(_, s, _)| s <= start);
            self.found.insert(at, (kind, start, end));
        }
    }

    /// Adds lines and columns in one pass over `src`.
    fn finish(self, src: &str) -> Vec<TemplateError> {
        let mut chars = src.char_indices().peekable();
        let (mut line, mut column) = (1u32, 1u32);
        let mut out = Vec::with_capacity(self.found.len());
        for (kind, start, end) in self.found {
            while let Some(&(i, c)) = chars.peek() {
                if i >= start {
                    break;
                }
                if c == '\n' {
                    line = line.saturating_add(1);
                    column = 1;
                } else {
                    column = column.saturating_add(1);
                }
                chars.next();
            }
            out.push(TemplateError {
                kind,
                start,
                end,
                line,
                column,
            });
        }
        out
    }
}

/// Renders `src`; see [`crate::message::render_template`].
pub(crate) fn render(src: &str, env: &Env<'_>) -> Rendered {
    let mut out = String::with_capacity(src.len() + src.len() / 2);
    let mut errors = Errors::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut excess = 0usize;
    let mut active = true;
    let mut pos = 0;
    while let Some(open) = find_opener(src, pos) {
        let block = src.as_bytes().get(open + 1) == Some(&b'%');
        let Some(close) = find_close(src, open + 2, block) else {
            let stop = find_opener(src, open + 2).unwrap_or(src.len());
            let kind = if block {
                TemplateErrorKind::UnclosedTag
            } else {
                TemplateErrorKind::UnclosedPlaceholder
            };
            errors.push(kind, open, stop);
            if active {
                out.push_str(src.get(pos..stop).unwrap_or(""));
            }
            pos = stop;
            continue;
        };
        let end = close + 2;
        let inner = src.get(open + 2..close).unwrap_or("");
        let whole = src.get(open..end).unwrap_or("");
        if !block {
            if active {
                out.push_str(src.get(pos..open).unwrap_or(""));
            }
            pos = end;
            match expression(inner, env) {
                Ok(Some(text)) => {
                    if active {
                        out.push_str(&text);
                    }
                }
                Ok(None) => {
                    if active {
                        errors.push(TemplateErrorKind::MissingValue, open, end);
                        out.push_str(whole);
                    }
                }
                Err(kind) => {
                    errors.push(kind, open, end);
                    if active {
                        out.push_str(whole);
                    }
                }
            }
            continue;
        }
        // A block tag alone on its line takes the line with it.
        let before = src.get(..open).unwrap_or("");
        let indent_start = before.trim_end_matches([' ', '\t']).len();
        let at_line_start = indent_start == 0
            || before
                .get(..indent_start)
                .is_some_and(|b| b.ends_with('\n'));
        let (literal_end, next) = match line_end_after(src, end) {
            Some(next) if at_line_start => (indent_start.max(pos), next),
            _ => (open, end),
        };
        if active {
            out.push_str(src.get(pos..literal_end).unwrap_or(""));
        }
        pos = next;
        let mut cursor = Cursor::new(inner);
        let keyword = cursor.ident().unwrap_or("");
        match keyword {
            "if" => {
                let condition = condition(&mut cursor, env);
                if let Err(kind) = condition {
                    errors.push(kind, open, end);
                }
                if stack.len() >= MAX_DEPTH {
                    excess += 1;
                    errors.push(TemplateErrorKind::TooDeep, open, end);
                } else {
                    let condition = condition.unwrap_or(false);
                    stack.push(Frame {
                        start: open,
                        end,
                        parent_active: active,
                        condition,
                        in_else: false,
                    });
                    active = active && condition;
                }
            }
            "else" | "endif" => {
                if !cursor.at_end() {
                    errors.push(TemplateErrorKind::BadExpression, open, end);
                }
                if excess > 0 {
                    if keyword == "endif" {
                        excess -= 1;
                    }
                } else if keyword == "endif" {
                    match stack.pop() {
                        Some(frame) => active = frame.parent_active,
                        None => errors.push(TemplateErrorKind::UnmatchedEndif, open, end),
                    }
                } else {
                    match stack.last_mut() {
                        Some(frame) if !frame.in_else => {
                            frame.in_else = true;
                            active = frame.parent_active && !frame.condition;
                        }
                        _ => errors.push(TemplateErrorKind::UnmatchedElse, open, end),
                    }
                }
            }
            _ => {
                errors.push(TemplateErrorKind::UnknownTag, open, end);
                if active {
                    out.push_str(whole);
                }
            }
        }
    }
    if active {
        out.push_str(src.get(pos..).unwrap_or(""));
    }
    for frame in stack {
        errors.push(TemplateErrorKind::UnclosedIf, frame.start, frame.end);
    }
    Rendered {
        text: out,
        errors: errors.finish(src),
    }
}

/// The next `{{` or `{%` at or after `from`.
fn find_opener(src: &str, from: usize) -> Option<usize> {
    let bytes = src.as_bytes();
    let mut i = from;
    while let Some(offset) = bytes.get(i..)?.iter().position(|&b| b == b'{') {
        let at = i + offset;
        if matches!(bytes.get(at + 1), Some(b'{' | b'%')) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Where the `}}` (or `%}`) closing a tag opened before `from` starts, unless another
/// `{{`/`{%` or the end comes first.
fn find_close(src: &str, from: usize, block: bool) -> Option<usize> {
    let bytes = src.as_bytes();
    let first = if block { b'%' } else { b'}' };
    let mut i = from;
    loop {
        let b = *bytes.get(i)?;
        let next = bytes.get(i + 1).copied();
        if b == first && next == Some(b'}') {
            return Some(i);
        }
        if b == b'{' && matches!(next, Some(b'{' | b'%')) {
            return None;
        }
        i += 1;
    }
}

/// When only spaces or tabs and then a line break (or the end) follow `from`: the
/// offset after that line break.
fn line_end_after(src: &str, from: usize) -> Option<usize> {
    let rest = src.get(from..)?;
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let skipped = from + (rest.len() - trimmed.len());
    if trimmed.is_empty() {
        Some(src.len())
    } else if trimmed.starts_with("\r\n") {
        Some(skipped + 2)
    } else if trimmed.starts_with('\n') {
        Some(skipped + 1)
    } else {
        None
    }
}

/// A cursor over the inside of a tag. Syntax characters are ASCII, so every offset it
/// stops at is a character boundary.
struct Cursor<'s> {
    s: &'s str,
    i: usize,
}

impl<'s> Cursor<'s> {
    fn new(s: &'s str) -> Self {
        Cursor { s, i: 0 }
    }

    fn skip_space(&mut self) {
        while self
            .s
            .as_bytes()
            .get(self.i)
            .is_some_and(|b| b.is_ascii_whitespace())
        {
            self.i += 1;
        }
    }

    fn at_end(&mut self) -> bool {
        self.skip_space();
        self.i >= self.s.len()
    }

    fn eat(&mut self, token: &str) -> bool {
        self.skip_space();
        if self.s.get(self.i..).is_some_and(|r| r.starts_with(token)) {
            self.i += token.len();
            true
        } else {
            false
        }
    }

    /// `[A-Za-z_][A-Za-z0-9_]*`.
    fn ident(&mut self) -> Option<&'s str> {
        self.skip_space();
        let bytes = self.s.as_bytes();
        let start = self.i;
        if !bytes
            .get(start)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'_')
        {
            return None;
        }
        let mut end = start + 1;
        while bytes
            .get(end)
            .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
        {
            end += 1;
        }
        self.i = end;
        self.s.get(start..end)
    }

    /// One to four ASCII digits.
    fn number(&mut self) -> Option<i64> {
        self.skip_space();
        let bytes = self.s.as_bytes();
        let mut value = 0i64;
        let mut digits = 0;
        while let Some(b) = bytes.get(self.i).filter(|b| b.is_ascii_digit()) {
            value = value * 10 + i64::from(b - b'0');
            digits += 1;
            self.i += 1;
            if digits > 4 {
                return None;
            }
        }
        (digits > 0).then_some(value)
    }

    /// A `"…"` or `'…'` string (no escapes).
    fn string(&mut self) -> Option<&'s str> {
        self.skip_space();
        let quote = *self
            .s
            .as_bytes()
            .get(self.i)
            .filter(|q| matches!(q, b'"' | b'\''))?;
        let rest = self.s.get(self.i + 1..)?;
        let len = rest.bytes().position(|b| b == quote)?;
        self.i += len + 2;
        rest.get(..len)
    }
}

/// The value of a placeholder while filters apply: `None` when it has no value.
type Slot<'a> = Option<Value<'a>>;

/// Evaluates `name [± N unit] [| filter[("arg")]]*`. `Ok(None)`: the value is missing.
fn expression(inner: &str, env: &Env<'_>) -> Result<Option<String>, TemplateErrorKind> {
    use TemplateErrorKind::*;
    let mut c = Cursor::new(inner);
    let parenthesised = c.eat("(");
    let name = c.ident().ok_or(BadExpression)?;
    let mut value: Slot<'_> = match env.lookup(name) {
        Lookup::Unknown => return Err(UnknownPlaceholder),
        Lookup::Missing => None,
        Lookup::Found(value) => Some(value),
    };
    let sign = if c.eat("+") {
        1
    } else if c.eat("-") {
        -1
    } else {
        0
    };
    if sign != 0 {
        let n = c.number().ok_or(BadExpression)?;
        let unit = unit(&mut c).ok_or(BadExpression)?;
        value = match value {
            None => None,
            Some(Value::Date(date)) => Some(Value::Date(
                env.step(date, sign * n, unit).ok_or(DateOutOfRange)?,
            )),
            Some(_) => return Err(WrongType),
        };
    }
    if parenthesised && !c.eat(")") {
        return Err(BadExpression);
    }
    while c.eat("|") {
        let filter = c.ident().ok_or(BadExpression)?;
        let argument = if c.eat("(") {
            let text = c.string().ok_or(BadExpression)?;
            if !c.eat(")") {
                return Err(BadExpression);
            }
            Some(text)
        } else {
            None
        };
        value = apply(filter, argument, value, env)?;
    }
    if !c.at_end() {
        return Err(BadExpression);
    }
    match value {
        None => Ok(None),
        Some(value) => env.text(value).map(Some),
    }
}

fn unit(c: &mut Cursor<'_>) -> Option<Unit> {
    match c.ident()? {
        "day" | "days" => Some(Unit::Days),
        "week" | "weeks" => Some(Unit::Weeks),
        "month" | "months" => Some(Unit::Months),
        "business" => match c.ident()? {
            "day" | "days" => Some(Unit::BusinessDays),
            _ => None,
        },
        _ => None,
    }
}

fn apply<'a>(
    filter: &str,
    argument: Option<&str>,
    value: Slot<'a>,
    env: &Env<'_>,
) -> Result<Slot<'a>, TemplateErrorKind> {
    use TemplateErrorKind::*;
    match filter {
        "date" => {
            let style = match argument {
                None => DateStyle::Long,
                Some(name) => DateStyle::from_name(name).ok_or(BadArgument)?,
            };
            match value {
                None => Ok(None),
                Some(Value::Date(date)) => {
                    Ok(Some(Value::Text(Cow::Owned(env.dates.format(date, style)))))
                }
                Some(_) => Err(WrongType),
            }
        }
        "money" => match (argument, value) {
            (Some(_), _) => Err(BadArgument),
            (None, None) => Ok(None),
            (None, Some(Value::Money(m))) => Ok(Some(Value::Money(m))),
            (None, Some(Value::Number(n))) => Ok(Some(Value::Money(n.into()))),
            (None, Some(_)) => Err(WrongType),
        },
        // `count("# instalment|# instalments")`: the number in the form the message's
        // language takes for it (crate::plural), `#` standing for the number.
        "count" => {
            let forms = argument.ok_or(BadArgument)?;
            match value {
                None => Ok(None),
                Some(Value::Number(n)) => {
                    let shown = env.text(Value::Number(n))?;
                    Ok(Some(Value::Text(Cow::Owned(crate::plural::counted(
                        n, &shown, forms, env.locale,
                    )))))
                }
                Some(_) => Err(WrongType),
            }
        }
        "default" => {
            let text = argument.ok_or(BadArgument)?;
            Ok(Some(value.unwrap_or_else(|| {
                Value::Text(Cow::Owned(text.to_owned()))
            })))
        }
        _ => Err(UnknownFilter),
    }
}

/// Evaluates `[not] name [(==|!=) "text"]`. Missing values are false; `==` compares the
/// rendered text, ignoring ASCII letter case.
fn condition(c: &mut Cursor<'_>, env: &Env<'_>) -> Result<bool, TemplateErrorKind> {
    use TemplateErrorKind::*;
    let mut negate = false;
    let mut name = c.ident().ok_or(BadExpression)?;
    if name == "not" {
        negate = true;
        name = c.ident().ok_or(BadExpression)?;
    }
    let value = match env.lookup(name) {
        Lookup::Unknown => return Err(UnknownPlaceholder),
        Lookup::Missing => None,
        Lookup::Found(value) => Some(value),
    };
    let equal = if c.eat("==") {
        Some(true)
    } else if c.eat("!=") {
        Some(false)
    } else {
        None
    };
    let result = match equal {
        None => value.is_some(),
        Some(wanted) => {
            let text = c.string().ok_or(BadExpression)?;
            let same = match value {
                None => false,
                Some(value) => env.text(value)?.eq_ignore_ascii_case(text),
            };
            same == wanted
        }
    };
    if !c.at_end() {
        return Err(BadExpression);
    }
    Ok(result != negate)
}
