//! The first thing a visitor with an empty case sees: what to do ("Fill in the invoice, or
//! try an example") and a button that opens a realistic example case in their language
//! and currency; while the example is open, a note that says so and removes it in one click.

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use leptos::prelude::*;
use rust_decimal::Decimal;

use crate::context::{use_i18n, use_invoice, Today};
use crate::i18n::{text, Lang, Msg};
use crate::store::Store;

/// The example case's saved fields for a visitor reading `lang` on `today`: a client 22
/// days late on a 4,800 invoice (30 days' terms), who did not answer the friendly reminder
/// sent a week after the due date; a six-month plan starting in a fortnight. Numbers are
/// written in `lang`'s format, as typed numbers are saved.
pub fn example_fields(lang: Lang, today: NaiveDate) -> BTreeMap<String, String> {
    let day = |days_ago: u64| today.checked_sub_days(Days::new(days_ago)).unwrap_or(today);
    let iso = tactful_engine::dates::iso_date;
    let in_two_weeks = today.checked_add_days(Days::new(14)).unwrap_or(today);
    // The contact log's saved form (engine `timeline::encode_contacts`, whose names never
    // change): the friendly overdue reminder, by email. Written out here so the first
    // screen does not carry the log's encoder; a test decodes it.
    let reminder = format!("1|{},sent,friendly_overdue,email,", iso(day(15)));
    let amount = crate::format::plain_number(Decimal::from(4800), 2, lang.number_locale());
    [
        ("case.example", "true".to_owned()),
        (
            "invoice.your_business",
            text(lang, Msg::ExampleYourBusiness).to_owned(),
        ),
        (
            "invoice.client_business",
            text(lang, Msg::ExampleClient).to_owned(),
        ),
        (
            "invoice.client_contact",
            text(lang, Msg::ExampleContact).to_owned(),
        ),
        (
            "invoice.number",
            text(lang, Msg::ExampleInvoiceNumber).to_owned(),
        ),
        ("invoice.amount", amount),
        ("invoice.issue_date", iso(day(52))),
        ("invoice.due_date", iso(day(22))),
        ("timeline.contacts", reminder),
        ("plan.count", "6".to_owned()),
        ("plan.first_due", iso(in_two_weeks)),
        ("message.sender", text(lang, Msg::ExampleSender).to_owned()),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), value))
    .collect()
}

/// The start panel: shown while the open case is empty, or is the example.
#[component]
pub fn StartPanel() -> impl IntoView {
    let i18n = use_i18n();
    let invoice = use_invoice();
    let store = expect_context::<Store>();
    let Today(today) = expect_context::<Today>();
    let form = invoice.form;
    let empty = move || {
        !invoice.is_account()
            && [form.amount, form.due_date, form.client_business]
                .iter()
                .all(|f| f.value.with(|v| v.trim().is_empty()))
    };
    let try_example = move |_| {
        let lang = i18n.lang.get_untracked();
        store.open_example(
            empty(),
            text(lang, Msg::ExampleCaseName).to_owned(),
            example_fields(lang, today),
        );
    };
    view! {
        <section class="start-panel example-note" data-testid="example-note" hidden=move || !invoice.example.get()
            aria-label=move || i18n.t(Msg::ExampleCaseName)>
            <p>{move || i18n.t(Msg::ExampleNote)}</p>
            <p class="actions">
                <button type="button" class="secondary" on:click=move |_| store.delete_current()>
                    {move || i18n.t(Msg::ExampleRemove)}
                </button>
            </p>
        </section>
        <section class="start-panel" data-testid="start-panel" hidden=move || invoice.example.get() || !empty()
            aria-label=move || i18n.t(Msg::StartExample)>
            <p>{move || i18n.t(Msg::StartText)}</p>
            <p class="actions start-actions">
                <button type="button" class="action" on:click=try_example>{move || i18n.t(Msg::StartExample)}</button>
                <button type="button" class="secondary" on:click=|_| crate::field::focus_field("amount")>{move || i18n.t(Msg::StartFill)}</button>
            </p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_example_is_a_client_22_days_late_in_the_visitors_language_and_number_format() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let en = example_fields(Lang::EnGb, today);
        assert_eq!(en["invoice.amount"], "4,800");
        assert_eq!(en["invoice.issue_date"], "2026-10-16");
        assert_eq!(en["invoice.due_date"], "2026-11-15");
        assert_eq!(en["plan.first_due"], "2026-12-21");
        assert_eq!(en["invoice.client_business"], "Acme Ltd");
        assert_eq!(
            en["timeline.contacts"],
            "1|2026-11-22,sent,friendly_overdue,email,"
        );
        // The log reads back as the reminder it stands for.
        use tactful_engine::timeline::{decode_contacts, Channel, Contact, StageAction};
        assert_eq!(
            decode_contacts(&en["timeline.contacts"]),
            vec![Contact::sent(
                NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
                StageAction::FriendlyOverdue,
                Channel::Email
            )]
        );
        let de = example_fields(Lang::De, today);
        assert_eq!(de["invoice.amount"], "4.800");
        assert_eq!(de["invoice.client_business"], "Muster GmbH");
        assert_eq!(de["case.example"], "true");
    }
}
