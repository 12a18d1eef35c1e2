//! Languages other than English, each a part of the app fetched on first use: German,
//! French, Spanish and Dutch interface text and the engine's message pack travel together
//! ([`crate::i18n::LangText`]), so only visitors who use a language download it.
//!
//! [`Langs`] says which are loaded and loads one on demand; the loaded text and pack are
//! kept by [`crate::i18n::register`] (the app's registry: the engine keeps none).
//! [`lang_failed_note`] is what the header and the composer show when a language's part
//! cannot be fetched.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::{self, Lang, LangText, Msg};
use crate::part::part;

/// Which languages other than English are loaded (shared through context). English is
/// built in; in builds without parts every language is.
///
/// The interface language signal only ever holds a loaded language: choosing another
/// asks for its part and switches when it is there (the load's completion sets the
/// signal, as a fetch result would). Memos that read a language's text or message pack
/// call [`Langs::loaded`], so they recompute when the part arrives.
#[derive(Clone, Copy)]
pub struct Langs {
    /// Bumped each time a language is registered.
    #[cfg_attr(not(tactful_split), allow(dead_code))]
    version: RwSignal<u32>,
    /// The language whose part could not be fetched last (offline without the offline
    /// copy), until a load of it succeeds: the header and the composer say so.
    failed: RwSignal<Option<Lang>>,
}

impl Langs {
    /// Nothing loaded beyond what is built in.
    pub fn new() -> Self {
        Langs {
            version: RwSignal::new(0),
            failed: RwSignal::new(None),
        }
    }

    /// Whether `lang`'s text and message pack are there (tracked: re-runs on a load).
    pub fn loaded(self, lang: Lang) -> bool {
        self.version.track();
        i18n::is_loaded(lang)
    }

    /// The language whose part could not be fetched, if any (tracked).
    pub fn failed(self) -> Option<Lang> {
        self.failed.get()
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

    /// Fetches and registers `lang`'s part, then runs `then` (or `failed`).
    #[cfg(tactful_split)]
    fn fetch(self, lang: Lang, then: impl FnOnce() + 'static, failed: impl FnOnce() + 'static) {
        leptos::task::spawn_local(async move {
            let loaded = match lang {
                Lang::De => german_part().await,
                Lang::Fr => french_part().await,
                Lang::Es => spanish_part().await,
                Lang::Nl => dutch_part().await,
                Lang::EnGb | Lang::EnUs => return,
            };
            match loaded {
                Ok(text) => {
                    i18n::register(text);
                    if self.failed.get_untracked() == Some(lang) {
                        self.failed.set(None);
                    }
                    self.version.update(|v| *v += 1);
                    then();
                }
                Err(_) => {
                    self.failed.set(Some(lang));
                    failed();
                }
            }
        });
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
