//! One client, several invoices: the client account, shown in the invoice panel once a
//! case has more than one invoice or a payment received. Its invoice lines (the panel's
//! own invoice first) and payments, how payments are applied, where the account stands
//! and the statement of account. A part of its own (`parts.rs`), fetched when first
//! needed: a case of one invoice never loads it.
//!
//! Showing it makes the account's memo (`state::worked`), which the tools read through
//! `InvoiceState::worked`: they work on the account from then on.

mod lines;
mod standing;
pub mod state;
mod statement;

use leptos::prelude::*;

use crate::context::{use_i18n, InvoiceState, Today};
use crate::views::timeline::state::TimelineState;

pub use standing::status_msg;

/// The client account's lines, standing and statement.
#[component]
pub fn AccountPanel() -> impl IntoView {
    let i18n = use_i18n();
    let invoice = expect_context::<InvoiceState>();
    let timeline = expect_context::<TimelineState>();
    let today = expect_context::<Today>();
    let worked = state::worked(invoice, timeline, i18n.lang, today);
    view! {
        <div class="account" data-testid="account">
            <lines::InvoiceLines worked />
            <lines::PaymentLines worked />
            <standing::Standing worked />
            <statement::Statement worked />
        </div>
    }
}
