// Types of Tactful's JavaScript API (crate api/, module tactful_api.js).
//
// Written by hand from the engine's serde shapes and checked by the tests: the README's
// examples and a set of wrong calls compile (or must fail) with `tsc --strict`
// (tests/e2e/api-types.test.mjs), and every result the tests get from the real module is
// checked key by key against the interfaces below, so a change in the Rust output that
// is not made here fails the tests.
//
// Conventions (README, "JavaScript API"): keys are snake_case; amounts, rates and
// percentages are decimal strings ("4800.00"), whole numbers may also be given as numbers
// in the input; a plan's or a discount's amounts of money have at most the currency's
// decimals; dates are "YYYY-MM-DD" strings from 1990 to 2100; optional input keys may be
// left out or null; results hold plain JSON data.

// ---------------------------------------------------------------------------------------
// Loading the module
// ---------------------------------------------------------------------------------------

/** What `init` accepts: the .wasm file's URL, a `Response`, its bytes or a compiled module. */
export type InitInput = RequestInfo | URL | Response | BufferSource | WebAssembly.Module;

/**
 * Loads the WebAssembly module; call it once (awaited) before any other function.
 *
 * In a browser, `await init()` fetches `tactful_api_bg.wasm` next to `tactful_api.js`.
 * In Node.js the package's `node` entry has loaded the module already, and `await init()`
 * does nothing more, so the same code runs in both. Pass `{ module_or_path }` to load
 * the .wasm from elsewhere.
 */
export default function init(
  module_or_path?: { module_or_path: InitInput | Promise<InitInput> } | InitInput | Promise<InitInput>,
): Promise<WebAssembly.Exports>;

/** Loads the module synchronously from its bytes or a compiled module (Node.js, workers). */
export function initSync(module: { module: BufferSource | WebAssembly.Module } | BufferSource | WebAssembly.Module): WebAssembly.Exports;

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/** One problem with the input. */
export interface TactfulProblem {
  /**
   * The dotted path of the input at fault: `"debt"`, `"missed_terms.grace_days"`,
   * `"installments.1.amount"`; `""` for the argument as a whole.
   */
  field: string;
  /**
   * A stable snake_case code: `missing_field`, `unknown_field`, `invalid_type`,
   * `not_a_number`, `inexact_number`, `out_of_range`, `invalid_date`, `invalid_value`,
   * `unknown_value`, `conflicting_fields`, `too_deep`, `too_large`, or the engine's error
   * in snake case (`too_many_decimals`, `zero_installments`, `no_reference_rate`…).
   */
  code: string;
  /** A plain English sentence. */
  message: string;
}

/**
 * What every function throws for bad input (never a WebAssembly trap): an `Error` named
 * `"TactfulInputError"` carrying the first problem's `field`, `code` and `message`, and
 * every problem found (at most 100) in `errors`.
 */
export interface TactfulInputError extends Error, TactfulProblem {
  name: 'TactfulInputError';
  /** A plain English sentence (the first problem's). */
  message: string;
  /** Every problem found, at most 100; the first is also on the error itself. */
  errors: TactfulProblem[];
}

/** Whether `value` is a {@link TactfulInputError} (narrows `catch (error)` in TypeScript). */
export function isTactfulInputError(value: unknown): value is TactfulInputError;

// ---------------------------------------------------------------------------------------
// Values shared by several functions
// ---------------------------------------------------------------------------------------

/** A decimal number written as a string: digits, an optional "-" and "." (`"4800.00"`). */
export type Decimal = string;
/** An input decimal: a decimal string, or a whole number (`4800`; `12.5` is refused: `inexact_number`). */
export type DecimalInput = string | number;
/**
 * An amount of money in a plan or a discount: a {@link DecimalInput} with at most the
 * currency's decimals, trailing zeros included (`"84.88"` EUR; `"84.880"` is refused:
 * `too_many_decimals`).
 */
export type MoneyInput = DecimalInput;
/** A date written `"YYYY-MM-DD"`, from 1990-01-01 to 2100-12-31. */
export type DateString = string;
/** A local time of day, 24-hour clock: `"9:30"`, `"10:00"` or `"10:00:00"`. */
export type TimeString = string;
/** A language: amounts, dates and texts follow it. */
export type Lang = 'en-GB' | 'en-US' | 'de' | 'fr' | 'es' | 'nl';
/** A day of the week, as in results. */
export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';
/** The public holidays of a region. */
export type HolidayRegion = 'gb-eaw' | 'gb-sct' | 'gb-nir' | 'ie' | 'us' | 'de' | 'fr' | 'nl' | 'es';
/** Which days are the weekend. */
export type Weekend = 'sat_sun' | 'fri_sat' | 'sun_only';
/** Where a date that falls on a day off moves. */
export type Roll = 'following' | 'modified_following' | 'preceding' | 'modified_preceding' | 'none';

/** Business days: a holiday region, or the weekend, a region and the client's own closing days. */
export type CalendarInput =
  | HolidayRegion
  | {
      /** Default `"sat_sun"`. */
      weekend?: Weekend | null;
      /** Default: no public holidays. */
      region?: HolidayRegion | null;
      /** Extra days off (at most 1,000). */
      extra_holidays?: DateString[] | null;
    };

/**
 * The older, two-way choice of law: UK (Bank Rate + 8 points, £40/£70/£100) or EU (ECB
 * rate + 8 points, €40). `"uk"` is the jurisdiction `"uk"`, `"eu"` the jurisdiction `"eu"`.
 */
export type Regime = 'uk' | 'eu';

/**
 * The law of a statutory claim: the UK, Ireland, Germany, France, the Netherlands, Spain,
 * or `"eu"`, the directive's minimum for any other member state.
 */
export type Jurisdiction = 'uk' | 'ie' | 'de' | 'fr' | 'nl' | 'es' | 'eu';

/** Whether the day the claim runs to (`until`) earns interest. */
export type PaymentDay = 'counted' | 'not_counted';
/** Days in a year: always 365, or 366 in leap years. */
export type DayBasis = 'actual_365' | 'actual_actual';
/** Round the total interest once, or each period and then add. */
export type InterestRounding = 'once' | 'per_period';
/**
 * Which ECB rate an Irish claim uses: the one of the half-year of the first day of
 * interest, of the due date, or of `until`, or each half-year's own.
 */
export type IrishRateDate = 'interest_start' | 'due_date' | 'payment_date' | 'per_half_year';

/** The points the law leaves open, each with its default (the options used are in the result). */
export interface ClaimOptionsInput {
  /** Default `"counted"`. */
  payment_day?: PaymentDay | null;
  /** Default `"actual_365"`. */
  day_basis?: DayBasis | null;
  /** Default `"once"`. */
  rounding?: InterestRounding | null;
  /** Ireland only (ignored elsewhere). Default `"interest_start"`. */
  ie_rate_date?: IrishRateDate | null;
}

/** The options a claim was computed with, defaults filled in. */
export interface ClaimOptions {
  payment_day: PaymentDay;
  day_basis: DayBasis;
  rounding: InterestRounding;
  ie_rate_date: IrishRateDate;
}

// ---------------------------------------------------------------------------------------
// planInstalments
// ---------------------------------------------------------------------------------------

/** A payment frequency other than every N days. */
export type FrequencyName =
  | 'weekly'
  | 'fortnightly'
  | 'semi_monthly_1st_15th'
  | 'semi_monthly_15th_last'
  | 'monthly'
  | 'bi_monthly'
  | 'quarterly';

