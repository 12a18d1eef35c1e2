//! Building a plan: the amount of each installment, then rows, totals, warnings and APR.
//!
//! Every figure here comes from a validated input (money ≤ `MAX_AMOUNT` = 10^12, rates
//! ≤ 100 %, at most 10,000 installments), so sums and differences of money stay below
//! 10^20, far inside [`Decimal`]'s range (7.9 × 10^28): they use plain operators, while
//! products and quotients are checked.

use crate::decimal_ops::DecimalOps;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::apr::plan_apr;
use super::errors::{PlanErrorKind, PlanField, PlanFieldError};
use super::input::{DayCount, Distribution, PlanInput};
use super::interest::{discount_factors, period_interest, periodic_fraction, periodic_rate};
use super::output::{Plan, PlanRow, PlanTotals, PlanWarning};
use super::schedule::{Slot, Slots};
use super::validate::{check, Checked, Rate, Size};
use super::TINY_LAST_SHARE_PCT;
use crate::dates::days_between;
use crate::money::{allocate_by_weights, allocate_equal, round_to_minor, Remainder, Rounding};

/// One installment before it becomes a row.
#[derive(Clone, Copy, Debug)]
struct Line {
    slot: Slot,
    principal: Decimal,
    interest: Decimal,
}

/// The installments, and what the last one is compared with for the tiny-last warning.
type Lines = (Vec<Line>, Option<Decimal>);

/// Builds the plan of `input` allowing at most `max` installments.
pub(super) fn build(input: &PlanInput, max: u32) -> Result<Plan, Vec<PlanFieldError>> {
    let checked = check(input, max)?;
    let (lines, reference) = lines(&checked).map_err(|error| vec![error])?;
    assemble(&checked, &lines, reference).map_err(|error| vec![error])
}

fn error(field: PlanField, kind: PlanErrorKind) -> PlanFieldError {
    PlanFieldError::new(field, kind)
}

fn too_large(field: PlanField) -> PlanFieldError {
    error(field, PlanErrorKind::TooLargeToCompute)
}

fn round(c: &Checked<'_>, value: Decimal) -> Decimal {
    round_to_minor(value, c.currency, Rounding::HalfUp)
}

fn lines(c: &Checked<'_>) -> Result<Lines, PlanFieldError> {
    let mut slots = Slots::new(c.input);
    match (c.rate, c.size) {
        (Rate::Amortized(pct, day_count), Size::Count(n)) => {
            let slots = slots.take(n)?;
            amortized_count(c, &slots, pct, day_count)
        }
        (Rate::Amortized(pct, day_count), Size::Target(target)) => {
            amortized_target(c, &mut slots, pct, day_count, target)
        }
        (_, Size::Count(n)) => {
            let slots = slots.take(n)?;
            simple_count(c, slots).map(|lines| (lines, None))
        }
        (_, Size::Target(target)) => simple_target(c, &mut slots, target),
    }
}

/// The raw weight of each slot: 1 (equal), the month's weight (seasonal) or the
/// percentage (custom).
fn weights(c: &Checked<'_>, slots: &[Slot]) -> Vec<Decimal> {
    match &c.input.distribution {
        Distribution::CustomPercent(percents) => percents.clone(),
        _ => slots.iter().map(|slot| slot.weight).collect(),
    }
}

/// Flat interest for a term of `position` periods: `P × annual% × position / (100 ×
/// periods per year)`, multiplied out before the one division, rounded half-up (0 without
/// flat interest).
fn flat_interest(c: &Checked<'_>, position: u32) -> Result<Decimal, PlanFieldError> {
    match c.rate {
        Rate::Flat(pct) => {
            let (multiplier, divisor) = periodic_fraction(c.input.frequency);
            c.financed
                .times(pct)
                .and_then(|x| x.times(Decimal::from(position)))
                .and_then(|x| x.times(multiplier))
                .and_then(|x| x.divided_by(divisor))
                .map(|exact| round(c, exact))
                .ok_or_else(|| too_large(PlanField::InterestRate))
        }
        _ => Ok(Decimal::ZERO),
    }
}

