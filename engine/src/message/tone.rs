//! The tone check: phrases, capitals and exclamation marks that make a reminder sound
//! accusatory, threatening or agitated, each with a plain reason and a courteous rewrite.

use serde::Serialize;

use super::lang::{LangPack, Phrase};

/// Why a passage may harm the relationship. Serialized in snake case.
///
/// ```
/// use tactful_engine::message::ToneKind;
///
/// assert_ne!(ToneKind::Accusatory, ToneKind::Threatening);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ToneKind {
    /// Blames the reader ("you have failed to").
    Accusatory,
    /// Sounds like a threat ("final warning").
    Threatening,
    /// Judges the reader ("unacceptable").
    Shaming,
    /// Irritation between the lines ("as per my last email").
    PassiveAggressive,
    /// Words in capitals.
    Shouting,
    /// `!!`, or more than one `!` in a message.
    Exclamations,
    /// Pressure without a date ("immediately").
    Urgency,
}

/// One passage the tone check found. `start..end` are byte offsets into the checked text,
/// at character boundaries; `phrase` is the text found there.
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{tone_check, ToneKind};
///
/// let found = tone_check("Please pay immediately.", LangPack::BRITISH);
/// assert_eq!(found[0].kind, ToneKind::Urgency);
/// assert_eq!((found[0].start, found[0].end), (11, 22));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ToneFinding {
    /// Byte offset of the passage.
    pub start: usize,
    /// Byte offset just after it.
    pub end: usize,
    /// The passage as written.
    pub phrase: String,
    /// What kind of problem it is.
    pub kind: ToneKind,
    /// Why it matters, in plain words.
    pub reason: &'static str,
    /// A courteous alternative.
    pub suggestion: &'static str,
}

/// The plain-words reason for each kind, in declaration order (English).
const EN_REASONS: [&str; 7] = [
    "Sounds like blame and puts the reader on the defensive.",
    "Reads as a threat. State the next step calmly, as information.",
    "Judges the reader, which can damage the relationship.",
    "Sounds irritated. Say the point plainly instead.",
    "Capital letters read as shouting.",
    "Exclamation marks make a reminder sound agitated.",
    "Pressure without a date. A specific date is clearer and calmer.",
];

/// The words of the tone check in one language.
struct Words {
    phrases: &'static [Phrase],
    reasons: &'static [&'static str; 7],
    /// Capitals, `!!`, a second `!`.
    neutral: &'static [&'static str; 3],
}

const ENGLISH: Words = Words {
    phrases: EN_PHRASES,
    reasons: &EN_REASONS,
    neutral: &[
        "write it in sentence case",
        "use a full stop",
        "keep one exclamation mark at most, or none",
    ],
};

fn words_for(lang: LangPack) -> Words {
    match lang.pack() {
        Some(p) => Words {
            phrases: p.phrases,
            reasons: &p.reasons,
            neutral: &p.neutral_suggestions,
        },
        None => ENGLISH,
    }
}

/// Why a finding of `kind` matters, in plain words in the language `lang` (the interface
/// may show findings in its own language, whatever the message's).
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{tone_reason, ToneKind};
///
/// assert_eq!(tone_reason(ToneKind::Shouting, LangPack::BRITISH), "Capital letters read as shouting.");
/// ```
pub fn tone_reason(kind: ToneKind, lang: LangPack) -> &'static str {
    let reasons = match lang.pack() {
        Some(p) => &p.reasons,
        None => &EN_REASONS,
    };
    reasons.get(kind as usize).copied().unwrap_or("")
}

const BY_DATE: &str = "by a specific date, e.g. \"by Friday 12 June\"";
const NOT_YET: &str = "we have not yet received";
const NEXT_STEP: &str = "our next step would be to pass the account to our collection partner";
const RECAP: &str = "to recap";
const CONCERN: &str = "this is a concern for us";