/** How interest accrues on the reducing balance. */
export type DayCount = 'actual365' | 'actual360' | 'thirty360';

/** The input of {@link planInstalments}. */
export interface PlanInput {
  /** The amount owed. */
  debt: MoneyInput;
  /** ISO 4217 code (`"GBP"`, any case). */
  currency: string;
  /** The first instalment's due date, before rolling. */
  first_due_date: DateString;
  /**
   * The number of instalments, 1–600 (`3` or `{ kind: "count", value: 3 }`), or the amount
   * of each: `{ kind: "target_amount", value: "500.00" }`.
   */
  size: number | { kind: 'count'; value: number } | { kind: 'target_amount'; value: MoneyInput };
  /** Default `"monthly"`. */
  frequency?: FrequencyName | { kind: FrequencyName } | { kind: 'every_n_days'; days: number } | null;
  /** Default `"none"`; `day_count` defaults to `"actual365"`. */
  interest?:
    | 'none'
    | { kind: 'none' }
    | { kind: 'flat'; annual_rate_pct: DecimalInput }
    | { kind: 'amortized'; annual_rate_pct: DecimalInput; day_count?: DayCount | null }
    | null;
  /** A down payment, as an amount or a percent of the debt. Default none. */
  down_payment?: { kind: 'amount'; value: MoneyInput } | { kind: 'percent'; value: DecimalInput } | null;
  /** The down payment's date. Default: the first instalment's date. */
  down_payment_date?: DateString | null;
  /** A fixed amount for instalment 1. Default none. */
  first_payment?: MoneyInput | null;
  /** Default `"equal"`; seasonal weights are 12, January first. */
  distribution?:
    | 'equal'
    | { kind: 'equal' }
    | { kind: 'seasonal'; value: { weights: DecimalInput[] } }
    | { kind: 'custom_percent'; value: DecimalInput[] }
    | null;
  /** Default `"following"`. */
  roll?: Roll | null;
  /** Default: Saturday–Sunday, no holidays. */
  calendar?: CalendarInput | null;
  /** Default `{ stick_to_month_end: false }`. */
  schedule_options?: { stick_to_month_end?: boolean | null } | null;
  /** An amount added to instalment 1. */
  setup_fee?: MoneyInput | null;
  /** When interest starts. */
  start_date?: DateString | null;
  /** The invoice date (for a warning). */
  invoice_date?: DateString | null;
  /** What a missed instalment costs. */
  missed_terms?: {
    grace_days?: number | null;
    late_fee_flat?: MoneyInput | null;
    late_fee_pct?: DecimalInput | null;
    accelerate_after?: number | null;
  } | null;
}

/** One payment of a plan. */
export interface PlanRow {
  /** 1, 2, …; 0 is the down payment. */
  number: number;
  /** The date to pay, after rolling off days off. */
  due_date: DateString;
  weekday: Weekday;
  /** The date before rolling. */
  scheduled_date: DateString;
  /** principal + interest + fees. */
  amount: Decimal;
  principal: Decimal;
  interest: Decimal;
  fees: Decimal;
  balance_after: Decimal;
  /** Shares its due date with another payment. */
  same_day: boolean;
}

/** The plan's totals. */
export interface PlanTotals {
  installments: number;
  total_paid: Decimal;
  total_principal: Decimal;
  total_interest: Decimal;
  total_fees: Decimal;
  first_due_date: DateString;
  last_payment_date: DateString;
  plan_length_days: number;
}

/** The annual percentage rate. */
export interface Apr {
  nominal_pct: Decimal;
  periodic_pct: Decimal;
  periods_per_year: Decimal;
  /** `null` when too large to represent. */
  effective_pct: Decimal | null;
}

/** Something about the plan worth a second look. */
export type PlanWarning =
  | { first_due_before_invoice_date: { first_due: DateString; invoice_date: DateString } }
  | { same_day: { date: DateString; installments: number[] } }
  | { tiny_last_installment: { amount: Decimal; reference: Decimal } };

/** The result of {@link planInstalments}. */
export interface Plan {
  currency: string;
  debt: Decimal;
  start_date: DateString;
  frequency: { kind: FrequencyName } | { kind: 'every_n_days'; days: number };
  interest:
    | { kind: 'none' }
    | { kind: 'flat'; annual_rate_pct: Decimal }
    | { kind: 'amortized'; annual_rate_pct: Decimal; day_count: DayCount };
  /** Row 0 is the down payment when there is one. */
  rows: PlanRow[];
  totals: PlanTotals;
  /** `null` when it cannot be computed. */
  apr: Apr | null;
  warnings: PlanWarning[];
  terms: { grace_days: number; late_fee_flat: Decimal; late_fee_pct: Decimal; accelerate_after: number | null };
}

/**
 * Splits a debt into instalments that add up exactly (the last one takes the pennies), on
 * business days, with an optional down payment, interest and the APR.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function planInstalments(input: PlanInput): Plan;

// ---------------------------------------------------------------------------------------
// planCalendar
// ---------------------------------------------------------------------------------------

/** The input of {@link planCalendar}: the plan's, and the calendar's options. */
export interface PlanCalendarInput extends PlanInput {
  /** What the plan is about (`"INV-042 · Acme Ltd"`): in every summary and UID. Default `""`. */
  reference?: string | null;
  /** A reminder that many days (0–365) before each payment. Default: none. */
  alarm_days_before?: number | null;
  /** The language of the texts and amounts. Default `"en-GB"`. */
  lang?: Lang | null;
  /**
   * When the calendar is written, in UTC: `"2026-12-07T10:00:00Z"` (a fraction of a
   * second, as `new Date().toISOString()` gives, is dropped). Every event's `DTSTAMP`.
   */
  dtstamp: string;
}

/**
 * The plan as an iCalendar (RFC 5545) file, as the app downloads it: one all-day event per
 * payment, CRLF line ends, lines folded at 75 octets, stable UIDs.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function planCalendar(input: PlanCalendarInput): string;

// ---------------------------------------------------------------------------------------
// analyzeDiscount
// ---------------------------------------------------------------------------------------

/** The input of {@link analyzeDiscount}; every key but the first two has a default. */
export interface DiscountInput {
  invoice_amount: MoneyInput;
  currency: string;
  /** Default `"30"`. */
  gross_margin_pct?: DecimalInput | null;
  /** Default 2 %; give either this or `discount_amount`. */
  discount_percent?: DecimalInput | null;
  discount_amount?: MoneyInput | null;
  /** Default `7`. */
  pay_within_days?: number | null;
  /** Default `30`. */
  net_days?: number | null;
  /** Default `365`. */
  year_basis?: 365 | 360 | null;
  /** Default `60`. */
  expected_days_to_payment?: number | null;
  /** Default `"10"`. */
  unpaid_probability_pct?: DecimalInput | null;
  /** Default `"50"`. */
  recovery_rate_pct?: DecimalInput | null;
  /** Default `180`. */
  recovery_delay_days?: number | null;
  /** Default `"0"`. */
  yearly_client_profit?: MoneyInput | null;
  /** Default `"10"`. */
  churn_probability_pct?: DecimalInput | null;
  /** Default `"8"` (a year). */
  cost_of_capital_pct?: DecimalInput | null;
  /** Default `"2"`. */
  chasing_hours?: DecimalInput | null;
  /** Default `"0"`. */
  hourly_cost?: MoneyInput | null;
  /** Default `"10"`. */
  agency_probability_pct?: DecimalInput | null;
  /** Default 15 % contingency; give either this or `agency_flat_fee`. */
  agency_contingency_pct?: DecimalInput | null;
  agency_flat_fee?: MoneyInput | null;
  /** Default `"5"`. */
  legal_probability_pct?: DecimalInput | null;
  /** Default `"0"`. */
  legal_costs?: MoneyInput | null;
  /** Default `"0"`. */
  statutory_claim?: MoneyInput | null;
  /** Default `"50"`. */
  keep_margin_share_pct?: DecimalInput | null;
}

