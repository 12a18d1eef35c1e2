//! The account's lines: every invoice (the invoice panel's own first, bound to its fields)
//! and every payment received, each removable, each problem next to its field; and how
//! payments are applied.

use leptos::prelude::*;
use tactful_engine::account::{AccountField, AllocationRule, InvoicePart, PaymentPart};
use tactful_engine::statutory::Jurisdiction;

use crate::account_lines::{InvoiceLine, PaymentLine};
use crate::context::{use_i18n, AccountWorked, FieldState, I18n, InvoiceState};
use crate::error_text::account_error;
use crate::i18n::Msg;
use crate::views::timeline::state::TimelineState;

/// What an input of a line is.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Amount,
    Date,
}

/// The sentence for the first problem at `field`, if any (tracked).
fn problem_at(i18n: I18n, worked: Memo<AccountWorked>, field: AccountField) -> Option<String> {
    let lang = i18n.lang.get();
    worked.with(|w| {
        w.outcome
            .problem(&field)
            .map(|problem| account_error(lang, &problem.error))
    })
}

/// One labelled input of a line: its value, how to change it and its problem, shown once
/// the field was left or holds something (as every field of the app).
#[component]
fn LineInput(
    id: String,
    label: Msg,
    #[prop(into)] value: Signal<String>,
    set: Callback<String>,
    #[prop(into)] error: Signal<Option<String>>,
    kind: Kind,
    #[prop(optional)] optional: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let touched = RwSignal::new(false);
    let shown = Signal::derive(move || {
        let engaged = touched.get() || !value.with(|v| v.trim().is_empty());
        if engaged {
            error.get()
        } else {
            None
        }
    });
    let error_id = format!("{id}-error");
    let described = {
        let error_id = error_id.clone();
        move || shown.with(Option::is_some).then(|| error_id.clone())
    };
    let (input_type, inputmode) = match kind {
        Kind::Text => ("text", "text"),
        Kind::Amount => ("text", "decimal"),
        Kind::Date => ("date", "numeric"),
    };
    view! {
        <div class="field" class:field-invalid=move || shown.with(Option::is_some)>
            <label for=id.clone()>
                {move || i18n.t(label)}
                {optional.then(|| view! { <span class="optional">{move || format!(" ({})", i18n.t(Msg::Optional))}</span> })}
            </label>
            <input
                id=id
                type=input_type
                inputmode=(kind != Kind::Date).then_some(inputmode)
                autocomplete="off"
                spellcheck="false"
                prop:value=move || value.get()
                on:input=move |ev| set.run(event_target_value(&ev))
                on:change=move |ev| set.run(event_target_value(&ev))
                on:blur=move |_| touched.set(true)
                aria-invalid=move || if shown.with(Option::is_some) { "true" } else { "false" }
                aria-describedby=described
            />
            <p class="field-error" id=error_id aria-live="polite">{move || shown.get()}</p>
        </div>
    }
}

