//! The account worked out: payments allocated in date order by the rule, each invoice's
//! statutory interest on its unpaid principal over time (as differences of statutory
//! claims), its compensation, the Dutch collection costs, then the report.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::errors::{AccountError, AccountField, AccountFieldError, InvoicePart};
use super::input::{Account, AccountTerms, AllocationRule};
use super::report::{
    AccountReport, AccountTotals, AgingBucket, Application, AppliedPayment, BucketTotal,
    InterestPortion, InvoiceStanding, InvoiceStatus, PaymentAllocation, StatementKind,
    StatementLine,
};
use crate::currency::currency;
use crate::dates::days_overdue;
use crate::decimal_ops::DecimalOps;
use crate::money::{allocate_by_weights, Remainder};
use crate::statutory::{
    late_payment_claim, ClaimInput, ClaimNote, CollectionCosts, Jurisdiction, StatutoryClaim,
    StatutoryError,
};

type Outcome<T> = Result<T, AccountFieldError>;

/// Zero with two decimals, as compensation amounts (GBP, EUR) are written.
const NO_MONEY: Decimal = Decimal::from_parts(0, 0, 0, false, 2);

fn too_large() -> AccountFieldError {
    AccountFieldError::new(AccountField::Invoices, AccountError::TooLargeToCompute)
}

fn add(a: Decimal, b: Decimal) -> Outcome<Decimal> {
    a.plus(b).ok_or_else(too_large)
}

fn sub(a: Decimal, b: Decimal) -> Outcome<Decimal> {
    a.minus(b).ok_or_else(too_large)
}

/// One invoice while payments are allocated.
struct State {
    interest_start: NaiveDate,
    /// The principal still owed.
    principal: Decimal,
    paid_principal: Decimal,
    paid_interest: Decimal,
    paid_costs: Decimal,
    /// The parts of the principal paid so far, with their interest.
    portions: Vec<InterestPortion>,
    /// Their interest, added up.
    portions_interest: Decimal,
    paid_on: Option<NaiveDate>,
    applied: Vec<AppliedPayment>,
}

/// The account being worked out.
pub(super) struct Ledger<'a> {
    account: &'a Account,
    terms: &'a AccountTerms,
    today: NaiveDate,
    zero: Decimal,
    states: Vec<State>,
    allocations: Vec<PaymentAllocation>,
    /// The fixed compensation of each invoice once late (computed when first needed).
    late_compensation: Vec<Option<Decimal>>,
    /// The law's compensation currency is not the account's.
    currency_differs: bool,
    /// Invoices by due date, then position.
    oldest_first: Vec<usize>,
}

