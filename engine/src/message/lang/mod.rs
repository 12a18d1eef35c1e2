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

/// What a language other than English needs beyond its messages: the tone check's reasons
/// and suggestions (the interface shows findings in its own language), date names and the
/// calendar's words.
pub(crate) struct Pack {
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

/// A language's messages: the shipped templates and the tone check's phrases, the bulk of
/// a language. Kept apart from [`Pack`] so that the app can fetch them only when the
/// composer writes in that language ([`MessageWords`]).
pub(crate) struct Messages {
    /// The shipped templates.
    pub(crate) templates: &'static Table,
    /// Phrases the tone check flags.
    pub(crate) phrases: &'static [Phrase],
    /// Courteous phrases that contain a flagged one (English: "immediately after"): where
    /// one is the longest match at a place, nothing is flagged there.
    pub(crate) exceptions: &'static [&'static str],
}

/// The templates and tone phrases of one language other than English, as a value of their
/// own: [`german_messages`] and its siblings make one, [`LangPack::with_messages`] adds it
/// to a pack made without ([`german_base`]…). The app's language part carries the base
/// and its composer fetches the messages when it first writes in that language; everything
/// else uses the whole pack ([`german`], [`LangPack::builtin`]).
#[derive(Clone, Copy)]
pub struct MessageWords {
    locale: NumberLocale,
    messages: &'static Messages,
}

impl MessageWords {
    /// The language they are written in.
    pub fn locale(self) -> NumberLocale {
        self.locale
    }
}

impl std::fmt::Debug for MessageWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MessageWords")
            .field("locale", &self.locale)
            .finish()
    }
}

/// A message language: its conventions and, for a language other than English, its pack
/// (templates, tone phrases, date names). A plain value passed to the functions that need
/// it ([`super::template`], [`super::tone_check`], [`LangPack::dates`]…): the engine keeps
/// no registry and behaves the same in every build.
///
/// Only the per-language functions ([`german`], [`german_base`], [`german_messages`] and
/// their siblings) and [`LangPack::builtin`] name a pack's data, so a caller that loads
/// languages on demand (the app's language parts) carries only the ones it calls.
#[derive(Clone, Copy)]
pub struct LangPack {
    locale: NumberLocale,
    pack: Option<&'static Pack>,
    /// `None` for English (built in) and for a pack made without its messages.
    messages: Option<&'static Messages>,
}

impl LangPack {
    /// British English (built in).
    pub const BRITISH: LangPack = LangPack {
        locale: NumberLocale::EnGb,
        pack: None,
        messages: None,
    };

    /// American English (built in: British English in American spelling and formats).
    pub const AMERICAN: LangPack = LangPack {
        locale: NumberLocale::EnUs,
        pack: None,
        messages: None,
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

    /// The templates and tone phrases; `None` for English (built into the modules) and
    /// for a pack made without them.
    pub(crate) fn messages(self) -> Option<&'static Messages> {
        self.messages
    }

    /// Whether this pack can write messages: always for English and for the whole packs
    /// ([`german`], [`LangPack::builtin`]); for a base pack ([`german_base`]…) only once
    /// its [`MessageWords`] are added. Without them [`super::template`] gives `None` and
    /// the tone check has no phrases of the language to find.
    ///
    /// ```
    /// use tactful_engine::message::lang::{french, french_base, french_messages, LangPack};
    /// use tactful_engine::message::{template, TemplateId, ToneVariant};
    ///
    /// assert!(LangPack::BRITISH.has_messages() && french().has_messages());
    /// let base = french_base();
    /// assert!(!base.has_messages());
    /// assert!(template(TemplateId::ThankYou, ToneVariant::Warm, base).is_none());
    /// let whole = base.with_messages(french_messages());
    /// assert!(whole.has_messages());
    /// assert_eq!(
    ///     template(TemplateId::ThankYou, ToneVariant::Warm, whole),
    ///     template(TemplateId::ThankYou, ToneVariant::Warm, french()),
    /// );
    /// ```
    pub fn has_messages(self) -> bool {
        self.pack.is_none() || self.messages.is_some()
    }

    /// This pack with `words` as its templates and tone phrases, when they are in its
    /// language; unchanged otherwise (English has its own built in).
    pub fn with_messages(self, words: MessageWords) -> LangPack {
        if self.pack.is_some() && words.locale == self.locale {
            LangPack {
                messages: Some(words.messages),
                ..self
            }
        } else {
            self
        }
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
        // A pack that gained its messages is a change (memos over a pack see it).
        self.locale == other.locale && self.messages.is_some() == other.messages.is_some()
    }
}

impl Eq for LangPack {}

/// The German pack, with its templates and tone phrases.
pub fn german() -> LangPack {
    german_base().with_messages(german_messages())
}

/// The German pack without its templates and tone phrases (dates, calendar words, the tone
/// check's reasons): what the app's German part carries; see [`LangPack::has_messages`].
pub fn german_base() -> LangPack {
    LangPack {
        locale: NumberLocale::De,
        pack: Some(&de::PACK),
        messages: None,
    }
}

/// The German templates and tone phrases, for [`LangPack::with_messages`].
pub fn german_messages() -> MessageWords {
    MessageWords {
        locale: NumberLocale::De,
        messages: &de::MESSAGES,
    }
}

