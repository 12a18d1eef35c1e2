//! The template in words: the composer's editor for people who do not write code. Its
//! placeholders read as bracketed names in the interface language (`[Due date]`), its
//! conditions as sentences (`[If “Payment link” is given:]`), and a menu inserts a detail
//! where the cursor is. The template language itself (`{{ due_date }}`) is only shown
//! behind "Edit the template code". The engine owns the conversion both ways
//! ([`to_people`], [`from_people`]); this file only supplies the words.

use leptos::prelude::*;
use tactful_engine::limits::MAX_TEMPLATE_CHARS;
use tactful_engine::message::{from_people, to_people, PeopleText, PeopleWords, PLACEHOLDERS};

use super::state::{MessageState, Source};
use crate::context::use_i18n;
use crate::i18n::{self, placeholder_msg, Lang, Msg};

/// Calls `f` with the people's words of `lang`.
pub(crate) fn with_words<R>(lang: Lang, f: impl FnOnce(&PeopleWords<'_>) -> R) -> R {
    // (The closure's result borrows for as long as the words do: a bound, not an annotation.)
    fn labels<'a, F: Fn(&str) -> Option<&'a str>>(f: F) -> F {
        f
    }
    let label = labels(move |name| placeholder_msg(name).map(|msg| i18n::text(lang, msg)));
    let words = PeopleWords {
        label: &label,
        if_given: i18n::text(lang, Msg::PeopleIfGiven),
        if_not_given: i18n::text(lang, Msg::PeopleIfNotGiven),
        if_equals: i18n::text(lang, Msg::PeopleIfEquals),
        if_not_equals: i18n::text(lang, Msg::PeopleIfNotEquals),
        otherwise: i18n::text(lang, Msg::PeopleOtherwise),
        end: i18n::text(lang, Msg::PeopleEnd),
    };
    f(&words)
}

/// The byte index of the UTF-16 offset `at` in `text` (a textarea's cursor), clamped to
/// the text.
fn byte_index(text: &str, at: u32) -> usize {
    let mut units = 0u32;
    for (index, c) in text.char_indices() {
        if units >= at {
            return index;
        }
        units += u32::try_from(c.len_utf16()).unwrap_or(2);
    }
    text.len()
}

/// `[label]` put into `text` in place of the UTF-16 range `start..end`; returns the new
/// text and the UTF-16 offset just after the insertion.
fn insert_at(text: &str, start: u32, end: u32, label: &str) -> (String, u32) {
    let length = u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX);
    let start = start.min(length);
    let end = end.clamp(start, length);
    let (from, to) = (byte_index(text, start), byte_index(text, end));
    let bracket = format!("[{label}]");
    let cursor = start + u32::try_from(bracket.encode_utf16().count()).unwrap_or(0);
    (format!("{}{bracket}{}", &text[..from], &text[to..]), cursor)
}

