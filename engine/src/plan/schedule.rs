//! Due dates: the schedule, rolling to business days, and seasonal skipping.

use chrono::{Datelike, Days, NaiveDate};
use rust_decimal::Decimal;

use super::errors::{PlanErrorKind, PlanField, PlanFieldError};
use super::input::{Distribution, PlanInput};
use crate::calendar::{BusinessCalendar, Roll};
use crate::dates::{
    add_months, days_in_month, schedule_dates, Frequency, ScheduleOptions, MAX_SCHEDULE_DATES,
};

/// One paying installment's place in the schedule.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Slot {
    /// The schedule's date, before rolling.
    pub nominal: NaiveDate,
    /// The due date after rolling.
    pub date: NaiveDate,
    /// Periods from the start: the schedule index (from 0) plus 1. Dates skipped by a
    /// seasonal plan still count.
    pub position: u32,
    /// The seasonal weight of the due date's month (1 for other distributions).
    pub weight: Decimal,
}

/// The date one period before the schedule's first date: the default start of the credit.
///
/// `None` only outside chrono's range.
pub(super) fn default_start_date(
    first_due: NaiveDate,
    frequency: Frequency,
    options: ScheduleOptions,
) -> Option<NaiveDate> {
    let first = schedule_dates(first_due, frequency, 1, options)
        .ok()?
        .first()
        .copied()?;
    let back_days = |days: u64| first.checked_sub_days(Days::new(days));
    match frequency {
        Frequency::Weekly => back_days(7),
        Frequency::Fortnightly => back_days(14),
        Frequency::EveryNDays(n) => back_days(u64::from(n.max(1))),
        Frequency::Monthly => add_months(first, -1, options.stick_to_month_end),
        Frequency::BiMonthly => add_months(first, -2, options.stick_to_month_end),
        Frequency::Quarterly => add_months(first, -3, options.stick_to_month_end),
        Frequency::SemiMonthly1st15th => {
            if first.day() == 15 {
                first.with_day(1)
            } else {
                add_months(first, -1, false)?.with_day(15)
            }
        }
        Frequency::SemiMonthly15thLast => {
            if first.day() == 15 {
                let previous = add_months(first, -1, false)?;
                previous.with_day(days_in_month(previous.year(), previous.month())?)
            } else {
                first.with_day(15)
            }
        }
    }
}

/// Hands out the paying slots of a plan one by one: schedule dates (computed from the
/// anchor, in growing batches), rolled, and skipped when a seasonal weight is 0.
pub(super) struct Slots<'a> {
    input: &'a PlanInput,
    calendar: &'a BusinessCalendar,
    weights: Option<&'a [Decimal; 12]>,
    dates: Vec<NaiveDate>,
    next_index: usize,
    found: u32,
}

impl<'a> Slots<'a> {
    /// The slot source of `input`.
    pub(super) fn new(input: &'a PlanInput) -> Self {
        let weights = match &input.distribution {
            Distribution::Seasonal { weights } => Some(weights),
            _ => None,
        };
        Slots {
            input,
            calendar: &input.calendar,
            weights,
            dates: Vec::new(),
            next_index: 0,
            found: 0,
        }
    }

    /// The next paying slot.
    pub(super) fn next_slot(&mut self) -> Result<Slot, PlanFieldError> {
        loop {
            if self.next_index >= self.dates.len() {
                self.extend()?;
            }
            let index = self.next_index;
            let Some(&nominal) = self.dates.get(index) else {
                return Err(self.exhausted());
            };
            self.next_index += 1;
            let date = match self.input.roll {
                Roll::None => nominal,
                roll => self.calendar.roll(nominal, roll).ok_or_else(|| {
                    PlanFieldError::new(
                        PlanField::Calendar,
                        PlanErrorKind::NoBusinessDay { date: nominal },
                    )
                })?,
            };
            let weight = match self.weights {
                None => Decimal::ONE,
                Some(weights) => weights
                    .get(date.month0() as usize)
                    .copied()
                    .unwrap_or(Decimal::ZERO),
            };
            if weight.is_zero() {
                continue;
            }
            let position = u32::try_from(index + 1).map_err(|_| self.exhausted())?;
            self.found = self.found.saturating_add(1);
            return Ok(Slot {
                nominal,
                date,
                position,
                weight,
            });
        }
    }

