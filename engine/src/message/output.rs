//! Getting a message out: a `mailto:` link, counts, and safe HTML for "copy as rich text".

use serde::Serialize;

/// Longer `mailto:` links risk being cut short by some mail apps and browsers.
pub const MAILTO_MAX_CHARS: usize = 2000;

/// A `mailto:` link and whether it is longer than [`MAILTO_MAX_CHARS`].
///
/// ```
/// use tactful_engine::message::mailto_link;
///
/// let link = mailto_link(None, "Hi", "x");
/// assert_eq!(link.href, "mailto:?subject=Hi&body=x");
/// assert!(!link.too_long);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct MailtoLink {
    /// The `mailto:` URI, pure ASCII.
    pub href: String,
    /// `href` is longer than [`MAILTO_MAX_CHARS`]: offer "copy" instead.
    pub too_long: bool,
}

/// A `mailto:` link (RFC 6068) to `to` (optional) with `subject` and `body`.
///
/// Everything except unreserved characters (`A–Z a–z 0–9 - . _ ~`) is percent-encoded as
/// UTF-8, and `@` is kept in the address, so no `?`, `&` or `#` typed in a field can add
/// a header. Line breaks in the body (`\n`, `\r\n` or `\r`) become `%0D%0A`; in the
/// subject they become spaces. Empty parts are left out.
///
/// ```
/// use tactful_engine::message::mailto_link;
///
/// let link = mailto_link(Some("sam@example.com"), "Invoice 12 & 13", "Dear Sam,\n\nThank you.");
/// assert_eq!(
///     link.href,
///     "mailto:sam@example.com?subject=Invoice%2012%20%26%2013&body=Dear%20Sam%2C%0D%0A%0D%0AThank%20you."
/// );
/// assert!(mailto_link(None, "", &"x".repeat(2000)).too_long);
/// ```
pub fn mailto_link(to: Option<&str>, subject: &str, body: &str) -> MailtoLink {
    let mut href = String::with_capacity(16 + subject.len() + body.len() * 2);
    href.push_str("mailto:");
    encode(&mut href, to.unwrap_or("").trim(), true, false);
    let mut separator = '?';
    for (name, value, multiline) in [("subject=", subject, false), ("body=", body, true)] {
        if !value.is_empty() {
            href.push(separator);
            href.push_str(name);
            encode(&mut href, value, false, multiline);
            separator = '&';
        }
    }
    let too_long = href.len() > MAILTO_MAX_CHARS;
    MailtoLink { href, too_long }
}

fn encode(out: &mut String, text: &str, address: bool, multiline: bool) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut previous_cr = false;
    for c in text.chars() {
        let was_cr = previous_cr;
        previous_cr = c == '\r';
        if c == '\r' || c == '\n' {
            if c == '\n' && was_cr {
                continue;
            }
            out.push_str(if multiline { "%0D%0A" } else { "%20" });
            continue;
        }
        if c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_' | '~') || (address && c == '@')
        {
            out.push(c);
            continue;
        }
        let mut buffer = [0u8; 4];
        for &byte in c.encode_utf8(&mut buffer).as_bytes() {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 15)]));
        }
    }
}

/// The number of characters (Unicode scalar values) and of words (runs of non-white-space)
/// in `text`, as shown under the editor.
///
/// ```
/// use tactful_engine::message::counts;
///
/// assert_eq!(counts("Dear Sam,\n\nthank you — £4,800.00"), (32, 6));
/// assert_eq!(counts(""), (0, 0));
/// ```
pub fn counts(text: &str) -> (usize, usize) {
    (text.chars().count(), text.split_whitespace().count())
}

