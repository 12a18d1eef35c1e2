//! The discount analyzer's form as typed, read into a [`DiscountInput`] and analysed.
//!
//! [`DiscountDraft`] holds every field exactly as typed or chosen; [`evaluate_discount`]
//! reads them in the conventions of a [`NumberLocale`], works out the deadline date and
//! (when asked) the statutory claim with the timeline's rules, runs [`analyze`] and collects
//! every problem next to its field. The app's discount view keeps one `Memo` over it; the
//! JavaScript API reads JSON into the same [`DiscountInput`] and runs the same [`analyze`].

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::{
    analyze, pay_within_days_until, AgencyFee, DeadlineError, DiscountAnalysis, DiscountErrorKind,
    DiscountField, DiscountInput, DiscountOffer, YearBasis, MAX_DAYS,
};
use crate::account::{account_report_on, Account, AccountError, AccountReport, AccountTerms};
use crate::amount::{
    format_number, parse_amount_or_zero, parse_number, AmountError, NumberError, NumberLocale,
};
use crate::currency::{currency, Currency};
use crate::dates::{parse_date, DateParseError};
use crate::invoice::Invoice;
use crate::statutory::{EnteredRate, RatesCarriedForward, StatutoryClaim, StatutoryError};
use crate::timeline::{law_for, StatutoryChoice, StatutoryFigures, UnreadableFigure};

/// Whether the discount is typed as a percentage or as an amount.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferKind {
    /// [`DiscountDraft::discount_percent`].
    #[default]
    Percent,
    /// [`DiscountDraft::discount_amount`].
    Amount,
}

/// Whether the discount deadline is typed as a number of days or as a date.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineKind {
    /// [`DiscountDraft::pay_within_days`].
    #[default]
    Days,
    /// [`DiscountDraft::pay_by_date`].
    Date,
}

/// Where the statutory claim counted in the analysis comes from. The default is to work it
/// out: the law is always known (chosen, or following the currency and the language), and
/// a claim typed as 0 by default would understate what waiting is worth.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatutoryMode {
    /// Worked out by the statutory-interest engine with the timeline's rules.
    #[default]
    Compute,
    /// Typed by hand in [`DiscountDraft::statutory_claim`].
    Typed,
    /// Not claimed: counted as zero.
    NoClaim,
}

/// Whether the agency charges a share of what it recovers or a flat fee.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeeKind {
    /// [`DiscountDraft::agency_contingency`].
    #[default]
    Contingency,
    /// [`DiscountDraft::agency_flat_fee`].
    Flat,
}

/// Why a field's value cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscountProblem {
    /// A money field the amount parser refused.
    Amount(AmountError),
    /// A plain number the parser refused.
    Number(NumberError),
    /// Days must be a whole number.
    WholeDays,
    /// The engine's rule for this field (range, ordering between fields).
    Rule(DiscountErrorKind),
    /// A date the date parser refused (the discount deadline).
    Date(DateParseError),
    /// The deadline date is in the past or not before the end of the normal terms.
    Deadline(DeadlineError),
    /// For an invoice already late: the deadline date is not before the day payment is
    /// expected anyway (today + the expected days), so paying by it would not be early.
    DeadlineNotBeforeExpected {
        /// The expected payment date.
        expected: NaiveDate,
    },
    /// A statutory figure typed in the timeline (reference rate, EU margin) is not a
    /// number.
    TimelineFigure(UnreadableFigure),
    /// The statutory-interest engine cannot compute the claim.
    Statutory(StatutoryError),
    /// The client account's statutory claim cannot be worked out (its report's problem,
    /// e.g. the statutory order of allocation under a law that has none).
    Account(AccountError),
}

