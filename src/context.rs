//! What the whole app shares through Leptos context: the interface language, today's date
//! and the invoice being worked on. Each is a small `Copy` handle around signals.

use chrono::NaiveDate;
use leptos::prelude::*;
use leptos::reactive::owner::WeakOwner;
use rust_decimal::Decimal;
use tactful_engine::account::{
    account_invoice, Account, AccountDraft, AccountOutcome, AccountReport, AccountTerms,
    InvoiceDraftLine, PaymentDraftLine,
};
use tactful_engine::invoice::{parse_invoice, FieldError, Invoice, InvoiceDraft};

use crate::account_lines::AccountLines;
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

    /// [`I18n::t`] with the engine's limits filled in ([`i18n::with_limits`]).
    pub fn t_limits(self, msg: Msg) -> String {
        let lang = self.lang.get();
        i18n::with_limits(lang, i18n::text(lang, msg))
    }

    /// [`I18n::t`] with `{placeholders}` filled.
    pub fn t_with(self, msg: Msg, args: &[(&str, &str)]) -> String {
        i18n::fill(self.lang.get(), self.t(msg), args)
    }
}

/// The I18n handle from context.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// Whether the composer is one of the tools shown (always in the full app; in an embed,
/// when its `tools` include it): other tools offer "write this message" only then, so no
/// action leads nowhere.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ComposerShown(pub bool);

/// Whether the composer is shown (true when no one said otherwise, as in tests).
pub fn composer_shown() -> bool {
    use_context::<ComposerShown>().is_none_or(|shown| shown.0)
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
    /// The client account's other invoices and the payments received, as typed (empty:
    /// the one invoice of the form). The form's invoice is the account's first.
    pub account: RwSignal<AccountLines>,
    /// The account worked out, made by the account's part (`views::account::state`, where
    /// its code is) and read by the tools, which wait for it.
    pub worked: Published<Memo<AccountWorked>>,
    /// The case is the example opened by "Try an example" (start_panel.rs): marked as
    /// such until it is removed; saved with the case (`case.example`).
    pub example: RwSignal<bool>,
}

/// A client account worked out by the engine: the checked account and the terms of its
/// report (the tools work out their own days from them), and the report or every problem.
#[derive(Clone, Debug, PartialEq)]
pub struct AccountWorked {
    /// The account, when every line reads.
    pub account: Option<Account>,
    /// The law, the claim and the allocation rule in force.
    pub terms: AccountTerms,
    /// Where it stands today, or every problem at its field.
    pub outcome: AccountOutcome,
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
        InvoiceState {
            form,
            parsed,
            account: RwSignal::new(AccountLines::default()),
            worked: Published::new(),
            example: RwSignal::new(false),
        }
    }

    /// The one invoice a tool works on (tracked): the form's, or for a client account the
    /// account as one debt of `amount` (the plan: [`AccountReport::plan_balance`]; the other
    /// tools: [`AccountReport::principal_owed`]), due on its oldest unpaid invoice's due
    /// date ([`account_invoice`]). `None` while the invoice or the account is incomplete,
    /// or the account's part is still on its way.
    pub fn debt(self, amount: fn(&AccountReport) -> Decimal) -> Option<Invoice> {
        let parties = self.parsed.get().ok()?;
        if !self.is_account() {
            return Some(parties);
        }
        self.worked.get()?.with(|worked| {
            let report = worked.outcome.report.as_ref()?;
            account_invoice(report, &parties, amount(report))
        })
    }

    /// The client account and the terms of its report, when the case is an account and
    /// every line reads (tracked).
    pub fn account_basis(self) -> Option<(Account, AccountTerms)> {
        if !self.is_account() {
            return None;
        }
        self.worked.get()?.with(|worked| {
            worked
                .outcome
                .report
                .as_ref()
                .and(worked.account.clone())
                .map(|account| (account, worked.terms.clone()))
        })
    }

    /// The account's report, when the case is an account and every line reads (tracked).
    pub fn account_report(self) -> Option<AccountReport> {
        if !self.is_account() {
            return None;
        }
        self.worked
            .get()?
            .with(|worked| worked.outcome.report.clone())
    }

    /// Whether the case is a client account: more than one invoice, or a payment received
    /// (tracked). Otherwise every tool works on the form's one invoice.
    pub fn is_account(self) -> bool {
        self.account.with(AccountLines::is_account)
    }

    /// The account's form as the engine's draft (tracked): the form's invoice first (with
    /// the first note), then the other lines, every one in the form's currency.
    pub fn account_draft(self) -> AccountDraft {
        let form = self.form;
        let currency = form.currency.value.get();
        self.account.with(|lines| {
            let first = InvoiceDraftLine {
                number: form.invoice_number.value.get(),
                issue_date: form.issue_date.value.get(),
                due_date: form.due_date.value.get(),
                amount: form.amount.value.get(),
                currency: currency.clone(),
                note: lines.first_note.clone(),
            };
            let others = lines.invoices.iter().map(|line| InvoiceDraftLine {
                number: line.number.clone(),
                issue_date: line.issue_date.clone(),
                due_date: line.due_date.clone(),
                amount: line.amount.clone(),
                currency: currency.clone(),
                note: line.note.clone(),
            });
            AccountDraft {
                invoices: std::iter::once(first).chain(others).collect(),
                payments: lines
                    .payments
                    .iter()
                    .map(|line| PaymentDraftLine {
                        date: line.date.clone(),
                        amount: line.amount.clone(),
                        invoice: line.invoice.clone(),
                    })
                    .collect(),
            }
        })
    }
}

