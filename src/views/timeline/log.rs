//! The contact log of a case: what was sent, when and how, and what the client answered.
//! Entered in a few clicks (each step's "Sent today" / "Sent on another day…" in the
//! dated list, or this form for replies and messages of your own), read by the engine
//! (`parse_contact`: each problem next to its field, in words), listed with a way to
//! remove each entry, and saved with the case (`timeline.contacts`).

use leptos::prelude::*;
use tactful_engine::amount::format_amount;
use tactful_engine::currency::Currency;
use tactful_engine::limits::MAX_CONTACTS;
use tactful_engine::timeline::{
    Channel, Contact, ContactEvent, ContactField, ContactKind, ContactProblem, StageAction,
};

use super::state::{LogState, SentPick, TimelineState};
use super::{action_key, action_msg, channel_msg, focus_later, problem_text};
use crate::context::{use_i18n, use_invoice};
use crate::error_text::{amount_error, date_error};
use crate::field::{Control, Field, Section};
use crate::format::long_date;
use crate::i18n::{fill, text, Lang, Msg};

/// The choice of "What happened", in the order offered.
fn kind_msg(kind: ContactKind) -> Msg {
    match kind {
        ContactKind::Sent => Msg::ContactKindSent,
        ContactKind::PromiseToPay => Msg::ContactKindPromise,
        ContactKind::QueryOpened => Msg::ContactKindQueryOpened,
        ContactKind::QueryResolved => Msg::ContactKindQueryResolved,
        ContactKind::PartPayment => Msg::ContactKindPartPayment,
        ContactKind::PaidInFull => Msg::ContactKindPaid,
    }
}

/// One entry of the log in words, without its day ("Second follow-up, by email").
pub(super) fn entry_text(lang: Lang, contact: &Contact, currency: Option<&Currency>) -> String {
    let say = |msg: Msg, args: &[(&str, &str)]| fill(lang, text(lang, msg), args);
    match contact.event {
        ContactEvent::Sent {
            action: Some(action),
            channel,
        } => say(
            Msg::ContactEntrySent,
            &[
                ("action", text(lang, action_msg(action))),
                ("channel", text(lang, channel_msg(channel))),
            ],
        ),
        ContactEvent::Sent {
            action: None,
            channel,
        } => say(
            Msg::ContactEntryOwn,
            &[("channel", text(lang, channel_msg(channel)))],
        ),
        ContactEvent::PromiseToPay { pay_by } => say(
            Msg::ContactEntryPromise,
            &[("date", &long_date(lang, pay_by))],
        ),
        ContactEvent::QueryOpened => text(lang, Msg::ContactEntryQueryOpened).to_owned(),
        ContactEvent::QueryResolved => text(lang, Msg::ContactEntryQueryResolved).to_owned(),
        ContactEvent::PartPayment { amount } => {
            let amount = currency.map_or_else(
                || amount.to_string(),
                |currency| format_amount(amount, currency, lang.number_locale()),
            );
            say(Msg::ContactEntryPartPayment, &[("amount", &amount)])
        }
        ContactEvent::PaidInFull => text(lang, Msg::ContactEntryPaid).to_owned(),
    }
}

/// The sentence for a field of the log form the engine cannot use.
pub(super) fn contact_problem_text(lang: Lang, problem: &ContactProblem) -> String {
    match problem {
        ContactProblem::Date(error) => date_error(lang, error),
        ContactProblem::Amount(error) => amount_error(lang, error),
        ContactProblem::InFuture => text(lang, Msg::IssueDateInFuture).to_owned(),
        ContactProblem::PayByBeforeDate => text(lang, Msg::IssuePromiseBeforeMade).to_owned(),
        ContactProblem::TooLong { max } => fill(
            lang,
            text(lang, Msg::ErrTooLong),
            &[("max", &max.to_string())],
        ),
        ContactProblem::NoteRequired => text(lang, Msg::ContactNoteRequired).to_owned(),
    }
}

/// The log form's value for a pick of "Which message".
fn pick_key(pick: SentPick) -> &'static str {
    match pick {
        SentPick::DueNow => "due-now",
        SentPick::Step(action) => action_key(action),
        SentPick::Own => "own",
    }
}