/// Every field of the discount form, exactly as typed or chosen.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscountDraft {
    /// How the discount is given.
    pub offer: OfferKind,
    /// The discount in percent, as typed.
    pub discount_percent: String,
    /// The discount as an amount, as typed.
    pub discount_amount: String,
    /// How the deadline is given.
    pub deadline: DeadlineKind,
    /// Days to pay within, as typed.
    pub pay_within_days: String,
    /// The last day to pay and get the discount, `YYYY-MM-DD`.
    pub pay_by_date: String,
    /// The normal terms in days, as typed.
    pub net_days: String,
    /// Days in the year.
    pub year_basis: YearBasis,
    /// Gross margin in percent, as typed.
    pub gross_margin: String,
    /// The share of the margin to keep, as typed.
    pub keep_margin: String,
    /// Expected days to payment without an offer, as typed.
    pub expected_days: String,
    /// Probability the debt ends up unpaid, as typed.
    pub unpaid_probability: String,
    /// Share recovered when it ends up unpaid, as typed.
    pub recovery_rate: String,
    /// Further days until that recovery, as typed.
    pub recovery_delay: String,
    /// Yearly gross profit from the client, as typed.
    pub yearly_profit: String,
    /// Chance chasing loses the client, as typed.
    pub churn: String,
    /// Cost of capital per year, as typed.
    pub cost_of_capital: String,
    /// Staff hours of chasing, as typed.
    pub chasing_hours: String,
    /// Cost of a staff hour, as typed.
    pub hourly_cost: String,
    /// Probability of an agency, as typed.
    pub agency_probability: String,
    /// How the agency charges.
    pub fee: FeeKind,
    /// The agency's contingency fee in percent, as typed.
    pub agency_contingency: String,
    /// The agency's flat fee, as typed.
    pub agency_flat_fee: String,
    /// Probability of legal action, as typed.
    pub legal_probability: String,
    /// Legal costs, as typed.
    pub legal_costs: String,
    /// Where the statutory claim comes from.
    pub statutory_mode: StatutoryMode,
    /// The statutory claim, as typed (with [`StatutoryMode::Typed`]).
    pub statutory_claim: String,
}

impl DiscountDraft {
    /// The engine's documented defaults ([`DiscountInput::example`]), written in the
    /// conventions of `locale` (`1.5` or `1,5`).
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    /// use tactful_engine::discount::DiscountDraft;
    ///
    /// let draft = DiscountDraft::defaults_in(NumberLocale::De);
    /// assert_eq!((draft.discount_percent.as_str(), draft.net_days.as_str()), ("2", "30"));
    /// ```
    pub fn defaults_in(locale: NumberLocale) -> DiscountDraft {
        let d = DiscountInput::example(Decimal::ONE_HUNDRED, "GBP");
        let text = |value: Decimal| {
            let value = value.normalize();
            format_number(value, value.scale(), locale)
        };
        let (contingency, flat) = match d.agency_fee {
            AgencyFee::ContingencyPercent(p) => (p, Decimal::ZERO),
            AgencyFee::Flat(f) => (Decimal::ZERO, f),
        };
        let (percent, amount) = match d.offer {
            DiscountOffer::Percent(p) => (p, Decimal::ZERO),
            DiscountOffer::Amount(a) => (Decimal::ZERO, a),
        };
        DiscountDraft {
            offer: OfferKind::Percent,
            discount_percent: text(percent),
            discount_amount: text(amount),
            deadline: DeadlineKind::Days,
            pay_within_days: text(d.pay_within_days.into()),
            pay_by_date: String::new(),
            net_days: text(d.net_days.into()),
            year_basis: d.year_basis,
            gross_margin: text(d.gross_margin_pct),
            keep_margin: text(d.keep_margin_share_pct),
            expected_days: text(d.expected_days_to_payment.into()),
            unpaid_probability: text(d.unpaid_probability_pct),
            recovery_rate: text(d.recovery_rate_pct),
            recovery_delay: text(d.recovery_delay_days.into()),
            yearly_profit: text(d.yearly_client_profit),
            churn: text(d.churn_probability_pct),
            cost_of_capital: text(d.cost_of_capital_pct),
            chasing_hours: text(d.chasing_hours),
            hourly_cost: text(d.hourly_cost),
            agency_probability: text(d.agency_probability_pct),
            fee: FeeKind::Contingency,
            agency_contingency: text(contingency),
            agency_flat_fee: text(flat),
            legal_probability: text(d.legal_probability_pct),
            legal_costs: text(d.legal_costs),
            statutory_mode: StatutoryMode::Compute,
            statutory_claim: text(d.statutory_claim),
        }
    }
}

impl Default for DiscountDraft {
    fn default() -> Self {
        DiscountDraft::defaults_in(NumberLocale::EnGb)
    }
}

/// What the analysis needs besides its own fields.
#[derive(Clone, Copy, Debug)]
pub struct DiscountContext<'a> {
    /// The shared invoice, when it is complete.
    pub invoice: Option<&'a Invoice>,
    /// The conventions the numbers are typed in.
    pub locale: NumberLocale,
    /// Today: days are counted from it.
    pub today: NaiveDate,
    /// The statutory rules in force (the timeline's choice), for "compute it"; `None`: the
    /// law following the invoice currency and `locale`, with the built-in figures.
    pub statutory: Option<StatutoryChoice>,
    /// A client account of several invoices, with the terms of its report, when the
    /// analysis is about it (`invoice` is then the account as one debt,
    /// [`account_invoice`](crate::account::account_invoice)): "compute it" works the
    /// statutory claim out invoice by invoice, as the account will stand on the expected
    /// payment day ([`account_report_on`]), never on the lumped balance (which would
    /// over-state the interest and under-state the compensation, which is per invoice).
    pub account: Option<(&'a Account, &'a AccountTerms)>,
}