/** The result of {@link analyzeDiscount} (its choices keep the engine's PascalCase names). */
export interface DiscountAnalysis {
  currency: string;
  discount_pct: Decimal;
  discount_amount: Decimal;
  net_received: Decimal;
  /** `null`: too large to represent. */
  annualised_cost: { simple_pct: Decimal | null; compound_pct: Decimal | null };
  versus_capital: 'CheaperThanCapital' | 'AboutEqual' | 'DearerThanCapital';
  margin_erosion: 'NoProfitToErode' | { Share: { share_pct: Decimal; exceeds_profit: boolean } };
  /** The value of waiting and its parts. */
  waiting: {
    full_payment_pv: Decimal;
    statutory_claim_pv: Decimal;
    recovery_pv: Decimal;
    staff_cost: Decimal;
    agency_cost: Decimal;
    legal_cost: Decimal;
    relationship_loss: Decimal;
    total: Decimal;
  };
  offer_value: Decimal;
  net_value_of_offer: Decimal;
  relationship: {
    expected_loss: Decimal;
    worth_more_than_invoice: boolean;
    loss_exceeds_discount: boolean;
    flagged: boolean;
  };
  /** The largest discount still worth offering. */
  break_even: 'NoDiscountWorthOffering' | { UpTo: { percent: Decimal; amount: Decimal } } | 'AnyDiscount';
  keep_margin: { keep_share_pct: Decimal; percent: Decimal; amount: Decimal };
  /** 31 points, 0–15 %. */
  sensitivity: {
    points: { discount_pct: Decimal; discount_amount: Decimal; net_value: Decimal }[];
    break_even_pct: Decimal | null;
    offered_pct: Decimal;
  };
  recommendation:
    | { Offer: { gain: Decimal } }
    | { OfferSmaller: { max_percent: Decimal; max_amount: Decimal } }
    | 'DoNotOffer';
}

/**
 * Weighs an early-settlement discount against what chasing the full amount really costs,
 * and finds the largest discount still worth offering.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function analyzeDiscount(input: DiscountInput): DiscountAnalysis;

// ---------------------------------------------------------------------------------------
// buildTimeline
// ---------------------------------------------------------------------------------------

/** A ready-made reminder ladder. */
export type PresetName = 'gentle' | 'standard' | 'firm';
/** How a step reaches the client. */
export type Channel = 'email' | 'phone_call' | 'letter' | 'sms';
/** How a step sounds. */
export type StageTone = 'friendly' | 'neutral' | 'firm' | 'final';
/** A rung of the ladder, as a policy places it. */
export type LadderAction =
  | 'pre_due_reminder'
  | 'due_today'
  | 'friendly_overdue'
  | 'second_follow_up'
  | 'firm_follow_up'
  | 'final_notice'
  | 'agency_referral'
  | 'legal_review';
/** What a step does: a rung of the ladder, or a step added for an event. */
export type StageAction =
  | LadderAction
  | 'promise_confirmation'
  | 'promise_missed'
  | 'dispute_acknowledgement'
  | 'installment_due_soon'
  | 'installment_missed'
  | 'thank_you'
  /** The last step before court, in the form of `statutory.jurisdiction`'s law; `"firm"` only. */
  | 'formal_demand';

/** One step of your own ladder. */
export interface StageInput {
  /** Days from the due date (negative: before). */
  offset_days: number;
  /** Default `"calendar_days"`. */
  offset_kind?: 'calendar_days' | 'business_days' | null;
  channel: Channel;
  tone: StageTone;
  action: LadderAction;
}

/** A preset, changed where you say. */
export interface PolicyInput {
  /** Default `"standard"`. */
  preset?: PresetName | null;
  name?: string | null;
  /** Your own steps instead of the preset's. */
  stages?: StageInput[] | null;
  business_days_only?: boolean | null;
  min_gap_days?: number | null;
  /**
   * The local time steps are sent, `"H:MM"`, `"HH:MM"` or `"HH:MM:SS"` (24-hour clock):
   * each stage's `send_at`, and its calendar event's start. Left out: the preset's,
   * `"10:00"`; `null`: no send time (`send_at` is `null`, calendar events are all day).
   */
  send_time?: TimeString | null;
  calendar?: CalendarInput | null;
  roll?: Roll | null;
}

/**
 * A timeline's statutory claim: the law (`jurisdiction`, or `regime`, its older name; one
 * of them; both only when they agree, e.g. `"de"` is under `"eu"`) and the options of {@link statutoryInterest}.
 */
export type TimelineStatutoryInput = {
  /** Whether you claim it (the messages then mention it); the figures are the same. Default `false`. */
  claim?: boolean | null;
  /** One rate (percent) replacing the tables. */
  reference_rate_override?: DecimalInput | null;
  /** The margin of an `"eu"` claim, 8 to 20 points. Default `"8"`. */
  eu_margin?: DecimalInput | null;
  /** The first day of interest, when it is not the day after the due date. */
  interest_start?: DateString | null;
  /** The points the law leaves open (here in an object of their own). */
  claim_options?: ClaimOptionsInput | null;
} & (
  | { jurisdiction: Jurisdiction; regime?: null }
  | { regime: Regime; jurisdiction?: null }
);

/** The input of {@link buildTimeline}. */
export interface TimelineInput {
  /** Default `"standard"` (weekends only, sent at 10:00). */
  policy?: PresetName | PolicyInput | null;
  due_date: DateString;
  today: DateString;
  /** The invoice amount (needed with `statutory`). */
  amount?: DecimalInput | null;
  /** The invoice currency (needed with `statutory`). */
  currency?: string | null;
  /** Statutory interest accrued by each step (`accrual`). Default none. */
  statutory?: TimelineStatutoryInput | null;
  /** The promised date. */
  promise_to_pay?: DateString | null;
  /** The day it was promised. Default `today`. */
  promise_made_on?: DateString | null;
  dispute?: { opened: DateString; resolved?: DateString | null } | null;
  /** The day payment arrived. */
  paid_on?: DateString | null;
  /** An agreed plan's payments (replaces the ladder). */
  installments?: { date: DateString; amount: DecimalInput }[] | null;
}

/** Why a step's date moved, or why it is waiting. */
export type StageNote =
  | { rolled: { from: DateString } }
  | { postponed: { cause: 'promise' | 'dispute'; days: number } }
  | { skipped_for_pause: { cause: 'promise' | 'dispute' } }
  | 'on_hold'
  | { moved_to_avoid_same_day: { from: DateString } }
  | 'cancelled_by_payment'
  | { rescheduled: { from: DateString } }
  | { moved_to_keep_gap: { from: DateString } }
  | { part_payment: { amount: Decimal } };

