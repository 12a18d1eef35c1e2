//! Saved work in the browser: localStorage and the cases (this file), the field registry
//! (`registry.rs`) with the stable names of choices (`names.rs`), the export file and share
//! links (`files.rs`), and the interface language as saved (`language.rs`). The schema and
//! its checks are in [`crate::saved`] and [`crate::share`].
//!
//! - Every persisted input is registered once in [`register_all`] under a stable key; the
//!   current case is always *derived* from those signals ([`Store::live`]), never copied
//!   into a second signal.
//! - One `Effect` writes the whole store to localStorage whenever anything changes. It is
//!   the only writer of storage; the status signal it sets is the outside world's answer
//!   (saved / storage full), like a fetch result.
//! - Switching, creating, duplicating, deleting, importing and opening a link are event
//!   handlers: they write the signals directly.

mod files;
mod language;
pub mod names;
mod registry;

pub use registry::{register_all, Registry};

use std::collections::{BTreeMap, HashMap};

use leptos::prelude::*;
use tactful_engine::message::{TemplateId, ToneVariant};

use crate::i18n::Lang;
use crate::saved::{read_str, Case, ReadError, Saved};
use crate::share::ShareError;
use crate::theme::Theme;
use crate::views::message::state::Source;
use registry::{edits_of, templates_of};

/// The localStorage key of the saved work.
pub const STORAGE_KEY: &str = "tactful";
/// The localStorage key of an embedded Tactful's work (`?embed=1`): kept apart from the
/// full app's cases, one open case, no list.
pub const EMBED_STORAGE_KEY: &str = "tactful.embed";
/// The prefix of backups of unreadable saved work (`tactful.backup.1`, ...).
pub const BACKUP_PREFIX: &str = "tactful.backup.";
/// The largest file [`Store::import`] reads.
pub const MAX_IMPORT_BYTES: f64 = 5_000_000.0;

/// What the store has to tell the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreNote {
    /// localStorage is missing or refused (private mode, disabled).
    Unavailable,
    /// The last change could not be written: storage is full.
    Full,
    /// Saved work could not be read; it was kept under `key` and the app started clean.
    Recovered { key: String, raw: String },
    /// Saved work came from a newer version; kept under `key`.
    Newer { key: String, raw: String },
    /// Some damaged items were left out when reading.
    Dropped(usize),
    /// A file was imported: this many cases, and this many damaged items left out.
    Imported { cases: usize, dropped: usize },
    /// A file could not be imported.
    ImportFailed(ImportProblem),
    /// A share link could not be opened.
    ShareFailed(ShareError),
}

/// Why an import failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImportProblem {
    /// Not saved work (not JSON, wrong shape).
    Unreadable,
    /// From a newer version.
    Newer,
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge,
    /// The browser could not read the file.
    NotRead,
}

/// The saved cases and the open one, shared through context.
#[derive(Clone, Copy)]
pub struct Store {
    /// Every case. The open case's entry holds what was loaded into the form; its live
    /// contents are [`Store::live`].
    pub saved: RwSignal<Saved>,
    /// The id of the open case.
    pub current: RwSignal<String>,
    /// Set while the open case came from a share link and has not been kept.
    pub unsaved: RwSignal<bool>,
    /// The latest thing to tell the user.
    pub note: RwSignal<Option<StoreNote>>,
    /// The open case as it is now (derived from every registered input).
    pub live: Memo<Case>,
    registry: StoredValue<Registry, LocalStorage>,
    key: &'static str,
    edits: RwSignal<HashMap<(Lang, TemplateId, ToneVariant), Source>>,
    /// What a new case starts with (see [`Store::start`]).
    fresh: StoredValue<BTreeMap<String, String>>,
    /// The interface language chosen last. The interface shows it once its text is
    /// loaded (`split.rs`, [`Langs`]); until then it keeps the one it has.
    chosen: StoredValue<Lang>,
    /// The language saved with the work: the interface's once it is shown (the one chosen
    /// at start until then), whose format the typed numbers are written in.
    numbers_in: RwSignal<Lang>,
}

thread_local! {
    /// Whether the latest contents are stored: false while storage is refused or full, or
    /// while the open case is an unsaved shared case. Read by the panic screen, which must
    /// not claim the work is saved when it is not (a plain cell: a panic hook touches no
    /// signal).
    static STORED: std::cell::Cell<bool> = const { std::cell::Cell::new(true) };
}