/// English phrases: (lower-case phrase, kind, suggestion). Spaces match any white space;
/// `'` also matches `’`.
static EN_PHRASES: &[Phrase] = {
    use ToneKind::*;
    &[
        ("failure to pay", Accusatory, "the outstanding balance"),
        ("you have failed", Accusatory, NOT_YET),
        ("you failed", Accusatory, NOT_YET),
        ("you have not bothered", Accusatory, NOT_YET),
        (
            "you have ignored",
            Accusatory,
            "we have not yet heard back from you",
        ),
        (
            "you ignored",
            Accusatory,
            "we have not yet heard back from you",
        ),
        (
            "you have refused",
            Accusatory,
            "we have not yet been able to agree",
        ),
        (
            "you refused",
            Accusatory,
            "we have not yet been able to agree",
        ),
        ("you still haven't", Accusatory, NOT_YET),
        ("you still have not", Accusatory, NOT_YET),
        ("you never", Accusatory, "we have not yet"),
        ("your negligence", Accusatory, "the delay"),
        ("you owe us", Accusatory, "the balance on the invoice is"),
        ("we demand", Accusatory, "we would ask you to"),
        ("you must pay", Accusatory, "could you arrange payment"),
        (
            "no excuse",
            Accusatory,
            "we would like to understand what has happened",
        ),
        ("you promised", Accusatory, "you mentioned that"),
        ("you claimed", Accusatory, "you mentioned"),
        ("final warning", Threatening, "final reminder"),
        (
            "we will be forced to",
            Threatening,
            "our next step would be to",
        ),
        ("legal action will be taken", Threatening, NEXT_STEP),
        ("we will take legal action", Threatening, NEXT_STEP),
        ("we will sue", Threatening, NEXT_STEP),
        ("take you to court", Threatening, NEXT_STEP),
        (
            "this is your last chance",
            Threatening,
            "we would like to resolve this before the next step",
        ),
        (
            "last chance",
            Threatening,
            "we would like to resolve this before the next step",
        ),
        ("or else", Threatening, "otherwise, our next step would be"),
        (
            "you will regret",
            Threatening,
            "we would much prefer to resolve this together",
        ),
        (
            "you leave us no choice",
            Threatening,
            "our next step would be",
        ),
        (
            "we will have no choice but to",
            Threatening,
            "our next step would be to",
        ),
        ("delinquent", Shaming, "overdue"),
        ("unacceptable", Shaming, CONCERN),
        ("shameful", Shaming, CONCERN),
        ("unprofessional", Shaming, CONCERN),
        ("irresponsible", Shaming, CONCERN),
        ("deadbeat", Shaming, "client"),
        ("bad payer", Shaming, "client"),
        ("we are disappointed", Shaming, "we had hoped to"),
        (
            "as per my last email",
            PassiveAggressive,
            "following up on my email of [date]",
        ),
        (
            "per my last email",
            PassiveAggressive,
            "following up on my email of [date]",
        ),
        ("as previously stated", PassiveAggressive, RECAP),
        ("as i already said", PassiveAggressive, RECAP),
        ("as i have already said", PassiveAggressive, RECAP),
        ("as already mentioned", PassiveAggressive, RECAP),
        ("for the last time", PassiveAggressive, "once more"),
        (
            "i'm sure you're very busy",
            PassiveAggressive,
            "I know things get busy",
        ),
        (
            "i am sure you are very busy",
            PassiveAggressive,
            "I know things get busy",
        ),
        ("surely you", PassiveAggressive, "perhaps"),
        (
            "with all due respect",
            PassiveAggressive,
            "we see this differently",
        ),
        ("immediately", Urgency, BY_DATE),
        ("urgent", Urgency, BY_DATE),
        ("urgently", Urgency, BY_DATE),
        ("asap", Urgency, BY_DATE),
        ("right now", Urgency, BY_DATE),
        ("at once", Urgency, BY_DATE),
        ("without further delay", Urgency, BY_DATE),
        ("within 24 hours", Urgency, BY_DATE),
        ("pay now", Urgency, "you can pay by [date]"),
        (
            "we expect payment now",
            Urgency,
            "could you let us know when we can expect payment?",
        ),
    ]
};

/// Short words in capitals that are not shouting, checked only for words of four or more
/// letters (shorter ones never count).
const ACRONYMS: &[&str] = &[
    "IBAN", "SWIFT", "BACS", "CHAPS", "SEPA", "HMRC", "GMBH", "SARL", "HTML", "JSON", "ACH",
];

/// Checks `text` for passages that may sound accusatory, threatening, shaming, passive-
/// aggressive, shouted, agitated or pushy.
///
/// - Phrases (`lang` picks the language's list; reasons and suggestions come in that
///   language too): case-insensitive, whole words (`"immediately"` is not
///   found in `"immediatelyish"`), any white space between words, `’` as `'`. Where phrases
///   overlap, the longest at a position wins.
/// - Shouting: two or more words in a row written in capitals with four or more capitals
///   each, or a line with no small letter holding at least two words in capitals and
///   eight capitals in all (Latin letters: ASCII, Latin-1 and Latin Extended-A). Words with digits (`INV-2041`), acronyms such as VAT, UK, EUR,
///   IBAN, and everything inside `{{ … }}` and `{% … %}` are ignored.
/// - Exclamations: every `!!` (or longer run), and every `!` after the first in the text.
///
/// Findings come in order of position.
///
/// ```
/// use tactful_engine::message::lang::LangPack;
/// use tactful_engine::message::{tone_check, ToneKind};
///
/// let text = "As per my last email, you have ignored our invoice. PAY NOW!!";
/// let kinds: Vec<ToneKind> = tone_check(text, LangPack::BRITISH).iter().map(|f| f.kind).collect();
/// assert_eq!(
///     kinds,
///     [ToneKind::PassiveAggressive, ToneKind::Accusatory, ToneKind::Urgency, ToneKind::Exclamations]
/// );
/// assert!(tone_check("We trust this can be resolved quickly.", LangPack::BRITISH).is_empty());
/// ```
pub fn tone_check(text: &str, lang: LangPack) -> Vec<ToneFinding> {
    let words = words_for(lang);
    let tags = tag_spans(text);
    let mut found = Vec::new();
    phrases(text, &words, &tags, &mut found);
    shouting(text, &words, &tags, &mut found);
    exclamations(text, &words, &tags, &mut found);
    found
}