/** Statutory interest, compensation and collection costs accrued by a step's date. */
export interface Accrual {
  /** The last day of interest counted: the step's date, or the payment date if earlier. */
  until: DateString;
  days: number;
  /** In `currency`, the invoice's. */
  interest: Decimal;
  currency: string;
  /** The fixed sums, in `compensation_currency` (`"0.00"` while nothing is late, and in `"nl"`). */
  compensation: Decimal;
  compensation_currency: 'GBP' | 'EUR';
  /** Dutch collection costs, in `compensation_currency` (`"0.00"` elsewhere, and while nothing is late). */
  collection_costs: Decimal;
  /** Interest + compensation + collection costs; `null` when they are in different currencies. */
  total_claim: Decimal | null;
}

/** One dated (or paused) step. */
export interface TimelineStage {
  action: StageAction;
  channel: Channel;
  tone: StageTone;
  /** Its index in the policy's steps; `null` for an event's step. */
  policy_stage: number | null;
  /** Its instalment's index when the ladder follows a plan. */
  installment: number | null;
  planned_date: DateString;
  /** `null` while on hold. */
  date: DateString | null;
  weekday: Weekday | null;
  /** `"2025-12-15T10:00:00"`, local time; `null` without a send time. */
  send_at: string | null;
  days_overdue: number | null;
  /** `"sent"`: in the contact log; `"skipped"`: not sent, and no longer to be sent. */
  status: 'sent' | 'skipped' | 'today' | 'next' | 'upcoming' | 'paused' | 'cancelled';
  notes: StageNote[];
  accrual: Accrual | null;
}

/** The input a timeline problem is about. */
export type IssueField =
  | 'policy'
  | { stage: number }
  | 'due_date'
  | 'amount'
  | 'currency'
  | 'statutory'
  | 'promise_to_pay'
  | 'promise_made_on'
  | 'dispute_opened'
  | 'dispute_resolved'
  | 'paid_on'
  | 'installments'
  | { installment: number }
  | 'contacts'
  | { contact: number };

/** A statutory-interest problem (PascalCase, as the engine names it). */
export type StatutoryError =
  | { NonPositivePrincipal: { principal: Decimal } }
  | { UnknownCurrency: { code: string } }
  | { NoReferenceRate: { date: DateString } }
  | { InvalidReferenceRate: { rate: Decimal } }
  | { InvalidMargin: { margin: Decimal } }
  | { PeriodTooLong: { days: number } }
  | 'DateOutOfRange'
  | 'Overflow'
  | { InvalidRateDate: { date: DateString } }
  | { DuplicateRateDate: { date: DateString } }
  | { InvalidInstalment: { index: number } }
  | { InvalidCollectionCosts: { amount: Decimal } }
  | { InvalidContractRate: { rate: Decimal } };

/** What a timeline problem is. */
export type IssueKind =
  | 'no_stages'
  | { too_many_stages: { count: number; max: number } }
  | { offset_out_of_range: { offset: number; min: number; max: number } }
  | { not_a_ladder_action: { action: StageAction } }
  | { escalation_before_final_notice: { action: StageAction } }
  | { first_overdue_too_harsh: { tone: StageTone } }
  | { out_of_order: { previous: number } }
  | { same_day: { other: number } }
  | { gap_too_short: { previous: number; days: number; min: number } }
  | 'date_out_of_range'
  | 'no_business_day'
  | { in_future: { today: DateString } }
  | { promise_before_made: { made_on: DateString } }
  | 'promise_passed'
  | 'resolved_before_opened'
  | 'not_with_installments'
  | 'no_installments'
  | { too_many_installments: { count: number; max: number } }
  | { installment_not_positive: { amount: Decimal } }
  | { installment_out_of_order: { previous: number } }
  | { too_many_contacts: { count: number; max: number } }
  | { note_too_long: { max: number } }
  | 'empty_contact'
  | { invalid_part_payment: { amount: Decimal } }
  | 'no_query_to_resolve'
  | { statutory: StatutoryError };

/** A warning about the timeline (errors are thrown instead). */
export interface TimelineIssue {
  severity: 'error' | 'warning';
  field: IssueField;
  kind: IssueKind;
}

/** The result of {@link buildTimeline}. */
export interface Timeline {
  policy_name: string;
  stages: TimelineStage[];
  /** Where the invoice stands today; the stages are indexes into `stages`. */
  today_summary: {
    today: DateString;
    days_overdue: number;
    current_stage: number | null;
    next_stage: number | null;
    on_hold: boolean;
    paid: boolean;
  };
  warnings: TimelineIssue[];
  claim_statutory: boolean;
  /**
   * The reference rates the accruals assume: for each half-year that starts after `today`
   * and whose rate is not published yet, the latest rate the built-in table knows, carried
   * forward (percent). Empty when every rate needed is known or given.
   */
  assumed_rates: { reference_date: DateString; rate: Decimal }[];
}

/**
 * Dates a reminder ladder for one invoice and says where it stands today: pauses for a
 * promise to pay or an open query, a thank-you after payment, statutory interest accrued
 * by each step.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function buildTimeline(input: TimelineInput): Timeline;

// ---------------------------------------------------------------------------------------
// timelineCalendar
// ---------------------------------------------------------------------------------------

/** The input of {@link timelineCalendar}: the timeline's, and the calendar's options. */
export interface TimelineCalendarInput extends TimelineInput {
  /** What the events are about (an invoice number): in every summary and UID. Default `""`. */
  invoice_label?: string | null;
  /** The language of the texts and amounts. Default `"en-GB"`. */
  lang?: Lang | null;
  /** When the calendar is written, in UTC: `"2026-12-07T10:00:00Z"`. Every event's `DTSTAMP`. */
  dtstamp: string;
}

/**
 * The timeline as an iCalendar (RFC 5545) file, as the app downloads it: one event per
 * dated step that is not cancelled (at the send time for 30 minutes, or all day), with an
 * alarm the day before, texts in `lang`.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function timelineCalendar(input: TimelineCalendarInput): string;

// ---------------------------------------------------------------------------------------
// statutoryInterest
// ---------------------------------------------------------------------------------------

/** The invoice and the claim's options: every key of {@link StatutoryInput} but the law. */
export interface StatutoryInvoiceInput extends ClaimOptionsInput {
  /** The unpaid amount. */
  principal: DecimalInput;
  /** ISO 4217 code (`"GBP"`, any case). */
  currency: string;
  /** The agreed due date. */
  due_date: DateString;
  /** The day the claim runs to, included (see `payment_day`): the payment day, or today. */
  until: DateString;
  /** The first day of interest, when it is not the day after `due_date`. */
  interest_start?: DateString | null;
  /**
   * Rates (percent) for the half-years the built-in tables do not know: the error with
   * code `no_reference_rate` names the `date` (a 1 January or 1 July; under UK law a
   * 30 June or 31 December). Each date at most once.
   */
  reference_rates?: EnteredRateInput[] | null;
  /** One rate (percent) replacing the tables in the whole claim. */
  reference_rate_override?: DecimalInput | null;
  /** The margin of an `"eu"` claim, 8 to 20 points (ignored elsewhere). Default `"8"`. */
  eu_margin?: DecimalInput | null;
  /**
   * The debt's instalments (`"de"`: €40 per instalment due before `until`, instead of one
   * per invoice; elsewhere ignored, with the note `instalments_ignored`).
   */
  instalments?: { date: DateString; amount: DecimalInput }[] | null;
  /** Collection costs the parties agreed (`"nl"`; at least €40). Default: the BIK scale. */
  collection_costs_agreed?: DecimalInput | null;
}