/// `total` shared by `weights` with the distribution's rule; the last share absorbs the
/// remainder.
fn share(
    c: &Checked<'_>,
    total: Decimal,
    weights: &[Decimal],
) -> Result<Vec<Decimal>, PlanFieldError> {
    match c.input.distribution {
        Distribution::Equal => allocate_equal(total, weights.len(), c.currency, Remainder::Last),
        _ => allocate_by_weights(total, weights, c.currency, Remainder::Last),
    }
    .map_err(|_| too_large(PlanField::Debt))
}

/// Splits each amount into interest and principal: the interest total is shared in
/// proportion to the amounts (largest remainder, so no share exceeds its amount).
fn split(
    c: &Checked<'_>,
    slots: &[Slot],
    amounts: &[Decimal],
    interest_total: Decimal,
) -> Result<Vec<Line>, PlanFieldError> {
    let interests = if interest_total.is_zero() {
        vec![Decimal::ZERO; amounts.len()]
    } else {
        allocate_by_weights(interest_total, amounts, c.currency, Remainder::Spread)
            .map_err(|_| too_large(PlanField::InterestRate))?
    };
    Ok(slots
        .iter()
        .zip(amounts.iter().zip(interests))
        .map(|(slot, (amount, interest))| Line {
            slot: *slot,
            principal: *amount - interest,
            interest,
        })
        .collect())
}

/// No interest or flat interest, with a count: the total to repay is shared by weight.
fn simple_count(c: &Checked<'_>, slots: Vec<Slot>) -> Result<Vec<Line>, PlanFieldError> {
    let last_position = slots.last().map_or(0, |slot| slot.position);
    let interest_total = flat_interest(c, last_position)?;
    let total = c
        .financed
        .plus(interest_total)
        .ok_or_else(|| too_large(PlanField::Debt))?;
    let weights = weights(c, &slots);
    let amounts = match c.first_payment {
        Some(first) => {
            if first >= total {
                return Err(error(
                    PlanField::FirstPayment,
                    PlanErrorKind::MustBeLessThan {
                        limit: total,
                        other: None,
                    },
                ));
            }
            let mut amounts = vec![first];
            amounts.extend(share(c, total - first, weights.get(1..).unwrap_or(&[]))?);
            amounts
        }
        None => share(c, total, &weights)?,
    };
    split(c, &slots, &amounts, interest_total)
}

/// No interest or flat interest, with a target amount (equal distribution): the target
/// repeated, then what is left.
fn simple_target(
    c: &Checked<'_>,
    slots: &mut Slots<'_>,
    target: Decimal,
) -> Result<Lines, PlanFieldError> {
    let first = c.first_payment.unwrap_or(Decimal::ZERO);
    let fixed = usize::from(c.first_payment.is_some());
    let max = usize::try_from(c.max).unwrap_or(usize::MAX);
    let too_many = || {
        error(
            PlanField::TargetAmount,
            PlanErrorKind::TooManyInstallments { max: c.max },
        )
    };
    let (count, interest_total) = match c.rate {
        Rate::Flat(_) => {
            let per_period = flat_interest(c, 1)?;
            if target <= per_period {
                return Err(error(
                    PlanField::TargetAmount,
                    PlanErrorKind::InstallmentTooSmall {
                        interest: per_period,
                    },
                ));
            }
            let mut found = None;
            for count in (1 + fixed)..=max {
                let position = u32::try_from(count).map_err(|_| too_many())?;
                let interest = flat_interest(c, position)?;
                let covered = Decimal::from(count - fixed)
                    .times(target)
                    .and_then(|paid| paid.plus(first));
                let owed = c.financed.plus(interest);
                match (covered, owed) {
                    (Some(covered), Some(owed)) if covered >= owed => {
                        found = Some((count, interest));
                        break;
                    }
                    (Some(_), Some(_)) => {}
                    _ => return Err(too_large(PlanField::TargetAmount)),
                }
            }
            found.ok_or_else(too_many)?
        }
        _ => {
            let rest = c.financed - first;
            let needed = rest
                .divided_by(target)
                .map(|quotient| quotient.ceil())
                .ok_or_else(|| too_large(PlanField::TargetAmount))?;
            let count = usize::try_from(needed.mantissa())
                .ok()
                .filter(|_| needed.scale() == 0)
                .and_then(|n| n.checked_add(fixed))
                .filter(|n| *n <= max)
                .ok_or_else(too_many)?;
            (count, Decimal::ZERO)
        }
    };
    let total = c
        .financed
        .plus(interest_total)
        .ok_or_else(|| too_large(PlanField::Debt))?;
    if c.first_payment.is_some() && first >= total {
        return Err(error(
            PlanField::FirstPayment,
            PlanErrorKind::MustBeLessThan {
                limit: total,
                other: None,
            },
        ));
    }
    let slots = slots.take(count)?;
    let mut amounts = Vec::with_capacity(count);
    let mut paid = Decimal::ZERO;
    for index in 0..count {
        let amount = if index + 1 == count {
            total - paid
        } else if index == 0 && fixed == 1 {
            first
        } else {
            target
        };
        paid += amount; // at most `total`
        amounts.push(amount);
    }
    let lines = split(c, &slots, &amounts, interest_total)?;
    Ok((lines, Some(target)))
}

