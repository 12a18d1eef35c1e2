//! The interface language as saved work sees it: which one was chosen, when it shows,
//! and re-writing typed numbers in its format (the open case and every saved one).

use leptos::prelude::*;

use super::Store;
use crate::i18n::Lang;
use crate::langs::Langs;

impl Store {
    /// The interface language chosen: saved work's, else the one given to [`Store::start`],
    /// or the one set by [`Store::start_in`] (not tracked).
    pub fn chosen_lang(self) -> Lang {
        self.chosen.get_value()
    }

    /// Makes `to` the chosen language at start-up, as if saved work had chosen it (the
    /// embed's language parameter): typed numbers are taken as written in its format.
    pub fn start_in(self, to: Lang) {
        self.chosen.set_value(to);
        self.numbers_in.set(to);
    }

    /// Switches the interface language (an event handler: the language menu calls it).
    /// The interface switches when the language's text is loaded, re-writing typed numbers
    /// in its format, and the language is saved then ([`Store::show_language`]); the last
    /// choice wins.
    /// If its part cannot be fetched, the interface stays as it is and `failed` runs (the
    /// menu puts the language in use back; the header says what happened).
    pub fn change_language(
        self,
        langs: Langs,
        lang: RwSignal<Lang>,
        to: Lang,
        failed: impl FnOnce() + 'static,
    ) {
        self.chosen.set_value(to);
        langs.load(
            to,
            move || self.show_language(lang, to),
            move || {
                if self.chosen.get_value() == to {
                    self.chosen.set_value(lang.get_untracked());
                }
                failed();
            },
        );
    }

    /// Shows the interface in `to`, a loaded language, instead of the chosen one (at
    /// start-up, when the chosen language's part cannot be fetched).
    pub fn show_instead(self, lang: RwSignal<Lang>, to: Lang) {
        self.chosen.set_value(to);
        self.show_language(lang, to);
    }

    /// Shows the interface in `to`, a loaded language, unless another has been chosen
    /// since; typed numbers are re-written in its format.
    pub fn show_language(self, lang: RwSignal<Lang>, to: Lang) {
        if self.chosen.get_value() != to {
            return;
        }
        let from = self.numbers_in.get_untracked();
        self.numbers_in.set(to);
        lang.set(to);
        let (from, to) = (from.number_locale(), to.number_locale());
        self.registry.with_value(|r| r.relocalize(from, to));
        // Every other saved case is written in the same format as the open one.
        let open = self.current.get_untracked();
        self.registry.with_value(|r| {
            self.saved.update(|saved| {
                for case in saved.cases.iter_mut().filter(|c| c.id != open) {
                    r.relocalize_fields(&mut case.fields, from, to);
                }
            });
        });
    }
}
