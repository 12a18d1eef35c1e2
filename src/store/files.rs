//! Saved work leaving and entering the browser: the export file, its import, and share
//! links (`#share=1.…`). Everything read is untrusted ([`crate::saved`], [`crate::share`]);
//! typed numbers travel with the language they were typed in and are re-written in ours.

use super::{ImportProblem, Store, StoreNote};
use crate::i18n::Lang;
use crate::saved::{read_str, ReadError};
use crate::share::{self, SharedCase};

use leptos::prelude::*;

impl Store {
    /// Everything, as the JSON of an export file.
    pub fn export_json(self) -> String {
        self.commit();
        let mut all = self.saved.get_untracked();
        if self.unsaved.get_untracked() {
            let id = self.current.get_untracked();
            all.cases.retain(|c| c.id != id);
        }
        all.current = None;
        // The format the typed numbers are written in, so another browser reads them.
        all.lang = Some(self.numbers_in.get_untracked().tag().to_owned());
        serde_json::to_string_pretty(&all).unwrap_or_default()
    }

    /// Adds the cases of an export file (validated like stored work); existing cases
    /// stay. Opens the first imported case.
    pub fn import_json(self, text: &str) {
        match read_str(text) {
            Err(ReadError::Unreadable) => {
                self.note
                    .set(Some(StoreNote::ImportFailed(ImportProblem::Unreadable)));
            }
            Err(ReadError::Newer(_)) => {
                self.note
                    .set(Some(StoreNote::ImportFailed(ImportProblem::Newer)));
            }
            Ok((mut imported, dropped)) => {
                let count = imported.cases.len();
                // Numbers were typed in the exporting browser's format: write them in ours.
                let ours = self.numbers_in.get_untracked().number_locale();
                if let Some(theirs) = imported.lang.as_deref().and_then(Lang::from_tag) {
                    self.registry.with_value(|r| {
                        for case in &mut imported.cases {
                            r.relocalize_fields(&mut case.fields, theirs.number_locale(), ours);
                        }
                    });
                }
                self.commit();
                let mut first = None;
                self.saved.update(|s| first = s.import(imported));
                if let Some(case) = first {
                    self.leave_current();
                    self.load(&case);
                }
                self.note.set(Some(StoreNote::Imported {
                    cases: count,
                    dropped: dropped.items,
                }));
            }
        }
    }

    /// The share-link fragment for the open case.
    pub fn share_fragment(self, route: &str, lang: Lang) -> String {
        share::encode(&SharedCase {
            route: route.to_owned(),
            lang: lang.tag().to_owned(),
            case: self.live.get_untracked(),
        })
    }

    /// Opens the case in a share-link fragment as a new, unsaved case; returns the route
    /// it was shared from ("" if none or on failure).
    pub fn open_shared(self, fragment: &str) -> String {
        let lang = self.numbers_in.get_untracked();
        match share::decode(fragment) {
            Ok(shared) => {
                self.add_and_open(shared.case);
                // Numbers were typed in the sender's language: show them in ours.
                if let Some(from) = Lang::from_tag(&shared.lang) {
                    self.registry
                        .with_value(|r| r.relocalize(from.number_locale(), lang.number_locale()));
                }
                self.unsaved.set(true);
                self.note.set(None);
                shared.route
            }
            Err(e) => {
                self.note.set(Some(StoreNote::ShareFailed(e)));
                String::new()
            }
        }
    }
}