/// Whether everything typed so far is stored in this browser (see `STORED`).
pub fn work_is_stored() -> bool {
    STORED.get()
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Keeps `raw` under a fresh backup key; returns the key ("" if it could not be kept).
fn back_up(storage: &web_sys::Storage, raw: &str) -> String {
    (1..1000)
        .map(|n| format!("{BACKUP_PREFIX}{n}"))
        .find(|key| storage.get_item(key).ok().flatten().is_none())
        .filter(|key| storage.set_item(key, raw).is_ok())
        .unwrap_or_default()
}

impl Store {
    /// Reads localStorage (untrusted), builds the registry and opens the last case.
    /// Called once, before the app is shown. `key` is [`STORAGE_KEY`], or
    /// [`EMBED_STORAGE_KEY`] in embed mode. `lang` is the interface language to use
    /// unless saved work chose another: see [`Store::chosen_lang`].
    ///
    /// `fresh` is what a new case starts with (the visitor's currency and holidays, the
    /// embed's parameters): saved explicitly in each new case, so a case reads the same in
    /// every browser, whatever that browser's language.
    pub fn start(
        key: &'static str,
        lang: Lang,
        theme: RwSignal<Theme>,
        register: impl FnOnce(&mut Registry),
        edits: RwSignal<HashMap<(Lang, TemplateId, ToneVariant), Source>>,
        fresh: BTreeMap<String, String>,
    ) -> Store {
        let mut registry = Registry::default();
        register(&mut registry);
        let mut note = None;
        let mut saved = Saved::empty();
        match storage() {
            None => note = Some(StoreNote::Unavailable),
            Some(storage) => match storage.get_item(key) {
                Err(_) => note = Some(StoreNote::Unavailable),
                Ok(None) => {}
                Ok(Some(raw)) => match read_str(&raw) {
                    Ok((read, dropped)) => {
                        saved = read;
                        if !dropped.is_empty() {
                            note = Some(StoreNote::Dropped(dropped.items));
                        }
                    }
                    Err(ReadError::Unreadable) => {
                        let key = back_up(&storage, &raw);
                        note = Some(StoreNote::Recovered { key, raw });
                    }
                    Err(ReadError::Newer(_)) => {
                        let key = back_up(&storage, &raw);
                        note = Some(StoreNote::Newer { key, raw });
                    }
                },
            },
        }
        let lang = saved
            .lang
            .as_deref()
            .and_then(Lang::from_tag)
            .unwrap_or(lang);
        if let Some(t) = saved.theme.as_deref() {
            theme.set(Theme::from_tag(t));
        }
        let current = match saved.current.clone().filter(|id| saved.case(id).is_some()) {
            Some(id) => id,
            None => match saved.cases.first() {
                Some(c) => c.id.clone(),
                None => {
                    let id = saved.new_id();
                    saved.cases.push(Case {
                        id: id.clone(),
                        fields: fresh.clone(),
                        ..Case::default()
                    });
                    id
                }
            },
        };
        if let Some(case) = saved.case(&current) {
            registry.apply(&case.fields);
            edits.set(edits_of(&case.templates));
        }
        let registry = StoredValue::new_local(registry);
        let saved = RwSignal::new(saved);
        let current = RwSignal::new(current);
        let live = Memo::new(move |_| {
            let id = current.get();
            let name = saved.with(|s| s.case(&id).map(|c| c.name.clone()).unwrap_or_default());
            Case {
                id,
                name,
                fields: registry.with_value(Registry::snapshot),
                templates: edits.with(templates_of),
            }
        });
        let store = Store {
            saved,
            current,
            unsaved: RwSignal::new(false),
            note: RwSignal::new(note),
            live,
            registry,
            key,
            edits,
            fresh: StoredValue::new(fresh),
            chosen: StoredValue::new(lang),
            numbers_in: RwSignal::new(lang),
        };
        store.persist(theme);
        store
    }

    /// The one effect that writes localStorage: the whole store, with the open case as
    /// it is now (left out while it is an unsaved shared case).
    fn persist(self, theme: RwSignal<Theme>) {
        let available = storage().is_some();
        Effect::new(move |_| {
            let mut all = self.saved.get();
            let live = self.live.get();
            let unsaved = self.unsaved.get();
            all.lang = Some(self.numbers_in.get().tag().to_owned());
            all.theme = Some(theme.get().tag().to_owned());
            if unsaved {
                all.cases.retain(|c| c.id != live.id);
            } else {
                all.current = Some(live.id.clone());
                match all.cases.iter_mut().find(|c| c.id == live.id) {
                    Some(entry) => *entry = live,
                    None => all.cases.push(live),
                }
            }
            let Some(storage) = storage() else {
                STORED.set(false);
                return;
            };
            let text = crate::saved::to_json(&all);
            let full = storage.set_item(self.key, &text).is_err();
            STORED.set(!full && !unsaved);
            let shown = self.note.get_untracked();
            if full && shown != Some(StoreNote::Full) {
                self.note.set(Some(StoreNote::Full));
            } else if !full && shown == Some(StoreNote::Full) {
                self.note.set(None);
            }
        });
        if !available {
            self.note.set(Some(StoreNote::Unavailable));
        }
    }

    /// Writes the open case's live contents into the list (before leaving it).
    fn commit(self) {
        if self.unsaved.get_untracked() {
            return;
        }
        let live = self.live.get_untracked();
        self.saved.update(|s| {
            if let Some(entry) = s.cases.iter_mut().find(|c| c.id == live.id) {
                *entry = live;
            }
        });
    }

    /// Before another case opens: keeps the open case's live contents, or forgets it if
    /// it is a shared case the user has not saved.
    fn leave_current(self) {
        if self.unsaved.get_untracked() {
            let old = self.current.get_untracked();
            self.saved.update(|s| s.cases.retain(|c| c.id != old));
            self.unsaved.set(false);
        } else {
            self.commit();
        }
    }

    fn load(self, case: &Case) {
        self.registry.with_value(|r| r.apply(&case.fields));
        self.edits.set(edits_of(&case.templates));
        self.current.set(case.id.clone());
    }

    /// Opens the case `id`, keeping the one open now.
    pub fn switch_to(self, id: &str) {
        self.commit();
        let Some(case) = self.saved.with_untracked(|s| s.case(id).cloned()) else {
            return;
        };
        self.leave_current();
        self.load(&case);
    }

    /// Adds `case` (with a fresh id) and opens it.
    fn add_and_open(self, mut case: Case) {
        self.leave_current();
        self.saved.update(|s| {
            case.id = s.new_id();
            s.cases.push(case.clone());
        });
        self.load(&case);
    }

    /// A new case: empty but for the visitor's defaults.
    fn fresh_case(self) -> Case {
        Case {
            fields: self.fresh.get_value(),
            ..Case::default()
        }
    }

    /// Opens a new, empty case.
    pub fn new_case(self) {
        self.add_and_open(self.fresh_case());
    }

    /// Opens the example case `fields` (over the visitor's defaults) named `name`: in
    /// place of the open case when `replace` (it is still empty), otherwise beside it.
    pub fn open_example(self, replace: bool, name: String, fields: BTreeMap<String, String>) {
        if replace && !self.unsaved.get_untracked() {
            let open = self.current.get_untracked();
            self.saved.update(|s| s.cases.retain(|c| c.id != open));
        }
        let mut case = self.fresh_case();
        case.name = name;
        case.fields.extend(fields);
        self.add_and_open(case);
    }

    /// Opens a copy of the open case named `name`.
    pub fn duplicate(self, name: String) {
        let mut copy = self.live.get_untracked();
        copy.name = name;
        self.add_and_open(copy);
    }

    /// Deletes the open case and opens another (a new one if none is left).
    pub fn delete_current(self) {
        let id = self.current.get_untracked();
        self.unsaved.set(false);
        self.saved.update(|s| s.cases.retain(|c| c.id != id));
        match self.saved.with_untracked(|s| s.cases.first().cloned()) {
            Some(next) => self.load(&next),
            None => self.add_and_open(self.fresh_case()),
        }
    }

    /// Renames the open case.
    pub fn rename(self, name: String) {
        let id = self.current.get_untracked();
        self.saved.update(|s| {
            if let Some(c) = s.cases.iter_mut().find(|c| c.id == id) {
                c.name = name;
            }
        });
    }

    /// Keeps the open shared case like any other.
    pub fn keep(self) {
        self.unsaved.set(false);
    }
}