/**
 * The law of {@link statutoryInterest}: `jurisdiction`, or `regime` (its older name, `"uk"`
 * or `"eu"`); both only when they agree (else `conflicting_fields`). Without either: `"uk"` for a GBP invoice,
 * `"eu"` otherwise.
 */
export type StatutoryLawInput =
  | { jurisdiction?: Jurisdiction | null; regime?: null }
  | { regime?: Regime | null; jurisdiction?: null };

/** The input of {@link statutoryInterest}. */
export type StatutoryInput = StatutoryInvoiceInput & StatutoryLawInput;

/** A reference rate entered for one reference date. */
export interface EnteredRateInput {
  /** The reference date (a 1 January or 1 July; under UK law a 30 June or 31 December). */
  date: DateString;
  /** Percent, 0 to 100. */
  rate: DecimalInput;
}

/** One stretch of days at one rate, on one base, in one year length. */
export interface InterestPeriod {
  start: DateString;
  end: DateString;
  days: number;
  /** The day whose reference rate applies. */
  reference_date: DateString;
  /** Percent (the table's, or an entered one). */
  reference_rate: Decimal;
  /** The reference rate was entered (`reference_rates` or `reference_rate_override`). */
  rate_entered: boolean;
  /** Percentage points. */
  margin: Decimal;
  /** Reference rate + margin, percent a year. */
  annual_rate: Decimal;
  /** The amount interest runs on (in `"nl"`, grows by each year's interest). */
  base: Decimal;
  /** Days in this period's year: 365, or 366 in a leap year with `day_basis: "actual_actual"`. */
  year_days: 365 | 366;
  /** One day's interest, rounded half-up. */
  daily_interest: Decimal;
  /** This period's share of the interest. */
  interest: Decimal;
}

/**
 * Something to know about a claim beyond its numbers:
 * - `not_yet_late`: `until` is before the first day of interest: nothing is due yet.
 * - `compensation_not_converted`: the fixed sums are in `compensation_currency`, not the
 *   invoice's, and are not converted: no totals.
 * - `uk_compensation_tier_assumed`, `compensation_tier_assumed`: a UK or Irish claim on an
 *   invoice in another currency: the lowest tier (£40, €40) is used.
 * - `eu_non_euro_reference_rate`: an `"eu"` claim outside the euro uses the ECB rate; a
 *   member state outside the euro has its central bank's rate: enter it.
 * - `collection_costs_minimum_assumed`: a Dutch claim on an invoice in another currency:
 *   only the €40 minimum of the collection costs.
 * - `instalments_ignored`: `instalments` change a German claim only.
 */
export type ClaimNote =
  | 'not_yet_late'
  | 'compensation_not_converted'
  | 'uk_compensation_tier_assumed'
  | 'eu_non_euro_reference_rate'
  | 'compensation_tier_assumed'
  | 'collection_costs_minimum_assumed'
  | 'instalments_ignored';

/** How the reference rate moves during a claim. */
export type RateRule = 'fixed_at_start' | 'one_rate' | 'per_half_year';

/** The built-in table the reference rate comes from. */
export type RateTable = 'boe_bank_rate' | 'ecb_mro' | 'de_basiszinssatz';

/** One fixed sum claimed: for the invoice, or (`"de"`) for one late instalment. */
export interface CompensationItem {
  kind: 'invoice' | 'instalment';
  /** When that debt was due. */
  due_date: DateString;
  /** The debt it is for: the principal, or the instalment. */
  amount: Decimal;
  /** The fixed sum, in `compensation_currency`. */
  compensation: Decimal;
}

/** One band of the Dutch BIK scale applied to the principal. */
export interface CostBand {
  from: Decimal;
  /** `null` for the open last band. */
  to: Decimal | null;
  percent: Decimal;
  /** The part of the principal in this band. */
  base: Decimal;
  /** `base × percent / 100`, exact (not rounded). */
  amount: Decimal;
}

/** How the Dutch collection costs were set. */
export interface CollectionCosts {
  /** The BIK scale, an agreed amount, or the €40 minimum alone (a non-EUR invoice). */
  basis: 'bik_staffel' | 'agreed' | 'minimum_only';
  /** The scale's bands touched (empty unless `"bik_staffel"`). */
  bands: CostBand[];
  /** €40. */
  minimum: Decimal;
  /** €6,775 with the scale; `null` otherwise. */
  maximum: Decimal | null;
  minimum_applied: boolean;
  maximum_applied: boolean;
  /** What is claimed, in euro. */
  amount: Decimal;
}

/** A Dutch yearly addition of the year's interest to the amount interest runs on. */
export interface Capitalisation {
  /** The first day on the larger base. */
  date: DateString;
  base_before: Decimal;
  interest_added: Decimal;
  base_after: Decimal;
}

/** The statutes a letter cites, as published (in their own language). */
export interface LawReference {
  jurisdiction: Jurisdiction;
  /** The instrument's full title. */
  title: string;
  /** The usual short citation. */
  short_title: string;
  /** The provisions granting the interest and its rate. */
  interest: string[];
  /** The provisions on when interest starts. */
  interest_start: string[];
  /** The provisions on the fixed compensation. */
  compensation: string[];
  /** The provisions on collection costs beyond a fixed sum. */
  collection_costs: string[];
  /** Where the reference rate is published. */
  rate_publication: string;
  /** The day up to which these were checked. */
  checked_as_of: DateString;
}

/** The result of {@link statutoryInterest}. */
export interface StatutoryClaim {
  /** The law. */
  jurisdiction: Jurisdiction;
  /** `"uk"`, or `"eu"` for every other law (kept for older callers). */
  regime: Regime;
  /** The invoice currency, upper case. */
  currency: string;
  principal: Decimal;
  /** The first day of interest. */
  interest_start: DateString;
  /** The last day of interest, included (the day before the input's `until` with `payment_day: "not_counted"`). */
  until: DateString;
  /** Days of interest (0 when `until` is before `interest_start`). */
  days: number;
  /** The first day's reference date, rate, margin and annual rate (see `periods` for later ones). */
  reference_date: DateString;
  reference_rate: Decimal;
  margin: Decimal;
  annual_rate: Decimal;
  /** One more day's interest at the latest rate, rounded half-up. */
  daily_interest: Decimal;
  /** The total interest, in `currency`. */
  interest: Decimal;
  /** The fixed sums' total, in `compensation_currency` (`"0.00"` while nothing is late, and in `"nl"`). */
  compensation: Decimal;
  /** The currency of the fixed sums and collection costs. */
  compensation_currency: 'GBP' | 'EUR';
  /** The invoice is in another currency: the compensation is not converted. */
  compensation_currency_differs: boolean;
  /** Each fixed sum; empty while nothing is late. */
  compensation_items: CompensationItem[];
  /** Dutch collection costs, in `compensation_currency` (`"0.00"` elsewhere, and while nothing is late). */
  collection_costs: Decimal;
  /** How the Dutch collection costs were set; `null` elsewhere, and while nothing is late. */
  collection_costs_detail: CollectionCosts | null;
  /** The Dutch yearly additions of interest to the base. */
  capitalisations: Capitalisation[];
  /** Interest + compensation + collection costs; `null` when they are in different currencies. */
  total_claim: Decimal | null;
  /** Principal + `total_claim`; `null` likewise. */
  total_due: Decimal | null;
  /** The interest period, cut where the rate, the base or the year length changes; empty when `days` is 0. */
  periods: InterestPeriod[];
  /** The options used, defaults filled in. */
  options: ClaimOptions;
  rate_rule: RateRule;
  rate_table: RateTable;
  /** Where the reference rate comes from, in words. */
  rate_source: string;
  /** An entered rate replaced the table's. */
  rate_overridden: boolean;
  /** The day up to which the rate table is believed complete. */
  rates_as_of: DateString;
  notes: ClaimNote[];
  /** The statutes a letter cites. */
  law: LawReference;
}