/// Adds `f` after the findings that start before it or at the same place.
fn insert(found: &mut Vec<ToneFinding>, f: ToneFinding) {
    let at = found.partition_point(|g| (g.start, g.end) <= (f.start, f.end));
    found.insert(at, f);
}

fn finding(
    text: &str,
    (start, end): (usize, usize),
    kind: ToneKind,
    words: &Words,
    suggestion: &'static str,
) -> ToneFinding {
    ToneFinding {
        start,
        end,
        phrase: text.get(start..end).unwrap_or("").to_owned(),
        kind,
        reason: words.reasons.get(kind as usize).copied().unwrap_or(""),
        suggestion,
    }
}

/// The byte ranges of `{{ … }}` and `{% … %}` (an unclosed one runs to the end).
fn tag_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'{'))
    {
        let open = i + offset;
        let closer = match bytes.get(open + 1) {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            _ => {
                i = open + 1;
                continue;
            }
        };
        let end = text
            .get(open + 2..)
            .and_then(|rest| rest.find(closer))
            .map_or(text.len(), |at| open + 2 + at + 2);
        spans.push((open, end));
        i = end;
    }
    spans
}

/// Answers "is this offset inside a tag?" for offsets asked in increasing order.
struct Tags<'t> {
    spans: &'t [(usize, usize)],
}

impl Tags<'_> {
    fn contain(&mut self, at: usize) -> bool {
        while let Some((&(_, end), rest)) = self.spans.split_first() {
            if end > at {
                break;
            }
            self.spans = rest;
        }
        self.spans
            .first()
            .is_some_and(|&(start, end)| start <= at && at < end)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// If `phrase` (lower case) matches `text` at `start`: the end of the match.
fn match_at(text: &str, start: usize, phrase: &str) -> Option<usize> {
    let mut chars = text.get(start..)?.char_indices().peekable();
    for wanted in phrase.chars() {
        if wanted == ' ' {
            let mut any = false;
            while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                chars.next();
                any = true;
            }
            if !any {
                return None;
            }
            continue;
        }
        let (_, c) = chars.next()?;
        let c = if c == '\u{2019}' { '\'' } else { c };
        if lower(c) != wanted {
            return None;
        }
    }
    let end = start + chars.peek().map_or(text.len() - start, |&(i, _)| i);
    let after = text.get(end..).and_then(|r| r.chars().next());
    (!after.is_some_and(is_word_char)).then_some(end)
}

fn phrases(text: &str, words: &Words, tags: &[(usize, usize)], found: &mut Vec<ToneFinding>) {
    let mut tags = Tags { spans: tags };
    let mut previous: Option<char> = None;
    let mut skip_until = 0;
    for (start, c) in text.char_indices() {
        let word_start = !previous.is_some_and(is_word_char) && is_word_char(c);
        previous = Some(c);
        if !word_start || start < skip_until || tags.contain(start) {
            continue;
        }
        let best = words
            .phrases
            .iter()
            .filter_map(|&(phrase, kind, suggestion)| {
                match_at(text, start, phrase).map(|end| (end, kind, suggestion))
            })
            .max_by_key(|&(end, _, _)| end);
        if let Some((end, kind, suggestion)) = best {
            insert(found, finding(text, (start, end), kind, words, suggestion));
            skip_until = end;
        }
    }
}

/// Whether `c` is a capital (`Some(true)`) or a small letter (`Some(false)`), for the
/// Latin letters of Unicode's first 384 code points (ASCII, Latin-1, Latin Extended-A);
/// `None` for anything else. (The full Unicode case tables would add kilobytes to the
/// WebAssembly build for scripts the English checks do not need.)
fn case(c: char) -> Option<bool> {
    let n = u32::from(c);
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x178 => Some(true),
        0x61..=0x7A | 0xDF..=0xF6 | 0xF8..=0xFF | 0x138 | 0x149 | 0x17F => Some(false),
        0x100..=0x137 | 0x14A..=0x177 => Some(n % 2 == 0),
        0x139..=0x148 | 0x179..=0x17E => Some(n % 2 == 1),
        _ => None,
    }
}