/// The French pack, with its templates and tone phrases.
pub fn french() -> LangPack {
    french_base().with_messages(french_messages())
}

/// The French pack without its templates and tone phrases (dates, calendar words, the tone
/// check's reasons): what the app's French part carries; see [`LangPack::has_messages`].
pub fn french_base() -> LangPack {
    LangPack {
        locale: NumberLocale::Fr,
        pack: Some(&fr::PACK),
        messages: None,
    }
}

/// The French templates and tone phrases, for [`LangPack::with_messages`].
pub fn french_messages() -> MessageWords {
    MessageWords {
        locale: NumberLocale::Fr,
        messages: &fr::MESSAGES,
    }
}

/// The Spanish pack, with its templates and tone phrases.
pub fn spanish() -> LangPack {
    spanish_base().with_messages(spanish_messages())
}

/// The Spanish pack without its templates and tone phrases (dates, calendar words, the tone
/// check's reasons): what the app's Spanish part carries; see [`LangPack::has_messages`].
pub fn spanish_base() -> LangPack {
    LangPack {
        locale: NumberLocale::Es,
        pack: Some(&es::PACK),
        messages: None,
    }
}

/// The Spanish templates and tone phrases, for [`LangPack::with_messages`].
pub fn spanish_messages() -> MessageWords {
    MessageWords {
        locale: NumberLocale::Es,
        messages: &es::MESSAGES,
    }
}

/// The Dutch pack, with its templates and tone phrases.
pub fn dutch() -> LangPack {
    dutch_base().with_messages(dutch_messages())
}

/// The Dutch pack without its templates and tone phrases (dates, calendar words, the tone
/// check's reasons): what the app's Dutch part carries; see [`LangPack::has_messages`].
pub fn dutch_base() -> LangPack {
    LangPack {
        locale: NumberLocale::Nl,
        pack: Some(&nl::PACK),
        messages: None,
    }
}

/// The Dutch templates and tone phrases, for [`LangPack::with_messages`].
pub fn dutch_messages() -> MessageWords {
    MessageWords {
        locale: NumberLocale::Nl,
        messages: &nl::MESSAGES,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::message::{
        available_tones, template, tone_check, tone_reason, TemplateId, ToneKind,
    };

    type Parts = (fn() -> LangPack, fn() -> LangPack, fn() -> MessageWords);

    const LANGUAGES: [Parts; 4] = [
        (german, german_base, german_messages),
        (french, french_base, french_messages),
        (spanish, spanish_base, spanish_messages),
        (dutch, dutch_base, dutch_messages),
    ];

    #[test]
    fn a_base_pack_with_its_messages_is_the_whole_pack() {
        for (whole, base, words) in LANGUAGES {
            let joined = base().with_messages(words());
            assert!(joined.has_messages() && whole().has_messages());
            assert_eq!(joined, whole());
            assert_eq!(joined.dates(), whole().dates());
            for id in TemplateId::ALL {
                for &tone in available_tones(id) {
                    let a = template(id, tone, joined).expect("joined template");
                    let b = template(id, tone, whole()).expect("whole template");
                    assert_eq!((a.subject, a.body), (b.subject, b.body));
                }
            }
        }
    }

    #[test]
    fn a_base_pack_writes_nothing_until_its_messages_come_but_keeps_dates_and_reasons() {
        for (whole, base, _) in LANGUAGES {
            let base = base();
            assert!(!base.has_messages());
            // Not equal: a memo over the pack sees the messages arrive.
            assert_ne!(base, whole());
            assert_eq!(base.dates(), whole().dates());
            for id in TemplateId::ALL {
                for &tone in available_tones(id) {
                    assert!(template(id, tone, base).is_none(), "{id:?} {tone:?}");
                }
            }
            for kind in ToneKind::ALL {
                assert_eq!(tone_reason(kind, base), tone_reason(kind, whole()));
                assert!(!tone_reason(kind, base).is_empty());
            }
            // The whole pack finds each of its language's phrases; the base has none of
            // them, only the language-neutral checks (capitals, exclamation marks).
            for &(phrase, kind, _) in whole().messages().expect("messages").phrases {
                let text = format!("x {phrase} x");
                assert!(
                    tone_check(&text, whole()).iter().any(|f| f.kind == kind),
                    "{phrase}"
                );
                assert!(
                    tone_check(&text, base)
                        .iter()
                        .all(|f| matches!(f.kind, ToneKind::Shouting | ToneKind::Exclamations)),
                    "{phrase}"
                );
            }
            let kinds = |lang| -> Vec<ToneKind> {
                tone_check("PAY TODAY!!", lang)
                    .iter()
                    .map(|f| f.kind)
                    .collect()
            };
            assert_eq!(
                kinds(base),
                vec![ToneKind::Shouting, ToneKind::Exclamations]
            );
        }
    }

    #[test]
    fn messages_of_another_language_are_not_taken() {
        let german_with_french = german_base().with_messages(french_messages());
        assert!(!german_with_french.has_messages());
        assert_eq!(
            LangPack::BRITISH.with_messages(german_messages()),
            LangPack::BRITISH
        );
        assert_eq!(french_messages().locale(), NumberLocale::Fr);
    }
}