/// `body` as safe HTML, for "copy as rich text".
///
/// - Every character of the text is escaped (`&`, `<`, `>`, `"`, `'`): no input can add
///   markup, whatever it holds.
/// - Blank lines separate paragraphs (`<p>`); other line breaks become `<br>`.
/// - Lines that begin and end with `|` form a table, one row per line and one cell between
///   each pair of `|`, as `{{ plan_table }}` writes it. When the second such line holds only
///   `-`, `:` and spaces between its bars, the first line is the heading row (`<th>`) and
///   the second is dropped.
/// - Lines that begin with `- ` form a list (`<ul>`, one `<li>` per line), as
///   `{{ plan_list }}` writes it.
///
/// ```
/// use tactful_engine::message::to_html;
///
/// let html = to_html("Dear <Sam>,\n\n| Date | Amount |\n|---|---|\n| 1 May | £5 |\nThanks");
/// assert_eq!(
///     html,
///     "<p>Dear &lt;Sam&gt;,</p>\n<table><thead><tr><th>Date</th><th>Amount</th></tr></thead>\
///      <tbody><tr><td>1 May</td><td>£5</td></tr></tbody></table>\n<p>Thanks</p>"
/// );
/// assert_eq!(
///     to_html("As follows:\n\n- 1 May: £5\n- 1 June: £5"),
///     "<p>As follows:</p>\n<ul><li>1 May: £5</li><li>1 June: £5</li></ul>"
/// );
/// ```
pub fn to_html(body: &str) -> String {
    let mut out = String::with_capacity(body.len() + body.len() / 4 + 16);
    let mut paragraph = false;
    let mut table: Vec<&str> = Vec::new();
    let mut list: Vec<&str> = Vec::new();
    for raw in body.split('\n') {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        let trimmed = line.trim();
        let item = list_item(trimmed);
        if (is_table_row(trimmed) || item.is_some()) && paragraph {
            out.push_str("</p>");
            paragraph = false;
        }
        if is_table_row(trimmed) {
            if !list.is_empty() {
                push_list(&mut out, &list);
                list.clear();
            }
            table.push(trimmed);
            continue;
        }
        if !table.is_empty() {
            push_table(&mut out, &table);
            table.clear();
        }
        if let Some(item) = item {
            list.push(item);
            continue;
        }
        if !list.is_empty() {
            push_list(&mut out, &list);
            list.clear();
        }
        if trimmed.is_empty() {
            if paragraph {
                out.push_str("</p>");
                paragraph = false;
            }
            continue;
        }
        if paragraph {
            out.push_str("<br>");
        } else {
            if !out.is_empty() {
                out.push('\n');
            }
            out.push_str("<p>");
            paragraph = true;
        }
        escape(&mut out, line);
    }
    if !table.is_empty() {
        push_table(&mut out, &table);
    }
    if !list.is_empty() {
        push_list(&mut out, &list);
    }
    if paragraph {
        out.push_str("</p>");
    }
    out
}

/// The text of a list line (`- item`), or `None`.
fn list_item(line: &str) -> Option<&str> {
    line.strip_prefix("- ")
        .map(str::trim)
        .filter(|item| !item.is_empty())
}

fn push_list(out: &mut String, items: &[&str]) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str("<ul>");
    for item in items {
        out.push_str("<li>");
        escape(out, item);
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

fn is_table_row(line: &str) -> bool {
    line.len() >= 2 && line.starts_with('|') && line.ends_with('|')
}

fn cells(row: &str) -> impl Iterator<Item = &str> {
    let inner = row
        .strip_prefix('|')
        .and_then(|r| r.strip_suffix('|'))
        .unwrap_or("");
    inner.split('|').map(str::trim)
}

fn is_separator(row: &str) -> bool {
    cells(row).all(|cell| !cell.is_empty() && cell.chars().all(|c| matches!(c, '-' | ':' | ' ')))
}

fn push_table(out: &mut String, rows: &[&str]) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str("<table>");
    let mut body = rows;
    if let [heading, separator, rest @ ..] = rows {
        if is_separator(separator) {
            out.push_str("<thead>");
            push_row(out, heading, "th");
            out.push_str("</thead>");
            body = rest;
        }
    }
    out.push_str("<tbody>");
    for row in body {
        push_row(out, row, "td");
    }
    out.push_str("</tbody></table>");
}

fn push_row(out: &mut String, row: &str, cell: &str) {
    out.push_str("<tr>");
    for text in cells(row) {
        out.push('<');
        out.push_str(cell);
        out.push('>');
        escape(out, text);
        out.push_str("</");
        out.push_str(cell);
        out.push('>');
    }
    out.push_str("</tr>");
}

/// `text` escaped for an HTML text node or a quoted attribute value (`& < > " '`).
///
/// ```
/// use tactful_engine::message::html_escape;
///
/// assert_eq!(html_escape("<a href='x'>&</a>"), "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;");
/// ```
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape(&mut out, text);
    out
}

fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}