/// The analysis, or what stops it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DiscountOutcome {
    /// Problems, each with the field to show it next to.
    pub problems: Vec<(DiscountField, DiscountProblem)>,
    /// The analysis and the input it was computed from, when the invoice and every field
    /// are usable.
    pub analysis: Option<(DiscountInput, DiscountAnalysis)>,
    /// False while the invoice itself (amount, currency, due date) is incomplete.
    pub invoice_ready: bool,
    /// The last day to pay and get the discount (today + pay-within days), when readable.
    pub deadline: Option<NaiveDate>,
    /// The statutory claim worked out for "compute it", when it could be.
    pub statutory: Option<StatutoryClaim>,
    /// The reference rates that claim assumes: for each half-year that starts after today
    /// and whose rate is not published yet (no table can know it), the latest rate the
    /// built-in table knows, carried forward. Empty when every rate is known or entered.
    /// The analysis is a projection to the expected payment day; the view says so.
    pub assumed_rates: Vec<EnteredRate>,
    /// For a client account ([`DiscountContext::account`]): the account as it will stand
    /// on the expected payment day, whose statutory figures "compute it" counted.
    pub account_statutory: Option<AccountReport>,
    /// Days the invoice is already overdue today, when it is: the discount's cost is then
    /// annualised from today to the expected payment date (the normal terms are past).
    pub days_late: Option<i64>,
}

impl DiscountOutcome {
    /// The problem to show next to `field`, if any.
    pub fn problem(&self, field: DiscountField) -> Option<&DiscountProblem> {
        self.problems
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, p)| p)
    }
}

/// Reads every field of `draft` and analyses the offer.
///
/// ```
/// use chrono::NaiveDate;
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::discount::{evaluate_discount, DiscountContext, DiscountDraft, DiscountField, DiscountProblem};
/// use tactful_engine::invoice::{parse_invoice, InvoiceDraft};
///
/// let invoice = parse_invoice(&InvoiceDraft {
///     amount: "4,800".into(), currency: "GBP".into(), due_date: "2026-12-10".into(),
///     ..InvoiceDraft::default()
/// }, NumberLocale::EnGb).unwrap();
/// let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
/// let ctx = DiscountContext { invoice: Some(&invoice), locale: NumberLocale::EnGb, today, statutory: None, account: None };
/// let outcome = evaluate_discount(&DiscountDraft::default(), &ctx);
/// let (_, analysis) = outcome.analysis.unwrap();
/// assert_eq!(analysis.discount_amount.to_string(), "96.00");
/// assert_eq!(outcome.deadline, NaiveDate::from_ymd_opt(2026, 12, 14));
///
/// let draft = DiscountDraft { net_days: "30.5".into(), ..DiscountDraft::default() };
/// let outcome = evaluate_discount(&draft, &ctx);
/// assert_eq!(outcome.problem(DiscountField::NetDays), Some(&DiscountProblem::WholeDays));
/// ```
pub fn evaluate_discount(draft: &DiscountDraft, ctx: &DiscountContext<'_>) -> DiscountOutcome {
    let mut reader = Reader {
        locale: ctx.locale,
        currency: match ctx.invoice {
            Some(inv) => inv.currency,
            None => currency("GBP").unwrap_or(&crate::currency::all_currencies()[0]),
        },
        problems: Vec::new(),
        today: ctx.today,
        deadline: None,
        statutory: None,
        assumed_rates: Vec::new(),
        account_statutory: None,
    };
    let input = read_input(draft, &mut reader, ctx);
    let (deadline, statutory) = (reader.deadline, reader.statutory.take());
    let account_statutory = reader.account_statutory.take();
    let assumed_rates = std::mem::take(&mut reader.assumed_rates);
    let mut problems = reader.problems;
    let days_late = ctx
        .invoice
        .map(|inv| crate::dates::days_overdue(inv.due_date, ctx.today))
        .filter(|days| *days > 0);
    // The engine's rules run even while some field is unreadable, so every problem shows
    // at once; a rule about a field that is already flagged is not repeated.
    let analysis = input.and_then(|input| match analyze(&input) {
        Ok(analysis) if problems.is_empty() => Some((input, analysis)),
        Ok(_) => None,
        Err(errors) => {
            for error in errors {
                // For a late invoice the bound on the discount period is the expected
                // payment, not the normal terms (see `read_input`).
                let kind = match error.kind {
                    DiscountErrorKind::MustBeLessThan {
                        limit,
                        other: Some(DiscountField::NetDays),
                    } if days_late.is_some() => DiscountErrorKind::MustBeLessThan {
                        limit,
                        other: Some(DiscountField::ExpectedDaysToPayment),
                    },
                    kind => kind,
                };
                if !problems.iter().any(|(field, _)| *field == error.field) {
                    problems.push((error.field, DiscountProblem::Rule(kind)));
                }
            }
            None
        }
    });
    DiscountOutcome {
        problems,
        analysis,
        invoice_ready: ctx.invoice.is_some(),
        deadline,
        statutory,
        assumed_rates,
        account_statutory,
        days_late,
    }
}