/// The invoice state from context.
pub fn use_invoice() -> InvoiceState {
    expect_context::<InvoiceState>()
}

/// Memos made the first time a view asks for them, under the owner that was current when
/// the handle was made (the app's: they then live as long as the app and every view
/// shares them). The tools' derived state is built this way so that its code, and the
/// engine calculations it reaches, are only in the parts that show it (`parts.rs`): the
/// main module holds the inputs, not the derivations. `T` is a memo or a struct of memos.
pub struct Lazy<T: Copy + Send + Sync + 'static> {
    slot: StoredValue<(WeakOwner, Option<T>)>,
}

impl<T: Copy + Send + Sync + 'static> Clone for Lazy<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Copy + Send + Sync + 'static> Copy for Lazy<T> {}

impl<T: Copy + Send + Sync + 'static> Lazy<T> {
    /// Nothing made yet; what is made will belong to the current owner.
    pub fn new() -> Self {
        Lazy {
            slot: StoredValue::new((Owner::current().unwrap_or_default().downgrade(), None)),
        }
    }

    /// The memos if they were made (not tracked: see `views::account::state` for a handle
    /// that says when).
    pub fn made(self) -> Option<T> {
        self.slot.with_value(|(_, made)| *made)
    }

    /// The memos, made by `make` (under the handle's owner) the first time.
    pub fn get_or_make(self, make: impl FnOnce() -> T) -> T {
        if let Some(made) = self.slot.with_value(|(_, made)| *made) {
            return made;
        }
        // (A weak reference: the slot belongs to that owner, and must not keep it alive.)
        let made = match self.slot.with_value(|(owner, _)| owner.upgrade()) {
            Some(owner) => owner.with(make),
            None => make(),
        };
        self.slot.update_value(|(_, slot)| *slot = Some(made));
        made
    }
}

impl<T: Copy + Send + Sync + 'static> Default for Lazy<T> {
    fn default() -> Self {
        Self::new()
    }
}

/// A [`Lazy`] whose reading says, reactively, whether it is made: for memos one part
/// makes (its code is there) and others read, waiting until then.
pub struct Published<T: Copy + Send + Sync + 'static> {
    lazy: Lazy<T>,
    made: RwSignal<bool>,
}

impl<T: Copy + Send + Sync + 'static> Clone for Published<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Copy + Send + Sync + 'static> Copy for Published<T> {}

impl<T: Copy + Send + Sync + 'static> Published<T> {
    /// Nothing made yet; what is made will belong to the current owner.
    pub fn new() -> Self {
        Published {
            lazy: Lazy::new(),
            made: RwSignal::new(false),
        }
    }

    /// The memos once made (tracked: a reader is told when they are).
    pub fn get(self) -> Option<T> {
        if self.made.get() {
            self.lazy.made()
        } else {
            None
        }
    }

    /// The memos, made by `make` (under the handle's owner) the first time; readers of
    /// [`Published::get`] are told.
    pub fn get_or_make(self, make: impl FnOnce() -> T) -> T {
        let made = self.lazy.get_or_make(make);
        if !self.made.get_untracked() {
            self.made.set(true);
        }
        made
    }
}

impl<T: Copy + Send + Sync + 'static> Default for Published<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;

    #[test]
    fn lazy_memos_are_made_once_and_outlive_the_view_that_asked_first() {
        let app = Owner::new();
        app.set();
        let amount = RwSignal::new(2);
        let lazy = Lazy::<Memo<i32>>::new();
        let made = Cell::new(0);
        let make = || {
            made.set(made.get() + 1);
            Memo::new(move |_| amount.get() * 10)
        };
        // A view asks first, then goes away with its owner.
        let view = app.child();
        let first = view.with(|| lazy.get_or_make(make));
        assert_eq!(first.get_untracked(), 20);
        view.cleanup();
        drop(view);
        // The memo belongs to the app: it still follows its input, and is not made twice.
        amount.set(3);
        let again = app.child().with(|| lazy.get_or_make(make));
        assert_eq!(again.get_untracked(), 30);
        assert_eq!(first.try_get_untracked(), Some(30));
        assert_eq!(made.get(), 1);
    }
}

/// The tool on screen (the last one while the "Embed on your site" page is open), for
/// the parts shown beside the tool: the today strip, and the saved cases (whose share
/// link opens on it).
#[derive(Clone, Copy)]
pub struct ShownTool(pub Memo<crate::route::Route>);