/// Amortized interest with a count: level installments (shaped by the weights), the last
/// absorbing every difference.
fn amortized_count(
    c: &Checked<'_>,
    slots: &[Slot],
    pct: Decimal,
    day_count: DayCount,
) -> Result<Lines, PlanFieldError> {
    let compute = || too_large(PlanField::InterestRate);
    let rate = periodic_rate(pct, c.input.frequency).ok_or_else(compute)?;
    let positions: Vec<u32> = slots.iter().map(|slot| slot.position).collect();
    let factors = discount_factors(rate, &positions).ok_or_else(compute)?;
    let raw = weights(c, slots);
    let largest = raw.iter().copied().max().unwrap_or(Decimal::ONE);
    let shape: Vec<Decimal> = raw
        .iter()
        .map(|weight| weight.divided_by(largest))
        .collect::<Option<_>>()
        .ok_or_else(compute)?;
    let fixed = usize::from(c.first_payment.is_some());
    let mut denominator = Decimal::ZERO;
    for (weight, factor) in shape.iter().zip(&factors).skip(fixed) {
        denominator = weight
            .times(*factor)
            .and_then(|term| denominator.plus(term))
            .ok_or_else(compute)?;
    }
    let numerator = match (c.first_payment, factors.first()) {
        (Some(first), Some(factor)) => first
            .times(*factor)
            .map(|present| c.financed - present)
            .ok_or_else(compute)?,
        _ => c.financed,
    };
    let level = numerator
        .divided_by(denominator)
        .filter(|level| *level > Decimal::ZERO)
        .ok_or_else(compute)?;
    let mut targets = Vec::with_capacity(slots.len());
    for (index, weight) in shape.iter().enumerate() {
        let target = match c.first_payment {
            Some(first) if index == 0 => first,
            _ => round(c, level.times(*weight).ok_or_else(compute)?),
        };
        targets.push(target);
    }
    let lines = simulate(c, slots, &targets, pct, day_count)?;
    let count = slots.len();
    let reference = if c.input.distribution == Distribution::Equal && count >= 2 + fixed {
        targets.get(count - 2).copied()
    } else {
        None
    };
    Ok((lines, reference))
}

/// Runs the balance through `slots`: interest by day count on the actual dates, each
/// installment its target (never less than its interest, never more than what is owed),
/// the last one whatever is left.
fn simulate(
    c: &Checked<'_>,
    slots: &[Slot],
    targets: &[Decimal],
    pct: Decimal,
    day_count: DayCount,
) -> Result<Vec<Line>, PlanFieldError> {
    let mut balance = c.financed;
    let mut previous = c.start;
    let mut lines = Vec::with_capacity(slots.len());
    for (index, (slot, target)) in slots.iter().zip(targets).enumerate() {
        let interest = period_interest(balance, pct, day_count, previous, slot.date, c.currency)
            .ok_or_else(|| too_large(PlanField::InterestRate))?;
        check_first_payment(c, index, interest)?;
        let principal = if index + 1 == slots.len() {
            balance
        } else {
            (*target - interest).max(Decimal::ZERO).min(balance)
        };
        balance -= principal;
        previous = previous.max(slot.date);
        lines.push(Line {
            slot: *slot,
            principal,
            interest,
        });
    }
    Ok(lines)
}

