//! Engine errors (typed, for developers) turned into sentences for people, in the
//! interface language. The only place that knows both vocabularies.

use tactful_engine::amount::AmountError;
use tactful_engine::dates::DateParseError;
use tactful_engine::invoice::InvoiceError;

use crate::i18n::{fill, text, Lang, Msg};

/// The sentence shown next to a field for `error`.
pub fn invoice_error(lang: Lang, error: &InvoiceError) -> String {
    let t = |msg| text(lang, msg).to_owned();
    match error {
        InvoiceError::Amount(e) => amount_error(lang, e),
        InvoiceError::Currency(_) => t(Msg::ErrUnknownCurrency),
        InvoiceError::Date(e) => date_error(lang, e),
        InvoiceError::DueBeforeIssue => t(Msg::ErrDueBeforeIssue),
        InvoiceError::LinkNotAnAddress => t(Msg::ErrLinkInvalid),
        InvoiceError::LinkScheme => t(Msg::ErrLinkScheme),
        InvoiceError::TooLong { max } => {
            fill(text(lang, Msg::ErrTooLong), &[("max", &max.to_string())])
        }
    }
}

/// The sentence for an amount the parser could not accept.
pub fn amount_error(lang: Lang, error: &AmountError) -> String {
    let t = |msg| text(lang, msg).to_owned();
    match error {
        AmountError::Empty => t(Msg::ErrAmountEmpty),
        AmountError::NotANumber => t(Msg::ErrNotANumber),
        AmountError::TooManyDecimals { max: 0, currency } => {
            fill(text(lang, Msg::ErrNoDecimals), &[("currency", currency)])
        }
        AmountError::TooManyDecimals { max, currency } => fill(
            text(lang, Msg::ErrTooManyDecimals),
            &[("currency", currency), ("max", &max.to_string())],
        ),
        AmountError::NotPositive => t(Msg::ErrNotPositive),
        AmountError::Negative => t(Msg::ErrNegative),
        AmountError::TooLarge => t(Msg::ErrTooLarge),
        AmountError::WrongCurrencySymbol { found, expected } => fill(
            text(lang, Msg::ErrWrongCurrencySymbol),
            &[("found", found), ("expected", expected)],
        ),
        AmountError::MisplacedGroupSeparator => t(Msg::ErrMisplacedGroup),
    }
}

/// The sentence for a date the parser could not accept.
pub fn date_error(lang: Lang, error: &DateParseError) -> String {
    let msg = match error {
        DateParseError::Empty => Msg::ErrDateEmpty,
        DateParseError::Invalid => Msg::ErrDateInvalid,
        DateParseError::OutOfRange => Msg::ErrDateOutOfRange,
    };
    text(lang, msg).to_owned()
}