/// `c` in small letters, for the Latin letters [`case`] knows (the phrases are written in
/// those; folding only them keeps the Unicode case tables out of the WebAssembly build).
pub(crate) fn lower(c: char) -> char {
    let n = u32::from(c);
    let small = match (case(c), n) {
        (Some(true), 0x41..=0x5A | 0xC0..=0xDE) => n + 0x20,
        (Some(true), 0x178) => 0xFF,
        (Some(true), _) => n + 1,
        _ => n,
    };
    char::from_u32(small).unwrap_or(c)
}

/// A word in capitals: no digit, no small letter, at least four capitals, not an
/// acronym from the list.
fn is_caps_word(word: &str) -> bool {
    word.chars().filter(|&c| case(c) == Some(true)).count() >= 4
        && !word
            .chars()
            .any(|c| c.is_numeric() || case(c) == Some(false))
        && !ACRONYMS.contains(&word)
}

fn shouting(text: &str, words: &Words, tags: &[(usize, usize)], found: &mut Vec<ToneFinding>) {
    let suggestion = words.neutral[0];
    let mut tags = Tags { spans: tags };
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let mut runs: Vec<(usize, usize, usize)> = Vec::new(); // start, end, words
        let mut in_run = false;
        let (mut caps_words, mut caps_letters) = (0, 0);
        let (mut any_lower, mut any_long) = (false, false);
        let mut line_span: Option<(usize, usize)> = None;
        for (offset, word) in split_words(line) {
            let start = line_start + offset;
            let not_alphanumeric = |c: char| !c.is_alphanumeric();
            let core = word.trim_matches(not_alphanumeric);
            let core_start = start + (word.len() - word.trim_start_matches(not_alphanumeric).len());
            let core_end = core_start + core.len();
            if tags.contain(start) || core.is_empty() {
                in_run = false;
                continue;
            }
            any_lower |= core.chars().any(|c| case(c) == Some(false));
            let upper_letters = core.chars().filter(|&c| case(c) == Some(true)).count();
            if upper_letters >= 2
                && !core
                    .chars()
                    .any(|c| c.is_numeric() || case(c) == Some(false))
                && !ACRONYMS.contains(&core)
            {
                caps_words += 1;
                caps_letters += upper_letters;
                line_span = Some((line_span.map_or(core_start, |(s, _)| s), core_end));
            }
            if is_caps_word(core) {
                any_long = true;
                match runs.last_mut() {
                    Some(run) if in_run => {
                        run.1 = core_end;
                        run.2 += 1;
                    }
                    _ => runs.push((core_start, core_end, 1)),
                }
                in_run = true;
            } else {
                in_run = false;
            }
        }
        let whole_line = !any_lower && any_long && caps_words >= 2 && caps_letters >= 8;
        match line_span {
            Some((start, end)) if whole_line => {
                insert(
                    found,
                    finding(text, (start, end), ToneKind::Shouting, words, suggestion),
                );
            }
            _ => {
                for &(start, end, count) in &runs {
                    if count >= 2 {
                        insert(
                            found,
                            finding(text, (start, end), ToneKind::Shouting, words, suggestion),
                        );
                    }
                }
            }
        }
        line_start += line.len();
    }
}

/// The words of `line` (split at white space) with their byte offsets.
fn split_words(line: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in line.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                out.push((s, line.get(s..i).unwrap_or("")));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push((s, line.get(s..).unwrap_or("")));
    }
    out
}

fn exclamations(text: &str, words: &Words, tags: &[(usize, usize)], found: &mut Vec<ToneFinding>) {
    let mut tags = Tags { spans: tags };
    let bytes = text.as_bytes();
    let mut seen = 0;
    let mut i = 0;
    while let Some(offset) = bytes
        .get(i..)
        .and_then(|b| b.iter().position(|&c| c == b'!'))
    {
        let start = i + offset;
        let mut end = start;
        while bytes.get(end) == Some(&b'!') {
            end += 1;
        }
        i = end;
        if tags.contain(start) {
            continue;
        }
        seen += 1;
        if end - start >= 2 {
            insert(
                found,
                finding(
                    text,
                    (start, end),
                    ToneKind::Exclamations,
                    words,
                    words.neutral[1],
                ),
            );
        } else if seen > 1 {
            insert(
                found,
                finding(
                    text,
                    (start, end),
                    ToneKind::Exclamations,
                    words,
                    words.neutral[2],
                ),
            );
        }
    }
}

/// The phrases of `lang` (for tests).
#[cfg(test)]
pub(crate) fn phrase_list(lang: LangPack) -> Vec<Phrase> {
    words_for(lang).phrases.to_vec()
}
