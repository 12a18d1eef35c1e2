//! The app's parts: each tool's view and the "Embed on your site" page is a part of its own,
//! cut out of the main WebAssembly module and fetched the first time it is shown.
//!
//! How: `part!` wraps a function returning the part's view constructor ([`Ctor`]).
//! In the release build (`scripts/build` passes `--cfg tactful_split`) it becomes a
//! wasm-split function (the one Leptos's `#[lazy]` uses, with failures returned instead
//! of panicking); wasm-split-cli cuts the module there and writes `pkg/__wasm_split.js`,
//! which fetches the part (and the shared pieces it needs). Every other build (native
//! tests, clippy, the wasm-bindgen component tests) gets a plain function, and
//! [`Parts::new`] starts with every part ready, so components render exactly as before.
//!
//! Rendering never waits: the view reads [`Parts::ready`] (a signal) and shows an empty
//! placeholder until the part is there; an effect in `app.rs` asks for the current part
//! ([`Parts::load`]), and the load's completion sets the signal, as a fetch result would.
//! The constructor then runs synchronously under the live owner, so contexts are found.
//! A failed fetch shows a message with a button to try again (what was typed is in the
//! main module's signals, so nothing is lost).
//!
//! Each language other than English is a part too ([`Langs`], `part!` too): German,
//! French, Spanish and Dutch interface text and message packs are fetched only by
//! visitors who use them. (Awaiting the part inside `Suspend` instead ran the view after
//! a route change had disposed its owner.) The service worker precaches the parts with
//! the rest of `dist/`.

use leptos::prelude::*;

use crate::context::use_i18n;
use crate::i18n::{self, Lang, LangText, Msg};
use crate::route::Route;

/// Builds a part's view.
pub type Ctor = fn() -> AnyView;

/// A part of the app fetched on first use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// A tool's view.
    Tool(Route),
    /// The "Embed on your site" page.
    EmbedPage,
}

impl Part {
    fn index(self) -> usize {
        match self {
            Part::Tool(Route::Plan) => 0,
            Part::Tool(Route::Discount) => 1,
            Part::Tool(Route::Timeline) => 2,
            Part::Tool(Route::Message) => 3,
            Part::EmbedPage => 4,
        }
    }
}

/// Where a part is: not fetched (or on its way), there, or its fetch failed.
#[derive(Clone, Copy)]
#[cfg_attr(not(tactful_split), allow(dead_code))]
enum Slot {
    Waiting,
    Ready(Ctor),
    Failed,
}

/// Which parts are loaded (made by `app.rs`, which shows them).
#[derive(Clone, Copy)]
pub struct Parts {
    slots: [RwSignal<Slot>; 5],
}

impl Parts {
    /// No part loaded yet (release build), or every part ready (other builds).
    pub fn new() -> Self {
        #[cfg(tactful_split)]
        let slots = std::array::from_fn(|_| RwSignal::new(Slot::Waiting));
        #[cfg(not(tactful_split))]
        let slots = [
            plan_part(),
            discount_part(),
            timeline_part(),
            message_part(),
            embed_page_part(),
        ]
        .map(|ctor| RwSignal::new(Slot::Ready(ctor)));
        Parts { slots }
    }

    /// The part's constructor once it is loaded (tracked).
    pub fn ready(self, part: Part) -> Option<Ctor> {
        match self.slots[part.index()].get() {
            Slot::Ready(ctor) => Some(ctor),
            Slot::Waiting | Slot::Failed => None,
        }
    }

    /// Starts fetching `part` unless it is loaded (again, after a failed fetch). Asking
    /// again while it is on its way costs no second fetch: the split loader shares one
    /// attempt between callers. A failed fetch (offline without the service worker's
    /// copy, e.g. in an agency's iframe) shows a message with a button that asks again.
    pub fn load(self, part: Part) {
        #[cfg(tactful_split)]
        {
            let slot = self.slots[part.index()];
            if matches!(slot.get_untracked(), Slot::Ready(_)) {
                return;
            }
            slot.set(Slot::Waiting);
            leptos::task::spawn_local(async move {
                let loaded = match part {
                    Part::Tool(Route::Plan) => plan_part().await,
                    Part::Tool(Route::Discount) => discount_part().await,
                    Part::Tool(Route::Timeline) => timeline_part().await,
                    Part::Tool(Route::Message) => message_part().await,
                    Part::EmbedPage => embed_page_part().await,
                };
                slot.set(match loaded {
                    Ok(ctor) => Slot::Ready(ctor),
                    Err(_) => Slot::Failed,
                });
            });
        }
        #[cfg(not(tactful_split))]
        let _ = part;
    }

    /// The part's view; while it loads, an empty placeholder of the same role; if its
    /// fetch failed, what happened and a button to try again.
    pub fn view(self, part: Part) -> AnyView {
        match self.slots[part.index()].get() {
            Slot::Ready(ctor) => ctor(),
            Slot::Waiting => {
                view! { <section class="panel part-loading" aria-busy="true"></section> }.into_any()
            }
            Slot::Failed => {
                let i18n = use_i18n();
                view! {
                    <section class="panel part-loading part-failed" data-testid="part-failed">
                        <p role="alert">{move || i18n.t(Msg::PartFailed)}</p>
                        <p>
                            <button type="button" class="action" on:click=move |_| self.load(part)>
                                {move || i18n.t(Msg::PartRetry)}
                            </button>
                        </p>
                    </section>
                }
                .into_any()
            }
        }
    }
}

impl Default for Parts {
    fn default() -> Self {
        Self::new()
    }
}

/// `part! { fn name() -> Type { … } }`: a function cut out into a part of its own in the
/// split build, where awaiting it fetches the part first and a failed fetch is an `Err`
/// (not a panic); a plain function returning `Type` in every other build.
macro_rules! part {
    ($(#[$attr:meta])* fn $name:ident() -> $ret:ty $body:block) => {
        #[cfg(tactful_split)]
        $(#[$attr])*
        #[::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<$ret, ::leptos::wasm_split::SplitLoaderError> {
            Ok($body)
        }

        #[cfg(not(tactful_split))]
        $(#[$attr])*
        #[allow(dead_code)]
        fn $name() -> $ret $body
    };
}

part! {
    /// The instalment plan.
    fn plan_part() -> Ctor {
        || view! { <crate::views::plan::PlanView /> }.into_any()
    }
}
part! {
    /// The early-settlement discount.
    fn discount_part() -> Ctor {
        || view! { <crate::views::discount::DiscountView /> }.into_any()
    }
}
part! {
    /// The escalation timeline.
    fn timeline_part() -> Ctor {
        || view! { <crate::views::timeline::TimelineView /> }.into_any()
    }
}
part! {
    /// The message composer.
    fn message_part() -> Ctor {
        || view! { <crate::views::message::MessageView /> }.into_any()
    }
}
part! {
    /// The "Embed on your site" page.
    fn embed_page_part() -> Ctor {
        || view! { <crate::embed_page::EmbedPage /> }.into_any()
    }
}

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