/// A fixed first payment must exceed its period's interest.
fn check_first_payment(
    c: &Checked<'_>,
    index: usize,
    interest: Decimal,
) -> Result<(), PlanFieldError> {
    match c.first_payment {
        Some(first) if index == 0 && first <= interest => Err(error(
            PlanField::FirstPayment,
            PlanErrorKind::InstallmentTooSmall { interest },
        )),
        _ => Ok(()),
    }
}

/// Amortized interest with a target amount (equal distribution): pay the target until
/// the balance plus interest fits in one.
fn amortized_target(
    c: &Checked<'_>,
    slots: &mut Slots<'_>,
    pct: Decimal,
    day_count: DayCount,
    target: Decimal,
) -> Result<Lines, PlanFieldError> {
    let fixed = usize::from(c.first_payment.is_some());
    let max = usize::try_from(c.max).unwrap_or(usize::MAX);
    let mut balance = c.financed;
    let mut previous = c.start;
    let mut lines: Vec<Line> = Vec::new();
    loop {
        if lines.len() >= max {
            return Err(error(
                PlanField::TargetAmount,
                PlanErrorKind::TooManyInstallments { max: c.max },
            ));
        }
        let slot = slots.next_slot()?;
        let index = lines.len();
        let interest = period_interest(balance, pct, day_count, previous, slot.date, c.currency)
            .ok_or_else(|| too_large(PlanField::InterestRate))?;
        check_first_payment(c, index, interest)?;
        if index == fixed && target <= interest {
            return Err(error(
                PlanField::TargetAmount,
                PlanErrorKind::InstallmentTooSmall { interest },
            ));
        }
        let amount = match c.first_payment {
            Some(first) if index == 0 => first,
            _ => target,
        };
        previous = previous.max(slot.date);
        let owed = balance
            .plus(interest)
            .ok_or_else(|| too_large(PlanField::Debt))?;
        if owed <= amount {
            lines.push(Line {
                slot,
                principal: balance,
                interest,
            });
            return Ok((lines, Some(target)));
        }
        // amount < balance + interest, so the principal is below the balance.
        let principal = (amount - interest).max(Decimal::ZERO);
        balance -= principal;
        lines.push(Line {
            slot,
            principal,
            interest,
        });
    }
}