/**
 * Statutory late-payment interest, fixed compensation and (Netherlands) collection costs
 * on a business debt, under one of seven laws: UK, Ireland, Germany, France, the
 * Netherlands, Spain, or the EU directive's minimum; with the law's citations.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function statutoryInterest(input: StatutoryInput): StatutoryClaim;

// ---------------------------------------------------------------------------------------
// renderMessage
// ---------------------------------------------------------------------------------------

/** A shipped reminder template. */
export type TemplateId =
  | 'pre_due_reminder'
  | 'due_today'
  | 'friendly_overdue'
  | 'second_follow_up'
  | 'firm_follow_up'
  | 'final_notice'
  | 'agency_referral'
  | 'payment_plan_proposal'
  | 'settlement_offer'
  | 'installment_due_soon'
  | 'installment_missed'
  | 'promise_confirmation'
  | 'promise_missed'
  | 'dispute_acknowledgement'
  | 'statutory_interest_notice'
  | 'thank_you'
  | 'formal_demand';

/** A template's tone (not every template has `"firm"`: code `tone_not_available`). */
export type ToneVariant = 'warm' | 'neutral' | 'firm';

/** The invoice's details a message is filled with. */
export interface MessageContextInput {
  /** Default `"en-GB"`. */
  locale?: Lang | null;
  amount: DecimalInput;
  currency: string;
  due_date: DateString;
  today: DateString;
  your_business?: string | null;
  client_business?: string | null;
  client_contact?: string | null;
  /**
   * The client is a sole trader, not a company: `formal_demand` under UK law then follows
   * the Pre-Action Protocol for Debt Claims. Default `false`.
   */
  client_sole_trader?: boolean | null;
  invoice_number?: string | null;
  payment_link?: string | null;
  sender_name?: string | null;
  signature?: string | null;
  issue_date?: DateString | null;
  promise_date?: DateString | null;
  /** What is still owed. Default: the amount. */
  balance?: DecimalInput | null;
  /**
   * A payment plan: written in the message as a plain-text list (`{{ plan_list }}`), the
   * first row marked as the down payment when `down_payment` is true (then not counted in
   * `{{ plan_count }}`, the instalments).
   */
  plan?: {
    rows?: { date: DateString; amount: DecimalInput }[] | null;
    table_text?: string | null;
    next?: { date: DateString; amount: DecimalInput } | null;
    /** The first row is a down payment. Default `false`. */
    down_payment?: boolean | null;
  } | null;
  discount?: { percent: DecimalInput; amount: DecimalInput; net: DecimalInput; deadline: DateString } | null;
  /**
   * The statutory claim a message can quote (e.g. from {@link statutoryInterest}): the law
   * (`jurisdiction`, whose statutes the letters cite, or only `regime`), the rate, interest,
   * compensation and total; optionally the reference rate and margin, collection costs
   * (Netherlands), and whether the creditor claims it (`claimed`, default true: letters
   * claim it only then).
   */
  statutory?: ({
    rate: DecimalInput;
    interest: DecimalInput;
    compensation: DecimalInput;
    total: DecimalInput;
    reference_rate?: DecimalInput | null;
    margin?: DecimalInput | null;
    collection_costs?: DecimalInput | null;
    claimed?: boolean | null;
  } & (
    | { regime: Regime; jurisdiction?: Jurisdiction | null }
    | { jurisdiction: Jurisdiction; regime?: Regime | null }
  )) | null;
  /**
   * A client account's summary, for the placeholders `account` (if only: more than one
   * invoice), `open_invoices`, `open_invoice_count`, `several_invoices` (if only: more
   * than one open, or none of several), `paid_so_far` (missing while nothing was paid),
   * `last_payment_date` and `last_payment_amount`. `open_invoices` is the plain
   * text {@link accountStatement} gives as `open_invoices_text`.
   */
  account?: {
    invoice_count: number;
    open_invoices?: string | null;
    open_invoice_count?: number | null;
    paid_so_far?: DecimalInput | null;
    last_payment?: { date: DateString; amount: DecimalInput } | null;
  } | null;
  /** For `+ N business days`. Default Saturday–Sunday. */
  calendar?: CalendarInput | null;
}

/** The input of {@link renderMessage}: a shipped template, or your own wording. */
export type MessageInput = MessageContextInput &
  (
    | { template: TemplateId; tone?: ToneVariant | null; subject?: never; body?: never }
    | { subject: string; body: string; template?: never; tone?: never }
  );

/** A mistake in a template, at JavaScript string indexes of its part's source. */
export interface TemplateError {
  kind:
    | 'unknown_placeholder'
    | 'unknown_filter'
    | 'bad_argument'
    | 'wrong_type'
    | 'missing_value'
    | 'bad_expression'
    | 'date_out_of_range'
    | 'unclosed_placeholder'
    | 'unclosed_tag'
    | 'unknown_tag'
    | 'unmatched_else'
    | 'unmatched_endif'
    | 'unclosed_if'
    | 'too_deep';
  start: number;
  end: number;
  line: number;
  column: number;
}

/**
 * A value a message cannot do without. A shipped template writes around every other
 * missing value and needs only: `plan` (a plan payment to come) for
 * `installment_due_soon` and `installment_missed`, `promise_date` for
 * `promise_confirmation` and `promise_missed`, `statutory` for
 * `statutory_interest_notice` and `formal_demand`. Your own wording needs every placeholder it uses outside an
 * `{% if %}` and without `default(...)`.
 */
export type MissingField =
  | 'your_business'
  | 'client_business'
  | 'client_contact'
  | 'invoice_number'
  | 'issue_date'
  | 'payment_link'
  /** `sender_name`, or anything to sign with (`{{ sign_off }}`). */
  | 'sender_name'
  | 'signature'
  | 'promise_date'
  /** `reminders_sent`, `last_sent_on`, `promise_broken_on` or `part_paid`. */
  | 'contact_log'
  | 'plan'
  | 'discount'
  | 'statutory';

/** The result of {@link renderMessage}. */
export interface RenderedMessage {
  subject: string;
  body: string;
  /** Template mistakes (not thrown: the rest is rendered). */
  errors: { part: 'subject' | 'body'; error: TemplateError }[];
  /**
   * What the message needs and the input lacks, each once: do not send the message until
   * this is empty (and `errors` too). The text never shows template code for them.
   */
  missing: MissingField[];
}

