//! The shared invoice context panel: typed once, read by every tool.

use leptos::prelude::*;
use tactful_engine::currency::all_currencies;
use tactful_engine::invoice::InvoiceField;

use crate::account_lines::InvoiceLine;
use crate::context::{use_i18n, use_invoice, FieldState};
use crate::error_text::invoice_error;
use crate::field::{values_line, Control, Field, Section};
use crate::i18n::Msg;

/// The invoice form. With more than one invoice or a payment received (a client account)
/// the invoice's own fields give way to `account`, the account's part (its lines, where it
/// stands, its statement); one click on "Add another invoice" makes a case an account.
#[component]
pub fn InvoicePanel(
    /// The client account's view (a part fetched on first use, shown while the case is an
    /// account).
    #[prop(into)]
    account: ViewFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let invoice = use_invoice();
    let form = invoice.form;
    let single = move || !invoice.is_account();
    let add_invoice = move |_| {
        invoice.account.update(|lines| {
            let id = lines.next_id();
            lines.invoices.push(InvoiceLine {
                id,
                ..InvoiceLine::default()
            });
        });
    };
    // The error sentence for one field, derived from the parsed invoice.
    let error_for = move |field: InvoiceField| {
        Signal::derive(move || {
            invoice.parsed.with(|parsed| {
                parsed.as_ref().err().and_then(|errors| {
                    errors
                        .iter()
                        .find(|e| e.field == field)
                        .map(|e| invoice_error(i18n.lang.get(), &e.error))
                })
            })
        })
    };

    // The collapsed section's fields (a client account has no number or issue date of its
    // own here): its summary line says what is filled in, and whether one has a problem.
    let more_fields = move || {
        let mut fields = vec![
            (
                Msg::FieldYourBusiness,
                form.your_business,
                InvoiceField::YourBusiness,
            ),
            (
                Msg::FieldClientContact,
                form.client_contact,
                InvoiceField::ClientContact,
            ),
        ];
        if single() {
            fields.extend([
                (
                    Msg::FieldInvoiceNumber,
                    form.invoice_number,
                    InvoiceField::InvoiceNumber,
                ),
                (
                    Msg::FieldIssueDate,
                    form.issue_date,
                    InvoiceField::IssueDate,
                ),
            ]);
        }
        fields.push((
            Msg::FieldPaymentLink,
            form.payment_link,
            InvoiceField::PaymentLink,
        ));
        fields
    };
    let more_line: crate::field::Summary = Box::new(move || {
        let shown: Vec<_> = more_fields()
            .into_iter()
            .map(|(label, value, _)| (label, value))
            .collect();
        values_line(i18n, &shown)
    });
    let more_problem = Signal::derive(move || {
        invoice.parsed.with(|parsed| {
            parsed.as_ref().err().is_some_and(|errors| {
                let fields = more_fields();
                errors
                    .iter()
                    .any(|e| fields.iter().any(|(_, _, field)| *field == e.field))
            })
        })
    });
    view! {
        <section class="panel invoice-panel" aria-labelledby="invoice-title">
            <h2 id="invoice-title">{move || i18n.t(Msg::InvoicePanelTitle)}</h2>
            <p class="panel-intro">{move || i18n.t(Msg::InvoicePanelIntro)}</p>
            <div class="field-grid">
                <Field id="client-business" label=Msg::FieldClientBusiness state=form.client_business
                    error=error_for(InvoiceField::ClientBusiness) optional=true />
                // A client account shows its first invoice's fields with its other lines.
                <Show when=single>
                    <Field id="amount" label=Msg::FieldAmount state=form.amount hint=Msg::FieldAmountHint
                        error=error_for(InvoiceField::Amount) control=Control::Text { inputmode: "decimal" } />
                </Show>
                <CurrencyPicker state=form.currency error=error_for(InvoiceField::Currency) />
                <Show when=single>
                    <Field id="due-date" label=Msg::FieldDueDate state=form.due_date
                        error=error_for(InvoiceField::DueDate) control=Control::Date />
                </Show>
            </div>
            <Section id="invoice-more" title=Msg::InvoiceMoreLegend values=more_line problem=more_problem>
                <div class="field-grid">
                    <Field id="your-business" label=Msg::FieldYourBusiness state=form.your_business
                        error=error_for(InvoiceField::YourBusiness) optional=true autocomplete="organization" />
                    <Field id="client-contact" label=Msg::FieldClientContact state=form.client_contact
                        error=error_for(InvoiceField::ClientContact) optional=true />
                    <Show when=single>
                        <Field id="invoice-number" label=Msg::FieldInvoiceNumber state=form.invoice_number
                            error=error_for(InvoiceField::InvoiceNumber) optional=true />
                        <Field id="issue-date" label=Msg::FieldIssueDate state=form.issue_date
                            error=error_for(InvoiceField::IssueDate) optional=true control=Control::Date />
                    </Show>
                    <Field id="payment-link" label=Msg::FieldPaymentLink state=form.payment_link
                        hint=Msg::FieldPaymentLinkHint error=error_for(InvoiceField::PaymentLink)
                        optional=true control=Control::Url />
                </div>
            </Section>
            <Show when=single fallback=move || account.run()>
                <p class="add-invoice">
                    <button type="button" class="secondary" id="add-invoice" on:click=add_invoice>
                        {move || i18n.t(Msg::AccountAdd)}
                    </button>
                </p>
            </Show>
        </section>
    }
}

/// The ISO 4217 currency picker, listing every active code from the engine's table.
#[component]
fn CurrencyPicker(state: FieldState, #[prop(into)] error: Signal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let options = all_currencies()
        .iter()
        .map(|c| {
            let code = c.code;
            view! {
                <option value=code selected=move || state.value.with(|v| v == code)>
                    {format!("{} — {}", c.code, c.name)}
                </option>
            }
        })
        .collect_view();
    view! {
        <div class="field" class:field-invalid=move || error.with(Option::is_some)>
            <label for="currency">{move || i18n.t(Msg::FieldCurrency)}</label>
            <select
                id="currency"
                name="currency"
                on:change=move |ev| state.value.set(event_target_value(&ev))
                aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                aria-describedby="currency-error"
            >
                {options}
            </select>
            <p class="field-error" id="currency-error" aria-live="polite">{move || error.get()}</p>
        </div>
    }
}