/// Turns the lines into the plan: the down payment row, fees, balances, same-day flags,
/// totals, warnings and the APR.
fn assemble(
    c: &Checked<'_>,
    lines: &[Line],
    reference: Option<Decimal>,
) -> Result<Plan, PlanFieldError> {
    let first = lines
        .first()
        .ok_or_else(|| error(PlanField::InstallmentCount, PlanErrorKind::ZeroInstallments))?;
    let last = lines.last().unwrap_or(first);
    let mut rows = Vec::with_capacity(lines.len() + 1);
    let mut balance = c.debt;
    if c.down > Decimal::ZERO {
        let date = c.input.down_payment_date.unwrap_or(first.slot.date);
        if date > first.slot.date {
            return Err(error(
                PlanField::DownPaymentDate,
                PlanErrorKind::MustNotBeAfter {
                    date: first.slot.date,
                    other: PlanField::FirstDueDate,
                },
            ));
        }
        balance -= c.down;
        rows.push(PlanRow {
            number: 0,
            due_date: date,
            weekday: date.weekday(),
            scheduled_date: date,
            amount: round(c, c.down),
            principal: round(c, c.down),
            interest: round(c, Decimal::ZERO),
            fees: round(c, Decimal::ZERO),
            balance_after: round(c, balance),
            same_day: false,
        });
    }
    for (number, line) in (1u32..).zip(lines) {
        let fees = if number == 1 {
            c.setup_fee
        } else {
            Decimal::ZERO
        };
        balance -= line.principal;
        let amount = line
            .principal
            .plus(line.interest)
            .and_then(|amount| amount.plus(fees))
            .ok_or_else(|| too_large(PlanField::Debt))?;
        rows.push(PlanRow {
            number,
            due_date: line.slot.date,
            weekday: line.slot.date.weekday(),
            scheduled_date: line.slot.nominal,
            amount: round(c, amount),
            principal: round(c, line.principal),
            interest: round(c, line.interest),
            fees: round(c, fees),
            balance_after: round(c, balance),
            same_day: false,
        });
    }

    let mut warnings = Vec::new();
    if let Some(invoice_date) = c.input.invoice_date {
        if c.input.first_due_date < invoice_date {
            warnings.push(PlanWarning::FirstDueBeforeInvoiceDate {
                first_due: c.input.first_due_date,
                invoice_date,
            });
        }
    }
    flag_same_days(&mut rows, &mut warnings);
    if let Some(reference) = reference {
        let last_amount = last.principal + last.interest;
        let tiny = reference
            .times(TINY_LAST_SHARE_PCT)
            .map(|limit| last_amount * Decimal::ONE_HUNDRED < limit)
            .unwrap_or(false);
        if lines.len() >= 2 && tiny {
            warnings.push(PlanWarning::TinyLastInstallment {
                amount: round(c, last_amount),
                reference: round(c, reference),
            });
        }
    }

    let sum = |pick: fn(&PlanRow) -> Decimal| {
        rows.iter()
            .try_fold(Decimal::ZERO, |sum, row| sum.plus(pick(row)))
            .map(|total| round(c, total))
            .ok_or_else(|| too_large(PlanField::Debt))
    };
    let totals = PlanTotals {
        installments: u32::try_from(lines.len()).unwrap_or(u32::MAX),
        total_paid: sum(|row| row.amount)?,
        total_principal: sum(|row| row.principal)?,
        total_interest: sum(|row| row.interest)?,
        total_fees: sum(|row| row.fees)?,
        first_due_date: first.slot.date,
        last_payment_date: last.slot.date,
        plan_length_days: days_between(first.slot.date, last.slot.date),
    };
    let hint = match c.rate {
        // Interest accrues at about the annual rate / 365 a day.
        Rate::Amortized(pct, _) => pct.divided_by(Decimal::from(36_500)),
        // The constant-ratio rule: a flat rate costs about 2n/(n + 1) times as much.
        Rate::Flat(pct) => {
            let n = Decimal::from(lines.len());
            pct.times(Decimal::TWO)
                .and_then(|x| x.times(n))
                .and_then(|x| x.divided_by(n + Decimal::ONE))
                .and_then(|x| x.divided_by(Decimal::from(36_500)))
        }
        Rate::None => None,
    };
    let apr = plan_apr(c.start, c.debt, &rows, c.input.frequency, hint);
    Ok(Plan {
        currency: c.currency,
        debt: round(c, c.debt),
        start_date: c.start,
        frequency: c.input.frequency,
        interest: c.rate.as_interest(),
        rows,
        totals,
        apr,
        warnings,
        terms: c.input.missed_terms,
    })
}

/// Flags installments that a roll put on (or before) the previous installment's day, and
/// adds one [`PlanWarning::SameDay`] per shared day.
fn flag_same_days(rows: &mut [PlanRow], warnings: &mut Vec<PlanWarning>) {
    let mut group: Vec<u32> = Vec::new();
    let mut group_date: Option<NaiveDate> = None;
    let mut previous: Option<NaiveDate> = None;
    for index in 0..rows.len() {
        let Some(row) = rows.get(index) else { break };
        if row.is_down_payment() {
            continue;
        }
        let (number, date) = (row.number, row.due_date);
        match previous {
            Some(before) if date <= before => {
                if group.is_empty() {
                    if let Some(prior) = index.checked_sub(1).and_then(|i| rows.get_mut(i)) {
                        prior.same_day = true;
                        group.push(prior.number);
                    }
                    group_date = Some(before);
                }
                if let Some(row) = rows.get_mut(index) {
                    row.same_day = true;
                }
                group.push(number);
            }
            _ => {
                if let Some(date) = group_date.take() {
                    warnings.push(PlanWarning::SameDay {
                        date,
                        installments: std::mem::take(&mut group),
                    });
                }
            }
        }
        previous = Some(date);
    }
    if let Some(date) = group_date {
        warnings.push(PlanWarning::SameDay {
            date,
            installments: group,
        });
    }
}
