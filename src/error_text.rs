//! Engine errors (typed, for developers) turned into sentences for people, in the
//! interface language. The only place that knows both vocabularies.

use tactful_engine::amount::AmountError;
use tactful_engine::dates::DateParseError;
use tactful_engine::invoice::InvoiceError;

use crate::i18n::{fill, text, Lang, Msg};
use tactful_engine::timeline::UnreadableFigure;

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
        InvoiceError::TooLong { max } => fill(
            lang,
            text(lang, Msg::ErrTooLong),
            &[("max", &max.to_string())],
        ),
    }
}

/// The sentence for an amount the parser could not accept.
pub fn amount_error(lang: Lang, error: &AmountError) -> String {
    let t = |msg| text(lang, msg).to_owned();
    match error {
        AmountError::Empty => t(Msg::ErrAmountEmpty),
        AmountError::NotANumber => t(Msg::ErrNotANumber),
        AmountError::TooManyDecimals { max: 0, currency } => fill(
            lang,
            text(lang, Msg::ErrNoDecimals),
            &[("currency", currency)],
        ),
        AmountError::TooManyDecimals { max, currency } => fill(
            lang,
            text(lang, Msg::ErrTooManyDecimals),
            &[("currency", currency), ("max", &max.to_string())],
        ),
        AmountError::NotPositive => t(Msg::ErrNotPositive),
        AmountError::Negative => t(Msg::ErrNegative),
        AmountError::TooLarge => crate::i18n::with_limits(lang, text(lang, Msg::ErrTooLarge)),
        AmountError::WrongCurrencySymbol { found, expected } => fill(
            lang,
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
    crate::i18n::with_limits(lang, text(lang, msg))
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
pub fn discount_problem(lang: Lang, problem: &tactful_engine::discount::DiscountProblem) -> String {
    use tactful_engine::discount::DiscountProblem as Problem;
    use tactful_engine::discount::{DeadlineError, DiscountErrorKind as K, DiscountField as F};
    use tactful_engine::statutory::StatutoryError;
    let locale = lang.number_locale();
    let num = |value: &rust_decimal::Decimal| crate::format::plain_number(*value, 28, locale);
    match problem {
        Problem::Amount(e) => amount_error(lang, e),
        Problem::Number(e) => number_error(lang, e),
        Problem::WholeDays => text(lang, Msg::ErrWholeDays).to_owned(),
        Problem::Rule(kind) => match kind {
            K::OutOfRange { min, max } => fill(
                lang,
                text(lang, Msg::ErrRange),
                &[("min", &num(min)), ("max", &num(max))],
            ),
            K::MustBePositive { max } => fill(
                lang,
                text(lang, Msg::ErrPositiveAtMost),
                &[("max", &num(max))],
            ),
            K::MustNotBeNegative => text(lang, Msg::ErrNotNegative).to_owned(),
            K::MustBeLessThan { limit, other } => {
                let msg = match other {
                    Some(F::NetDays) => Msg::ErrPayWithinVsNet,
                    Some(F::ExpectedDaysToPayment) => Msg::ErrPayWithinVsExpected,
                    Some(F::InvoiceAmount) => Msg::ErrDiscountVsAmount,
                    _ => Msg::ErrLessThan,
                };
                fill(lang, text(lang, msg), &[("limit", &num(limit))])
            }
            K::MustNotExceed { limit, .. } => fill(
                lang,
                text(lang, Msg::ErrLegalVsAgency),
                &[("limit", &num(limit))],
            ),
            K::UnknownCurrency => text(lang, Msg::ErrUnknownCurrency).to_owned(),
            K::TooManyDecimals { decimals: 0 } => text(lang, Msg::PlanErrWhole).to_owned(),
            K::TooManyDecimals { decimals } => fill(
                lang,
                text(lang, Msg::PlanErrDecimals),
                &[("decimals", &decimals.to_string())],
            ),
            K::TooLargeToCompute => text(lang, Msg::ErrTooLargeToCompute).to_owned(),
        },
        Problem::Date(e) => date_error(lang, e),
        Problem::Deadline(DeadlineError::NotBeforeNetTerms {
            net_terms_date,
            net_days,
        }) => fill(
            lang,
            text(lang, Msg::ErrDeadlineNotBeforeNet),
            &[
                ("date", &crate::format::long_date(lang, *net_terms_date)),
                ("days", &net_days.to_string()),
            ],
        ),
        Problem::Deadline(DeadlineError::InPast) => text(lang, Msg::ErrDeadlinePast).to_owned(),
        Problem::Deadline(DeadlineError::OutOfRange) => {
            date_error(lang, &DateParseError::OutOfRange)
        }
        Problem::DeadlineNotBeforeExpected { expected } => fill(
            lang,
            text(lang, Msg::ErrDeadlineNotBeforeExpected),
            &[("date", &crate::format::long_date(lang, *expected))],
        ),
        Problem::TimelineFigure(UnreadableFigure::Rate) => {
            text(lang, Msg::ErrStatutoryTimelineRate).to_owned()
        }
        Problem::TimelineFigure(UnreadableFigure::Margin) => {
            text(lang, Msg::ErrStatutoryTimelineMargin).to_owned()
        }
        Problem::Statutory(StatutoryError::NoReferenceRate { .. }) => {
            text(lang, Msg::ErrStatutoryNoRate).to_owned()
        }
        Problem::Statutory(_) => text(lang, Msg::ErrStatutoryOther).to_owned(),
        Problem::Account(e) => account_error(lang, e),
    }
}

/// The sentence shown next to a client account's field for `error`.
pub fn account_error(lang: Lang, error: &tactful_engine::account::AccountError) -> String {
    use tactful_engine::account::AccountError as E;
    use tactful_engine::statutory::StatutoryError;
    let t = |msg| text(lang, msg).to_owned();
    let max = |msg, max: &usize| fill(lang, text(lang, msg), &[("max", &max.to_string())]);
    match error {
        E::Empty => t(Msg::ErrAccountNumberRequired),
        E::Amount(e) => amount_error(lang, e),
        E::Date(e) => date_error(lang, e),
        E::Currency(_) => t(Msg::ErrUnknownCurrency),
        E::MixedCurrency { expected, .. } => fill(
            lang,
            text(lang, Msg::ErrAccountMixedCurrency),
            &[("currency", expected)],
        ),
        E::DueBeforeIssue => t(Msg::ErrDueBeforeIssue),
        E::TooLong { max: limit } => max(Msg::ErrTooLong, limit),
        E::DuplicateNumber => t(Msg::ErrAccountDuplicateNumber),
        E::UnknownInvoice => t(Msg::ErrAccountUnknownInvoice),
        E::NoInvoices => t(Msg::ErrAccountNoInvoices),
        E::TooManyInvoices { max: limit } => max(Msg::ErrAccountTooManyInvoices, limit),
        E::TooManyPayments { max: limit } => max(Msg::ErrAccountTooManyPayments, limit),
        E::InFuture { .. } => t(Msg::ErrAccountInFuture),
        E::NoStatutoryOrder { .. } => t(Msg::ErrAccountNoStatutoryOrder),
        E::Statutory(StatutoryError::NoReferenceRate { .. }) => t(Msg::ErrAccountNoRate),
        E::Statutory(_) => t(Msg::ErrAccountStatutory),
        E::TooLargeToCompute => t(Msg::ErrTooLargeToCompute),
    }
}

/// The sentence for an instalment-plan field problem. `field` is where it is shown (it
/// tells a count from an amount, and which percentage); money is written in `currency`.
pub fn plan_problem(
    lang: Lang,
    field: tactful_engine::plan::PlanField,
    problem: &tactful_engine::plan::PlanProblem,
    currency: &tactful_engine::currency::Currency,
) -> String {
    use tactful_engine::plan::{PlanErrorKind as K, PlanField as F, PlanProblem as Problem};
    let locale = lang.number_locale();
    let t = |msg| text(lang, msg).to_owned();
    let with = |msg, name: &str, value: &str| fill(lang, text(lang, msg), &[(name, value)]);
    let num = |value: &rust_decimal::Decimal| crate::format::plain_number(*value, 28, locale);
    let money = |value: &rust_decimal::Decimal| {
        tactful_engine::amount::format_amount(*value, currency, locale)
    };
    let kind = match problem {
        Problem::Amount(e) => return amount_error(lang, e),
        Problem::Number(e) => return number_error(lang, e),
        Problem::Date(e) => return date_error(lang, e),
        Problem::Whole => return t(Msg::PlanErrWhole),
        Problem::BadDates(bad) => {
            let sentences: Vec<String> = bad
                .iter()
                .map(|b| {
                    let reason = if b.error == DateParseError::OutOfRange {
                        Msg::PlanErrDateRange
                    } else {
                        Msg::PlanErrDateNotADate
                    };
                    fill(
                        lang,
                        text(lang, Msg::PlanErrDateItem),
                        &[
                            ("n", &b.position.to_string()),
                            (
                                "reason",
                                &crate::i18n::with_limits(lang, &with(reason, "text", &b.text)),
                            ),
                        ],
                    )
                })
                .collect();
            return sentences.join(" ");
        }
        Problem::CompareOption(count, inner_field, kind) => {
            let reason = plan_problem(lang, *inner_field, &Problem::Rule(kind.clone()), currency);
            return fill(
                lang,
                text(lang, Msg::PlanErrCompareOption),
                &[("n", &count.to_string()), ("reason", &reason)],
            );
        }
        Problem::Rule(kind) => kind,
    };
    let sentence = match kind {
        K::MustBePositive => t(Msg::PlanErrPositive),
        K::MustNotBeNegative => t(Msg::ErrNotNegative),
        K::TooLarge { max } => with(Msg::PlanErrAtMost, "max", &num(max)),
        K::TooManyDecimals { decimals: 0 } => t(Msg::PlanErrWhole),
        K::TooManyDecimals { decimals } => {
            with(Msg::PlanErrDecimals, "decimals", &decimals.to_string())
        }
        K::UnknownCurrency => t(Msg::ErrUnknownCurrency),
        K::MustBeLessThan {
            limit,
            other: Some(F::Debt),
        } => with(Msg::PlanErrDownVsDebt, "limit", &money(limit)),
        K::MustBeLessThan { limit, .. } if field == F::FirstPayment => {
            with(Msg::ErrLessThan, "limit", &money(limit))
        }
        K::MustBeLessThan { limit, .. } => with(Msg::ErrLessThan, "limit", &num(limit)),
        K::ZeroInstallments => t(Msg::PlanErrZeroInstalments),
        K::TooManyInstallments { max } => {
            let msg = if field == F::TargetAmount {
                Msg::PlanErrTooManyTarget
            } else {
                Msg::PlanErrTooManyCount
            };
            with(msg, "max", &max.to_string())
        }
        K::InstallmentTooSmall { interest } => {
            with(Msg::PlanErrTooSmall, "interest", &money(interest))
        }
        K::NeedsTwoInstallments => t(Msg::PlanErrNeedsTwo),
        K::NotWithCustomPercentages => t(Msg::PlanErrNotCustom),
        K::NeedsEqualDistribution => t(Msg::PlanErrNeedsEqual),
        K::CountMismatch { expected } => {
            with(Msg::PlanErrCountMismatch, "expected", &expected.to_string())
        }
        K::WeightsSumToZero => t(Msg::PlanErrWeightsZero),
        K::PercentagesMustSum100 { actual } => with(Msg::PlanErrSum100, "actual", &num(actual)),
        K::MustNotBeAfter { date, .. } => with(
            Msg::PlanErrNotAfter,
            "date",
            &crate::format::long_date(lang, *date),
        ),
        K::YearOutOfRange { .. } => date_error(lang, &DateParseError::OutOfRange),
        K::ZeroInterval => t(Msg::PlanErrZeroInterval),
        K::NoBusinessDay { date } => with(
            Msg::PlanErrNoBusinessDay,
            "date",
            &crate::format::long_date(lang, *date),
        ),
        K::TooFewPayingDates { found } => with(Msg::PlanErrFewDates, "found", &found.to_string()),
        K::TooManyDates { max } => with(Msg::PlanErrDatesMany, "max", &max.to_string()),
        K::TooLargeToCompute => t(Msg::ErrTooLargeToCompute),
    };
    match field {
        F::CustomPercent { index } => fill(
            lang,
            text(lang, Msg::PlanErrPercentAt),
            &[("n", &(index + 1).to_string()), ("reason", &sentence)],
        ),
        _ => sentence,
    }
}