/// Parses fields one by one, remembering every problem.
struct Reader {
    locale: NumberLocale,
    currency: &'static Currency,
    problems: Vec<(DiscountField, DiscountProblem)>,
    today: NaiveDate,
    /// Set by [`Reader::pay_within`].
    deadline: Option<NaiveDate>,
    /// Set by [`Reader::statutory`].
    statutory: Option<StatutoryClaim>,
    /// Set by [`Reader::statutory`]: see [`DiscountOutcome::assumed_rates`].
    assumed_rates: Vec<EnteredRate>,
    /// Set by [`Reader::statutory`] for a client account.
    account_statutory: Option<AccountReport>,
}

impl Reader {
    fn number(&mut self, text: &str, field: DiscountField) -> Decimal {
        match parse_number(text, self.locale) {
            Ok(value) => value,
            Err(e) => {
                self.problems.push((field, DiscountProblem::Number(e)));
                Decimal::ZERO
            }
        }
    }

    fn days(&mut self, text: &str, field: DiscountField) -> i64 {
        let value = self.number(text, field);
        if value.fract().is_zero() {
            i64::try_from(value.trunc()).unwrap_or(i64::MAX)
        } else {
            self.problems.push((field, DiscountProblem::WholeDays));
            0
        }
    }

    fn money(&mut self, text: &str, field: DiscountField) -> Decimal {
        match parse_amount_or_zero(text, self.currency, self.locale) {
            Ok(value) => value,
            Err(e) => {
                self.problems.push((field, DiscountProblem::Amount(e)));
                Decimal::ZERO
            }
        }
    }

    /// Today plus `days`, when both are in range.
    fn days_from_today(&self, days: i64) -> Option<NaiveDate> {
        (0..=MAX_DAYS)
            .contains(&days)
            .then(|| {
                self.today
                    .checked_add_days(chrono::Days::new(days.unsigned_abs()))
            })
            .flatten()
    }

    /// The pay-within days, typed or worked out from the deadline date; remembers the
    /// deadline. Date problems are reported on [`DiscountField::PayWithinDays`], which the
    /// form shows next to whichever field is in use.
    fn pay_within(&mut self, draft: &DiscountDraft, net_days: Option<i64>, late: bool) -> i64 {
        let field = DiscountField::PayWithinDays;
        let days = match draft.deadline {
            DeadlineKind::Days => self.days(&draft.pay_within_days, field),
            DeadlineKind::Date => match parse_date(&draft.pay_by_date) {
                Err(e) => {
                    self.problems.push((field, DiscountProblem::Date(e)));
                    return 0;
                }
                // Net days unreadable or out of range: that field says so; 0 keeps the
                // engine's rules quiet here.
                Ok(date) => match net_days.map(|n| pay_within_days_until(self.today, date, n)) {
                    Some(Ok(days)) => days,
                    Some(Err(DeadlineError::OutOfRange)) | None => return 0,
                    Some(Err(DeadlineError::NotBeforeNetTerms { net_terms_date, .. })) if late => {
                        self.problems.push((
                            field,
                            DiscountProblem::DeadlineNotBeforeExpected {
                                expected: net_terms_date,
                            },
                        ));
                        return 0;
                    }
                    Some(Err(e)) => {
                        self.problems.push((field, DiscountProblem::Deadline(e)));
                        return 0;
                    }
                },
            },
        };
        self.deadline = self.days_from_today(days);
        days
    }