/// The subject and body, in words or as template code, and the insert menu.
#[component]
pub fn TemplateFields(
    /// True while the message language's text is still being fetched.
    #[prop(into)]
    waiting: Signal<bool>,
    /// Keeps an edited wording for the current template and tone.
    set_source: Callback<Source>,
) -> impl IntoView {
    let state = expect_context::<MessageState>();
    let i18n = use_i18n();
    let code = state.form.code_view;
    let people = Memo::new(move |_| {
        let lang = i18n.lang.get();
        state
            .source()
            .with(|s| with_words(lang, |w| (to_people(&s.subject, w), to_people(&s.body, w))))
    });
    // Words back into the template, with the brackets of the text being edited.
    let from_words = move |text: &str, pick: fn(&(PeopleText, PeopleText)) -> &PeopleText| {
        let lang = i18n.lang.get_untracked();
        people.with_untracked(|p| with_words(lang, |w| from_people(text, &pick(p).tokens, w)))
    };
    let set_subject = move |subject: String| {
        let mut source = state.source().get_untracked();
        source.subject = subject;
        set_source.run(source);
    };
    let set_body = move |body: String| {
        let mut source = state.source().get_untracked();
        source.body = body;
        set_source.run(source);
    };
    let body_ref = NodeRef::<leptos::html::Textarea>::new();
    let menu = NodeRef::<leptos::html::Select>::new();
    let insert = move |_| {
        let (Some(menu), Some(body)) = (menu.get_untracked(), body_ref.get_untracked()) else {
            return;
        };
        let name = menu.value();
        menu.set_value("");
        let Some(msg) = placeholder_msg(&name) else {
            return;
        };
        let text = body.value();
        let start = body.selection_start().ok().flatten().unwrap_or(u32::MAX);
        let end = body.selection_end().ok().flatten().unwrap_or(start);
        let (text, cursor) = insert_at(&text, start, end, i18n.t(msg));
        // The field first (so the cursor can be put after the insertion), then the wording:
        // the field then already shows what the wording reads as.
        body.set_value(&text);
        let _ = body.focus();
        let _ = body.set_selection_range(cursor, cursor);
        set_body(from_words(&text, |p| &p.1));
    };
    let lang_tag = move || state.lang().get().tag();
    let max = MAX_TEMPLATE_CHARS.to_string();
    let words_view = {
        let max = max.clone();
        move || {
            let max = max.clone();
            view! {
                <div class="field">
                    <label for="subject-words">{move || i18n.t(Msg::FieldSubject)}</label>
                    <input id="subject-words" type="text" maxlength=max.clone() spellcheck="true" lang=lang_tag disabled=waiting
                        prop:value=move || people.with(|p| p.0.text.clone())
                        on:input=move |ev| set_subject(from_words(&event_target_value(&ev), |p| &p.0)) />
                </div>
                <div class="field">
                    <label for="insert-placeholder">{move || i18n.t(Msg::InsertPlaceholder)}</label>
                    <select id="insert-placeholder" node_ref=menu aria-describedby="insert-placeholder-hint" disabled=waiting on:change=insert>
                        <option value="" selected=true>{move || i18n.t(Msg::InsertPlaceholderChoose)}</option>
                        {PLACEHOLDERS.iter().filter_map(|p| placeholder_msg(p.name).map(|msg| (p.name, msg))).map(|(name, msg)| view! {
                            <option value=name>{move || i18n.t(msg)}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="insert-placeholder-hint">{move || i18n.t(Msg::InsertPlaceholderHint)}</p>
                </div>
                <div class="field">
                    <label for="body-words">{move || i18n.t(Msg::FieldBody)}</label>
                    <textarea id="body-words" node_ref=body_ref rows="14" maxlength=max spellcheck="true" lang=lang_tag aria-describedby="body-words-hint" disabled=waiting
                        prop:value=move || people.with(|p| p.1.text.clone())
                        on:input=move |ev| set_body(from_words(&event_target_value(&ev), |p| &p.1))></textarea>
                    <p class="hint" id="body-words-hint">{move || i18n.t(Msg::HintTemplateWords)}</p>
                </div>
            }
        }
    };
    let code_view = move || {
        let max = max.clone();
        view! {
            <div class="field">
                <label for="subject-source">{move || i18n.t(Msg::FieldSubject)}</label>
                <input id="subject-source" type="text" maxlength=max.clone() spellcheck="true" lang=lang_tag disabled=waiting
                    prop:value=move || state.source().with(|s| s.subject.clone())
                    on:input=move |ev| set_subject(event_target_value(&ev)) />
            </div>
            <div class="field">
                <label for="body-source">{move || i18n.t(Msg::FieldBody)}</label>
                <textarea id="body-source" rows="14" maxlength=max spellcheck="true" lang=lang_tag aria-describedby="body-source-hint" disabled=waiting
                    prop:value=move || state.source().with(|s| s.body.clone())
                    on:input=move |ev| set_body(event_target_value(&ev))></textarea>
                <p class="hint" id="body-source-hint">{move || i18n.t(Msg::HintTemplateSyntax)}</p>
            </div>
            <details>
                <summary>{move || i18n.t(Msg::PlaceholderHelp)}</summary>
                <ul class="placeholders">
                    {PLACEHOLDERS.iter().map(|p| view! {
                        <li><code>{format!("{{{{ {} }}}}", p.name)}</code>" — "{p.example}</li>
                    }).collect_view()}
                </ul>
            </details>
        }
    };
    view! {
        <label class="choice-option">
            <input type="checkbox" id="template-code" prop:checked=move || code.get()
                on:change=move |ev| code.set(event_target_checked(&ev)) />
            {move || i18n.t(Msg::TemplateCodeToggle)}
        </label>
        <Show when=move || code.get() fallback=words_view>
            {code_view.clone()}
        </Show>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tactful_engine::message::lang::LangPack;
    use tactful_engine::message::{template, TemplateId};

    #[test]
    fn every_placeholder_has_a_name_for_people_in_every_language() {
        for lang in Lang::ALL {
            for p in PLACEHOLDERS {
                let msg = placeholder_msg(p.name).unwrap_or_else(|| panic!("{}", p.name));
                let label = i18n::text(*lang, msg);
                assert!(
                    !label.is_empty() && !label.contains(['[', ']']),
                    "{lang:?} {}",
                    p.name
                );
            }
        }
    }

    #[test]
    fn names_for_people_differ_within_a_language() {
        for lang in Lang::ALL {
            let mut seen = std::collections::HashSet::new();
            for p in PLACEHOLDERS {
                let label = i18n::text(*lang, placeholder_msg(p.name).unwrap());
                assert!(seen.insert(label), "{lang:?}: {label} twice");
            }
        }
    }

    #[test]
    fn every_shipped_template_reads_in_words_and_comes_back_unchanged_in_every_language() {
        for lang in Lang::ALL {
            let pack = LangPack::builtin(lang.number_locale());
            for id in TemplateId::ALL.iter().copied() {
                for &tone in tactful_engine::message::available_tones(id) {
                    let t = template(id, tone, pack).expect("shipped");
                    for source in [t.subject, t.body] {
                        with_words(*lang, |w| {
                            let people = to_people(source, w);
                            assert!(
                                !people.text.contains("{{"),
                                "{lang:?} {id:?}: {}",
                                people.text
                            );
                            assert!(
                                !people.text.contains("{%"),
                                "{lang:?} {id:?}: {}",
                                people.text
                            );
                            assert_eq!(from_people(&people.text, &people.tokens, w), source);
                        });
                    }
                }
            }
        }
    }

    #[test]
    fn the_german_words_read_as_german() {
        let source = "Rechnung {{ invoice_number }}.\n{% if payment_link %}Link: {{ payment_link }}\n{% else %}Überweisung.\n{% endif %}";
        with_words(Lang::De, |w| {
            let people = to_people(source, w);
            assert_eq!(
                people.text,
                "Rechnung [Rechnungsnummer].\n[Falls „Zahlungslink“ angegeben ist:]Link: [Zahlungslink]\n[Andernfalls:]Überweisung.\n[Ende der Bedingung]"
            );
        });
    }

    #[test]
    fn a_detail_goes_where_the_cursor_is_counted_in_utf16() {
        // "€" is one UTF-16 unit, "😀" two: the cursor after "😀 " is at 3.
        assert_eq!(
            insert_at("😀 x", 3, 3, "Due date"),
            ("😀 [Due date]x".to_owned(), 13)
        );
        assert_eq!(insert_at("ab", 1, 2, "N"), ("a[N]".to_owned(), 4));
        // A cursor past the end (unknown) appends.
        assert_eq!(
            insert_at("ab", u32::MAX, u32::MAX, "N"),
            ("ab[N]".to_owned(), 5)
        );
    }
}