/**
 * Fills one of the seventeen reminder templates (or your own wording, in the
 * `{{ placeholder }}` language) with the invoice's details.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function renderMessage(input: MessageInput): RenderedMessage;

// ---------------------------------------------------------------------------------------
// The contact log and nextStep (buildTimeline's `contacts`, its `history`, renderMessage's
// history values): one block, merged into the interfaces above.
// ---------------------------------------------------------------------------------------

/** The `kind`s of contact-log entry. */
export type ContactKind = 'sent' | 'promise_to_pay' | 'query_opened' | 'query_resolved' | 'part_payment' | 'paid_in_full';

/** Fields every contact-log entry has. */
interface ContactBase {
  /** The day it happened; not after `today`. */
  date: DateString;
  /** Free text, at most 500 characters. Default `""`. */
  note?: string | null;
}

/** One entry of the contact log: what you sent, or what the client answered. */
export type ContactInput =
  | (ContactBase & {
      kind: 'sent';
      /** The step sent; `null` (or left out) for a message of your own, which then needs a `note`. */
      action?: StageAction | null;
      /** Default `"email"`. */
      channel?: Channel | null;
    })
  | (ContactBase & { kind: 'promise_to_pay'; /** Not before `date`. */ pay_by: DateString })
  | (ContactBase & { kind: 'part_payment'; /** More than 0. */ amount: DecimalInput })
  | (ContactBase & { kind: 'query_opened' | 'query_resolved' | 'paid_in_full' });

export interface TimelineInput {
  /** The contact log, in any order; at most 200 entries. Default `[]`: nothing sent yet. */
  contacts?: ContactInput[] | null;
}

export interface TimelineStage {
  /** The contact-log entry of a sent step (index into `contacts`). */
  contact: number | null;
}

/** What the contact log (and `promise_to_pay`, `dispute`, `paid_on`) say about the case. */
export interface CaseHistory {
  /** Reminders logged as sent (ladder steps but the legal review); 0 on a first contact. */
  reminders_sent: number;
  /** The day of the last of those reminders. */
  last_sent_on: DateString | null;
  /** The day of the last message of any kind logged as sent. */
  last_contact_on: DateString | null;
  /** Its step; `null` for a message of your own. */
  last_contact_action: StageAction | null;
  /** The day after the promised date of the latest promise not kept. */
  promise_broken_on: DateString | null;
  /** The promise in force: the promised date. */
  promised_by: DateString | null;
  /** The day the open query was raised, while it is open. */
  query_open_since: DateString | null;
  /** Everything paid in part so far. */
  part_paid: Decimal | null;
  last_part_payment: { date: DateString; amount: Decimal } | null;
  paid_on: DateString | null;
}

export interface Timeline {
  /** What the contact log says. */
  history: CaseHistory;
}

/** Why the step is the one to send. */
export type NextReason =
  | { kind: 'due_soon'; due_date: DateString }
  | { kind: 'first_contact_while_overdue'; days: number }
  | { kind: 'no_reply_to_reminder'; sent_on: DateString; action: StageAction | null }
  | { kind: 'promise_pending'; promised: DateString }
  | { kind: 'promise_missed'; promised: DateString }
  | { kind: 'paused_for_query'; opened: DateString }
  | { kind: 'part_payment_received'; amount: Decimal; received_on: DateString }
  | { kind: 'paid'; paid_on: DateString }
  | { kind: 'installment_plan'; installment: number }
  | { kind: 'ladder_finished' };

/** The step to send now, or next. */
export interface SuggestedStep {
  action: StageAction;
  /** The {@link renderMessage} template; `null` for the internal `legal_review`. */
  template: TemplateId | null;
  /** The template's tone for the step; `null` without a template. */
  tone: ToneVariant | null;
  /** The step's own tone. */
  stage_tone: StageTone;
  channel: Channel;
  /** `today` when `due_now`; else the day it is due. Never before `today`. */
  date: DateString;
  due_now: boolean;
  /** Its index in {@link buildTimeline}'s `stages`. */
  stage: number;
}

/** The result of {@link nextStep}. */
export interface NextStep {
  /** `null` when there is nothing to send (paid and thanked, a query open, the ladder finished). */
  step: SuggestedStep | null;
  reason: NextReason;
  /** Days overdue today (once paid: when the payment arrived). */
  days_overdue: number;
  history: CaseHistory;
}

/**
 * What to send now, or next, and why, from {@link buildTimeline}'s input and its contact
 * log: the step, the template and tone to write it with, and the history to word it from.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function nextStep(input: TimelineInput): NextStep;

export interface MessageContextInput {
  /** Reminders sent before this message (`nextStep`'s `history`); 0 is a first contact. Default 0. */
  reminders_sent?: number | null;
  /** The day the last reminder went out. */
  last_sent_on?: DateString | null;
  /** The day after the promised date of the last promise not kept. */
  promise_broken_on?: DateString | null;
  /** Paid in part so far. */
  part_paid?: DecimalInput | null;
}

// ---------------------------------------------------------------------------------------
// toneCheck, apiVersion
// ---------------------------------------------------------------------------------------

/** A phrase that could sour the relationship. */
export interface ToneFinding {
  /** `text.slice(start, end)` is the phrase. */
  start: number;
  end: number;
  phrase: string;
  kind:
    | 'accusatory'
    | 'threatening'
    | 'shaming'
    | 'passive_aggressive'
    | 'shouting'
    | 'exclamations'
    | 'urgency'
    | 'insult'
    | 'sarcasm'
    | 'guilt_trip';
  reason: string;
  suggestion: string;
}

/**
 * Finds phrases, capitals and exclamation marks that could sour the relationship, each
 * with a reason and a courteous alternative. `lang` defaults to `"en-GB"`.
 * @throws {TactfulInputError} when `text` is not a string or `lang` not a language.
 */
export function toneCheck(text: string, lang?: Lang | null): ToneFinding[];

/** The version of the module, like `"0.1.0"`, for logs and bug reports. */
export function apiVersion(): string;

// ---------------------------------------------------------------------------------------
// accountStatement, accountStatementCsv (one client, several invoices; issue #20)
//
// A block of its own: its names start with `Account` where a general name (the law, the
// options, the notes) may also be declared for statutoryInterest.
// ---------------------------------------------------------------------------------------

/** The law of an account's statutory figures: the jurisdictions of statutoryInterest. */
export type AccountJurisdiction = 'uk' | 'ie' | 'de' | 'fr' | 'nl' | 'es' | 'eu';

/**
 * Which payment goes to which invoice: `"oldest_first"` (principal of the invoice due
 * first), `"named"` (the invoice a payment names, then oldest first), `"statutory_order"`
 * (Germany only: §§ 366, 367 BGB; costs, then interest, then principal).
 */
export type AllocationRule = 'oldest_first' | 'named' | 'statutory_order';

/** One invoice of an account. */
export interface AccountInvoiceInput {
  /** Required, unique in the account: payments name it. */
  number: string;
  issue_date?: DateString | null;
  due_date: DateString;
  amount: DecimalInput;
  /** ISO 4217 code, the same for every invoice (`mixed_currency`). */
  currency: string;
  /** At most 500 characters. */
  note?: string | null;
}

/** One payment received. */
export interface AccountPaymentInput {
  /** Not after `today` (`in_future`). */
  date: DateString;
  amount: DecimalInput;
  /** The number of the invoice it names; absent or `null`: on account. */
  invoice?: string | null;
}

