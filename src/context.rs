//! What the whole app shares through Leptos context: the interface language, today's date
//! and the invoice being worked on. Each is a small `Copy` handle around signals.

use chrono::NaiveDate;
use leptos::prelude::*;
use tactful_engine::invoice::{parse_invoice, FieldError, Invoice, InvoiceDraft};

use crate::i18n::{self, Lang, Msg};

/// The interface language, and a shortcut to translate with it.
#[derive(Clone, Copy)]
pub struct I18n {
    /// The language chosen for the interface.
    pub lang: RwSignal<Lang>,
}

impl I18n {
    /// The text of `msg` in the current language (reactive: re-runs when the language changes).
    pub fn t(self, msg: Msg) -> &'static str {
        i18n::text(self.lang.get(), msg)
    }

    /// [`I18n::t`] with `{placeholders}` filled.
    pub fn t_with(self, msg: Msg, args: &[(&str, &str)]) -> String {
        i18n::fill(self.t(msg), args)
    }
}

/// The I18n handle from context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Today's date, read once from the browser clock when the app starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Today(pub NaiveDate);

/// One form field: what the user typed, and whether they have left the field once (so a
/// "please fill this in" message never greets someone who has not started yet).
#[derive(Clone, Copy)]
pub struct FieldState {
    /// The raw text, exactly as typed.
    pub value: RwSignal<String>,
    /// Set when the field loses focus for the first time.
    pub touched: RwSignal<bool>,
}

impl FieldState {
    /// A field holding `initial`.
    pub fn new(initial: &str) -> Self {
        FieldState {
            value: RwSignal::new(initial.to_owned()),
            touched: RwSignal::new(false),
        }
    }
}

/// The invoice context panel's fields: typed once, read by every tool.
#[derive(Clone, Copy)]
pub struct InvoiceForm {
    pub your_business: FieldState,
    pub client_business: FieldState,
    pub client_contact: FieldState,
    pub invoice_number: FieldState,
    pub amount: FieldState,
    pub currency: FieldState,
    pub issue_date: FieldState,
    pub due_date: FieldState,
    pub payment_link: FieldState,
}

/// The invoice form and everything derived from it.
#[derive(Clone, Copy)]
pub struct InvoiceState {
    /// The raw fields.
    pub form: InvoiceForm,
    /// The invoice parsed by the engine, or every field's error.
    pub parsed: Memo<Result<Invoice, Vec<FieldError>>>,
}

impl InvoiceState {
    /// A new, empty invoice in pounds sterling, parsed with the conventions of `lang`.
    pub fn new(lang: RwSignal<Lang>) -> Self {
        let form = InvoiceForm {
            your_business: FieldState::new(""),
            client_business: FieldState::new(""),
            client_contact: FieldState::new(""),
            invoice_number: FieldState::new(""),
            amount: FieldState::new(""),
            currency: FieldState::new("GBP"),
            issue_date: FieldState::new(""),
            due_date: FieldState::new(""),
            payment_link: FieldState::new(""),
        };
        let parsed = Memo::new(move |_| {
            let draft = InvoiceDraft {
                your_business: form.your_business.value.get(),
                client_business: form.client_business.value.get(),
                client_contact: form.client_contact.value.get(),
                invoice_number: form.invoice_number.value.get(),
                amount: form.amount.value.get(),
                currency: form.currency.value.get(),
                issue_date: form.issue_date.value.get(),
                due_date: form.due_date.value.get(),
                payment_link: form.payment_link.value.get(),
            };
            parse_invoice(&draft, lang.get().number_locale())
        });
        InvoiceState { form, parsed }
    }
}

/// The invoice state from context.
pub fn use_invoice() -> InvoiceState {
    expect_context::<InvoiceState>()
}
