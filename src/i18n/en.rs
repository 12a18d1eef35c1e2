//! British English. The reference language: other languages must use the same placeholders.

use super::Msg::{self, *};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        AppName => "Tactful",
        Tagline => "Get overdue invoices paid and keep the client.",
        PrivacyNote => "Everything stays in this browser. No account, nothing sent anywhere.",

        InvoicePanelTitle => "The invoice",
        InvoicePanelIntro => "Fill this in once; every tool uses it.",
        FieldYourBusiness => "Your business name",
        FieldClientBusiness => "Client's business name",
        FieldClientContact => "Client contact name",
        FieldInvoiceNumber => "Invoice number",
        FieldAmount => "Amount due",
        FieldAmountHint => "For example 4,800.00",
        FieldCurrency => "Currency",
        FieldIssueDate => "Issue date",
        FieldDueDate => "Due date",
        FieldPaymentLink => "Payment link",
        FieldPaymentLinkHint => "A web address where the client can pay, starting with https://",
        Optional => "optional",

        ToolsNavLabel => "Tools",
        ToolPlan => "Instalment plan",
        ToolDiscount => "Early-settlement discount",
        ToolTimeline => "Reminder timeline",
        ToolMessage => "Reminder text",
        ToolPlanSummary => "Split the balance into instalments that add up exactly, on real business days, with clear terms for a missed payment.",
        ToolDiscountSummary => "See what a discount for prompt payment really costs you, against what it would cost to keep chasing the full amount.",
        ToolTimelineSummary => "Plan dated, courteous steps from a friendly reminder before the due date to a calm final notice, with pauses for promises and disputes.",
        ToolMessageSummary => "Write polite, ready-to-send emails for each step, with a tone check that flags phrases which could sour the relationship.",
        ComingNext => "This tool is being built. It will use the invoice details on this page.",

        InvoiceIncomplete => "Enter the amount, currency and due date of the invoice to get started.",
        SummaryOverdue => "{amount} from {client} ({number}) was due on {due}: {days} days overdue today.",
        SummaryDueToday => "{amount} from {client} ({number}) is due today, {due}.",
        SummaryDueIn => "{amount} from {client} ({number}) is due on {due}, in {days} days.",
        SummaryClientFallback => "your client",
        SummaryNoNumber => "no invoice number yet",

        ErrRequired => "Please fill this in.",
        ErrAmountEmpty => "Please enter the amount due.",
        ErrNotANumber => "This doesn't look like an amount. Use digits, for example 4,800.00.",
        ErrTooManyDecimals => "{currency} amounts have at most {max} decimal places.",
        ErrNoDecimals => "{currency} amounts have no decimal places.",
        ErrNotPositive => "The amount must be greater than zero.",
        ErrNegative => "The amount cannot be negative.",
        ErrTooLarge => "That amount is too large; the limit is 1,000,000,000,000.",
        ErrWrongCurrencySymbol => "This amount is in {found}, but the invoice currency is {expected}.",
        ErrMisplacedGroup => "Check the thousands separators: write 1,234.56 or 1234.56.",
        ErrUnknownCurrency => "Please choose a currency from the list.",
        ErrDateEmpty => "Please enter a date.",
        ErrDateInvalid => "This isn't a valid date.",
        ErrDateOutOfRange => "Please enter a date between 1990 and 2100.",
        ErrDueBeforeIssue => "The due date is before the issue date.",
        ErrLinkInvalid => "This doesn't look like a web address.",
        ErrLinkScheme => "The payment link must start with https:// (or http://).",
        ErrTooLong => "This is too long: at most {max} characters.",

        FooterNote => "Tactful works offline and keeps your data on this device.",
    }
}