/** The input of {@link accountStatement} and {@link accountStatementCsv}. */
export interface AccountStatementInput {
  /** 1 to 100 invoices. */
  invoices: AccountInvoiceInput[];
  /** Up to 500 payments. Default none. */
  payments?: AccountPaymentInput[] | null;
  today: DateString;
  jurisdiction: AccountJurisdiction;
  /** Whether the statutory figures are claimed (they are computed either way). */
  claim: boolean;
  /** Default `"oldest_first"`. */
  allocation?: AllocationRule | null;
  /** The language of `open_invoices_text` and of the CSV. Default `"en-GB"`. */
  lang?: Lang | null;
  /** Rates for reference dates the tables do not know (as for statutoryInterest). */
  reference_rates?: { date: DateString; rate: DecimalInput }[] | null;
  reference_rate_override?: DecimalInput | null;
  /** `"eu"` only: 8 to 20 points. Default `"8"`. */
  eu_margin?: DecimalInput | null;
  payment_day?: 'counted' | 'not_counted' | null;
  day_basis?: 'actual_365' | 'actual_actual' | null;
  rounding?: 'once' | 'per_period' | null;
  ie_rate_date?: 'interest_start' | 'due_date' | 'payment_date' | 'per_half_year' | null;
}

/** Where an invoice stands. */
export type InvoiceStatus = 'paid' | 'part_paid' | 'open' | 'not_yet_due';

/** How long a balance has been overdue. */
export type AgingBucket = 'not_yet_due' | 'days_1_30' | 'days_31_60' | 'days_61_90' | 'over_90';

/** The statutory interest of one part of an invoice's principal. */
export interface InterestPortion {
  principal: Decimal;
  /** The day this part was paid; `null` for the part still owed. */
  paid_on: DateString | null;
  /** The day its interest runs to: the payment day, or today. */
  until: DateString;
  days: number;
  interest: Decimal;
}

/** What one payment paid on one invoice. */
export interface AppliedPayment {
  /** The payment's position in the input. */
  payment: number;
  date: DateString;
  costs: Decimal;
  interest: Decimal;
  principal: Decimal;
}

/** One invoice of the account, as it stands today. */
export interface InvoiceStanding {
  /** Its position in the input. */
  index: number;
  number: string;
  issue_date: DateString | null;
  due_date: DateString;
  amount: Decimal;
  note: string;
  status: InvoiceStatus;
  days_overdue: number;
  /** `null` when paid. */
  bucket: AgingBucket | null;
  paid_on: DateString | null;
  paid_principal: Decimal;
  paid_interest: Decimal;
  paid_costs: Decimal;
  /** The principal still owed. */
  balance: Decimal;
  interest_start: DateString;
  /** Percent a year on the first day of interest; `null` if it never became late. */
  annual_rate: Decimal | null;
  /**
   * Percent a year on the last day of interest (today, or the day the principal was paid):
   * the rate interest goes on accruing at, which letters state; `null` if it never became late.
   */
  latest_rate: Decimal | null;
  interest: Decimal;
  interest_outstanding: Decimal;
  /** In `totals.compensation_currency`. */
  compensation: Decimal;
  compensation_outstanding: Decimal;
  /** Its share of the Dutch collection costs, in `totals.compensation_currency`. */
  collection_costs: Decimal;
  /** Interest, compensation and collection costs outstanding; `null` in another currency. */
  statutory_total: Decimal | null;
  total_due: Decimal | null;
  portions: InterestPortion[];
  payments: AppliedPayment[];
}

/** One payment's share for one invoice. */
export interface PaymentApplication {
  /** The invoice's position in the input. */
  invoice: number;
  number: string;
  costs: Decimal;
  interest: Decimal;
  principal: Decimal;
}

/** How one payment was allocated: `amount` = the parts of `applied` + `credit`. */
export interface PaymentAllocation {
  index: number;
  date: DateString;
  amount: Decimal;
  /** The invoice number it named; `null`: on account. */
  invoice: string | null;
  applied: PaymentApplication[];
  /** What no invoice needed: in the client's favour. */
  credit: Decimal;
}

/** The unpaid balances of one aging bucket. */
export interface BucketTotal {
  bucket: AgingBucket;
  invoices: number;
  outstanding: Decimal;
}

/** How the Dutch collection costs were set (BIK scale, agreed, or the €40 minimum). */
export interface AccountCollectionCosts {
  basis: 'bik_staffel' | 'agreed' | 'minimum_only';
  bands: { from: Decimal; to: Decimal | null; percent: Decimal; base: Decimal; amount: Decimal }[];
  minimum: Decimal;
  maximum: Decimal | null;
  minimum_applied: boolean;
  maximum_applied: boolean;
  amount: Decimal;
}

/** One line of the statement of account. */
export interface StatementLine {
  date: DateString;
  kind: 'invoice' | 'payment' | 'interest' | 'compensation' | 'collection_costs';
  invoice: string | null;
  /** Invoice lines only. */
  due_date: DateString | null;
  debit: Decimal;
  credit: Decimal;
  /** The running balance (negative: the client is in credit). */
  balance: Decimal;
}

/** The account's totals. */
export interface AccountTotals {
  invoices: number;
  invoiced: Decimal;
  paid: Decimal;
  paid_principal: Decimal;
  paid_interest: Decimal;
  paid_costs: Decimal;
  credit: Decimal;
  outstanding: Decimal;
  interest: Decimal;
  interest_outstanding: Decimal;
  compensation: Decimal;
  compensation_outstanding: Decimal;
  collection_costs: Decimal;
  compensation_currency: 'GBP' | 'EUR';
  compensation_currency_differs: boolean;
  statutory_total: Decimal | null;
  claimed: boolean;
  total_claim: Decimal | null;
  total_due: Decimal | null;
  plan_balance: Decimal;
  oldest_unpaid_due_date: DateString | null;
}

/** Something to know about the statutory figures (as statutoryInterest's notes). */
export type AccountNote =
  | 'not_yet_late'
  | 'compensation_not_converted'
  | 'uk_compensation_tier_assumed'
  | 'eu_non_euro_reference_rate'
  | 'compensation_tier_assumed'
  | 'collection_costs_minimum_assumed'
  | 'instalments_ignored';

/** The result of {@link accountStatement}. */
export interface AccountStatement {
  today: DateString;
  currency: string;
  jurisdiction: AccountJurisdiction;
  allocation: AllocationRule;
  claim: boolean;
  invoices: InvoiceStanding[];
  payments: PaymentAllocation[];
  /** The five buckets, youngest first. */
  buckets: BucketTotal[];
  /** Netherlands only, when a balance is overdue. */
  collection_costs: AccountCollectionCosts | null;
  totals: AccountTotals;
  statement: StatementLine[];
  notes: AccountNote[];
  /** The open invoices as plain text for a message, in `lang`. */
  open_invoices_text: string;
}

/**
 * Where a client account stands on `today`: each invoice's status, balance, statutory
 * interest on its unpaid principal and compensation, the payments allocated by the rule,
 * aging buckets, totals and the statement of account.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function accountStatement(input: AccountStatementInput): AccountStatement;

/**
 * The statement of account as CSV (RFC 4180), in the conventions of `lang`.
 * @throws {TactfulInputError} for bad input, with every problem found.
 */
export function accountStatementCsv(input: AccountStatementInput): string;
