//! One language pack per language other than English: the shipped templates, the tone
//! check's phrase list, its exceptions and reasons, and the date names. English lives in
//! `library.rs`, `tone.rs` and `dates.rs`, where the packs take their shape from.
//!
//! A pack is a value ([`LangPack`]) passed to the functions that need it: the engine keeps
//! no registry. The app loads each language as a part of its own and passes the pack it
//! loaded; the JavaScript API and the tests use [`LangPack::builtin`].
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
pub(crate) type Table = [[(&'static str, &'static str); 3]; 17];

/// A tone-check phrase: (lower-case phrase, kind, courteous suggestion in the same
/// language). A space matches any white space; `'` also matches `’`.
pub(crate) type Phrase = (&'static str, ToneKind, &'static str);

/// Everything language-specific about messages in one language.
pub(crate) struct Pack {
    /// The shipped templates.
    pub(crate) templates: &'static Table,
    /// Phrases the tone check flags.
    pub(crate) phrases: &'static [Phrase],
    /// Courteous phrases that contain a flagged one (English: "immediately after"): where
    /// one is the longest match at a place, nothing is flagged there.
    pub(crate) exceptions: &'static [&'static str],
    /// The plain-words reason for each [`ToneKind`], in the order of [`ToneKind::ALL`].
    pub(crate) reasons: [&'static str; super::tone::KINDS],
    /// The suggestions for the language-neutral checks: words in capitals (English:
    /// "write it in sentence case"), a run of `!!` ("use a full stop"), and a second `!`
    /// in a message ("keep one exclamation mark at most, or none").
    pub(crate) neutral_suggestions: [&'static str; 3],
    /// Month and weekday names and date patterns.
    pub(crate) dates: DateNames,
    /// The words of the timeline's calendar events (English: `timeline/export.rs`).
    pub(crate) timeline: crate::timeline::TimelineWords,
}

/// A message language: its conventions and, for a language other than English, its pack
/// (templates, tone phrases, date names). A plain value passed to the functions that need
/// it ([`super::template`], [`super::tone_check`], [`LangPack::dates`]…): the engine keeps
/// no registry and behaves the same in every build.
///
/// Only the per-language functions ([`german`], [`french`], [`spanish`], [`dutch`]) and
/// [`LangPack::builtin`] name a pack's data, so a caller that loads languages on demand
/// (the app's language parts) carries only the ones it calls.
#[derive(Clone, Copy)]
pub struct LangPack {
    locale: NumberLocale,
    pack: Option<&'static Pack>,
}

impl LangPack {
    /// British English (built in).
    pub const BRITISH: LangPack = LangPack {
        locale: NumberLocale::EnGb,
        pack: None,
    };

    /// American English (built in: British English in American spelling and formats).
    pub const AMERICAN: LangPack = LangPack {
        locale: NumberLocale::EnUs,
        pack: None,
    };

    /// English in the conventions of `locale` when it is English (`en-GB`, `en-US`); `None`
    /// for the other languages, whose packs are separate values.
    pub fn english(locale: NumberLocale) -> Option<LangPack> {
        match locale {
            NumberLocale::EnGb => Some(LangPack::BRITISH),
            NumberLocale::EnUs => Some(LangPack::AMERICAN),
            _ => None,
        }
    }

    /// The pack of `locale`, with every language built in. Links every language's
    /// templates into the caller: for the JavaScript API, tests and tools, not for the app
    /// (which loads each language as a part and passes the pack it loaded).
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    /// use tactful_engine::message::lang::LangPack;
    ///
    /// assert_eq!(LangPack::builtin(NumberLocale::Fr).locale(), NumberLocale::Fr);
    /// ```
    pub fn builtin(locale: NumberLocale) -> LangPack {
        match locale {
            NumberLocale::EnGb => LangPack::BRITISH,
            NumberLocale::EnUs => LangPack::AMERICAN,
            NumberLocale::De => german(),
            NumberLocale::Fr => french(),
            NumberLocale::Es => spanish(),
            NumberLocale::Nl => dutch(),
        }
    }

    /// The language's number, date and template conventions.
    pub fn locale(self) -> NumberLocale {
        self.locale
    }

    /// The month and weekday names and date patterns.
    ///
    /// ```
    /// use tactful_engine::message::lang::{german, LangPack};
    /// use tactful_engine::message::{EN_US_DATES, DateNames};
    ///
    /// assert_eq!(LangPack::AMERICAN.dates(), &EN_US_DATES);
    /// assert_eq!(german().dates().months[0], "Januar");
    /// ```
    pub fn dates(self) -> &'static DateNames {
        match (self.pack, self.locale) {
            (Some(pack), _) => &pack.dates,
            (None, NumberLocale::EnUs) => &super::EN_US_DATES,
            (None, _) => &super::EN_GB_DATES,
        }
    }

    /// The pack's data; `None` for English, which is built into the modules.
    pub(crate) fn pack(self) -> Option<&'static Pack> {
        self.pack
    }
}

impl std::fmt::Debug for LangPack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangPack")
            .field("locale", &self.locale)
            .finish()
    }
}

impl PartialEq for LangPack {
    fn eq(&self, other: &Self) -> bool {
        self.locale == other.locale
    }
}

impl Eq for LangPack {}

/// The German pack.
pub fn german() -> LangPack {
    LangPack {
        locale: NumberLocale::De,
        pack: Some(&de::PACK),
    }
}

/// The French pack.
pub fn french() -> LangPack {
    LangPack {
        locale: NumberLocale::Fr,
        pack: Some(&fr::PACK),
    }
}

/// The Spanish pack.
pub fn spanish() -> LangPack {
    LangPack {
        locale: NumberLocale::Es,
        pack: Some(&es::PACK),
    }
}

/// The Dutch pack.
pub fn dutch() -> LangPack {
    LangPack {
        locale: NumberLocale::Nl,
        pack: Some(&nl::PACK),
    }
}