fn pick_from_key(key: &str) -> Option<SentPick> {
    match key {
        "due-now" => Some(SentPick::DueNow),
        "own" => Some(SentPick::Own),
        key => StageAction::ALL
            .iter()
            .find(|a| action_key(**a) == key)
            .map(|a| SentPick::Step(*a)),
    }
}

/// The contact log: its entries (or "Nothing sent yet") and the form that adds one, in a
/// collapsed section whose summary gives the number of entries and the latest.
#[component]
pub(super) fn ContactLog() -> impl IntoView {
    let state = expect_context::<TimelineState>();
    let i18n = use_i18n();
    let invoice = use_invoice();
    let form = state.form;
    let LogState {
        form: log,
        entries: contacts,
        parsed,
    } = state.log();
    let full = Memo::new(move |_| contacts.with(Vec::len) >= MAX_CONTACTS);
    let problem = move |field: ContactField| {
        Signal::derive(move || {
            parsed.with(|p| {
                p.as_ref()
                    .err()?
                    .iter()
                    .find(|(f, _)| *f == field)
                    .map(|(_, problem)| contact_problem_text(i18n.lang.get(), problem))
            })
        })
    };
    // The step the timeline says to send now, for "Which message".
    let due_now = Memo::new(move |_| {
        state.outcome().with(|o| {
            o.next_step
                .as_ref()
                .and_then(|n| n.step.as_ref())
                .map(|s| s.action)
        })
    });
    let add = move |_| {
        if full.get_untracked() {
            return;
        }
        match parsed.get_untracked() {
            Ok(contact) => {
                form.add_contact(contact);
                log.clear();
                focus_later("contact-log-entries".to_owned());
            }
            Err(_) => log.touch_all(),
        }
    };
    let remove = move |index: usize| {
        form.remove_contact(index);
        focus_later("contact-log-entries".to_owned());
    };
    let entries = move || {
        let lang = i18n.lang.get();
        let currency = invoice.parsed.with(|p| p.as_ref().ok().map(|i| i.currency));
        let problems: Vec<(usize, String)> = state.outcome().with(|o| {
            o.problems
                .iter()
                .chain(&o.warnings)
                .filter_map(|(field, p)| match field {
                    super::state::TimelineField::Contact(index) => {
                        Some((*index, problem_text(i18n, p)))
                    }
                    _ => None,
                })
                .collect()
        });
        contacts.with(|log| {
            if log.is_empty() {
                return view! {
                    <p class="contact-log-empty" data-testid="contact-log-empty">{text(lang, Msg::ContactLogEmpty)}</p>
                }
                .into_any();
            }
            // In date order; entries of one day in the order they were added.
            let mut order: Vec<usize> = (0..log.len()).collect();
            order.sort_by_key(|&i| (log[i].date, i));
            let items = order
                .into_iter()
                .map(|index| {
                    let contact = &log[index];
                    let day = long_date(lang, contact.date);
                    let what = entry_text(lang, contact, currency);
                    let named = fill(lang, text(lang, Msg::ContactRemoveNamed), &[("date", &day), ("what", &what)]);
                    let error = problems
                        .iter()
                        .find(|(i, _)| *i == index)
                        .map(|(_, sentence)| view! { <p class="field-error" id=format!("contact-{index}-error")>{sentence.clone()}</p> });
                    let invalid = error.is_some();
                    let note = (!contact.note.is_empty()).then(|| view! { <p class="contact-note">{contact.note.clone()}</p> });
                    view! {
                        <li class="contact-entry" class:field-invalid=invalid data-kind=contact.event.kind().name()>
                            <p class="contact-what"><strong>{day}</strong>" · "{what}</p>
                            {note}
                            {error}
                            <p class="editor-buttons">
                                <button type="button" class="secondary" id=format!("contact-{index}-remove") aria-label=named
                                    on:click=move |_| remove(index)>{text(lang, Msg::ContactRemove)}</button>
                            </p>
                        </li>
                    }
                })
                .collect_view();
            view! { <ol class="contact-list" data-testid="contact-log-list">{items}</ol> }.into_any()
        })
    };
    let kinds = ContactKind::ALL
        .iter()
        .map(|&kind| {
            view! {
                <option value=kind.name() prop:selected=move || log.kind.get() == kind>{move || i18n.t(kind_msg(kind))}</option>
            }
        })
        .collect_view();
    let picks = move || {
        let lang = i18n.lang.get();
        let due_now = due_now.get();
        let chosen = match (log.pick.get(), due_now) {
            (SentPick::DueNow, None) => SentPick::Own,
            (pick, _) => pick,
        };
        let option = |pick: SentPick, label: String| {
            view! { <option value=pick_key(pick) selected=chosen == pick>{label}</option> }
        };
        let first = due_now.map(|action| {
            option(
                SentPick::DueNow,
                fill(
                    lang,
                    text(lang, Msg::ContactStepDueNow),
                    &[("action", text(lang, action_msg(action)))],
                ),
            )
        });
        let steps = StageAction::ALL
            .iter()
            .map(|&action| {
                option(
                    SentPick::Step(action),
                    text(lang, action_msg(action)).to_owned(),
                )
            })
            .collect_view();
        view! {
            {first}
            {steps}
            {option(SentPick::Own, text(lang, Msg::ContactStepOwn).to_owned())}
        }
    };
    let channels = move || {
        Channel::ALL
            .iter()
            .map(|&channel| {
                view! {
                    <option value=channel.name() prop:selected=move || log.channel.get() == channel>{move || i18n.t(channel_msg(channel))}</option>
                }
            })
            .collect_view()
    };
    let is_kind = move |kind: ContactKind| Memo::new(move |_| log.kind.get() == kind);
    let (sent, promise, part) = (
        is_kind(ContactKind::Sent),
        is_kind(ContactKind::PromiseToPay),
        is_kind(ContactKind::PartPayment),
    );
    let sent_fields = move || {
        sent.get().then(|| {
            view! {
                <div class="field">
                    <label for="contact-step">{move || i18n.t(Msg::ContactStepLabel)}</label>
                    <select id="contact-step" on:change=move |ev| {
                        if let Some(pick) = pick_from_key(&event_target_value(&ev)) {
                            log.pick.set(pick);
                        }
                    }>{picks}</select>
                </div>
                <div class="field">
                    <label for="contact-channel">{move || i18n.t(Msg::ContactChannelLabel)}</label>
                    <select id="contact-channel" on:change=move |ev| {
                        if let Some(channel) = Channel::from_name(&event_target_value(&ev)) {
                            log.channel.set(channel);
                        }
                    }>{channels()}</select>
                </div>
            }
        })
    };
    let promise_field = move || {
        promise.get().then(|| {
            view! { <Field id="contact-pay-by" label=Msg::ContactPayByLabel state=log.pay_by error=problem(ContactField::PayBy) control=Control::Date /> }
        })
    };
    let amount_field = move || {
        part.get().then(|| {
            view! { <Field id="contact-amount" label=Msg::ContactAmountLabel state=log.amount error=problem(ContactField::Amount) control=Control::Text { inputmode: "decimal" } /> }
        })
    };
    // The section's summary line: how many entries, and the latest (by date).
    let summary: crate::field::Summary = Box::new(move || {
        let lang = i18n.lang.get();
        let currency = invoice.parsed.with(|p| p.as_ref().ok().map(|i| i.currency));
        contacts.with(|log| {
            let latest = log.iter().enumerate().max_by_key(|(i, c)| (c.date, *i));
            latest.map_or_else(String::new, |(_, contact)| {
                let last = format!(
                    "{} · {}",
                    long_date(lang, contact.date),
                    entry_text(lang, contact, currency)
                );
                i18n.t_with(
                    Msg::ContactLogSummary,
                    &[("n", &log.len().to_string()), ("last", &last)],
                )
            })
        })
    });
    // An entry the engine refuses (a query resolved when none is open) marks the section.
    let entry_problem = Signal::derive(move || {
        state.outcome().with(|o| {
            o.problems
                .iter()
                .any(|(f, _)| matches!(f, super::state::TimelineField::Contact(_)))
        })
    });
    view! {
        <Section id="timeline-contacts" title=Msg::ContactLogLegend values=summary problem=entry_problem>
        <div class="contact-log" data-testid="contact-log">
            <p class="hint">{move || i18n.t(Msg::ContactLogHint)}</p>
            <div id="contact-log-entries" tabindex="-1" aria-live="polite">{entries}</div>
            <div class="field">
                <label for="contact-kind">{move || i18n.t(Msg::ContactKindLabel)}</label>
                <select id="contact-kind" on:change=move |ev| {
                    if let Some(kind) = ContactKind::from_name(&event_target_value(&ev)) {
                        log.kind.set(kind);
                    }
                }>{kinds}</select>
            </div>
            {sent_fields}
            <Field id="contact-date" label=Msg::ContactDateLabel state=log.date error=problem(ContactField::Date) control=Control::Date />
            {promise_field}
            {amount_field}
            <Field id="contact-note" label=Msg::ContactNoteLabel hint=Msg::ContactNoteHint state=log.note error=problem(ContactField::Note) optional=true />
            <p class="editor-buttons">
                <button type="button" id="contact-add" on:click=add disabled=move || full.get()>{move || i18n.t(Msg::ContactAdd)}</button>
            </p>
            {move || full.get().then(|| view! {
                <p class="field-warning" role="status">{i18n.t_with(Msg::ContactLogFull, &[("max", &MAX_CONTACTS.to_string())])}</p>
            })}
        </div>
        </Section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use rust_decimal::Decimal;
    use tactful_engine::amount::AmountError;
    use tactful_engine::dates::DateParseError;

    #[test]
    fn every_entry_and_every_problem_reads_in_every_language() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap_or_default();
        let gbp = tactful_engine::currency::currency("GBP").ok();
        let entries = [
            Contact::sent(day, StageAction::SecondFollowUp, Channel::Email),
            Contact::new(
                day,
                ContactEvent::Sent {
                    action: None,
                    channel: Channel::PhoneCall,
                },
            ),
            Contact::new(day, ContactEvent::PromiseToPay { pay_by: day }),
            Contact::new(day, ContactEvent::QueryOpened),
            Contact::new(day, ContactEvent::QueryResolved),
            Contact::new(
                day,
                ContactEvent::PartPayment {
                    amount: Decimal::new(120_000, 2),
                },
            ),
            Contact::new(day, ContactEvent::PaidInFull),
        ];
        let problems = [
            ContactProblem::Date(DateParseError::Empty),
            ContactProblem::Amount(AmountError::NotPositive),
            ContactProblem::InFuture,
            ContactProblem::PayByBeforeDate,
            ContactProblem::TooLong { max: 500 },
            ContactProblem::NoteRequired,
        ];
        for &lang in Lang::ALL {
            for entry in &entries {
                let words = entry_text(lang, entry, gbp);
                assert!(
                    !words.contains('{') && !words.is_empty(),
                    "{lang:?}: {words}"
                );
            }
            for problem in &problems {
                let words = contact_problem_text(lang, problem);
                assert!(
                    !words.contains('{') && !words.is_empty(),
                    "{lang:?}: {words}"
                );
            }
            for kind in ContactKind::ALL {
                assert!(!text(lang, kind_msg(kind)).is_empty());
            }
        }
        assert_eq!(
            entry_text(Lang::EnGb, &entries[0], gbp),
            "Second follow-up, by email"
        );
        assert_eq!(
            entry_text(Lang::EnGb, &entries[5], gbp),
            "Part payment of £1,200.00"
        );
        assert_eq!(
            entry_text(Lang::De, &entries[2], gbp),
            "Zahlung zugesagt bis Montag, 7. Dezember 2026"
        );
        assert_eq!(
            contact_problem_text(Lang::EnGb, &ContactProblem::TooLong { max: 500 }),
            "This is too long: at most 500 characters."
        );
    }

    #[test]
    fn every_pick_of_which_message_has_a_value_that_reads_back() {
        let picks = StageAction::ALL
            .iter()
            .map(|a| SentPick::Step(*a))
            .chain([SentPick::DueNow, SentPick::Own]);
        let mut keys = Vec::new();
        for pick in picks {
            assert_eq!(pick_from_key(pick_key(pick)), Some(pick));
            keys.push(pick_key(pick));
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), StageAction::ALL.len() + 2);
        assert_eq!(pick_from_key("nudge"), None);
    }
}