/// Moves keyboard focus to the element with `id` once the view has been drawn.
fn focus_soon(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document().get_element_by_id(&id) {
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
}

/// A field of one of the other invoices: its value and how to change it.
fn invoice_cell(
    invoice: InvoiceState,
    id: u32,
    read: fn(&InvoiceLine) -> &String,
    write: fn(&mut InvoiceLine) -> &mut String,
) -> (Memo<String>, Callback<String>) {
    let value = Memo::new(move |_| {
        invoice.account.with(|lines| {
            lines
                .invoices
                .iter()
                .find(|line| line.id == id)
                .map(|line| read(line).clone())
                .unwrap_or_default()
        })
    });
    let set = Callback::new(move |text: String| {
        invoice.account.update(|lines| {
            if let Some(line) = lines.invoices.iter_mut().find(|line| line.id == id) {
                *write(line) = text;
            }
        });
    });
    (value, set)
}

/// Renames the invoice `old` to `new` in the payments that name it, unless another
/// invoice still has that number (so a payment keeps naming the invoice being renamed
/// while its number is typed); a number cleared is not carried (the payment keeps it,
/// and says it names no invoice, until it is typed again).
fn carry_references(invoice: InvoiceState, old: &str, new: &str, numbers_left: usize) {
    if old.trim().is_empty() || new.trim().is_empty() || numbers_left > 0 {
        return;
    }
    invoice.account.update(|lines| {
        for payment in lines.payments.iter_mut().filter(|p| p.invoice == old) {
            new.clone_into(&mut payment.invoice);
        }
    });
}

/// How many invoices other than the one being edited have `number`.
fn others_numbered(invoice: InvoiceState, number: &str, editing: Option<u32>) -> usize {
    let first = usize::from(
        editing.is_some() && invoice.form.invoice_number.value.get_untracked() == number,
    );
    first
        + invoice.account.with_untracked(|lines| {
            lines
                .invoices
                .iter()
                .filter(|line| Some(line.id) != editing && line.number == number)
                .count()
        })
}

/// Every invoice of the account, the form's first.
#[component]
pub fn InvoiceLines(worked: Memo<AccountWorked>) -> impl IntoView {
    let i18n = use_i18n();
    let invoice = expect_context::<InvoiceState>();
    let form = invoice.form;
    let error = move |index: usize, part: InvoicePart| {
        Signal::derive(move || problem_at(i18n, worked, AccountField::Invoice { index, part }))
    };
    // The first invoice is the invoice panel's: its fields are the form's.
    let form_cell = |field: FieldState| {
        (
            Signal::derive(move || field.value.get()),
            Callback::new(move |text: String| field.value.set(text)),
        )
    };
    let (number, _) = form_cell(form.invoice_number);
    let set_number = Callback::new(move |text: String| {
        let old = form.invoice_number.value.get_untracked();
        form.invoice_number.value.set(text.clone());
        carry_references(invoice, &old, &text, others_numbered(invoice, &old, None));
    });
    let (issue, set_issue) = form_cell(form.issue_date);
    let (due, set_due) = form_cell(form.due_date);
    let (amount, set_amount) = form_cell(form.amount);
    let note = Signal::derive(move || invoice.account.with(|l| l.first_note.clone()));
    let set_note =
        Callback::new(move |text: String| invoice.account.update(|l| l.first_note = text));
    let has_others = move || invoice.account.with(|l| !l.invoices.is_empty());
    // Removing the first invoice: the next one takes its place in the form.
    let remove_first = move |_| {
        let next = invoice
            .account
            .try_update(|lines| (!lines.invoices.is_empty()).then(|| lines.invoices.remove(0)))
            .flatten();
        if let Some(next) = next {
            form.invoice_number.value.set(next.number);
            form.issue_date.value.set(next.issue_date);
            form.due_date.value.set(next.due_date);
            form.amount.value.set(next.amount);
            invoice.account.update(|lines| lines.first_note = next.note);
            focus_soon("inv-first-number".to_owned());
        }
    };
    let add = move |_| {
        let id = invoice.account.try_update(|lines| {
            let id = lines.next_id();
            lines.invoices.push(InvoiceLine {
                id,
                ..InvoiceLine::default()
            });
            id
        });
        if let Some(id) = id {
            focus_soon(format!("inv-{id}-number"));
        }
    };
    let ids = move || {
        invoice
            .account
            .with(|l| l.invoices.iter().map(|line| line.id).collect::<Vec<_>>())
    };
    // A new, empty line (added from the invoice panel): the cursor goes to its number.
    if let Some(last) = invoice.account.with_untracked(|l| {
        l.invoices
            .last()
            .filter(|line| {
                **line
                    == InvoiceLine {
                        id: line.id,
                        ..InvoiceLine::default()
                    }
            })
            .map(|line| line.id)
    }) {
        focus_soon(format!("inv-{last}-number"));
    }
    let other = move |id: u32| {
        let position = Memo::new(move |_| {
            invoice
                .account
                .with(|l| l.invoices.iter().position(|line| line.id == id))
                .unwrap_or(0)
                + 1
        });
        let err = move |part| {
            Signal::derive(move || {
                problem_at(
                    i18n,
                    worked,
                    AccountField::Invoice {
                        index: position.get(),
                        part,
                    },
                )
            })
        };
        let (number, set_plain_number) =
            invoice_cell(invoice, id, |l| &l.number, |l| &mut l.number);
        let set_number = Callback::new(move |text: String| {
            let old = number.get_untracked();
            set_plain_number.run(text.clone());
            carry_references(
                invoice,
                &old,
                &text,
                others_numbered(invoice, &old, Some(id)),
            );
        });
        let (issue, set_issue) =
            invoice_cell(invoice, id, |l| &l.issue_date, |l| &mut l.issue_date);
        let (due, set_due) = invoice_cell(invoice, id, |l| &l.due_date, |l| &mut l.due_date);
        let (amount, set_amount) = invoice_cell(invoice, id, |l| &l.amount, |l| &mut l.amount);
        let (note, set_note) = invoice_cell(invoice, id, |l| &l.note, |l| &mut l.note);
        let legend = move || {
            i18n.t_with(
                Msg::AccountInvoiceN,
                &[("n", &(position.get() + 1).to_string())],
            )
        };
        let remove = move |_| {
            invoice
                .account
                .update(|l| l.invoices.retain(|line| line.id != id));
            focus_soon("account-add-invoice".to_owned());
        };
        let field_id = move |part: &str| format!("inv-{id}-{part}");
        view! {
            <fieldset class="line" data-testid="invoice-line">
                <legend>{legend}</legend>
                <div class="line-grid">
                    <LineInput id=field_id("number") label=Msg::FieldInvoiceNumber value=number set=set_number error=err(InvoicePart::Number) kind=Kind::Text />
                    <LineInput id=field_id("issue") label=Msg::FieldIssueDate value=issue set=set_issue error=err(InvoicePart::IssueDate) kind=Kind::Date optional=true />
                    <LineInput id=field_id("due") label=Msg::FieldDueDate value=due set=set_due error=err(InvoicePart::DueDate) kind=Kind::Date />
                    <LineInput id=field_id("amount") label=Msg::AccountInvoiceAmount value=amount set=set_amount error=err(InvoicePart::Amount) kind=Kind::Amount />
                    <LineInput id=field_id("note") label=Msg::AccountNote value=note set=set_note error=err(InvoicePart::Note) kind=Kind::Text optional=true />
                </div>
                <button type="button" class="secondary remove-line" on:click=remove>
                    {move || i18n.t_with(Msg::AccountRemoveInvoice, &[("n", &(position.get() + 1).to_string())])}
                </button>
            </fieldset>
        }
    };
    view! {
        <fieldset class="group account-invoices">
            <legend>{move || i18n.t(Msg::AccountInvoicesLegend)}</legend>
            <p class="field-error" aria-live="polite">{move || problem_at(i18n, worked, AccountField::Invoices)}</p>
            <fieldset class="line" data-testid="invoice-line">
                <legend>{move || i18n.t_with(Msg::AccountInvoiceN, &[("n", "1")])}</legend>
                <div class="line-grid">
                    <LineInput id="inv-first-number".to_owned() label=Msg::FieldInvoiceNumber value=number set=set_number error=error(0, InvoicePart::Number) kind=Kind::Text />
                    <LineInput id="inv-first-issue".to_owned() label=Msg::FieldIssueDate value=issue set=set_issue error=error(0, InvoicePart::IssueDate) kind=Kind::Date optional=true />
                    <LineInput id="inv-first-due".to_owned() label=Msg::FieldDueDate value=due set=set_due error=error(0, InvoicePart::DueDate) kind=Kind::Date />
                    <LineInput id="inv-first-amount".to_owned() label=Msg::AccountInvoiceAmount value=amount set=set_amount error=error(0, InvoicePart::Amount) kind=Kind::Amount />
                    <LineInput id="inv-first-note".to_owned() label=Msg::AccountNote value=note set=set_note error=error(0, InvoicePart::Note) kind=Kind::Text optional=true />
                </div>
                <Show when=has_others>
                    <button type="button" class="secondary remove-line" on:click=remove_first>
                        {move || i18n.t_with(Msg::AccountRemoveInvoice, &[("n", "1")])}
                    </button>
                </Show>
            </fieldset>
            <For each=ids key=|id| *id children=other />
            <p class="actions">
                <button type="button" id="account-add-invoice" class="secondary" on:click=add>
                    {move || i18n.t(Msg::AccountAddInvoice)}
                </button>
            </p>
        </fieldset>
    }
}

/// Every payment received, and how payments are applied.
#[component]
pub fn PaymentLines(worked: Memo<AccountWorked>) -> impl IntoView {
    let i18n = use_i18n();
    let invoice = expect_context::<InvoiceState>();
    let timeline = expect_context::<TimelineState>();
    let add = move |_| {
        let id = invoice.account.try_update(|lines| {
            let id = lines.next_id();
            lines.payments.push(PaymentLine {
                id,
                ..PaymentLine::default()
            });
            id
        });
        if let Some(id) = id {
            focus_soon(format!("pay-{id}-date"));
        }
    };
    let ids = move || {
        invoice
            .account
            .with(|l| l.payments.iter().map(|line| line.id).collect::<Vec<_>>())
    };
    let payment = move |id: u32| {
        let position = Memo::new(move |_| {
            invoice
                .account
                .with(|l| l.payments.iter().position(|line| line.id == id))
                .unwrap_or(0)
        });
        let err = move |part| {
            Signal::derive(move || {
                problem_at(
                    i18n,
                    worked,
                    AccountField::Payment {
                        index: position.get(),
                        part,
                    },
                )
            })
        };
        let cell = move |read: fn(&PaymentLine) -> &String,
                         write: fn(&mut PaymentLine) -> &mut String| {
            let value = Memo::new(move |_| {
                invoice.account.with(|l| {
                    l.payments
                        .iter()
                        .find(|line| line.id == id)
                        .map(|line| read(line).clone())
                        .unwrap_or_default()
                })
            });
            let set = Callback::new(move |text: String| {
                invoice.account.update(|l| {
                    if let Some(line) = l.payments.iter_mut().find(|line| line.id == id) {
                        *write(line) = text;
                    }
                });
            });
            (value, set)
        };
        let (date, set_date) = cell(|l| &l.date, |l| &mut l.date);
        let (amount, set_amount) = cell(|l| &l.amount, |l| &mut l.amount);
        let (named, set_named) = cell(|l| &l.invoice, |l| &mut l.invoice);
        let n = move || (position.get() + 1).to_string();
        let remove = move |_| {
            invoice
                .account
                .update(|l| l.payments.retain(|line| line.id != id));
            focus_soon("account-add-payment".to_owned());
        };
        let select_id = format!("pay-{id}-invoice");
        let invoice_error = err(PaymentPart::Invoice);
        // The options are drawn again as a whole when the numbers or the choice change
        // (static text inside: see ARCHITECTURE.md, "Reactive closures inside re-rendered
        // views").
        let options = move || {
            let chosen = named.get();
            let mut numbers: Vec<String> = std::iter::once(invoice.form.invoice_number.value.get())
                .chain(invoice.account.with(|l| {
                    l.invoices
                        .iter()
                        .map(|line| line.number.clone())
                        .collect::<Vec<_>>()
                }))
                .filter(|number| !number.trim().is_empty())
                .collect();
            numbers.dedup();
            if !chosen.is_empty() && !numbers.contains(&chosen) {
                numbers.push(chosen.clone());
            }
            let on_account = view! { <option value="" selected=chosen.is_empty()>{i18n.t(Msg::AccountOnAccount)}</option> };
            let listed = numbers
                .into_iter()
                .map(|number| {
                    let selected = number == chosen;
                    view! { <option value=number.clone() selected=selected>{number.clone()}</option> }
                })
                .collect_view();
            view! { {on_account}{listed} }
        };
        let error_id = format!("{select_id}-error");
        view! {
            <fieldset class="line" data-testid="payment-line">
                <legend>{move || i18n.t_with(Msg::AccountPaymentN, &[("n", &n())])}</legend>
                <div class="line-grid">
                    <LineInput id=format!("pay-{id}-date") label=Msg::AccountPaymentDate value=date set=set_date error=err(PaymentPart::Date) kind=Kind::Date />
                    <LineInput id=format!("pay-{id}-amount") label=Msg::AccountPaymentAmount value=amount set=set_amount error=err(PaymentPart::Amount) kind=Kind::Amount />
                    <div class="field" class:field-invalid=move || invoice_error.with(Option::is_some)>
                        <label for=select_id.clone()>{move || i18n.t(Msg::AccountPaymentInvoice)}</label>
                        <select id=select_id on:change=move |ev| set_named.run(event_target_value(&ev))
                            aria-invalid=move || if invoice_error.with(Option::is_some) { "true" } else { "false" }
                            aria-describedby=error_id.clone()>
                            {options}
                        </select>
                        <p class="field-error" id=error_id aria-live="polite">{move || invoice_error.get()}</p>
                    </div>
                </div>
                <button type="button" class="secondary remove-line" on:click=remove>
                    {move || i18n.t_with(Msg::AccountRemovePayment, &[("n", &n())])}
                </button>
            </fieldset>
        }
    };
    // How payments are applied: oldest first (the default), as the client named, or the
    // law's own order where the engine has it (Germany).
    let allocation = move || invoice.account.with(|l| l.allocation);
    let german = move || {
        timeline
            .statutory_choice(i18n.lang.get().number_locale())
            .jurisdiction
            == Jurisdiction::De
    };
    let rules = move || {
        let mut rules = vec![
            (AllocationRule::OldestFirst, Msg::AllocationOldestFirst),
            (AllocationRule::Named, Msg::AllocationNamed),
        ];
        if german() || allocation() == AllocationRule::StatutoryOrder {
            rules.push((AllocationRule::StatutoryOrder, Msg::AllocationStatutory));
        }
        rules
            .into_iter()
            .map(|(rule, label)| {
                let checked = allocation() == rule;
                view! {
                    <label class="choice-option">
                        <input type="radio" name="account-allocation" checked=checked prop:checked=checked
                            on:change=move |_| invoice.account.update(|l| l.allocation = rule) />
                        {i18n.t(label)}
                    </label>
                }
            })
            .collect_view()
    };
    view! {
        <fieldset class="group account-payments">
            <legend>{move || i18n.t(Msg::AccountPaymentsLegend)}</legend>
            <p class="field-error" aria-live="polite">{move || problem_at(i18n, worked, AccountField::Payments)}</p>
            <For each=ids key=|id| *id children=payment />
            <p class="actions">
                <button type="button" id="account-add-payment" class="secondary" on:click=add>
                    {move || i18n.t(Msg::AccountAddPayment)}
                </button>
            </p>
            <fieldset class="choice" data-testid="allocation">
                <legend>{move || i18n.t(Msg::AccountAllocationLegend)}</legend>
                {rules}
                <p class="hint">{move || i18n.t(Msg::AccountAllocationHint)}</p>
                <p class="field-error" aria-live="polite">{move || problem_at(i18n, worked, AccountField::Allocation)}</p>
            </fieldset>
        </fieldset>
    }
}