    /// The first `count` paying slots.
    pub(super) fn take(&mut self, count: usize) -> Result<Vec<Slot>, PlanFieldError> {
        self.reserve(count);
        (0..count).map(|_| self.next_slot()).collect()
    }

    /// Makes the first batch big enough for `count` slots when nothing is skipped.
    fn reserve(&mut self, count: usize) {
        if self.dates.is_empty() {
            let wanted = count.clamp(1, MAX_SCHEDULE_DATES);
            if let Ok(dates) = self.schedule(wanted) {
                self.dates = dates;
            }
        }
    }

    /// Computes more schedule dates (twice as many, at least 16), or fails when the
    /// schedule's limit is reached.
    fn extend(&mut self) -> Result<(), PlanFieldError> {
        let have = self.dates.len();
        if have >= MAX_SCHEDULE_DATES {
            return Err(self.exhausted());
        }
        let wanted = (have * 2).clamp(16, MAX_SCHEDULE_DATES);
        self.dates = self.schedule(wanted)?;
        Ok(())
    }

    fn schedule(&self, count: usize) -> Result<Vec<NaiveDate>, PlanFieldError> {
        schedule_dates(
            self.input.first_due_date,
            self.input.frequency,
            count,
            self.input.schedule_options,
        )
        .map_err(|_| PlanFieldError::new(PlanField::FirstDueDate, PlanErrorKind::TooLargeToCompute))
    }

    /// The error when no further slot can be found.
    fn exhausted(&self) -> PlanFieldError {
        match self.weights {
            Some(_) => PlanFieldError::new(
                PlanField::SeasonalWeights,
                PlanErrorKind::TooFewPayingDates { found: self.found },
            ),
            None => PlanFieldError::new(
                PlanField::InstallmentCount,
                PlanErrorKind::TooManyInstallments {
                    max: u32::try_from(MAX_SCHEDULE_DATES).unwrap_or(u32::MAX),
                },
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn default_start_is_one_period_before_the_first_scheduled_date() {
        let plain = ScheduleOptions::default();
        let stick = ScheduleOptions {
            stick_to_month_end: true,
        };
        let cases = [
            (
                date(2024, 3, 31),
                Frequency::Monthly,
                plain,
                date(2024, 2, 29),
            ),
            (
                date(2024, 4, 30),
                Frequency::Monthly,
                stick,
                date(2024, 3, 31),
            ),
            (
                date(2024, 4, 30),
                Frequency::Monthly,
                plain,
                date(2024, 3, 30),
            ),
            (
                date(2024, 5, 15),
                Frequency::BiMonthly,
                plain,
                date(2024, 3, 15),
            ),
            (
                date(2024, 5, 15),
                Frequency::Quarterly,
                plain,
                date(2024, 2, 15),
            ),
            (
                date(2024, 3, 4),
                Frequency::Weekly,
                plain,
                date(2024, 2, 26),
            ),
            (
                date(2024, 3, 4),
                Frequency::Fortnightly,
                plain,
                date(2024, 2, 19),
            ),
            (
                date(2024, 3, 4),
                Frequency::EveryNDays(10),
                plain,
                date(2024, 2, 23),
            ),
            // Semi-monthly: from the snapped first date.
            (
                date(2024, 3, 15),
                Frequency::SemiMonthly1st15th,
                plain,
                date(2024, 3, 1),
            ),
            (
                date(2024, 3, 1),
                Frequency::SemiMonthly1st15th,
                plain,
                date(2024, 2, 15),
            ),
            (
                date(2024, 3, 10),
                Frequency::SemiMonthly1st15th,
                plain,
                date(2024, 3, 1),
            ),
            (
                date(2024, 3, 15),
                Frequency::SemiMonthly15thLast,
                plain,
                date(2024, 2, 29),
            ),
            (
                date(2024, 3, 31),
                Frequency::SemiMonthly15thLast,
                plain,
                date(2024, 3, 15),
            ),
            (
                date(2024, 3, 20),
                Frequency::SemiMonthly15thLast,
                plain,
                date(2024, 3, 15),
            ),
        ];
        for (first, frequency, options, expected) in cases {
            assert_eq!(
                default_start_date(first, frequency, options),
                Some(expected),
                "{frequency:?} from {first}"
            );
        }
        assert_eq!(
            default_start_date(NaiveDate::MIN, Frequency::Weekly, plain),
            None
        );
    }
}
