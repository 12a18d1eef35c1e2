//! Languages other than English, each a part of the app fetched on first use: German,
//! French, Spanish and Dutch interface text and the engine's pack without its messages
//! travel together ([`crate::i18n::LangText`]), so only visitors who use a language
//! download it. Each language's templates and tone phrases are one more part, fetched when
//! the composer first writes in that language ([`Langs::load_messages`]): a visitor who
//! reads the app in French does not download the French letters until they write one.
//!
//! [`Langs`] says which are loaded and loads one on demand; the loaded text and pack are
//! kept by [`crate::i18n::register`] (the app's registry: the engine keeps none).
//! [`lang_failed_note`] is what the header and the composer show when a language's part
//! cannot be fetched.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::{self, Lang, LangText, Msg};
use crate::part::part;
use tactful_engine::message::lang::MessageWords;

/// Which languages other than English are loaded (shared through context). English is
/// built in; in builds without parts every language is.
///
/// The interface language signal only ever holds a loaded language: choosing another
/// asks for its part and switches when it is there (the load's completion sets the
/// signal, as a fetch result would). Memos that read a language's text or pack call
/// [`Langs::loaded`], and the composer's memos [`Langs::messages_loaded`] (templates and
/// tone phrases, a second part), so they recompute when a part arrives.
#[derive(Clone, Copy)]
pub struct Langs {
    /// Bumped each time a language is registered.
    #[cfg_attr(not(tactful_split), allow(dead_code))]
    version: RwSignal<u32>,
    /// The language whose part could not be fetched last (offline without the offline
    /// copy), until a load of it succeeds: the header and the composer say so.
    failed: RwSignal<Option<Lang>>,
    /// The language whose templates and tone phrases could not be fetched last: only the
    /// composer says so (the interface in that language works without them).
    messages_failed: RwSignal<Option<Lang>>,
}

impl Langs {
    /// Nothing loaded beyond what is built in.
    pub fn new() -> Self {
        Langs {
            version: RwSignal::new(0),
            failed: RwSignal::new(None),
            messages_failed: RwSignal::new(None),
        }
    }

    /// Whether `lang`'s interface text and pack (without its templates and tone phrases)
    /// are there (tracked: re-runs on a load).
    pub fn loaded(self, lang: Lang) -> bool {
        self.version.track();
        i18n::is_loaded(lang)
    }

    /// Whether messages can be written in `lang`: its part and the part with its templates
    /// and tone phrases are there (tracked: re-runs on a load). The composer waits for it.
    pub fn messages_loaded(self, lang: Lang) -> bool {
        self.version.track();
        i18n::has_messages(lang)
    }

    /// The language whose part could not be fetched, if any (tracked).
    pub fn failed(self) -> Option<Lang> {
        self.failed.get()
    }

    /// Whether the composer cannot write in `lang` because a fetch failed: its part, or
    /// its templates and tone phrases (tracked).
    pub fn messages_failed(self, lang: Lang) -> bool {
        self.failed.get() == Some(lang) || self.messages_failed.get() == Some(lang)
    }

    /// Runs `then` once `lang` is loaded: at once if it is, else when its part has been
    /// fetched and registered. Concurrent loads of one part share one fetch. If the fetch
    /// fails, `failed` runs instead and [`Langs::failed`] names the language; asking
    /// again fetches again.
    pub fn load(self, lang: Lang, then: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
        if i18n::is_loaded(lang) {
            then();
        } else {
            #[cfg(tactful_split)]
            self.fetch(lang, then, failed);
            #[cfg(not(tactful_split))]
            let _ = failed;
        }
    }

    /// As [`Langs::load`], for writing messages in `lang`: runs `then` once the language
    /// and its templates and tone phrases (a part of their own) are loaded.
    pub fn load_messages(
        self,
        lang: Lang,
        then: impl FnOnce() + 'static,
        failed: impl FnOnce() + 'static,
    ) {
        if i18n::has_messages(lang) {
            then();
        } else {
            #[cfg(tactful_split)]
            leptos::task::spawn_local(async move {
                let fetched = match self.fetch_text(lang).await {
                    Ok(()) => self.fetch_messages(lang).await,
                    Err(()) => Err(()),
                };
                match fetched {
                    Ok(()) => then(),
                    Err(()) => failed(),
                }
            });
            #[cfg(not(tactful_split))]
            let _ = failed;
        }
    }

