//! One language pack per language other than English: the shipped templates, the tone
//! check's phrase list and reasons, and the date names. English lives in `library.rs`,
//! `tone.rs` and `dates.rs`, where the packs take their shape from.
//!
//! A pack is plain data. Tests in `message/tests.rs` check every pack: each template
//! written in exactly the tones of [`super::available_tones`], renders without errors or
//! leftover placeholders, uses the same placeholders as English, and passes its own
//! language's tone check.

use super::{DateNames, ToneKind};
use crate::amount::NumberLocale;

mod de;
mod es;
mod fr;
mod nl;

/// `[id][tone]` as (subject, body), in the order of `TemplateId::ALL` and
/// `ToneVariant::ALL`; `("", "")` where a tone is not written.
pub(crate) type Table = [[(&'static str, &'static str); 3]; 16];

/// A tone-check phrase: (lower-case phrase, kind, courteous suggestion in the same
/// language). A space matches any white space; `'` also matches `’`.
pub(crate) type Phrase = (&'static str, ToneKind, &'static str);

/// Everything language-specific about messages in one language.
pub(crate) struct Pack {
    /// The shipped templates.
    pub(crate) templates: &'static Table,
    /// Phrases the tone check flags.
    pub(crate) phrases: &'static [Phrase],
    /// The plain-words reason for each [`ToneKind`], in declaration order.
    pub(crate) reasons: [&'static str; 7],
    /// The suggestions for the language-neutral checks: words in capitals (English:
    /// "write it in sentence case"), a run of `!!` ("use a full stop"), and a second `!`
    /// in a message ("keep one exclamation mark at most, or none").
    pub(crate) neutral_suggestions: [&'static str; 3],
    /// Month and weekday names and date patterns.
    pub(crate) dates: DateNames,
}

/// The pack for `locale`; `None` for English, which is built in.
pub(crate) fn pack(locale: NumberLocale) -> Option<&'static Pack> {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => None,
        NumberLocale::De => Some(&de::PACK),
        NumberLocale::Fr => Some(&fr::PACK),
        NumberLocale::Es => Some(&es::PACK),
        NumberLocale::Nl => Some(&nl::PACK),
    }
}