    /// The statutory claim `S`: typed, computed with the timeline's rules from the due date
    /// to the expected payment date (today + `expected_days`), or none.
    fn statutory(
        &mut self,
        draft: &DiscountDraft,
        ctx: &DiscountContext<'_>,
        expected_days: i64,
    ) -> Decimal {
        let field = DiscountField::StatutoryClaim;
        match draft.statutory_mode {
            StatutoryMode::Typed => self.money(&draft.statutory_claim, field),
            StatutoryMode::NoClaim => Decimal::ZERO,
            StatutoryMode::Compute => {
                // Without a choice passed in: the law following the invoice currency and
                // the language, with the built-in figures.
                let choice = ctx.statutory.unwrap_or_else(|| StatutoryChoice {
                    jurisdiction: law_for(None, self.currency.code, self.locale),
                    automatic: true,
                    figures: Ok(StatutoryFigures {
                        rate_override: None,
                        eu_margin: None,
                    }),
                });
                let figures = match choice.figures {
                    Ok(figures) => figures,
                    Err(which) => {
                        self.problems
                            .push((field, DiscountProblem::TimelineFigure(which)));
                        return Decimal::ZERO;
                    }
                };
                // Without an invoice or a usable expected date there is nothing to compute
                // (and the expected-days field says why).
                let (Some(inv), Some(until)) = (ctx.invoice, self.days_from_today(expected_days))
                else {
                    return Decimal::ZERO;
                };
                if let Some((account, terms)) = ctx.account {
                    return self.account_statutory(account, terms, until);
                }
                let mut input = figures.claim_input(choice.jurisdiction, inv, until);
                // A half-year after today whose rate is not published yet: the latest
                // rate the table knows, carried forward (and said so).
                let mut carried = RatesCarriedForward::new(choice.jurisdiction, self.today);
                let claim = carried.claim(&mut input);
                self.assumed_rates = carried.assumed().to_vec();
                match claim {
                    Ok(claim) => {
                        let value = claim.claimable();
                        self.statutory = Some(claim);
                        value
                    }
                    Err(e) => {
                        self.problems.push((field, DiscountProblem::Statutory(e)));
                        Decimal::ZERO
                    }
                }
            }
        }
    }
}

impl Reader {
    /// "Compute it" for a client account: the statutory interest, compensation and
    /// collection costs still outstanding on `until`, worked out invoice by invoice (the
    /// interest alone when the compensation is in another currency than the account).
    fn account_statutory(
        &mut self,
        account: &Account,
        terms: &AccountTerms,
        until: NaiveDate,
    ) -> Decimal {
        let field = DiscountField::StatutoryClaim;
        // Half-years after today whose rates are not published yet: carried forward, as
        // for one invoice.
        let mut terms = terms.clone();
        let mut carried = RatesCarriedForward::new(terms.jurisdiction, self.today);
        let report = loop {
            match account_report_on(account, &terms, until) {
                Err(errors) => {
                    let missing = match errors.first().map(|e| &e.error) {
                        Some(AccountError::Statutory(StatutoryError::NoReferenceRate { date })) => {
                            carried.assume(*date, &terms.reference_rates)
                        }
                        _ => None,
                    };
                    match missing {
                        Some(rate) => terms.reference_rates.push(rate),
                        None => break Err(errors),
                    }
                }
                ok => break ok,
            }
        };
        if report.is_ok() {
            self.assumed_rates = carried.assumed().to_vec();
        }
        match report {
            Ok(report) => {
                let totals = &report.totals;
                let value = totals
                    .statutory_total
                    .unwrap_or(totals.interest_outstanding);
                self.account_statutory = Some(report);
                value
            }
            Err(errors) => {
                let problem = match errors.into_iter().next().map(|e| e.error) {
                    Some(AccountError::Statutory(e)) => DiscountProblem::Statutory(e),
                    Some(other) => DiscountProblem::Account(other),
                    None => DiscountProblem::Account(AccountError::TooLargeToCompute),
                };
                self.problems.push((field, problem));
                Decimal::ZERO
            }
        }
    }
}