    /// Fetches and registers `lang`'s part, then runs `then` (or `failed`).
    #[cfg(tactful_split)]
    fn fetch(self, lang: Lang, then: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            match self.fetch_text(lang).await {
                Ok(()) => then(),
                Err(()) => failed(),
            }
        });
    }

    /// Fetches and registers `lang`'s interface text and pack unless they are there.
    #[cfg(tactful_split)]
    async fn fetch_text(self, lang: Lang) -> Result<(), ()> {
        if i18n::is_loaded(lang) {
            return Ok(());
        }
        let loaded = match lang {
            Lang::De => german_part().await,
            Lang::Fr => french_part().await,
            Lang::Es => spanish_part().await,
            Lang::Nl => dutch_part().await,
            Lang::EnGb | Lang::EnUs => return Ok(()),
        };
        self.settle(lang, self.failed, loaded.map(i18n::register))
    }

    /// Fetches and registers `lang`'s templates and tone phrases unless they are there.
    #[cfg(tactful_split)]
    async fn fetch_messages(self, lang: Lang) -> Result<(), ()> {
        if i18n::has_messages(lang) {
            return Ok(());
        }
        let words = match lang {
            Lang::De => german_messages_part().await,
            Lang::Fr => french_messages_part().await,
            Lang::Es => spanish_messages_part().await,
            Lang::Nl => dutch_messages_part().await,
            Lang::EnGb | Lang::EnUs => return Ok(()),
        };
        self.settle(
            lang,
            self.messages_failed,
            words.map(i18n::register_messages),
        )
    }

    /// After a fetch for `lang`: on success clears its failure in `failed` (the
    /// interface part's or the messages part's) and tells the memos; on a failure names
    /// the language there.
    #[cfg(tactful_split)]
    fn settle<E>(
        self,
        lang: Lang,
        failed: RwSignal<Option<Lang>>,
        fetched: Result<(), E>,
    ) -> Result<(), ()> {
        match fetched {
            Ok(()) => {
                if failed.get_untracked() == Some(lang) {
                    failed.set(None);
                }
                self.version.update(|v| *v += 1);
                Ok(())
            }
            Err(_) => {
                failed.set(Some(lang));
                Err(())
            }
        }
    }
}

/// What the header and the composer show when `lang`'s part could not be fetched: what
/// happened, and a button that runs `retry`.
pub fn lang_failed_note(
    lang: Lang,
    test_id: &'static str,
    retry: impl Fn() + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="notice lang-failed" role="alert" data-testid=test_id>
            {i18n.t_with(Msg::LangFailed, &[("language", lang.autonym())])}
            " "
            <button type="button" on:click=move |_| retry()>
                {i18n.t(Msg::PartRetry)}
            </button>
        </p>
    }
}

impl Default for Langs {
    fn default() -> Self {
        Self::new()
    }
}

part! {
    /// German interface text and message pack.
    fn german_part() -> LangText {
        i18n::german()
    }
}
part! {
    /// French interface text and message pack.
    fn french_part() -> LangText {
        i18n::french()
    }
}
part! {
    /// Spanish interface text and message pack.
    fn spanish_part() -> LangText {
        i18n::spanish()
    }
}
part! {
    /// Dutch interface text and message pack.
    fn dutch_part() -> LangText {
        i18n::dutch()
    }
}

part! {
    /// German templates and tone phrases (the composer's).
    fn german_messages_part() -> MessageWords {
        tactful_engine::message::lang::german_messages()
    }
}
part! {
    /// French templates and tone phrases (the composer's).
    fn french_messages_part() -> MessageWords {
        tactful_engine::message::lang::french_messages()
    }
}
part! {
    /// Spanish templates and tone phrases (the composer's).
    fn spanish_messages_part() -> MessageWords {
        tactful_engine::message::lang::spanish_messages()
    }
}
part! {
    /// Dutch templates and tone phrases (the composer's).
    fn dutch_messages_part() -> MessageWords {
        tactful_engine::message::lang::dutch_messages()
    }
}
