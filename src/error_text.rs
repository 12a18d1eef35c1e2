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

/// The sentence for a plain number the parser could not accept.
pub fn number_error(lang: Lang, error: &tactful_engine::amount::NumberError) -> String {
    use tactful_engine::amount::NumberError;
    let msg = match error {
        NumberError::Empty => Msg::ErrNumberEmpty,
        NumberError::NotANumber => Msg::ErrNumberInvalid,
        NumberError::TooLarge => Msg::ErrNumberTooLarge,
    };
    text(lang, msg).to_owned()
}

/// The sentence for a discount-analyzer field problem.
pub fn discount_problem(lang: Lang, problem: &crate::views::discount::state::Problem) -> String {
    use crate::views::discount::state::Problem;
    use tactful_engine::discount::{DiscountErrorKind as K, DiscountField as F};
    let locale = lang.number_locale();
    let num = |value: &rust_decimal::Decimal| {
        let value = value.normalize();
        tactful_engine::amount::format_number(value, value.scale(), locale)
    };
    match problem {
        Problem::Amount(e) => amount_error(lang, e),
        Problem::Number(e) => number_error(lang, e),
        Problem::WholeDays => text(lang, Msg::ErrWholeDays).to_owned(),
        Problem::Rule(kind) => match kind {
            K::OutOfRange { min, max } => fill(
                text(lang, Msg::ErrRange),
                &[("min", &num(min)), ("max", &num(max))],
            ),
            K::MustBePositive { max } => {
                fill(text(lang, Msg::ErrPositiveAtMost), &[("max", &num(max))])
            }
            K::MustNotBeNegative => text(lang, Msg::ErrNotNegative).to_owned(),
            K::MustBeLessThan { limit, other } => {
                let msg = match other {
                    Some(F::NetDays) => Msg::ErrPayWithinVsNet,
                    Some(F::InvoiceAmount) => Msg::ErrDiscountVsAmount,
                    _ => Msg::ErrLessThan,
                };
                fill(text(lang, msg), &[("limit", &num(limit))])
            }
            K::MustNotExceed { limit, .. } => {
                fill(text(lang, Msg::ErrLegalVsAgency), &[("limit", &num(limit))])
            }
            K::UnknownCurrency => text(lang, Msg::ErrUnknownCurrency).to_owned(),
            K::TooLargeToCompute => text(lang, Msg::ErrTooLargeToCompute).to_owned(),
        },
    }
}