impl<'a> Ledger<'a> {
    /// Checks the dates (payments not after `today`) and the rule; the ledger before any
    /// payment.
    pub(super) fn new(
        account: &'a Account,
        terms: &'a AccountTerms,
        today: NaiveDate,
    ) -> Result<Self, Vec<AccountFieldError>> {
        let mut errors = Vec::new();
        for (index, payment) in account.payments.iter().enumerate() {
            if payment.date > today {
                errors.push(AccountFieldError::new(
                    AccountField::Payment {
                        index,
                        part: super::errors::PaymentPart::Date,
                    },
                    AccountError::InFuture { today },
                ));
            }
        }
        if terms.allocation == AllocationRule::StatutoryOrder
            && terms.jurisdiction != Jurisdiction::De
        {
            errors.push(AccountFieldError::new(
                AccountField::Allocation,
                AccountError::NoStatutoryOrder {
                    jurisdiction: terms.jurisdiction,
                },
            ));
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        let zero = crate::money::round_to_minor(
            Decimal::ZERO,
            account.currency,
            crate::money::Rounding::HalfUp,
        );
        let mut states = Vec::with_capacity(account.invoices.len());
        for (index, invoice) in account.invoices.iter().enumerate() {
            let interest_start = invoice.due_date.succ_opt().ok_or_else(|| {
                vec![AccountFieldError::new(
                    AccountField::Invoice {
                        index,
                        part: InvoicePart::DueDate,
                    },
                    AccountError::Statutory(StatutoryError::DateOutOfRange),
                )]
            })?;
            states.push(State {
                interest_start,
                principal: invoice.amount,
                paid_principal: zero,
                paid_interest: zero,
                paid_costs: zero,
                portions: Vec::new(),
                portions_interest: zero,
                paid_on: None,
                applied: Vec::new(),
            });
        }
        let allocations = account
            .payments
            .iter()
            .enumerate()
            .map(|(index, payment)| PaymentAllocation {
                index,
                date: payment.date,
                amount: payment.amount,
                invoice: payment
                    .invoice
                    .and_then(|i| account.invoices.get(i))
                    .map(|invoice| invoice.number.clone()),
                applied: Vec::new(),
                credit: zero,
            })
            .collect();
        let mut oldest_first: Vec<usize> = (0..account.invoices.len()).collect();
        oldest_first.sort_by_key(|&i| (account.invoices.get(i).map(|inv| inv.due_date), i));
        Ok(Ledger {
            account,
            terms,
            today,
            zero,
            states,
            allocations,
            late_compensation: vec![None; account.invoices.len()],
            currency_differs: account.currency.code != terms.jurisdiction.compensation_currency(),
            oldest_first,
        })
    }

    // -----------------------------------------------------------------------------------
    // Claims
    // -----------------------------------------------------------------------------------

    /// The statutory claim input for `principal` due on `due_date`, up to `until`.
    fn claim_input(&self, principal: Decimal, due_date: NaiveDate, until: NaiveDate) -> ClaimInput {
        let terms = self.terms;
        let mut input = ClaimInput::new(
            terms.jurisdiction,
            principal,
            self.account.currency.code,
            due_date,
            until,
        );
        input.reference_rate_override = terms.reference_rate_override;
        input.reference_rates = terms.reference_rates.clone();
        input.eu_margin = terms.eu_margin;
        input.options = terms.options;
        input
    }

    /// The statutory claim on `principal` of invoice `index` up to `until`; `None` when
    /// there is no principal or `until` is before the first day of interest (nothing is
    /// late: no rate is needed).
    fn claim(
        &self,
        index: usize,
        principal: Decimal,
        until: NaiveDate,
    ) -> Outcome<Option<StatutoryClaim>> {
        let (Some(invoice), Some(state)) =
            (self.account.invoices.get(index), self.states.get(index))
        else {
            return Ok(None);
        };
        if principal <= Decimal::ZERO || until < state.interest_start {
            return Ok(None);
        }
        late_payment_claim(&self.claim_input(principal, invoice.due_date, until))
            .map(Some)
            .map_err(|error| self.statutory_error(error, index))
    }

    /// The interest (and days) of the claim on `principal` of invoice `index` up to
    /// `until`.
    fn interest_on(
        &self,
        index: usize,
        principal: Decimal,
        until: NaiveDate,
    ) -> Outcome<(Decimal, i64)> {
        Ok(match self.claim(index, principal, until)? {
            Some(claim) => (claim.interest, claim.days),
            None => (self.zero, 0),
        })
    }

    /// A statutory error at the term to change (an entered rate, the margin), else at
    /// the invoice it arose on.
    fn statutory_error(&self, error: StatutoryError, index: usize) -> AccountFieldError {
        let field = match &error {
            StatutoryError::NoReferenceRate { .. }
            | StatutoryError::InvalidRateDate { .. }
            | StatutoryError::DuplicateRateDate { .. } => AccountField::ReferenceRates,
            StatutoryError::InvalidReferenceRate { rate }
                if self.terms.reference_rate_override == Some(*rate) =>
            {
                AccountField::ReferenceRateOverride
            }
            StatutoryError::InvalidReferenceRate { .. } => AccountField::ReferenceRates,
            StatutoryError::InvalidMargin { .. } => AccountField::EuMargin,
            StatutoryError::NonPositivePrincipal { .. } | StatutoryError::Overflow => {
                AccountField::Invoice {
                    index,
                    part: InvoicePart::Amount,
                }
            }
            _ => AccountField::Invoice {
                index,
                part: InvoicePart::DueDate,
            },
        };
        AccountFieldError::new(field, AccountError::Statutory(error))
    }

    /// Interest earned by invoice `index` up to `at`: its paid parts' interest, and the
    /// claim on the principal still owed.
    fn accrued(&self, index: usize, at: NaiveDate) -> Outcome<Decimal> {
        let Some(state) = self.states.get(index) else {
            return Ok(self.zero);
        };
        let (open, _) = self.interest_on(index, state.principal, at)?;
        add(state.portions_interest, open)
    }

    /// The fixed compensation of invoice `index` once it is late.
    fn late_compensation(&mut self, index: usize) -> Outcome<Decimal> {
        if let Some(Some(known)) = self.late_compensation.get(index) {
            return Ok(*known);
        }
        let (Some(invoice), Some(state)) =
            (self.account.invoices.get(index), self.states.get(index))
        else {
            return Ok(NO_MONEY);
        };
        let compensation = self
            .claim(index, invoice.amount, state.interest_start)?
            .map_or(NO_MONEY, |claim| claim.compensation);
        if let Some(slot) = self.late_compensation.get_mut(index) {
            *slot = Some(compensation);
        }
        Ok(compensation)
    }

    /// What invoice `index` owes on `at` besides its principal, when claimed: costs (its
    /// compensation, when in the account's currency) and interest not yet paid.
    fn owed_besides_principal(
        &mut self,
        index: usize,
        at: NaiveDate,
    ) -> Outcome<(Decimal, Decimal)> {
        if !self.terms.claim {
            return Ok((self.zero, self.zero));
        }
        let Some(state) = self.states.get(index) else {
            return Ok((self.zero, self.zero));
        };
        // Late on `at` if still owed on its first day of interest: an invoice paid in
        // full before then never earns the compensation.
        let owed_until = state.paid_on.map_or(at, |paid| paid.min(at));
        let (paid_costs, paid_interest, late) = (
            state.paid_costs,
            state.paid_interest,
            owed_until >= state.interest_start,
        );
        let costs = if late && !self.currency_differs {
            sub(self.late_compensation(index)?, paid_costs)?.max(self.zero)
        } else {
            self.zero
        };
        let interest = sub(self.accrued(index, at)?, paid_interest)?.max(self.zero);
        Ok((costs, interest))
    }

    // -----------------------------------------------------------------------------------
    // Allocation
    // -----------------------------------------------------------------------------------

    /// Allocates every payment, in date order (payments of one day in input order).
    pub(super) fn allocate_payments(&mut self) -> Outcome<()> {
        let payments = &self.account.payments;
        let mut order: Vec<usize> = (0..payments.len()).collect();
        order.sort_by_key(|&k| (payments.get(k).map(|p| p.date), k));
        for k in order {
            self.allocate(k)?;
        }
        Ok(())
    }

    fn allocate(&mut self, k: usize) -> Outcome<()> {
        let Some(payment) = self.account.payments.get(k) else {
            return Ok(());
        };
        let mut left = payment.amount;
        match self.terms.allocation {
            AllocationRule::OldestFirst => self.principal_oldest_first(k, None, &mut left)?,
            AllocationRule::Named => {
                if let Some(named) = payment.invoice {
                    self.pay_principal(k, named, &mut left)?;
                }
                self.principal_oldest_first(k, payment.invoice, &mut left)?;
            }
            AllocationRule::StatutoryOrder => {
                // § 366 Abs. 1 BGB: the debt the debtor names first; § 367 Abs. 1 within it.
                if let Some(named) = payment.invoice {
                    self.pay_debt(k, named, &mut left)?;
                }
                self.statutory_order(k, payment.invoice, &mut left)?;
            }
        }
        if let Some(allocation) = self.allocations.get_mut(k) {
            allocation.credit = left;
        }
        Ok(())
    }

    /// Principal only, invoice by invoice by due date (skipping `skip`).
    fn principal_oldest_first(
        &mut self,
        k: usize,
        skip: Option<usize>,
        left: &mut Decimal,
    ) -> Outcome<()> {
        for position in 0..self.oldest_first.len() {
            if *left <= Decimal::ZERO {
                break;
            }
            let Some(&index) = self.oldest_first.get(position) else {
                break;
            };
            if Some(index) != skip {
                self.pay_principal(k, index, left)?;
            }
        }
        Ok(())
    }

    fn pay_principal(&mut self, k: usize, index: usize, left: &mut Decimal) -> Outcome<()> {
        let owed = self
            .states
            .get(index)
            .map_or(Decimal::ZERO, |s| s.principal);
        let principal = (*left).min(owed);
        if principal > Decimal::ZERO {
            self.apply(k, index, self.zero, self.zero, principal)?;
            *left = sub(*left, principal)?;
        }
        Ok(())
    }

    /// § 367 Abs. 1 BGB on one debt: costs, then interest, then principal.
    fn pay_debt(&mut self, k: usize, index: usize, left: &mut Decimal) -> Outcome<()> {
        let Some(date) = self.account.payments.get(k).map(|p| p.date) else {
            return Ok(());
        };
        let (costs_owed, interest_owed) = self.owed_besides_principal(index, date)?;
        let principal_owed = self
            .states
            .get(index)
            .map_or(Decimal::ZERO, |s| s.principal);
        let costs = (*left).min(costs_owed);
        let after_costs = sub(*left, costs)?;
        let interest = after_costs.min(interest_owed);
        let after_interest = sub(after_costs, interest)?;
        let principal = after_interest.min(principal_owed);
        if costs > Decimal::ZERO || interest > Decimal::ZERO || principal > Decimal::ZERO {
            self.apply(k, index, costs, interest, principal)?;
        }
        *left = sub(after_interest, principal)?;
        Ok(())
    }

    /// § 366 Abs. 2 BGB: the debts still owed (but `skip`, paid first as named), the due
    /// ones first; among them the one bearing default interest (more burdensome); then
    /// the older (issue date, else due date); equals pro rata.
    fn statutory_order(
        &mut self,
        k: usize,
        skip: Option<usize>,
        left: &mut Decimal,
    ) -> Outcome<()> {
        let Some(date) = self.account.payments.get(k).map(|p| p.date) else {
            return Ok(());
        };
        let account = self.account;
        let precedence = |index: usize| {
            account.invoices.get(index).map(|invoice| {
                (
                    invoice.due_date > date,  // not yet due: last
                    invoice.due_date >= date, // due, but no default interest yet
                    invoice.issue_date.unwrap_or(invoice.due_date),
                )
            })
        };
        let mut candidates: Vec<usize> = (0..self.states.len())
            .filter(|&i| Some(i) != skip)
            .filter(|&i| {
                self.states
                    .get(i)
                    .is_some_and(|s| s.principal > Decimal::ZERO)
            })
            .collect();
        candidates.sort_by_key(|&i| (precedence(i), i));
        let mut start = 0;
        while start < candidates.len() && *left > Decimal::ZERO {
            let key = candidates.get(start).map(|&i| precedence(i));
            let end = candidates
                .iter()
                .skip(start)
                .position(|&i| Some(precedence(i)) != key)
                .map_or(candidates.len(), |offset| start + offset);
            let group: Vec<usize> = candidates.get(start..end).unwrap_or_default().to_vec();
            self.pay_equally_ranked(k, &group, date, left)?;
            start = end;
        }
        Ok(())
    }

    /// Debts of equal rank: each in full when the payment covers them all, else each in
    /// proportion to what it owes ("verhältnismäßig", § 366 Abs. 2 BGB), exact to the
    /// minor unit (largest remainder).
    fn pay_equally_ranked(
        &mut self,
        k: usize,
        group: &[usize],
        date: NaiveDate,
        left: &mut Decimal,
    ) -> Outcome<()> {
        let mut owed = Vec::with_capacity(group.len());
        let mut total = self.zero;
        for &index in group {
            let (costs, interest) = self.owed_besides_principal(index, date)?;
            let principal = self
                .states
                .get(index)
                .map_or(Decimal::ZERO, |s| s.principal);
            let debt = add(add(costs, interest)?, principal)?;
            total = add(total, debt)?;
            owed.push(debt);
        }
        if group.len() == 1 || *left >= total {
            for &index in group {
                self.pay_debt(k, index, left)?;
            }
            return Ok(());
        }
        let shares = allocate_by_weights(*left, &owed, self.account.currency, Remainder::Spread)
            .map_err(|_| too_large())?;
        for (&index, share) in group.iter().zip(shares) {
            let mut part = share;
            self.pay_debt(k, index, &mut part)?;
            let used = sub(share, part)?;
            *left = sub(*left, used)?;
        }
        Ok(())
    }

    /// Records what payment `k` pays on invoice `index`; a part of the principal paid
    /// closes that part's interest at the payment day.
    fn apply(
        &mut self,
        k: usize,
        index: usize,
        costs: Decimal,
        interest: Decimal,
        principal: Decimal,
    ) -> Outcome<()> {
        let Some(date) = self.account.payments.get(k).map(|p| p.date) else {
            return Ok(());
        };
        let before = self
            .states
            .get(index)
            .map_or(Decimal::ZERO, |s| s.principal);
        let after = sub(before, principal)?;
        let portion = if principal > Decimal::ZERO {
            let (with, days) = self.interest_on(index, before, date)?;
            let (without, _) = self.interest_on(index, after, date)?;
            Some(InterestPortion {
                principal,
                paid_on: Some(date),
                until: date,
                days,
                interest: sub(with, without)?,
            })
        } else {
            None
        };
        let number = self
            .account
            .invoices
            .get(index)
            .map(|invoice| invoice.number.clone())
            .unwrap_or_default();
        let Some(state) = self.states.get_mut(index) else {
            return Ok(());
        };
        if let Some(portion) = portion {
            state.portions_interest = add(state.portions_interest, portion.interest)?;
            state.portions.push(portion);
        }
        state.principal = after;
        state.paid_principal = add(state.paid_principal, principal)?;
        state.paid_interest = add(state.paid_interest, interest)?;
        state.paid_costs = add(state.paid_costs, costs)?;
        if after <= Decimal::ZERO && state.paid_on.is_none() {
            state.paid_on = Some(date);
        }
        state.applied.push(AppliedPayment {
            payment: k,
            date,
            costs,
            interest,
            principal,
        });
        if let Some(allocation) = self.allocations.get_mut(k) {
            allocation.applied.push(Application {
                invoice: index,
                number,
                costs,
                interest,
                principal,
            });
        }
        Ok(())
    }

    // -----------------------------------------------------------------------------------
    // The report
    // -----------------------------------------------------------------------------------

    /// The report, once every payment is allocated.
    pub(super) fn report(self) -> Outcome<AccountReport> {
        let today = self.today;
        let claimed = self.terms.claim;
        let differs = self.currency_differs;
        let mut notes: Vec<ClaimNote> = Vec::new();
        let mut invoices = Vec::with_capacity(self.states.len());
        for index in 0..self.states.len() {
            let (Some(invoice), Some(state)) =
                (self.account.invoices.get(index), self.states.get(index))
            else {
                continue;
            };
            let mut portions = state.portions.clone();
            let mut interest = state.portions_interest;
            if state.principal > Decimal::ZERO {
                let (open, days) = self.interest_on(index, state.principal, today)?;
                interest = add(interest, open)?;
                portions.push(InterestPortion {
                    principal: state.principal,
                    paid_on: None,
                    until: today,
                    days,
                    interest: open,
                });
            }
            let until = state.paid_on.unwrap_or(today);
            let (compensation, annual_rate, latest_rate) =
                match self.claim(index, invoice.amount, until)? {
                    Some(claim) => {
                        notes.extend(claim.notes.iter().copied());
                        let latest = claim
                            .periods
                            .last()
                            .map_or(claim.annual_rate, |period| period.annual_rate);
                        (claim.compensation, Some(claim.annual_rate), Some(latest))
                    }
                    None => (NO_MONEY, None, None),
                };
            let balance = state.principal;
            let days = if balance > Decimal::ZERO {
                days_overdue(invoice.due_date, today)
            } else {
                0
            };
            let status = if balance <= Decimal::ZERO {
                InvoiceStatus::Paid
            } else if today <= invoice.due_date {
                InvoiceStatus::NotYetDue
            } else if state.applied.is_empty() {
                InvoiceStatus::Open
            } else {
                InvoiceStatus::PartPaid
            };
            invoices.push(InvoiceStanding {
                index,
                number: invoice.number.clone(),
                issue_date: invoice.issue_date,
                due_date: invoice.due_date,
                amount: invoice.amount,
                note: invoice.note.clone(),
                status,
                days_overdue: days,
                bucket: (balance > Decimal::ZERO).then(|| AgingBucket::for_days_overdue(days)),
                paid_on: state.paid_on,
                paid_principal: state.paid_principal,
                paid_interest: state.paid_interest,
                paid_costs: state.paid_costs,
                balance,
                interest_start: state.interest_start,
                annual_rate,
                latest_rate,
                interest,
                interest_outstanding: sub(interest, state.paid_interest)?,
                compensation,
                compensation_outstanding: sub(compensation, state.paid_costs)?,
                collection_costs: NO_MONEY,
                statutory_total: None,
                total_due: None,
                portions,
                payments: state.applied.clone(),
            });
        }
        let collection_costs = self.collection_costs(&mut invoices, &mut notes)?;
        for invoice in &mut invoices {
            invoice.statutory_total = if differs {
                None
            } else {
                Some(add(
                    add(
                        invoice.interest_outstanding,
                        invoice.compensation_outstanding,
                    )?,
                    invoice.collection_costs,
                )?)
            };
            invoice.total_due = if claimed {
                match invoice.statutory_total {
                    Some(total) => Some(add(invoice.balance, total)?),
                    None => None,
                }
            } else {
                Some(invoice.balance)
            };
        }
        notes.retain(|note| !matches!(note, ClaimNote::NotYetLate | ClaimNote::InstalmentsIgnored));
        let mut unique: Vec<ClaimNote> = Vec::with_capacity(notes.len());
        for note in notes {
            if !unique.contains(&note) {
                unique.push(note);
            }
        }
        let totals = self.totals(&invoices)?;
        let buckets = self.buckets(&invoices)?;
        let statement = self.statement(&invoices, &totals)?;
        Ok(AccountReport {
            today,
            currency: self.account.currency,
            jurisdiction: self.terms.jurisdiction,
            allocation: self.terms.allocation,
            claim: claimed,
            invoices,
            payments: self.allocations,
            buckets,
            collection_costs,
            totals,
            statement,
            notes: unique,
        })
    }

    /// Dutch collection costs (art. 6:96 BW, the BIK scale): one sum on the principal of
    /// every overdue balance together, shared among those invoices in proportion to their
    /// balances. `None` elsewhere and when nothing is overdue.
    fn collection_costs(
        &self,
        invoices: &mut [InvoiceStanding],
        notes: &mut Vec<ClaimNote>,
    ) -> Outcome<Option<CollectionCosts>> {
        if self.terms.jurisdiction != Jurisdiction::Nl {
            return Ok(None);
        }
        let overdue = |invoice: &InvoiceStanding| {
            invoice.balance > Decimal::ZERO && self.today > invoice.due_date
        };
        let mut base = self.zero;
        let mut oldest: Option<(NaiveDate, usize)> = None;
        for invoice in invoices.iter().filter(|i| overdue(i)) {
            base = add(base, invoice.balance)?;
            if oldest.is_none_or(|(due, _)| invoice.due_date < due) {
                oldest = Some((invoice.due_date, invoice.index));
            }
        }
        let Some((due_date, index)) = oldest else {
            return Ok(None);
        };
        let claim = late_payment_claim(&self.claim_input(base, due_date, self.today))
            .map_err(|error| self.statutory_error(error, index))?;
        notes.extend(claim.notes.iter().copied());
        let Some(detail) = claim.collection_costs_detail else {
            return Ok(None);
        };
        let weights: Vec<Decimal> = invoices
            .iter()
            .map(|invoice| {
                if overdue(invoice) {
                    invoice.balance
                } else {
                    Decimal::ZERO
                }
            })
            .collect();
        let euro =
            currency(self.terms.jurisdiction.compensation_currency()).map_err(|_| too_large())?;
        let shares = allocate_by_weights(detail.amount, &weights, euro, Remainder::Spread)
            .map_err(|_| too_large())?;
        for (invoice, share) in invoices.iter_mut().zip(shares) {
            invoice.collection_costs = share;
        }
        Ok(Some(detail))
    }

    fn totals(&self, invoices: &[InvoiceStanding]) -> Outcome<AccountTotals> {
        let zero = self.zero;
        let mut invoiced = zero;
        let mut paid_principal = zero;
        let mut paid_interest = zero;
        let mut paid_costs = zero;
        let mut outstanding = zero;
        let mut interest = zero;
        let mut interest_outstanding = zero;
        let mut compensation = NO_MONEY;
        let mut compensation_outstanding = NO_MONEY;
        let mut collection_costs = NO_MONEY;
        let mut statutory_total = Some(zero);
        let mut oldest: Option<NaiveDate> = None;
        for invoice in invoices {
            invoiced = add(invoiced, invoice.amount)?;
            paid_principal = add(paid_principal, invoice.paid_principal)?;
            paid_interest = add(paid_interest, invoice.paid_interest)?;
            paid_costs = add(paid_costs, invoice.paid_costs)?;
            outstanding = add(outstanding, invoice.balance)?;
            interest = add(interest, invoice.interest)?;
            interest_outstanding = add(interest_outstanding, invoice.interest_outstanding)?;
            compensation = add(compensation, invoice.compensation)?;
            compensation_outstanding =
                add(compensation_outstanding, invoice.compensation_outstanding)?;
            collection_costs = add(collection_costs, invoice.collection_costs)?;
            statutory_total = match (statutory_total, invoice.statutory_total) {
                (Some(sum), Some(part)) => Some(add(sum, part)?),
                _ => None,
            };
            if invoice.balance > Decimal::ZERO && oldest.is_none_or(|due| invoice.due_date < due) {
                oldest = Some(invoice.due_date);
            }
        }
        let mut paid = zero;
        let mut credit = zero;
        for allocation in &self.allocations {
            paid = add(paid, allocation.amount)?;
            credit = add(credit, allocation.credit)?;
        }
        let claimed = self.terms.claim;
        let total_claim = if claimed { statutory_total } else { Some(zero) };
        let net_principal = sub(outstanding, credit)?;
        let total_due = match total_claim {
            Some(claim) => Some(add(net_principal, claim)?),
            None => None,
        };
        let plan_balance = match (claimed, statutory_total) {
            (false, _) => net_principal,
            (true, Some(total)) => add(net_principal, total)?,
            (true, None) => add(net_principal, interest_outstanding)?,
        }
        .max(zero);
        Ok(AccountTotals {
            invoices: invoices.len(),
            invoiced,
            paid,
            paid_principal,
            paid_interest,
            paid_costs,
            credit,
            outstanding,
            interest,
            interest_outstanding,
            compensation,
            compensation_outstanding,
            collection_costs,
            compensation_currency: self.terms.jurisdiction.compensation_currency(),
            compensation_currency_differs: self.currency_differs,
            statutory_total,
            claimed,
            total_claim,
            total_due,
            plan_balance,
            oldest_unpaid_due_date: oldest,
        })
    }

    fn buckets(&self, invoices: &[InvoiceStanding]) -> Outcome<Vec<BucketTotal>> {
        let mut buckets: Vec<BucketTotal> = AgingBucket::ALL
            .iter()
            .map(|&bucket| BucketTotal {
                bucket,
                invoices: 0,
                outstanding: self.zero,
            })
            .collect();
        for invoice in invoices {
            let Some(bucket) = invoice.bucket else {
                continue;
            };
            if let Some(total) = buckets.iter_mut().find(|total| total.bucket == bucket) {
                total.invoices += 1;
                total.outstanding = add(total.outstanding, invoice.balance)?;
            }
        }
        Ok(buckets)
    }

    /// The statement's lines in date order (on one day: invoices, compensation, interest,
    /// collection costs, then payments), with the running balance. Statutory items only
    /// when claimed, compensation and collection costs only in the account's currency.
    fn statement(
        &self,
        invoices: &[InvoiceStanding],
        totals: &AccountTotals,
    ) -> Outcome<Vec<StatementLine>> {
        let zero = self.zero;
        // (date, rank on the day, position, line without balance)
        let mut lines: Vec<(NaiveDate, u8, usize, StatementLine)> = Vec::new();
        let line = |date, kind, invoice: Option<String>, due_date, debit, credit| StatementLine {
            date,
            kind,
            invoice,
            due_date,
            debit,
            credit,
            balance: zero,
        };
        let claimed = self.terms.claim;
        let same_currency = !self.currency_differs;
        for invoice in invoices {
            let number = Some(invoice.number.clone());
            lines.push((
                invoice.issue_date.unwrap_or(invoice.due_date),
                0,
                invoice.index,
                line(
                    invoice.issue_date.unwrap_or(invoice.due_date),
                    StatementKind::Invoice,
                    number.clone(),
                    Some(invoice.due_date),
                    invoice.amount,
                    zero,
                ),
            ));
            if claimed && same_currency && invoice.compensation > Decimal::ZERO {
                lines.push((
                    invoice.interest_start,
                    1,
                    invoice.index,
                    line(
                        invoice.interest_start,
                        StatementKind::Compensation,
                        number.clone(),
                        None,
                        invoice.compensation,
                        zero,
                    ),
                ));
            }
            if claimed && invoice.interest > Decimal::ZERO {
                let until = invoice.paid_on.unwrap_or(self.today);
                lines.push((
                    until,
                    2,
                    invoice.index,
                    line(
                        until,
                        StatementKind::Interest,
                        number,
                        None,
                        invoice.interest,
                        zero,
                    ),
                ));
            }
        }
        if claimed && same_currency && totals.collection_costs > Decimal::ZERO {
            lines.push((
                self.today,
                3,
                0,
                line(
                    self.today,
                    StatementKind::CollectionCosts,
                    None,
                    None,
                    totals.collection_costs,
                    zero,
                ),
            ));
        }
        for allocation in &self.allocations {
            lines.push((
                allocation.date,
                4,
                allocation.index,
                line(
                    allocation.date,
                    StatementKind::Payment,
                    allocation.invoice.clone(),
                    None,
                    zero,
                    allocation.amount,
                ),
            ));
        }
        lines.sort_by_key(|(date, rank, position, _)| (*date, *rank, *position));
        let mut balance = zero;
        let mut statement = Vec::with_capacity(lines.len());
        for (_, _, _, mut line) in lines {
            balance = sub(add(balance, line.debit)?, line.credit)?;
            line.balance = balance;
            statement.push(line);
        }
        Ok(statement)
    }
}
