//! One language pack per language other than English: the shipped templates, the tone
//! check's phrase list and reasons, and the date names. English lives in `library.rs`,
//! `tone.rs` and `dates.rs`, where the packs take their shape from.
//!
//! In the split release build the packs are registered when their language's part of the
//! app is loaded ([`register`]); everywhere else they are all built in.
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
    /// The words of the timeline's calendar events (English: `timeline/export.rs`).
    pub(crate) timeline: crate::timeline::TimelineWords,
}

/// The pack for `locale`; `None` for English, which is built in. In the split release
/// build (`--cfg tactful_split`, see the app's `src/split.rs`) this reads the registry
/// filled by [`register`] and is `None` until the language's pack has been registered.
#[cfg(not(tactful_split))]
pub(crate) fn pack(locale: NumberLocale) -> Option<&'static Pack> {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => None,
        NumberLocale::De => Some(&de::PACK),
        NumberLocale::Fr => Some(&fr::PACK),
        NumberLocale::Es => Some(&es::PACK),
        NumberLocale::Nl => Some(&nl::PACK),
    }
}

/// The pack for `locale` once registered; `None` for English (built in) and for a
/// language whose pack has not been registered yet.
#[cfg(tactful_split)]
pub(crate) fn pack(locale: NumberLocale) -> Option<&'static Pack> {
    slot(locale).and_then(|i| REGISTERED[i].get().copied())
}

/// The registry of the split build: one slot per language other than English. Only the
/// per-language accessors ([`german`], …) reference the packs, so each pack's data goes
/// into the part that calls its accessor.
#[cfg(tactful_split)]
static REGISTERED: [std::sync::OnceLock<&'static Pack>; 4] =
    [const { std::sync::OnceLock::new() }; 4];

#[cfg_attr(not(tactful_split), allow(dead_code))]
fn slot(locale: NumberLocale) -> Option<usize> {
    match locale {
        NumberLocale::EnGb | NumberLocale::EnUs => None,
        NumberLocale::De => Some(0),
        NumberLocale::Fr => Some(1),
        NumberLocale::Es => Some(2),
        NumberLocale::Nl => Some(3),
    }
}

/// One language's message pack, as an opaque handle for [`register`].
#[derive(Clone, Copy)]
pub struct LangPack {
    locale: NumberLocale,
    #[cfg_attr(not(tactful_split), allow(dead_code))]
    pack: &'static Pack,
}

impl LangPack {
    /// The language of the pack.
    pub fn locale(self) -> NumberLocale {
        self.locale
    }
}

impl std::fmt::Debug for LangPack {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangPack")
            .field("locale", &self.locale)
            .finish()
    }
}

/// The German pack.
pub fn german() -> LangPack {
    LangPack {
        locale: NumberLocale::De,
        pack: &de::PACK,
    }
}

/// The French pack.
pub fn french() -> LangPack {
    LangPack {
        locale: NumberLocale::Fr,
        pack: &fr::PACK,
    }
}

/// The Spanish pack.
pub fn spanish() -> LangPack {
    LangPack {
        locale: NumberLocale::Es,
        pack: &es::PACK,
    }
}

/// The Dutch pack.
pub fn dutch() -> LangPack {
    LangPack {
        locale: NumberLocale::Nl,
        pack: &nl::PACK,
    }
}

/// Makes `pack` the one [`pack`] returns for its language (split build; elsewhere every
/// pack is built in and this does nothing). Registering twice keeps the first.
pub fn register(pack: LangPack) {
    #[cfg(tactful_split)]
    if let Some(i) = slot(pack.locale) {
        let _ = REGISTERED[i].set(pack.pack);
    }
    #[cfg(not(tactful_split))]
    let _ = pack;
}

/// Whether the templates, tone phrases and date names of `locale` are available: always
/// for English, and for the others unless the split build has not registered them yet.
pub fn is_loaded(locale: NumberLocale) -> bool {
    #[cfg(tactful_split)]
    return slot(locale).is_none() || pack(locale).is_some();
    #[cfg(not(tactful_split))]
    {
        let _ = locale;
        true
    }
}