fn read_input(
    draft: &DiscountDraft,
    r: &mut Reader,
    ctx: &DiscountContext<'_>,
) -> Option<DiscountInput> {
    use DiscountField as F;
    let readable = |r: &mut Reader, text: &str, field| {
        let before = r.problems.len();
        let days = r.days(text, field);
        (days, r.problems.len() == before)
    };
    let (net_days, net_readable) = readable(r, &draft.net_days, F::NetDays);
    let (expected_days, expected_readable) =
        readable(r, &draft.expected_days, F::ExpectedDaysToPayment);
    // An invoice already late is past its normal terms: the discount buys payment now
    // instead of on the expected day, so its cost is annualised over the days until then.
    let late = ctx.invoice.is_some_and(|inv| ctx.today > inv.due_date);
    let (terms, terms_readable) = if late {
        (expected_days, expected_readable)
    } else {
        (net_days, net_readable)
    };
    let pay_within_days = r.pay_within(draft, terms_readable.then_some(terms), late);
    let statutory = r.statutory(draft, ctx, expected_days);
    let offer = match draft.offer {
        OfferKind::Percent => {
            DiscountOffer::Percent(r.number(&draft.discount_percent, F::DiscountPercent))
        }
        OfferKind::Amount => {
            DiscountOffer::Amount(r.money(&draft.discount_amount, F::DiscountAmount))
        }
    };
    let agency_fee = match draft.fee {
        FeeKind::Contingency => AgencyFee::ContingencyPercent(
            r.number(&draft.agency_contingency, F::AgencyContingencyPct),
        ),
        FeeKind::Flat => AgencyFee::Flat(r.money(&draft.agency_flat_fee, F::AgencyFlatFee)),
    };
    let input = DiscountInput {
        invoice_amount: ctx.invoice.map(|i| i.amount).unwrap_or_default(),
        currency: r.currency.code.to_owned(),
        gross_margin_pct: r.number(&draft.gross_margin, F::GrossMarginPct),
        offer,
        pay_within_days,
        net_days: terms,
        year_basis: draft.year_basis,
        expected_days_to_payment: expected_days,
        unpaid_probability_pct: r.number(&draft.unpaid_probability, F::UnpaidProbabilityPct),
        recovery_rate_pct: r.number(&draft.recovery_rate, F::RecoveryRatePct),
        recovery_delay_days: r.days(&draft.recovery_delay, F::RecoveryDelayDays),
        yearly_client_profit: r.money(&draft.yearly_profit, F::YearlyClientProfit),
        churn_probability_pct: r.number(&draft.churn, F::ChurnProbabilityPct),
        cost_of_capital_pct: r.number(&draft.cost_of_capital, F::CostOfCapitalPct),
        chasing_hours: r.number(&draft.chasing_hours, F::ChasingHours),
        hourly_cost: r.money(&draft.hourly_cost, F::HourlyCost),
        agency_probability_pct: r.number(&draft.agency_probability, F::AgencyProbabilityPct),
        agency_fee,
        legal_probability_pct: r.number(&draft.legal_probability, F::LegalProbabilityPct),
        legal_costs: r.money(&draft.legal_costs, F::LegalCosts),
        statutory_claim: statutory,
        keep_margin_share_pct: r.number(&draft.keep_margin, F::KeepMarginSharePct),
    };
    ctx.invoice.map(|_| input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invoice::{parse_invoice, InvoiceDraft};
    use crate::statutory::Jurisdiction;

    fn invoice(due: &str) -> Invoice {
        let draft = InvoiceDraft {
            amount: "4,800".into(),
            currency: "GBP".into(),
            due_date: due.into(),
            ..InvoiceDraft::default()
        };
        parse_invoice(&draft, NumberLocale::EnGb).unwrap_or_else(|e| panic!("{e:?}"))
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    #[test]
    fn a_late_invoice_annualises_the_discount_to_the_expected_payment_not_the_terms() {
        let inv = invoice("2026-10-30");
        let ctx = DiscountContext {
            invoice: Some(&inv),
            locale: NumberLocale::EnGb,
            today: day(2026, 12, 7),
            statutory: None,
            account: None,
        };
        let outcome = evaluate_discount(&DiscountDraft::default(), &ctx);
        assert_eq!(outcome.days_late, Some(38));
        let (input, analysis) = outcome.analysis.expect("an analysis");
        // 2 % for paying within 7 days instead of in the expected 60: 53 days, not 23.
        assert_eq!((input.pay_within_days, input.net_days), (7, 60));
        let not_late = invoice("2026-12-10");
        let outcome = evaluate_discount(
            &DiscountDraft::default(),
            &DiscountContext {
                invoice: Some(&not_late),
                ..ctx
            },
        );
        assert_eq!(outcome.days_late, None);
        let (input_on_time, on_time) = outcome.analysis.expect("an analysis");
        assert_eq!(input_on_time.net_days, 30);
        // Fewer days bought: a higher yearly cost for the same 2 %.
        assert!(on_time.annualised_cost.simple_pct > analysis.annualised_cost.simple_pct);
    }

    #[test]
    fn an_accounts_statutory_claim_is_worked_out_invoice_by_invoice_to_the_expected_payment() {
        use crate::account::{
            account_invoice, account_report, check_account, AccountInput, InvoiceInput,
            PaymentInput,
        };
        use rust_decimal_macros::dec;
        let account = check_account(&AccountInput {
            invoices: vec![
                InvoiceInput::new("INV-101", day(2026, 9, 30), dec!(1200), "GBP"),
                InvoiceInput::new("INV-102", day(2026, 10, 31), dec!(3400), "GBP"),
                InvoiceInput::new("INV-103", day(2026, 11, 15), dec!(800), "GBP"),
            ],
            payments: vec![PaymentInput::on_account(day(2026, 11, 20), dec!(1000))],
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        let terms = AccountTerms::new(Jurisdiction::Uk, true);
        let today = day(2026, 12, 7);
        let report = account_report(&account, &terms, today).unwrap_or_else(|e| panic!("{e:?}"));
        let parties = invoice("2026-09-30");
        let debt = account_invoice(&report, &parties, report.principal_owed()).expect("owed");
        let ctx = DiscountContext {
            invoice: Some(&debt),
            locale: NumberLocale::EnGb,
            today,
            statutory: None,
            account: Some((&account, &terms)),
        };
        let draft = DiscountDraft {
            expected_days: "0".into(),
            pay_within_days: "0".into(),
            ..DiscountDraft::default()
        };
        let outcome = evaluate_discount(&draft, &ctx);
        assert!(outcome.statutory.is_none());
        let then = outcome.account_statutory.expect("the account's claim");
        // Expected today: the account's own figures, £70 + £70 + £40 of compensation.
        assert_eq!(then.totals.compensation, dec!(180.00));
        assert_eq!(then.totals.interest, dec!(66.97));
        // The analysis counts what will be outstanding on the expected payment, 10 days on:
        // the account's claim on that day, on the balance of £4,400.
        let later = DiscountDraft {
            expected_days: "10".into(),
            ..draft.clone()
        };
        let outcome = evaluate_discount(&later, &ctx);
        let (input, _) = outcome.analysis.expect("an analysis");
        let on_the_day = crate::account::account_report_on(&account, &terms, day(2026, 12, 17))
            .unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(on_the_day.totals.compensation, dec!(180.00));
        assert_eq!(
            (input.invoice_amount, Some(input.statutory_claim)),
            (dec!(4400.00), on_the_day.totals.statutory_total)
        );
        assert!(input.statutory_claim > dec!(246.97));
        // The statutory order where the law has none: the account says why nothing is computed.
        let mut ordered = terms.clone();
        ordered.allocation = crate::account::AllocationRule::StatutoryOrder;
        let outcome = evaluate_discount(
            &draft,
            &DiscountContext {
                account: Some((&account, &ordered)),
                ..ctx
            },
        );
        assert!(matches!(
            outcome.problem(DiscountField::StatutoryClaim),
            Some(DiscountProblem::Account(
                AccountError::NoStatutoryOrder { .. }
            ))
        ));
    }

    #[test]
    fn the_statutory_claim_is_worked_out_by_default_under_the_law_in_force() {
        let inv = invoice("2026-10-30");
        let ctx = DiscountContext {
            invoice: Some(&inv),
            locale: NumberLocale::EnGb,
            today: day(2026, 12, 7),
            statutory: None,
            account: None,
        };
        let outcome = evaluate_discount(&DiscountDraft::default(), &ctx);
        let claim = outcome.statutory.expect("a claim");
        assert_eq!(claim.jurisdiction, Jurisdiction::Uk);
        // £70 fixed compensation for a debt from £1,000 to under £10,000, and interest.
        assert_eq!(claim.compensation.to_string(), "70.00");
        let (input, _) = outcome.analysis.expect("an analysis");
        assert_eq!(input.statutory_claim, claim.claimable());
    }

    #[test]
    fn a_rate_not_published_yet_is_carried_forward_and_said_so() {
        // A German invoice of 4,800 EUR due 15 November 2026; on 7 December 2026 the
        // expected payment (60 days) is 5 February 2027. The Basiszinssatz for the first
        // half of 2027 is published on 1 January: until then the analysis carries the
        // known 1.52 % forward (9 points above it: 10.52 % a year) rather than refusing.
        let draft = InvoiceDraft {
            amount: "4.800".into(),
            currency: "EUR".into(),
            due_date: "2026-11-15".into(),
            ..InvoiceDraft::default()
        };
        let inv = parse_invoice(&draft, NumberLocale::De).unwrap_or_else(|e| panic!("{e:?}"));
        let ctx = DiscountContext {
            invoice: Some(&inv),
            locale: NumberLocale::De,
            today: day(2026, 12, 7),
            statutory: Some(StatutoryChoice {
                jurisdiction: Jurisdiction::De,
                automatic: true,
                figures: Ok(StatutoryFigures {
                    rate_override: None,
                    eu_margin: None,
                }),
            }),
            account: None,
        };
        let outcome = evaluate_discount(&DiscountDraft::default(), &ctx);
        assert_eq!(outcome.problems, vec![]);
        assert_eq!(
            outcome.assumed_rates,
            vec![EnteredRate {
                reference_date: day(2027, 1, 1),
                rate: Decimal::new(152, 2)
            }]
        );
        let claim = outcome.statutory.expect("a claim");
        // 82 days (16 November to 5 February) at 10.52 %: 4,800 × 10.52 % × 82 / 365
        // = 113.443… → 113.44; and the 40 EUR flat fee (§ 288 Abs. 5 BGB).
        assert_eq!(claim.days, 82);
        assert_eq!(claim.interest.to_string(), "113.44");
        assert_eq!(claim.compensation.to_string(), "40.00");
        assert!(outcome.analysis.is_some());

        // A rate that should be known by today but is not (an old build) is not guessed:
        // the field asks for it, as before.
        let later = DiscountContext {
            today: day(2027, 3, 1),
            ..ctx
        };
        let outcome = evaluate_discount(&DiscountDraft::default(), &later);
        assert_eq!(outcome.assumed_rates, vec![]);
        assert!(matches!(
            outcome.problem(DiscountField::StatutoryClaim),
            Some(DiscountProblem::Statutory(
                StatutoryError::NoReferenceRate { .. }
            ))
        ));
    }

    #[test]
    fn an_account_s_claim_carries_an_unpublished_rate_forward_too() {
        use crate::account::{
            account_invoice, account_report, check_account, AccountInput, InvoiceInput,
        };
        use rust_decimal_macros::dec;
        // A German account of two invoices, seen on 7 December 2026, paid as expected in
        // 60 days (5 February 2027): the 2027 H1 Basiszinssatz is carried forward.
        let account = check_account(&AccountInput {
            invoices: vec![
                InvoiceInput::new("RE-1", day(2026, 10, 31), dec!(1200), "EUR"),
                InvoiceInput::new("RE-2", day(2026, 11, 15), dec!(3600), "EUR"),
            ],
            payments: vec![],
        })
        .unwrap_or_else(|e| panic!("{e:?}"));
        let terms = AccountTerms::new(Jurisdiction::De, true);
        let today = day(2026, 12, 7);
        let report = account_report(&account, &terms, today).unwrap_or_else(|e| panic!("{e:?}"));
        let parties = invoice("2026-10-31");
        let debt = account_invoice(&report, &parties, report.principal_owed()).expect("owed");
        let ctx = DiscountContext {
            invoice: Some(&debt),
            locale: NumberLocale::De,
            today,
            statutory: None,
            account: Some((&account, &terms)),
        };
        let outcome = evaluate_discount(&DiscountDraft::default(), &ctx);
        assert_eq!(outcome.problems, vec![]);
        let january = EnteredRate {
            reference_date: day(2027, 1, 1),
            rate: dec!(1.52),
        };
        assert_eq!(outcome.assumed_rates, vec![january]);
        // The same as the account's claim with that rate entered by hand.
        let mut entered = terms.clone();
        entered.reference_rates = vec![january];
        let by_hand = crate::account::account_report_on(&account, &entered, day(2027, 2, 5))
            .unwrap_or_else(|e| panic!("{e:?}"));
        let then = outcome.account_statutory.expect("the account's claim");
        assert_eq!(then.totals, by_hand.totals);
        // 1,200 × 10.52 % × 97 / 365 = 33.548… and 3,600 × 10.52 % × 82 / 365 = 85.082…;
        // 40 EUR for each invoice.
        assert_eq!(then.totals.interest, dec!(118.63));
        assert_eq!(then.totals.compensation, dec!(80.00));
        assert!(outcome.analysis.is_some());
    }

    #[test]
    fn a_deadline_for_a_late_invoice_must_come_before_the_expected_payment() {
        let inv = invoice("2026-10-30");
        let ctx = DiscountContext {
            invoice: Some(&inv),
            locale: NumberLocale::EnGb,
            today: day(2026, 12, 7),
            statutory: None,
            account: None,
        };
        let draft = DiscountDraft {
            deadline: DeadlineKind::Date,
            pay_by_date: "2027-02-10".into(),
            ..DiscountDraft::default()
        };
        let outcome = evaluate_discount(&draft, &ctx);
        assert_eq!(
            outcome.problem(DiscountField::PayWithinDays),
            Some(&DiscountProblem::DeadlineNotBeforeExpected {
                expected: day(2027, 2, 5)
            })
        );
        let draft = DiscountDraft {
            pay_within_days: "60".into(),
            ..DiscountDraft::default()
        };
        let outcome = evaluate_discount(&draft, &ctx);
        assert_eq!(
            outcome.problem(DiscountField::PayWithinDays),
            Some(&DiscountProblem::Rule(DiscountErrorKind::MustBeLessThan {
                limit: Decimal::from(60),
                other: Some(DiscountField::ExpectedDaysToPayment),
            }))
        );
    }
}
