//! The JavaScript API: the engine without the UI, for pages and for Node.js.
//!
//! Each export takes plain, JSON-compatible values and returns plain, JSON-compatible data
//! (amounts as decimal strings, dates as `YYYY-MM-DD`, keys in snake case as the engine
//! names them). README.md, section "JavaScript API", documents every function.
//!
//! Input is read in two steps, so that everything but the copy out of JavaScript is plain
//! Rust, tested natively:
//! 1. [`Value::from_js`] copies the argument into a [`Value`] tree. It never throws and
//!    never recurses without bound: nesting deeper than [`MAX_DEPTH`] or more than
//!    [`MAX_NODES`] values become [`Value::Unsupported`].
//! 2. The `*_request` functions read that tree into the engine's input types, collecting
//!    every problem as an [`ApiError`] that names its field by dotted path
//!    (`"missed_terms.grace_days"`, `"installments.2.amount"`).
//!
//! Then the engine runs; its own field errors are mapped to the same [`ApiError`] shape
//! (code: the engine's error variant in snake case). Problems are thrown as a JavaScript
//! `Error` named `TactfulInputError` with `field`, `code`, `message` (the first problem)
//! and `errors` (all of them). Output goes through `serde_wasm_bindgen`'s JSON-compatible
//! serializer: plain objects and arrays, numbers, strings and `null`.

use std::fmt;
use tactful_engine::message::lang::LangPack;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use rust_decimal::Decimal;
use serde::ser::{self, Impossible, Serialize, SerializeStructVariant, SerializeTupleVariant};
use wasm_bindgen::prelude::*;

use tactful_engine::account::{
    account_report, check_account, open_invoices_text, statement_csv, AccountError, AccountField,
    AccountFieldError, AccountInput, AccountReport, AccountTerms, AllocationRule, InvoiceInput,
    PaymentInput, MAX_INVOICES, MAX_PAYMENTS_RECEIVED,
};
use tactful_engine::amount::NumberLocale;
use tactful_engine::calendar::{BusinessCalendar, Roll, Weekend};
use tactful_engine::currency::currency;
use tactful_engine::dates::{
    parse_date, parse_time_of_day, DateParseError, Frequency, ScheduleOptions,
};
use tactful_engine::discount::{
    analyze, AgencyFee, DiscountFieldError, DiscountInput, DiscountOffer, YearBasis,
};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::ics::write_calendar;
use tactful_engine::message::{
    available_tones, render_edited, render_source, short_text, template, tone_check,
    AccountDetails, DiscountDetails, MessageContext, PlanDetails, PlanRow, RenderedMessage,
    StatutoryDetails, TemplateId, ToneFinding, ToneVariant,
};
use tactful_engine::plan::{
    build_plan, to_ics, DayCount, Distribution, DownPayment, IcsOptions, Interest, MissedTerms,
    PlanField, PlanFieldError, PlanInput, PlanSize,
};
use tactful_engine::statutory::{
    late_payment_claim, ClaimInput, ClaimOptions, DayBasis, EnteredRate, Instalment,
    InterestRounding, IrishRateDate, Jurisdiction, LawReference, PaymentDay, Regime,
    StatutoryClaim, StatutoryError,
};
use tactful_engine::timeline::{
    build_timeline, next_step, timeline_ics_events, Channel, Contact, ContactEvent, ContactKind,
    Dispute, IssueField, IssueKind, OffsetKind, Policy, PresetName, Stage, StageAction,
    StatutoryOptions, TimelineInput, TimelineIssue, Tone,
};

/// Objects and arrays nested deeper than this are refused (`too_deep`): every input needs
/// at most four levels.
pub const MAX_DEPTH: usize = 16;

/// At most this many values (objects, arrays, strings, numbers…) are read from one
/// argument; the rest is refused (`too_large`).
pub const MAX_NODES: usize = 100_000;

/// At most this many problems are reported by one error.
pub const MAX_ERRORS: usize = 100;

/// What [`Value::Unsupported`] says for nesting deeper than [`MAX_DEPTH`].
pub const TOO_DEEP: &str = "nested too deeply";
/// What [`Value::Unsupported`] says past [`MAX_NODES`] values.
pub const TOO_LARGE: &str = "too large";

// ---------------------------------------------------------------------------------------
// The exports
// ---------------------------------------------------------------------------------------

/// The crate version, like `"0.1.0"`.
#[wasm_bindgen(js_name = apiVersion)]
pub fn api_version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// An instalment plan: `tactful_engine::plan::build_plan`.
#[wasm_bindgen(js_name = planInstalments)]
pub fn plan_instalments(input: JsValue) -> Result<JsValue, JsValue> {
    let input = plan_request(&Value::from_js(&input)).map_err(throw)?;
    let plan = build_plan(&input).map_err(|errors| throw(plan_errors(errors)))?;
    to_js(&plan)
}

/// An early-settlement discount analysis: `tactful_engine::discount::analyze`.
#[wasm_bindgen(js_name = analyzeDiscount)]
pub fn analyze_discount(input: JsValue) -> Result<JsValue, JsValue> {
    let input = discount_request(&Value::from_js(&input)).map_err(throw)?;
    let analysis = analyze(&input).map_err(|errors| throw(discount_errors(errors)))?;
    to_js(&analysis)
}

/// A dated escalation timeline: `tactful_engine::timeline::build_timeline`.
#[wasm_bindgen(js_name = buildTimeline)]
pub fn build_timeline_js(input: JsValue) -> Result<JsValue, JsValue> {
    let request = timeline_request(&Value::from_js(&input)).map_err(throw)?;
    let timeline = build_timeline(&request.input)
        .map_err(|issues| throw(timeline_errors(issues, request.custom_stages)))?;
    to_js(&timeline)
}

/// What to send now, and why: `tactful_engine::timeline::next_step`, on `buildTimeline`'s
/// input.
#[wasm_bindgen(js_name = nextStep)]
pub fn next_step_js(input: JsValue) -> Result<JsValue, JsValue> {
    let request = timeline_request(&Value::from_js(&input)).map_err(throw)?;
    let next = next_step(&request.input)
        .map_err(|issues| throw(timeline_errors(issues, request.custom_stages)))?;
    to_js(&next)
}

/// Statutory late-payment interest, compensation and collection costs under one of seven
/// laws: `tactful_engine::statutory::late_payment_claim`, with the law's citations.
#[wasm_bindgen(js_name = statutoryInterest)]
pub fn statutory_interest(input: JsValue) -> Result<JsValue, JsValue> {
    let input = statutory_request(&Value::from_js(&input)).map_err(throw)?;
    let claim =
        late_payment_claim(&input).map_err(|error| throw(vec![claim_error(error, &input)]))?;
    to_js(&ClaimOutput::of(&claim))
}

/// What `statutoryInterest` returns: the engine's claim, and the citations of its law
/// (`law`: `title`, `short_title`, `interest`, `interest_start`, `compensation`,
/// `collection_costs`, `rate_publication`, `checked_as_of`).
#[derive(serde::Serialize)]
pub struct ClaimOutput<'a> {
    /// The claim, its keys at the top level.
    #[serde(flatten)]
    pub claim: &'a StatutoryClaim,
    /// The statutes a letter cites.
    pub law: &'static LawReference,
}

impl<'a> ClaimOutput<'a> {
    /// The output for `claim`.
    pub fn of(claim: &'a StatutoryClaim) -> Self {
        ClaimOutput {
            claim,
            law: claim.jurisdiction.law(),
        }
    }
}

/// A reminder rendered from a shipped template or from your own wording.
#[wasm_bindgen(js_name = renderMessage)]
pub fn render_message_js(input: JsValue) -> Result<JsValue, JsValue> {
    let request = message_request(&Value::from_js(&input)).map_err(throw)?;
    to_js(&render(&request))
}

/// The tone check of a text: phrases that could sour the relationship.
#[wasm_bindgen(js_name = toneCheck)]
pub fn tone_check_js(text: JsValue, lang: JsValue) -> Result<JsValue, JsValue> {
    let (text, locale) =
        tone_request(&Value::from_js(&text), &Value::from_js(&lang)).map_err(throw)?;
    to_js(&tone_findings(&text, locale))
}

/// Whether `value` is an error thrown by this module for bad input (an `Error` named
/// `TactfulInputError`): a type guard for TypeScript.
#[wasm_bindgen(js_name = isTactfulInputError)]
pub fn is_tactful_input_error(value: &JsValue) -> bool {
    value.is_instance_of::<js_sys::Error>()
        && js_sys::Reflect::get(value, &JsValue::from_str("name"))
            .ok()
            .and_then(|name| name.as_string())
            .is_some_and(|name| name == "TactfulInputError")
}

/// An instalment plan as an iCalendar (.ics) file: the app's plan download
/// (`tactful_engine::plan::to_ics`).
#[wasm_bindgen(js_name = planCalendar)]
pub fn plan_calendar(input: JsValue) -> Result<String, JsValue> {
    let request = plan_calendar_request(&Value::from_js(&input)).map_err(throw)?;
    let plan = build_plan(&request.input).map_err(|errors| throw(plan_errors(errors)))?;
    Ok(to_ics(&plan, &request.options, request.dtstamp))
}

/// A timeline as an iCalendar (.ics) file: the app's timeline download
/// (`tactful_engine::timeline::timeline_ics_events`).
#[wasm_bindgen(js_name = timelineCalendar)]
pub fn timeline_calendar(input: JsValue) -> Result<String, JsValue> {
    let request = timeline_calendar_request(&Value::from_js(&input)).map_err(throw)?;
    let timeline = build_timeline(&request.timeline.input)
        .map_err(|issues| throw(timeline_errors(issues, request.timeline.custom_stages)))?;
    let events = timeline_ics_events(
        &timeline,
        &request.invoice_label,
        LangPack::builtin(request.locale),
    );
    Ok(write_calendar(&events, request.dtstamp))
}

/// Where a client account stands on a day: every invoice with its status, balance,
/// statutory interest and compensation, the payments allocated by the rule, aging buckets,
/// totals, the statement of account and the open invoices as text
/// (`tactful_engine::account::account_report`).
#[wasm_bindgen(js_name = accountStatement)]
pub fn account_statement(input: JsValue) -> Result<JsValue, JsValue> {
    let request = account_request(&Value::from_js(&input)).map_err(throw)?;
    let report = account_run(&request).map_err(throw)?;
    to_js(&StatementOutput::of(&report, request.locale))
}

/// The statement of account as CSV in a language's conventions
/// (`tactful_engine::account::statement_csv`).
#[wasm_bindgen(js_name = accountStatementCsv)]
pub fn account_statement_csv(input: JsValue) -> Result<String, JsValue> {
    let request = account_request(&Value::from_js(&input)).map_err(throw)?;
    let report = account_run(&request).map_err(throw)?;
    Ok(statement_csv(&report, LangPack::builtin(request.locale)))
}

/// What `accountStatement` returns: the engine's report, its keys at the top level, and
/// `open_invoices_text`, the open invoices as plain text for a message in the language
/// asked for.
#[derive(serde::Serialize)]
pub struct StatementOutput<'a> {
    /// The report.
    #[serde(flatten)]
    pub report: &'a AccountReport,
    /// `tactful_engine::account::open_invoices_text`.
    pub open_invoices_text: String,
}

impl<'a> StatementOutput<'a> {
    /// The output for `report`, its text in `locale`.
    pub fn of(report: &'a AccountReport, locale: NumberLocale) -> Self {
        StatementOutput {
            report,
            open_invoices_text: open_invoices_text(report, LangPack::builtin(locale)),
        }
    }
}

/// Serializes an output as plain JavaScript data (objects, not `Map`s; numbers, not
/// `BigInt`s; `None` as `null`).
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|error| js_sys::Error::new(&error.to_string()).into())
}

/// The `TactfulInputError` for `errors`: the first one's `field`, `code` and `message`,
/// and all of them (at most [`MAX_ERRORS`]) as `errors`.
fn throw(mut errors: Vec<ApiError>) -> JsValue {
    errors.truncate(MAX_ERRORS);
    let first = errors.first().cloned().unwrap_or_else(|| ApiError {
        field: String::new(),
        code: "invalid_input".to_owned(),
        message: "The input is not valid.".to_owned(),
    });
    let error = js_sys::Error::new(&first.message);
    error.set_name("TactfulInputError");
    let all = to_js(&errors).unwrap_or_else(|e| e);
    for (key, value) in [
        ("field", JsValue::from_str(&first.field)),
        ("code", JsValue::from_str(&first.code)),
        ("errors", all),
    ] {
        // Setting a property on a fresh Error cannot fail.
        let _ = js_sys::Reflect::set(&error, &JsValue::from_str(key), &value);
    }
    error.into()
}

// ---------------------------------------------------------------------------------------
// Values copied out of JavaScript
// ---------------------------------------------------------------------------------------

/// A JavaScript value, copied: what JSON can say, plus a description of anything else.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null` or `undefined` (an object property set to `undefined` is left out).
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number (any: `NaN` and infinities included).
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object's own string-keyed properties, in order.
    Object(Vec<(String, Value)>),
    /// Something else, described for the error message: `"a function"`, `"a Date
    /// object"`, [`TOO_DEEP`], [`TOO_LARGE`]…
    Unsupported(&'static str),
}

impl Value {
    /// Copies a JavaScript value. Never throws (a property whose getter throws becomes
    /// [`Value::Unsupported`]) and stops at [`MAX_DEPTH`] and [`MAX_NODES`].
    pub fn from_js(value: &JsValue) -> Value {
        let mut budget = MAX_NODES;
        Self::copy(value, 0, &mut budget)
    }

    fn copy(value: &JsValue, depth: usize, budget: &mut usize) -> Value {
        if *budget == 0 {
            return Value::Unsupported(TOO_LARGE);
        }
        *budget -= 1;
        if value.is_null() || value.is_undefined() {
            return Value::Null;
        }
        if let Some(flag) = value.as_bool() {
            return Value::Bool(flag);
        }
        if let Some(number) = value.as_f64() {
            return Value::Number(number);
        }
        if let Some(text) = value.as_string() {
            return Value::String(text);
        }
        if value.is_bigint() {
            return Value::Unsupported("a BigInt");
        }
        if value.is_function() {
            return Value::Unsupported("a function");
        }
        if !value.is_object() {
            return Value::Unsupported("a symbol");
        }
        if depth >= MAX_DEPTH {
            return Value::Unsupported(TOO_DEEP);
        }
        if js_sys::Array::is_array(value) {
            let array: &js_sys::Array = value.unchecked_ref();
            let mut items = Vec::new();
            for item in array.iter() {
                if *budget == 0 {
                    items.push(Value::Unsupported(TOO_LARGE));
                    break;
                }
                items.push(Self::copy(&item, depth + 1, budget));
            }
            return Value::Array(items);
        }
        if value.is_instance_of::<js_sys::Date>() {
            return Value::Unsupported("a Date object");
        }
        // Reflect.ownKeys rather than Object.keys: it reports a throwing proxy as an error
        // instead of throwing through the module.
        let Ok(keys) = js_sys::Reflect::own_keys(value) else {
            return Value::Unsupported("an object whose keys cannot be read");
        };
        let mut entries = Vec::new();
        for key in keys.iter() {
            let Some(name) = key.as_string() else {
                continue;
            };
            if *budget == 0 {
                entries.push((name, Value::Unsupported(TOO_LARGE)));
                break;
            }
            match js_sys::Reflect::get(value, &key) {
                Ok(item) if item.is_undefined() => {}
                Ok(item) => entries.push((name, Self::copy(&item, depth + 1, budget))),
                Err(_) => {
                    entries.push((name, Value::Unsupported("a property that cannot be read")))
                }
            }
        }
        Value::Object(entries)
    }

    /// "a string", "a number with decimals", "an array"…: for messages. (Numbers are not
    /// written out: float formatting would add kilobytes to the module.)
    fn describe(&self) -> String {
        match self {
            Value::Null => "null".to_owned(),
            Value::Bool(true) => "true".to_owned(),
            Value::Bool(false) => "false".to_owned(),
            Value::Number(number) if !number.is_finite() => {
                "a number that is not finite".to_owned()
            }
            Value::Number(number) if number.trunc() != *number => {
                "a number with decimals".to_owned()
            }
            Value::Number(_) => "a number".to_owned(),
            Value::String(text) => format!("the string {}", echo(text)),
            Value::Array(_) => "an array".to_owned(),
            Value::Object(_) => "an object".to_owned(),
            Value::Unsupported(what) => (*what).to_owned(),
        }
    }
}

// ---------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------

/// One problem with the input: thrown (inside a `TactfulInputError`) as
/// `{ field, code, message }`.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct ApiError {
    /// Dotted path of the offending input (`"debt"`, `"missed_terms.grace_days"`,
    /// `"installments.0.date"`); `""` for the argument as a whole.
    pub field: String,
    /// Stable snake-case code: `missing_field`, `unknown_field`, `invalid_type`,
    /// `not_a_number`, `inexact_number`, `out_of_range`, `invalid_date`, `unknown_value`,
    /// `conflicting_fields`, `too_deep`, `too_large`, or the engine's error variant.
    pub code: String,
    /// A plain English sentence.
    pub message: String,
}

impl ApiError {
    fn new(field: &str, code: &str, message: String) -> Self {
        ApiError {
            field: field.to_owned(),
            code: code.to_owned(),
            message,
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}: {})", self.message, self.field, self.code)
    }
}

type Errors = Vec<ApiError>;

/// `value` when no problem was found, else every problem.
fn done<T>(value: T, errors: Errors) -> Result<T, Errors> {
    if errors.is_empty() {
        Ok(value)
    } else {
        Err(errors)
    }
}

/// `"text"` in double quotes, cut to 40 characters.
fn echo(text: &str) -> String {
    let mut chars = text.chars();
    let short: String = chars.by_ref().take(40).collect();
    let more = if chars.next().is_some() { "…" } else { "" };
    format!("\"{short}{more}\"")
}

/// The field's name for a message: `"debt"`, or "The input" for the whole argument.
fn name_of(path: &str) -> String {
    if path.is_empty() {
        "The input".to_owned()
    } else {
        echo(path)
    }
}

/// A developer message from the engine (`"debt: must be greater than 0"`) as a
/// sentence: capital first letter, full stop.
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

/// `value` is not of the `expected` type (or nested too deeply, or too large).
#[inline(never)]
fn type_error(path: &str, expected: &str, value: &Value) -> ApiError {
    let name = name_of(path);
    match value {
        Value::Unsupported(TOO_DEEP) => ApiError::new(
            path,
            "too_deep",
            format!("{name} is nested too deeply (more than {MAX_DEPTH} levels)."),
        ),
        Value::Unsupported(TOO_LARGE) => ApiError::new(
            path,
            "too_large",
            format!("{name} is too large: an argument may hold at most {MAX_NODES} values."),
        ),
        _ => {
            let hint = match value {
                Value::Unsupported("a Date object") => " (pass dates as \"YYYY-MM-DD\" strings)",
                _ => "",
            };
            let given = value.describe();
            ApiError::new(
                path,
                "invalid_type",
                format!("{name} must be {expected}, not {given}{hint}."),
            )
        }
    }
}

// ---------------------------------------------------------------------------------------
// Reading values
// ---------------------------------------------------------------------------------------

/// Reads one value at a path, pushing problems; `None` when it cannot be used.
type Reader<T> = fn(&Value, &str, &mut Errors) -> Option<T>;

/// An object being read: remembers which keys were used, so the rest can be reported.
struct Fields<'a> {
    entries: &'a [(String, Value)],
    used: Vec<bool>,
    path: String,
}

impl<'a> Fields<'a> {
    /// `value` as an object at `path`; `None` (and a problem) when it is not one.
    fn of(value: &'a Value, path: &str, errors: &mut Errors) -> Option<Fields<'a>> {
        match value {
            Value::Object(entries) => Some(Fields {
                entries,
                used: vec![false; entries.len()],
                path: path.to_owned(),
            }),
            other => {
                errors.push(type_error(path, "an object", other));
                None
            }
        }
    }

    fn at(&self, key: &str) -> String {
        join(&self.path, key)
    }

    /// The value of `key`, marked as used; `None` when absent or `null`.
    fn get(&mut self, key: &str) -> Option<&'a Value> {
        let index = self.entries.iter().position(|(k, _)| k == key)?;
        if let Some(used) = self.used.get_mut(index) {
            *used = true;
        }
        match self.entries.get(index) {
            Some((_, Value::Null)) | None => None,
            Some((_, value)) => Some(value),
        }
    }

    /// Whether `key` is given as `null` (not merely absent).
    fn is_null(&self, key: &str) -> bool {
        self.entries
            .iter()
            .any(|(k, value)| k == key && *value == Value::Null)
    }

    fn has(&self, key: &str) -> bool {
        self.entries
            .iter()
            .any(|(k, value)| k == key && *value != Value::Null)
    }

    /// The value of `key` and its path; a `missing_field` problem when `required` and
    /// absent or `null`. Not inlined: it is called for every key read.
    #[inline(never)]
    fn lookup(
        &mut self,
        key: &str,
        required: bool,
        errors: &mut Errors,
    ) -> Option<(&'a Value, String)> {
        let path = self.at(key);
        match self.get(key) {
            Some(value) => Some((value, path)),
            None => {
                if required {
                    let message = format!("{} is required.", name_of(&path));
                    errors.push(ApiError::new(&path, "missing_field", message));
                }
                None
            }
        }
    }

    /// An optional field.
    fn opt<T>(&mut self, key: &str, errors: &mut Errors, read: Reader<T>) -> Option<T> {
        let (value, path) = self.lookup(key, false, errors)?;
        read(value, &path, errors)
    }

    /// A required field: `missing_field` when absent or `null`.
    fn req<T>(&mut self, key: &str, errors: &mut Errors, read: Reader<T>) -> Option<T> {
        let (value, path) = self.lookup(key, true, errors)?;
        read(value, &path, errors)
    }

    /// An optional field that replaces a default.
    fn set<T>(&mut self, key: &str, errors: &mut Errors, read: Reader<T>, slot: &mut T) {
        if let Some(value) = self.opt(key, errors, read) {
            *slot = value;
        }
    }

    /// At most one of two fields may be given: `conflicting_fields` on the second.
    fn one_of(&self, first: &str, second: &str, errors: &mut Errors) -> bool {
        if self.has(first) && self.has(second) {
            let path = self.at(second);
            errors.push(ApiError::new(
                &path,
                "conflicting_fields",
                format!("Give either {} or {}, not both.", echo(first), echo(second)),
            ));
            return false;
        }
        true
    }

    /// Reports every key that was not read as `unknown_field`.
    fn finish(self, errors: &mut Errors) {
        for ((key, _), used) in self.entries.iter().zip(&self.used) {
            if !used {
                let shown: String = key.chars().take(60).collect();
                let path = join(&self.path, &shown);
                errors.push(ApiError::new(
                    &path,
                    "unknown_field",
                    format!(
                        "Unknown field {}: check its spelling (keys are snake_case, like \"due_date\").",
                        echo(&path)
                    ),
                ));
            }
        }
    }
}

#[inline(never)]
fn text(value: &Value, path: &str, errors: &mut Errors) -> Option<String> {
    match value {
        Value::String(text) => Some(text.clone()),
        other => {
            errors.push(type_error(path, "a string", other));
            None
        }
    }
}

/// A short text read as the app reads it (`message::short_text`): trimmed, blank is
/// none, at most `max` characters (`too_long`).
fn limited_text(
    value: &Value,
    path: &str,
    errors: &mut Errors,
    max: usize,
) -> Option<Option<String>> {
    let given = text(value, path, errors)?;
    match short_text(&given, max) {
        Ok(read) => Some(read),
        Err(too_long) => {
            errors.push(ApiError::new(
                path,
                "too_long",
                format!("{} is {too_long}.", name_of(path)),
            ));
            None
        }
    }
}

/// A template's subject or body: at most `limits::MAX_TEMPLATE_CHARS` characters (kept as
/// written, spaces included).
fn template_text(value: &Value, path: &str, errors: &mut Errors) -> Option<String> {
    let given = text(value, path, errors)?;
    let max = tactful_engine::limits::MAX_TEMPLATE_CHARS;
    if given.chars().count() > max {
        errors.push(ApiError::new(
            path,
            "too_long",
            format!("{} is longer than {max} characters.", name_of(path)),
        ));
        return None;
    }
    Some(given)
}

/// A name or number in a message: at most `limits::MAX_TEXT_CHARS` characters.
fn name_text(value: &Value, path: &str, errors: &mut Errors) -> Option<Option<String>> {
    limited_text(value, path, errors, tactful_engine::limits::MAX_TEXT_CHARS)
}

/// A signature: at most `limits::MAX_SIGNATURE_CHARS` characters.
fn signature_text(value: &Value, path: &str, errors: &mut Errors) -> Option<Option<String>> {
    limited_text(
        value,
        path,
        errors,
        tactful_engine::limits::MAX_SIGNATURE_CHARS,
    )
}

#[inline(never)]
fn flag(value: &Value, path: &str, errors: &mut Errors) -> Option<bool> {
    match value {
        Value::Bool(flag) => Some(*flag),
        other => {
            errors.push(type_error(path, "true or false", other));
            None
        }
    }
}

/// The largest integer a JavaScript number holds exactly: 2⁵³ − 1.
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// `number` when it is a whole number JavaScript holds exactly.
fn safe_integer(number: f64) -> Option<i64> {
    if number.is_finite() && number.trunc() == number && number.abs() <= MAX_SAFE_INTEGER {
        // Exact: a whole number of at most 53 bits.
        Some(number as i64)
    } else {
        None
    }
}

/// Why a decimal string was refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalError {
    /// Not digits with an optional `-` and `.`.
    Syntax,
    /// More than 28 significant digits, or beyond ±79,228,162,514,264,337,593,543,950,335.
    TooLarge,
}

/// Parses a plain decimal: an optional `-`, digits, and optionally `.` and digits. No
/// exponent, spaces, `+` or grouping; no rounding (too many digits is an error).
///
/// ```
/// use tactful_api::{parse_decimal, DecimalError};
///
/// assert_eq!(parse_decimal("4800.00").unwrap().to_string(), "4800.00");
/// assert_eq!(parse_decimal("1e3"), Err(DecimalError::Syntax));
/// assert_eq!(parse_decimal("99999999999999999999999999999"), Err(DecimalError::TooLarge));
/// ```
pub fn parse_decimal(text: &str) -> Result<Decimal, DecimalError> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    if !digits(whole) || !fraction.is_none_or(digits) {
        return Err(DecimalError::Syntax);
    }
    // Exact by construction: the digits as one integer, and the number of decimals.
    let fraction = fraction.unwrap_or("");
    let mut mantissa: i128 = 0;
    for byte in whole.bytes().chain(fraction.bytes()) {
        mantissa = mantissa
            .checked_mul(10)
            .and_then(|m| m.checked_add(i128::from(byte - b'0')))
            .ok_or(DecimalError::TooLarge)?;
    }
    if text.starts_with('-') {
        mantissa = -mantissa;
    }
    let scale = u32::try_from(fraction.len()).map_err(|_| DecimalError::TooLarge)?;
    Decimal::try_from_i128_with_scale(mantissa, scale).map_err(|_| DecimalError::TooLarge)
}

#[inline(never)]
fn decimal(value: &Value, path: &str, errors: &mut Errors) -> Option<Decimal> {
    let problem = match value {
        Value::String(text) => match parse_decimal(text) {
            Ok(number) => return Some(number),
            Err(DecimalError::Syntax) => ApiError::new(
                path,
                "not_a_number",
                format!(
                    "{} must be a decimal number written like \"4800.00\" (digits, an optional \"-\" and \".\"), not {}.",
                    name_of(path),
                    echo(text)
                ),
            ),
            Err(DecimalError::TooLarge) => ApiError::new(
                path,
                "out_of_range",
                format!("{} has too many digits (at most 28).", name_of(path)),
            ),
        },
        Value::Number(number) => match safe_integer(*number) {
            Some(whole) => return Some(Decimal::from(whole)),
            None if number.is_finite() => {
                let why = if number.abs() > MAX_SAFE_INTEGER {
                    "a JavaScript number above 2^53 is not exact"
                } else {
                    "a JavaScript number with decimals is not exact, so only whole numbers may be passed as numbers"
                };
                ApiError::new(
                    path,
                    "inexact_number",
                    format!(
                        "{} must be a decimal string like \"4800.00\": {why}.",
                        name_of(path)
                    ),
                )
            }
            None => ApiError::new(
                path,
                "not_a_number",
                format!("{} must be a finite number.", name_of(path)),
            ),
        },
        other => type_error(path, "a decimal string like \"4800.00\"", other),
    };
    errors.push(problem);
    None
}

#[inline(never)]
fn integer(value: &Value, path: &str, errors: &mut Errors) -> Option<i64> {
    let parsed = match value {
        Value::Number(number) => safe_integer(*number),
        Value::String(text) if text.len() <= 20 => {
            let unsigned = text.strip_prefix('-').unwrap_or(text);
            if !unsigned.is_empty() && unsigned.bytes().all(|b| b.is_ascii_digit()) {
                text.parse::<i64>().ok()
            } else {
                None
            }
        }
        Value::String(_) => None,
        other => {
            errors.push(type_error(path, "a whole number", other));
            return None;
        }
    };
    if parsed.is_none() {
        errors.push(ApiError::new(
            path,
            "not_a_number",
            format!(
                "{} must be a whole number, not {}.",
                name_of(path),
                value.describe()
            ),
        ));
    }
    parsed
}

/// A whole number that fits `T`.
fn whole<T: TryFrom<i64>>(value: &Value, path: &str, errors: &mut Errors) -> Option<T> {
    let number = integer(value, path, errors)?;
    match T::try_from(number) {
        Ok(fits) => Some(fits),
        Err(_) => {
            errors.push(ApiError::new(
                path,
                "out_of_range",
                format!("{} is out of range: {number}.", name_of(path)),
            ));
            None
        }
    }
}

#[inline(never)]
fn date(value: &Value, path: &str, errors: &mut Errors) -> Option<NaiveDate> {
    let Value::String(text) = value else {
        errors.push(type_error(path, "a date string like \"2026-03-31\"", value));
        return None;
    };
    match parse_date(text) {
        Ok(date) => Some(date),
        Err(DateParseError::OutOfRange) => {
            errors.push(ApiError::new(
                path,
                "invalid_date",
                format!(
                    "{} must be a date from 1990-01-01 to 2100-12-31, not {}.",
                    name_of(path),
                    echo(text)
                ),
            ));
            None
        }
        Err(_) => {
            errors.push(ApiError::new(
                path,
                "invalid_date",
                format!(
                    "{} must be a real date written YYYY-MM-DD, like \"2026-03-31\", not {}.",
                    name_of(path),
                    echo(text)
                ),
            ));
            None
        }
    }
}

/// A time of day, `"H:MM"`, `"HH:MM"` or `"HH:MM:SS"`: the engine's one send-time parser.
#[inline(never)]
fn time(value: &Value, path: &str, errors: &mut Errors) -> Option<NaiveTime> {
    let Value::String(text) = value else {
        errors.push(type_error(path, "a time string like \"10:00\"", value));
        return None;
    };
    match parse_time_of_day(text) {
        Ok(time) => Some(time),
        Err(_) => {
            errors.push(ApiError::new(
                path,
                "invalid_value",
                format!(
                    "{} must be a time like \"10:00\" (24-hour clock), not {}.",
                    name_of(path),
                    value.describe()
                ),
            ));
            None
        }
    }
}

/// An engine enum read by its serde name (`"following"`, `"gb-eaw"`, `"final_notice"`),
/// so the names always match what the engine writes. Matching goes through `Serialize`
/// (which the results need anyway) rather than `Deserialize`, to keep the module small.
trait Named: Serialize + Copy + 'static {
    /// Every value, in declaration order.
    fn all() -> &'static [Self];
}

/// Implements [`Named`]; the `match` fails to compile when the engine adds a variant.
macro_rules! named {
    ($($type:ty => [$($variant:path),+ $(,)?];)+) => {$(
        impl Named for $type {
            fn all() -> &'static [Self] {
                #[allow(dead_code)]
                fn exhaustive(value: $type) {
                    match value {
                        $($variant)|+ => {}
                    }
                }
                &[$($variant),+]
            }
        }
    )+};
}

named! {
    Roll => [Roll::Following, Roll::ModifiedFollowing, Roll::Preceding, Roll::ModifiedPreceding, Roll::None];
    Weekend => [Weekend::SatSun, Weekend::FriSat, Weekend::SunOnly];
    HolidayRegion => [
        HolidayRegion::EnglandWales, HolidayRegion::Scotland, HolidayRegion::NorthernIreland,
        HolidayRegion::Ireland, HolidayRegion::UnitedStates, HolidayRegion::Germany,
        HolidayRegion::France, HolidayRegion::Netherlands, HolidayRegion::Spain,
    ];
    DayCount => [DayCount::Actual365, DayCount::Actual360, DayCount::Thirty360];
    Regime => [Regime::Uk, Regime::Eu];
    Jurisdiction => [
        Jurisdiction::Uk, Jurisdiction::Ie, Jurisdiction::De, Jurisdiction::Fr,
        Jurisdiction::Nl, Jurisdiction::Es, Jurisdiction::Eu,
    ];
    PaymentDay => [PaymentDay::Counted, PaymentDay::NotCounted];
    DayBasis => [DayBasis::Actual365, DayBasis::ActualActual];
    InterestRounding => [InterestRounding::Once, InterestRounding::PerPeriod];
    IrishRateDate => [
        IrishRateDate::InterestStart, IrishRateDate::DueDate, IrishRateDate::PaymentDate,
        IrishRateDate::PerHalfYear,
    ];
    AllocationRule => [
        AllocationRule::OldestFirst, AllocationRule::Named, AllocationRule::StatutoryOrder,
    ];
    PresetName => [PresetName::Gentle, PresetName::Standard, PresetName::Firm];
    ToneVariant => [ToneVariant::Warm, ToneVariant::Neutral, ToneVariant::Firm];
    TemplateId => [
        TemplateId::PreDueReminder, TemplateId::DueToday, TemplateId::FriendlyOverdue,
        TemplateId::SecondFollowUp, TemplateId::FirmFollowUp, TemplateId::FinalNotice,
        TemplateId::AgencyReferral, TemplateId::PaymentPlanProposal, TemplateId::SettlementOffer,
        TemplateId::InstallmentDueSoon, TemplateId::InstallmentMissed,
        TemplateId::PromiseConfirmation, TemplateId::PromiseMissed,
        TemplateId::DisputeAcknowledgement, TemplateId::StatutoryInterestNotice,
        TemplateId::ThankYou, TemplateId::FormalDemand,
    ];
    OffsetKind => [OffsetKind::CalendarDays, OffsetKind::BusinessDays];
    Channel => [Channel::Email, Channel::PhoneCall, Channel::Letter, Channel::Sms];
    Tone => [Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final];
    ContactKind => [
        ContactKind::Sent, ContactKind::PromiseToPay, ContactKind::QueryOpened,
        ContactKind::QueryResolved, ContactKind::PartPayment, ContactKind::PaidInFull,
    ];
    StageAction => [
        StageAction::PreDueReminder, StageAction::DueToday, StageAction::FriendlyOverdue,
        StageAction::SecondFollowUp, StageAction::FirmFollowUp, StageAction::FinalNotice,
        StageAction::AgencyReferral, StageAction::LegalReview, StageAction::PromiseConfirmation,
        StageAction::PromiseMissed, StageAction::DisputeAcknowledgement,
        StageAction::InstallmentDueSoon, StageAction::InstallmentMissed, StageAction::ThankYou,
    ];
}

fn name<T: Named>(value: &Value, path: &str, errors: &mut Errors) -> Option<T> {
    let Value::String(given) = value else {
        errors.push(type_error(path, "a string", value));
        return None;
    };
    if let Some(found) = T::all().iter().find(|named| serde_name(*named) == given) {
        return Some(*found);
    }
    let names: Vec<&str> = T::all().iter().map(serde_name).collect();
    errors.push(unknown(given, &names, path));
    None
}

/// `unknown_value`: `given` is none of `names`.
#[inline(never)]
fn unknown(given: &str, names: &[&str], path: &str) -> ApiError {
    let names: Vec<String> = names.iter().map(|name| format!("\"{name}\"")).collect();
    ApiError::new(
        path,
        "unknown_value",
        format!(
            "{}: unknown value {}, expected one of {}.",
            name_of(path),
            echo(given),
            names.join(", ")
        ),
    )
}

/// One of `choices` by name.
#[inline(never)]
fn choice<T: Copy>(
    given: &str,
    choices: &[(&str, T)],
    path: &str,
    errors: &mut Errors,
) -> Option<T> {
    if let Some((_, found)) = choices.iter().find(|(name, _)| *name == given) {
        return Some(*found);
    }
    let names: Vec<&str> = choices.iter().map(|(name, _)| *name).collect();
    errors.push(unknown(given, &names, path));
    None
}

/// The items of an array at `path`.
fn items<'a>(value: &'a Value, path: &str, errors: &mut Errors) -> Option<&'a [Value]> {
    match value {
        Value::Array(items) => Some(items),
        other => {
            errors.push(type_error(path, "an array", other));
            None
        }
    }
}

/// Every item of an array read with `read` (all problems reported).
fn list<T>(value: &Value, path: &str, errors: &mut Errors, read: Reader<T>) -> Option<Vec<T>> {
    let items = items(value, path, errors)?;
    let before = errors.len();
    let read: Vec<T> = items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| read(item, &join(path, &index.to_string()), errors))
        .collect();
    (errors.len() == before).then_some(read)
}

fn decimals(value: &Value, path: &str, errors: &mut Errors) -> Option<Vec<Decimal>> {
    list(value, path, errors, decimal)
}

/// A value given as a bare kind (`"monthly"`) or as an object tagged with `kind`
/// (`{ kind: "every_n_days", days: 10 }`): the kind, and the object's other fields.
fn tagged<'a>(
    value: &'a Value,
    path: &str,
    errors: &mut Errors,
) -> Option<(String, Option<Fields<'a>>)> {
    match value {
        Value::String(kind) => Some((kind.clone(), None)),
        Value::Object(_) => {
            let mut fields = Fields::of(value, path, errors)?;
            let kind = fields.req("kind", errors, text)?;
            Some((kind, Some(fields)))
        }
        other => {
            errors.push(type_error(
                path,
                "a string or an object with a \"kind\"",
                other,
            ));
            None
        }
    }
}

/// The `value` of a tagged object (`{ kind: "count", value: 3 }`): required.
fn tagged_value<T>(
    fields: Option<&mut Fields<'_>>,
    path: &str,
    kind: &str,
    errors: &mut Errors,
    read: Reader<T>,
) -> Option<T> {
    match fields {
        Some(fields) => fields.req("value", errors, read),
        None => {
            errors.push(ApiError::new(
                path,
                "missing_field",
                format!(
                    "{} of kind {} needs a value: write {{ kind: \"{kind}\", value: … }}.",
                    name_of(path),
                    echo(kind)
                ),
            ));
            None
        }
    }
}

#[inline(never)]
fn calendar(value: &Value, path: &str, errors: &mut Errors) -> Option<BusinessCalendar> {
    if let Value::String(_) = value {
        return name::<HolidayRegion>(value, path, errors).map(BusinessCalendar::for_region);
    }
    let mut fields = Fields::of(value, path, errors)?;
    let mut calendar = BusinessCalendar::default();
    fields.set("weekend", errors, name::<Weekend>, &mut calendar.weekend);
    calendar.region = fields.opt("region", errors, name::<HolidayRegion>);
    if let Some(extra) = fields.opt("extra_holidays", errors, |value, path, errors| {
        list(value, path, errors, date)
    }) {
        calendar.extra_holidays = extra;
        if calendar.has_too_many_holidays() {
            let path = fields.at("extra_holidays");
            errors.push(ApiError::new(
                &path,
                "out_of_range",
                format!(
                    "{} may list at most {} dates.",
                    name_of(&path),
                    tactful_engine::limits::MAX_EXTRA_HOLIDAYS
                ),
            ));
        }
    }
    fields.finish(errors);
    Some(calendar)
}

#[inline(never)]
fn locale(value: &Value, path: &str, errors: &mut Errors) -> Option<NumberLocale> {
    let Value::String(tag) = value else {
        errors.push(type_error(path, "a language tag like \"en-GB\"", value));
        return None;
    };
    let found = NumberLocale::from_tag(tag);
    if found.is_none() {
        errors.push(ApiError::new(
            path,
            "unknown_value",
            format!(
                "{}: unknown language {}, expected one of \"en-GB\", \"en-US\", \"de\", \"fr\", \"es\", \"nl\".",
                name_of(path),
                echo(tag)
            ),
        ));
    }
    found
}

// ---------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------

/// The input of `planInstalments`: `PlanInput`'s fields and serde shapes, with the
/// defaults of `PlanInput::new`, plus shorthands (`size: 3`, `frequency: "monthly"`,
/// `interest: "none"`, `distribution: "equal"`, `calendar: "gb-eaw"`).
///
/// # Errors
/// Every problem found, by field.
pub fn plan_request(value: &Value) -> Result<PlanInput, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let input = plan_fields(&mut fields, &mut errors);
    fields.finish(&mut errors);
    done(input, errors)
}

/// The plan's keys of an object (the caller reports the keys left over).
fn plan_fields(fields: &mut Fields<'_>, errors: &mut Errors) -> PlanInput {
    let debt = fields.req("debt", errors, decimal);
    let code = fields.req("currency", errors, text);
    let first_due_date = fields.req("first_due_date", errors, date);
    let size = fields.req("size", errors, plan_size);
    let mut input = PlanInput::new(
        debt.unwrap_or_default(),
        &code.unwrap_or_default(),
        first_due_date.unwrap_or_default(),
        size.unwrap_or(PlanSize::Count(1)),
    );
    input.down_payment = fields.opt("down_payment", errors, down_payment);
    input.down_payment_date = fields.opt("down_payment_date", errors, date);
    input.first_payment = fields.opt("first_payment", errors, decimal);
    fields.set("frequency", errors, frequency, &mut input.frequency);
    fields.set(
        "schedule_options",
        errors,
        schedule_options,
        &mut input.schedule_options,
    );
    fields.set("roll", errors, name::<Roll>, &mut input.roll);
    fields.set("calendar", errors, calendar, &mut input.calendar);
    fields.set(
        "distribution",
        errors,
        distribution,
        &mut input.distribution,
    );
    fields.set("interest", errors, interest, &mut input.interest);
    input.setup_fee = fields.opt("setup_fee", errors, decimal);
    input.start_date = fields.opt("start_date", errors, date);
    input.invoice_date = fields.opt("invoice_date", errors, date);
    fields.set(
        "missed_terms",
        errors,
        missed_terms,
        &mut input.missed_terms,
    );
    input
}

fn plan_size(value: &Value, path: &str, errors: &mut Errors) -> Option<PlanSize> {
    if let Value::Number(_) = value {
        return whole::<u32>(value, path, errors).map(PlanSize::Count);
    }
    let (kind, mut fields) = tagged(value, path, errors)?;
    let size =
        match kind.as_str() {
            "count" => tagged_value(fields.as_mut(), path, &kind, errors, whole::<u32>)
                .map(PlanSize::Count),
            "target_amount" => tagged_value(fields.as_mut(), path, &kind, errors, decimal)
                .map(PlanSize::TargetAmount),
            other => {
                if let Some(fields) = fields.as_mut() {
                    fields.get("value");
                }
                choice(
                    other,
                    &[("count", ()), ("target_amount", ())],
                    &join(path, "kind"),
                    errors,
                )
                .and(None)
            }
        };
    if let Some(fields) = fields {
        fields.finish(errors);
    }
    size
}

fn down_payment(value: &Value, path: &str, errors: &mut Errors) -> Option<DownPayment> {
    let mut fields = Fields::of(value, path, errors)?;
    let kind = fields.req("kind", errors, text);
    let payment = match kind.as_deref() {
        Some("amount") => fields
            .req("value", errors, decimal)
            .map(DownPayment::Amount),
        Some("percent") => fields
            .req("value", errors, decimal)
            .map(DownPayment::Percent),
        Some(other) => {
            fields.get("value");
            choice(
                other,
                &[("amount", ()), ("percent", ())],
                &fields.at("kind"),
                errors,
            )
            .and(None)
        }
        None => None,
    };
    fields.finish(errors);
    payment
}

fn frequency(value: &Value, path: &str, errors: &mut Errors) -> Option<Frequency> {
    const FREQUENCIES: &[(&str, Frequency)] = &[
        ("weekly", Frequency::Weekly),
        ("fortnightly", Frequency::Fortnightly),
        ("semi_monthly_1st_15th", Frequency::SemiMonthly1st15th),
        ("semi_monthly_15th_last", Frequency::SemiMonthly15thLast),
        ("monthly", Frequency::Monthly),
        ("bi_monthly", Frequency::BiMonthly),
        ("quarterly", Frequency::Quarterly),
        ("every_n_days", Frequency::EveryNDays(0)),
    ];
    let (kind, mut fields) = tagged(value, path, errors)?;
    let kind_path = if fields.is_some() {
        join(path, "kind")
    } else {
        path.to_owned()
    };
    let found = match choice(&kind, FREQUENCIES, &kind_path, errors)? {
        Frequency::EveryNDays(_) => match fields.as_mut() {
            Some(fields) => fields
                .req("days", errors, whole::<u16>)
                .map(Frequency::EveryNDays),
            None => {
                errors.push(ApiError::new(
                    path,
                    "missing_field",
                    format!(
                        "{} \"every_n_days\" needs its days: write {{ kind: \"every_n_days\", days: 10 }}.",
                        name_of(path)
                    ),
                ));
                None
            }
        },
        other => Some(other),
    };
    if let Some(fields) = fields {
        fields.finish(errors);
    }
    found
}

fn schedule_options(value: &Value, path: &str, errors: &mut Errors) -> Option<ScheduleOptions> {
    let mut fields = Fields::of(value, path, errors)?;
    let mut options = ScheduleOptions::default();
    fields.set(
        "stick_to_month_end",
        errors,
        flag,
        &mut options.stick_to_month_end,
    );
    fields.finish(errors);
    Some(options)
}

fn distribution(value: &Value, path: &str, errors: &mut Errors) -> Option<Distribution> {
    let (kind, mut fields) = tagged(value, path, errors)?;
    let found = match kind.as_str() {
        "equal" => Some(Distribution::Equal),
        "seasonal" => tagged_value(fields.as_mut(), path, &kind, errors, seasonal),
        "custom_percent" => tagged_value(fields.as_mut(), path, &kind, errors, decimals)
            .map(Distribution::CustomPercent),
        other => {
            let kind_path = if fields.is_some() {
                join(path, "kind")
            } else {
                path.to_owned()
            };
            if let Some(fields) = fields.as_mut() {
                fields.get("value");
            }
            choice(
                other,
                &[("equal", ()), ("seasonal", ()), ("custom_percent", ())],
                &kind_path,
                errors,
            )
            .and(None)
        }
    };
    if let Some(fields) = fields {
        fields.finish(errors);
    }
    found
}

/// `{ weights: [12 decimals, January first] }`.
fn seasonal(value: &Value, path: &str, errors: &mut Errors) -> Option<Distribution> {
    let mut fields = Fields::of(value, path, errors)?;
    let weights = fields.req("weights", errors, decimals);
    fields.finish(errors);
    let weights = weights?;
    match <[Decimal; 12]>::try_from(weights) {
        Ok(weights) => Some(Distribution::Seasonal { weights }),
        Err(weights) => {
            let path = join(path, "weights");
            errors.push(ApiError::new(
                &path,
                "out_of_range",
                format!(
                    "{} must list 12 weights, one per month from January, not {}.",
                    name_of(&path),
                    weights.len()
                ),
            ));
            None
        }
    }
}

fn interest(value: &Value, path: &str, errors: &mut Errors) -> Option<Interest> {
    let (kind, mut fields) = tagged(value, path, errors)?;
    let found = match (kind.as_str(), fields.as_mut()) {
        ("none", _) => Some(Interest::None),
        ("flat", Some(fields)) => fields
            .req("annual_rate_pct", errors, decimal)
            .map(|annual_rate_pct| Interest::Flat { annual_rate_pct }),
        ("amortized", Some(fields)) => {
            let rate = fields.req("annual_rate_pct", errors, decimal);
            let mut day_count = DayCount::default();
            fields.set("day_count", errors, name::<DayCount>, &mut day_count);
            rate.map(|annual_rate_pct| Interest::Amortized {
                annual_rate_pct,
                day_count,
            })
        }
        ("flat" | "amortized", None) => {
            errors.push(ApiError::new(
                path,
                "missing_field",
                format!(
                    "{} {} needs a rate: write {{ kind: \"{kind}\", annual_rate_pct: \"8\" }}.",
                    name_of(path),
                    echo(&kind)
                ),
            ));
            None
        }
        (other, fields) => {
            let kind_path = if fields.is_some() {
                join(path, "kind")
            } else {
                path.to_owned()
            };
            if let Some(fields) = fields {
                fields.get("annual_rate_pct");
                fields.get("day_count");
            }
            choice(
                other,
                &[("none", ()), ("flat", ()), ("amortized", ())],
                &kind_path,
                errors,
            )
            .and(None)
        }
    };
    if let Some(fields) = fields {
        fields.finish(errors);
    }
    found
}

fn missed_terms(value: &Value, path: &str, errors: &mut Errors) -> Option<MissedTerms> {
    let mut fields = Fields::of(value, path, errors)?;
    let mut terms = MissedTerms::default();
    fields.set("grace_days", errors, whole::<u32>, &mut terms.grace_days);
    fields.set("late_fee_flat", errors, decimal, &mut terms.late_fee_flat);
    fields.set("late_fee_pct", errors, decimal, &mut terms.late_fee_pct);
    terms.accelerate_after = fields.opt("accelerate_after", errors, whole::<u32>);
    fields.finish(errors);
    Some(terms)
}

/// The input of `analyzeDiscount`: `DiscountInput`'s fields with the defaults of
/// `DiscountInput::example`; the offer and the agency fee as one field per form
/// (`discount_percent` or `discount_amount`, `agency_contingency_pct` or
/// `agency_flat_fee`), `year_basis` as 365 or 360.
///
/// # Errors
/// Every problem found, by field.
pub fn discount_request(value: &Value) -> Result<DiscountInput, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let amount = fields.req("invoice_amount", &mut errors, decimal);
    let code = fields.req("currency", &mut errors, text);
    let mut input = DiscountInput::example(amount.unwrap_or_default(), &code.unwrap_or_default());
    let e = &mut errors;
    fields.set("gross_margin_pct", e, decimal, &mut input.gross_margin_pct);
    if fields.one_of("discount_percent", "discount_amount", e) {
        if let Some(percent) = fields.opt("discount_percent", e, decimal) {
            input.offer = DiscountOffer::Percent(percent);
        }
        if let Some(amount) = fields.opt("discount_amount", e, decimal) {
            input.offer = DiscountOffer::Amount(amount);
        }
    }
    fields.set(
        "pay_within_days",
        e,
        whole::<i64>,
        &mut input.pay_within_days,
    );
    fields.set("net_days", e, whole::<i64>, &mut input.net_days);
    if let Some(days) = fields.opt("year_basis", e, whole::<i64>) {
        match days {
            365 => input.year_basis = YearBasis::Days365,
            360 => input.year_basis = YearBasis::Days360,
            other => e.push(ApiError::new(
                "year_basis",
                "out_of_range",
                format!("\"year_basis\" must be 365 or 360, not {other}."),
            )),
        }
    }
    fields.set(
        "expected_days_to_payment",
        e,
        whole::<i64>,
        &mut input.expected_days_to_payment,
    );
    fields.set(
        "unpaid_probability_pct",
        e,
        decimal,
        &mut input.unpaid_probability_pct,
    );
    fields.set(
        "recovery_rate_pct",
        e,
        decimal,
        &mut input.recovery_rate_pct,
    );
    fields.set(
        "recovery_delay_days",
        e,
        whole::<i64>,
        &mut input.recovery_delay_days,
    );
    fields.set(
        "yearly_client_profit",
        e,
        decimal,
        &mut input.yearly_client_profit,
    );
    fields.set(
        "churn_probability_pct",
        e,
        decimal,
        &mut input.churn_probability_pct,
    );
    fields.set(
        "cost_of_capital_pct",
        e,
        decimal,
        &mut input.cost_of_capital_pct,
    );
    fields.set("chasing_hours", e, decimal, &mut input.chasing_hours);
    fields.set("hourly_cost", e, decimal, &mut input.hourly_cost);
    fields.set(
        "agency_probability_pct",
        e,
        decimal,
        &mut input.agency_probability_pct,
    );
    if fields.one_of("agency_contingency_pct", "agency_flat_fee", e) {
        if let Some(percent) = fields.opt("agency_contingency_pct", e, decimal) {
            input.agency_fee = AgencyFee::ContingencyPercent(percent);
        }
        if let Some(fee) = fields.opt("agency_flat_fee", e, decimal) {
            input.agency_fee = AgencyFee::Flat(fee);
        }
    }
    fields.set(
        "legal_probability_pct",
        e,
        decimal,
        &mut input.legal_probability_pct,
    );
    fields.set("legal_costs", e, decimal, &mut input.legal_costs);
    fields.set("statutory_claim", e, decimal, &mut input.statutory_claim);
    fields.set(
        "keep_margin_share_pct",
        e,
        decimal,
        &mut input.keep_margin_share_pct,
    );
    // Both forms were looked at above (or reported as conflicting): mark them used.
    for key in [
        "discount_percent",
        "discount_amount",
        "agency_contingency_pct",
        "agency_flat_fee",
    ] {
        fields.get(key);
    }
    fields.finish(&mut errors);
    done(input, errors)
}

/// The input of `statutoryInterest`: `ClaimInput`'s fields, with the options at the top
/// level. The law is `jurisdiction` (`"uk"`, `"ie"`, `"de"`, `"fr"`, `"nl"`, `"es"`,
/// `"eu"`) or, as before, `regime` (`"uk"` or `"eu"`); not both (`conflicting_fields`).
/// Without either: `"uk"` for a GBP invoice, `"eu"` otherwise. `reference_rates` is a
/// list of `{ date, rate }`, `instalments` a list of `{ date, amount }`.
///
/// # Errors
/// Every problem found, by field.
pub fn statutory_request(value: &Value) -> Result<ClaimInput, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let e = &mut errors;
    let (jurisdiction, regime) = law_keys(&mut fields, e);
    let principal = fields.req("principal", e, decimal).unwrap_or_default();
    let currency = fields.req("currency", e, text).unwrap_or_default();
    let due_date = fields.req("due_date", e, date).unwrap_or_default();
    let until = fields.req("until", e, date).unwrap_or_default();
    // The default keeps the results of callers that passed neither key as before.
    let jurisdiction = jurisdiction.or(regime.map(Jurisdiction::from)).unwrap_or(
        if currency.trim().eq_ignore_ascii_case("GBP") {
            Jurisdiction::Uk
        } else {
            Jurisdiction::Eu
        },
    );
    let mut input = ClaimInput::new(jurisdiction, principal, &currency, due_date, until);
    input.interest_start = fields.opt("interest_start", e, date);
    input.reference_rate_override = fields.opt("reference_rate_override", e, decimal);
    fields.set(
        "reference_rates",
        e,
        |value, path, errors| list(value, path, errors, entered_rate),
        &mut input.reference_rates,
    );
    input.eu_margin = fields.opt("eu_margin", e, decimal);
    fields.set(
        "instalments",
        e,
        |value, path, errors| list(value, path, errors, instalment),
        &mut input.instalments,
    );
    input.collection_costs_agreed = fields.opt("collection_costs_agreed", e, decimal);
    let options = &mut input.options;
    fields.set("payment_day", e, name, &mut options.payment_day);
    fields.set("day_basis", e, name, &mut options.day_basis);
    fields.set("rounding", e, name, &mut options.rounding);
    fields.set("ie_rate_date", e, name, &mut options.ie_rate_date);
    fields.finish(&mut errors);
    done(input, errors)
}

/// `{ date, rate }`: a rate entered for one reference date.
fn entered_rate(value: &Value, path: &str, errors: &mut Errors) -> Option<EnteredRate> {
    let mut fields = Fields::of(value, path, errors)?;
    let reference_date = fields.req("date", errors, date);
    let rate = fields.req("rate", errors, decimal);
    fields.finish(errors);
    Some(EnteredRate {
        reference_date: reference_date?,
        rate: rate?,
    })
}

/// `{ date, amount }`: one instalment.
fn instalment(value: &Value, path: &str, errors: &mut Errors) -> Option<Instalment> {
    let (due_date, amount) = dated_amount(value, path, errors)?;
    Some(Instalment { due_date, amount })
}

/// What `accountStatement` and `accountStatementCsv` run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AccountRequest {
    /// The invoices and payments, as given.
    pub input: AccountInput,
    /// The law, the claim, the allocation rule, options and entered rates.
    pub terms: AccountTerms,
    /// The day the account is looked at.
    pub today: NaiveDate,
    /// The language of `open_invoices_text` and of the CSV.
    pub locale: NumberLocale,
}

/// The input of `accountStatement` and `accountStatementCsv`: `invoices` (each `{ number,
/// issue_date, due_date, amount, currency, note }`), `payments` (each `{ date, amount,
/// invoice }`, default none), `today`, `jurisdiction`, `claim`, `allocation` (default
/// `"oldest_first"`), `lang` (default `"en-GB"`), and the statutory options and rates of
/// `statutoryInterest` at the top level (`reference_rates`, `reference_rate_override`,
/// `eu_margin`, `payment_day`, `day_basis`, `rounding`, `ie_rate_date`). A list longer
/// than the engine's limit is refused as a whole, before its items are read.
///
/// # Errors
/// Every problem found, by field.
pub fn account_request(value: &Value) -> Result<AccountRequest, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let e = &mut errors;
    let invoices = fields
        .req("invoices", e, |value, path, errors| {
            bounded_list(value, path, errors, MAX_INVOICES, account_invoice)
        })
        .unwrap_or_default();
    let payments = fields
        .opt("payments", e, |value, path, errors| {
            bounded_list(value, path, errors, MAX_PAYMENTS_RECEIVED, account_payment)
        })
        .unwrap_or_default();
    let today = fields.req("today", e, date).unwrap_or_default();
    let jurisdiction = fields.req("jurisdiction", e, name::<Jurisdiction>);
    let claim = fields.req("claim", e, flag).unwrap_or_default();
    let mut terms = AccountTerms::new(jurisdiction.unwrap_or(Jurisdiction::Uk), claim);
    fields.set("allocation", e, name, &mut terms.allocation);
    let locale = fields.opt("lang", e, locale).unwrap_or_default();
    fields.set(
        "reference_rates",
        e,
        |value, path, errors| list(value, path, errors, entered_rate),
        &mut terms.reference_rates,
    );
    terms.reference_rate_override = fields.opt("reference_rate_override", e, decimal);
    terms.eu_margin = fields.opt("eu_margin", e, decimal);
    let options = &mut terms.options;
    fields.set("payment_day", e, name, &mut options.payment_day);
    fields.set("day_basis", e, name, &mut options.day_basis);
    fields.set("rounding", e, name, &mut options.rounding);
    fields.set("ie_rate_date", e, name, &mut options.ie_rate_date);
    fields.finish(&mut errors);
    done(
        AccountRequest {
            input: AccountInput { invoices, payments },
            terms,
            today,
            locale,
        },
        errors,
    )
}

/// A list of at most `max` items, each read with `read`; a longer one is refused as a
/// whole with the engine's code (`too_many_invoices`, `too_many_payments`).
fn bounded_list<T>(
    value: &Value,
    path: &str,
    errors: &mut Errors,
    max: usize,
    read: Reader<T>,
) -> Option<Vec<T>> {
    let count = items(value, path, errors)?.len();
    if count > max {
        let (field, error) = if max == MAX_INVOICES {
            (
                AccountField::Invoices,
                AccountError::TooManyInvoices { max },
            )
        } else {
            (
                AccountField::Payments,
                AccountError::TooManyPayments { max },
            )
        };
        errors.extend(account_errors(vec![AccountFieldError { field, error }]));
        return None;
    }
    list(value, path, errors, read)
}

/// `{ number, issue_date, due_date, amount, currency, note }`: one invoice of an account.
fn account_invoice(value: &Value, path: &str, errors: &mut Errors) -> Option<InvoiceInput> {
    let mut fields = Fields::of(value, path, errors)?;
    let number = fields.req("number", errors, text);
    let issue_date = fields.opt("issue_date", errors, date);
    let due_date = fields.req("due_date", errors, date);
    let amount = fields.req("amount", errors, decimal);
    let currency = fields.req("currency", errors, text);
    let note = fields.opt("note", errors, text).unwrap_or_default();
    fields.finish(errors);
    Some(InvoiceInput {
        number: number?,
        issue_date,
        due_date: due_date?,
        amount: amount?,
        currency: currency?,
        note,
    })
}

/// `{ date, amount, invoice }`: one payment received (`invoice`: the number it names;
/// absent or `null`: on account).
fn account_payment(value: &Value, path: &str, errors: &mut Errors) -> Option<PaymentInput> {
    let mut fields = Fields::of(value, path, errors)?;
    let date = fields.req("date", errors, date);
    let amount = fields.req("amount", errors, decimal);
    let invoice = fields.opt("invoice", errors, text);
    fields.finish(errors);
    Some(PaymentInput {
        date: date?,
        amount: amount?,
        invoice,
    })
}

/// The account checked and worked out: `check_account`, then `account_report`.
///
/// # Errors
/// The engine's problems, each at its input path.
pub fn account_run(request: &AccountRequest) -> Result<AccountReport, Errors> {
    let account = check_account(&request.input).map_err(account_errors)?;
    account_report(&account, &request.terms, request.today).map_err(account_errors)
}

/// What `buildTimeline` runs: the engine's input, and whether the policy's stages were
/// given (so stage errors can point into them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRequest {
    /// The engine's input.
    pub input: TimelineInput,
    /// `policy.stages` was given.
    pub custom_stages: bool,
}

/// The input of `buildTimeline` (and `nextStep`): `TimelineInput`'s fields; `policy` is a
/// preset name (default `"standard"`) or an object with `preset` and any of `Policy`'s
/// fields; instalments are `{ date, amount }` objects; `contacts` the contact log (see
/// [`contact`]).
///
/// # Errors
/// Every problem found, by field.
pub fn timeline_request(value: &Value) -> Result<TimelineRequest, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let request = timeline_fields(&mut fields, &mut errors);
    fields.finish(&mut errors);
    done(request, errors)
}

/// The timeline's keys of an object (the caller reports the keys left over).
fn timeline_fields(fields: &mut Fields<'_>, e: &mut Errors) -> TimelineRequest {
    let (policy, custom_stages) = match fields.get("policy") {
        Some(value) => policy(value, "policy", e),
        None => (Policy::standard(), false),
    };
    let due_date = fields.req("due_date", e, date).unwrap_or_default();
    let today = fields.req("today", e, date).unwrap_or_default();
    let mut input = TimelineInput::new(policy, due_date, today);
    fields.set("amount", e, decimal, &mut input.amount);
    fields.set("currency", e, text, &mut input.currency);
    input.statutory = fields.opt("statutory", e, statutory_options);
    input.promise_to_pay = fields.opt("promise_to_pay", e, date);
    input.promise_made_on = fields.opt("promise_made_on", e, date);
    input.dispute = fields.opt("dispute", e, dispute);
    input.paid_on = fields.opt("paid_on", e, date);
    input.installments = fields.opt("installments", e, |value, path, errors| {
        list(value, path, errors, dated_amount)
    });
    input.contacts = fields
        .opt("contacts", e, |value, path, errors| {
            list(value, path, errors, contact)
        })
        .unwrap_or_default();
    TimelineRequest {
        input,
        custom_stages,
    }
}

/// The most days before a due date a plan's calendar alarm may ring: a year.
pub const MAX_ALARM_DAYS: u32 = 365;

/// What `planCalendar` runs: the plan's input, the calendar's options and the `DTSTAMP`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanCalendarRequest {
    /// The plan, as for `planInstalments`.
    pub input: PlanInput,
    /// `reference`, `lang` (as the options' locale) and `alarm_days_before`.
    pub options: IcsOptions,
    /// When the calendar is written, in UTC.
    pub dtstamp: NaiveDateTime,
}

/// The input of `planCalendar`: the keys of `planInstalments` plus `reference` (default
/// `""`), `alarm_days_before` (0–[`MAX_ALARM_DAYS`], default none), `lang` (default
/// `"en-GB"`) and the required `dtstamp` (`"2026-12-07T10:00:00Z"`).
///
/// # Errors
/// Every problem found, by field.
pub fn plan_calendar_request(value: &Value) -> Result<PlanCalendarRequest, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let input = plan_fields(&mut fields, &mut errors);
    let e = &mut errors;
    let options = IcsOptions {
        reference: fields.opt("reference", e, text).unwrap_or_default(),
        locale: fields.opt("lang", e, locale).unwrap_or_default(),
        alarm_days_before: fields.opt("alarm_days_before", e, alarm_days),
    };
    let dtstamp = fields.req("dtstamp", e, utc_stamp);
    fields.finish(&mut errors);
    let dtstamp = dtstamp.unwrap_or_default();
    done(
        PlanCalendarRequest {
            input,
            options,
            dtstamp,
        },
        errors,
    )
}

/// What `timelineCalendar` runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineCalendarRequest {
    /// The timeline, as for `buildTimeline`.
    pub timeline: TimelineRequest,
    /// What the events are about (an invoice number): in every summary and UID.
    pub invoice_label: String,
    /// The language of the texts.
    pub locale: NumberLocale,
    /// When the calendar is written, in UTC.
    pub dtstamp: NaiveDateTime,
}

/// The input of `timelineCalendar`: the keys of `buildTimeline` plus `invoice_label`
/// (default `""`), `lang` (default `"en-GB"`) and the required `dtstamp`.
///
/// # Errors
/// Every problem found, by field.
pub fn timeline_calendar_request(value: &Value) -> Result<TimelineCalendarRequest, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let timeline = timeline_fields(&mut fields, &mut errors);
    let e = &mut errors;
    let invoice_label = fields.opt("invoice_label", e, text).unwrap_or_default();
    let locale = fields.opt("lang", e, locale).unwrap_or_default();
    let dtstamp = fields.req("dtstamp", e, utc_stamp);
    fields.finish(&mut errors);
    let dtstamp = dtstamp.unwrap_or_default();
    done(
        TimelineCalendarRequest {
            timeline,
            invoice_label,
            locale,
            dtstamp,
        },
        errors,
    )
}

/// Days before a due date for an alarm: 0 to [`MAX_ALARM_DAYS`].
fn alarm_days(value: &Value, path: &str, errors: &mut Errors) -> Option<u32> {
    let days = whole::<u32>(value, path, errors)?;
    if days > MAX_ALARM_DAYS {
        errors.push(ApiError::new(
            path,
            "out_of_range",
            format!(
                "{} must be from 0 to {MAX_ALARM_DAYS} days, not {days}.",
                name_of(path)
            ),
        ));
        return None;
    }
    Some(days)
}

/// A UTC time `"YYYY-MM-DDTHH:MM:SSZ"`, optionally with a fraction of a second
/// (`"2026-12-07T10:00:00.000Z"`, what `new Date().toISOString()` gives), which is
/// dropped: an iCalendar `DTSTAMP` counts whole seconds. The date is read as every date
/// (1990–2100).
///
/// ```
/// use tactful_api::parse_utc_stamp;
///
/// let stamp = parse_utc_stamp("2026-12-07T10:00:00Z").unwrap();
/// assert_eq!(stamp.to_string(), "2026-12-07 10:00:00");
/// assert_eq!(parse_utc_stamp("2026-12-07T10:00:59.999Z").unwrap().to_string(), "2026-12-07 10:00:59");
/// for bad in ["2026-12-07T10:00:00", "2026-12-07 10:00:00Z", "2026-12-07T24:00:00Z", "2026-12-07T10:00Z", "2026-12-07T10:00:00+01:00"] {
///     assert!(parse_utc_stamp(bad).is_none(), "{bad}");
/// }
/// ```
pub fn parse_utc_stamp(text: &str) -> Option<NaiveDateTime> {
    let (day, rest) = text.split_once('T')?;
    let clock = rest.strip_suffix('Z')?;
    let (clock, fraction) = match clock.split_once('.') {
        Some((clock, fraction)) => (clock, Some(fraction)),
        None => (clock, None),
    };
    if fraction
        .is_some_and(|f| f.is_empty() || f.len() > 9 || !f.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    let parts: Vec<&str> = clock.split(':').collect();
    let [hour, minute, second] = parts.as_slice() else {
        return None;
    };
    let number = |part: &str| {
        (part.len() == 2 && part.bytes().all(|b| b.is_ascii_digit()))
            .then(|| part.parse::<u32>().ok())
            .flatten()
    };
    let time = NaiveTime::from_hms_opt(number(hour)?, number(minute)?, number(second)?)?;
    Some(parse_date(day).ok()?.and_time(time))
}

#[inline(never)]
fn utc_stamp(value: &Value, path: &str, errors: &mut Errors) -> Option<NaiveDateTime> {
    let Value::String(text) = value else {
        errors.push(type_error(
            path,
            "a UTC time string like \"2026-12-07T10:00:00Z\"",
            value,
        ));
        return None;
    };
    let stamp = parse_utc_stamp(text);
    if stamp.is_none() {
        errors.push(ApiError::new(
            path,
            "invalid_date",
            format!(
                "{} must be a UTC time written YYYY-MM-DDTHH:MM:SSZ, like \"2026-12-07T10:00:00Z\", with a date from 1990 to 2100, not {}.",
                name_of(path),
                echo(text)
            ),
        ));
    }
    stamp
}

/// A preset name, or `{ preset, name, stages, business_days_only, min_gap_days,
/// send_time, calendar, roll }` (each optional, defaults from the preset).
fn policy(value: &Value, path: &str, errors: &mut Errors) -> (Policy, bool) {
    if let Value::String(_) = value {
        let preset = name::<PresetName>(value, path, errors).unwrap_or(PresetName::Standard);
        return (Policy::preset(preset), false);
    }
    let Some(mut fields) = Fields::of(value, path, errors) else {
        return (Policy::standard(), false);
    };
    let preset = fields
        .opt("preset", errors, name::<PresetName>)
        .unwrap_or(PresetName::Standard);
    let mut policy = Policy::preset(preset);
    fields.set("name", errors, text, &mut policy.name);
    let custom_stages = fields.has("stages");
    fields.set(
        "stages",
        errors,
        |value, path, errors| list(value, path, errors, stage),
        &mut policy.stages,
    );
    fields.set(
        "business_days_only",
        errors,
        flag,
        &mut policy.business_days_only,
    );
    fields.set(
        "min_gap_days",
        errors,
        whole::<u32>,
        &mut policy.min_gap_days,
    );
    // `send_time: null` clears the preset's send time (all-day calendar events).
    if fields.is_null("send_time") {
        fields.get("send_time");
        policy.send_time = None;
    } else if let Some(send_time) = fields.opt("send_time", errors, time) {
        policy.send_time = Some(send_time);
    }
    fields.set("calendar", errors, calendar, &mut policy.calendar);
    fields.set("roll", errors, name::<Roll>, &mut policy.roll);
    fields.finish(errors);
    (policy, custom_stages)
}

/// `{ offset_days, offset_kind, channel, tone, action }`.
fn stage(value: &Value, path: &str, errors: &mut Errors) -> Option<Stage> {
    let mut fields = Fields::of(value, path, errors)?;
    let offset_days = fields.req("offset_days", errors, whole::<i32>);
    let offset_kind = fields.opt("offset_kind", errors, name);
    let channel = fields.req("channel", errors, name);
    let tone = fields.req("tone", errors, name);
    let action = fields.req("action", errors, name);
    fields.finish(errors);
    let mut stage = Stage::new(offset_days?, channel?, tone?, action?);
    stage.offset_kind = offset_kind.unwrap_or_default();
    Some(stage)
}

/// `{ regime | jurisdiction, claim, reference_rate_override, eu_margin, interest_start }`:
/// The law of an object: `jurisdiction` (any of the seven) and/or `regime` (`"uk"`,
/// `"eu"`, its older name). Both may be given when they agree (`"de"` is under `"eu"`, as
/// the engine writes them); `conflicting_fields` on `regime` when they do not.
fn law_keys(
    fields: &mut Fields<'_>,
    errors: &mut Errors,
) -> (Option<Jurisdiction>, Option<Regime>) {
    let jurisdiction = fields.opt("jurisdiction", errors, name::<Jurisdiction>);
    let regime = fields.opt("regime", errors, name::<Regime>);
    if let (Some(law), Some(regime)) = (jurisdiction, regime) {
        if law.regime() != regime {
            let path = fields.at("regime");
            errors.push(ApiError::new(
                &path,
                "conflicting_fields",
                format!(
                    "\"regime\" {} does not match \"jurisdiction\" {}: give the jurisdiction alone.",
                    echo(serde_name(&regime)),
                    echo(law.name())
                ),
            ));
        }
    }
    (jurisdiction, regime)
}

/// `jurisdiction` (any of the seven) or `regime` (`"uk"`, `"eu"`); both when they agree.
fn statutory_options(value: &Value, path: &str, errors: &mut Errors) -> Option<StatutoryOptions> {
    let mut fields = Fields::of(value, path, errors)?;
    let (jurisdiction, regime) = law_keys(&mut fields, errors);
    let regime = match (jurisdiction, regime) {
        (Some(law), _) => Some(law.regime()),
        (None, Some(regime)) => Some(regime),
        (None, None) => {
            let path = fields.at("jurisdiction");
            errors.push(ApiError::new(
                &path,
                "missing_field",
                format!("{} is required (or the older \"regime\").", name_of(&path)),
            ));
            None
        }
    };
    let mut options = StatutoryOptions::new(regime.unwrap_or(Regime::Uk));
    options.jurisdiction = jurisdiction;
    fields.set("claim", errors, flag, &mut options.claim);
    options.reference_rate_override = fields.opt("reference_rate_override", errors, decimal);
    options.eu_margin = fields.opt("eu_margin", errors, decimal);
    options.interest_start = fields.opt("interest_start", errors, date);
    fields.set(
        "claim_options",
        errors,
        claim_options,
        &mut options.claim_options,
    );
    fields.finish(errors);
    regime.map(|_| options)
}

/// `{ payment_day, day_basis, rounding, ie_rate_date }`, each optional: the points the
/// law leaves open (see `statutoryInterest`, where they are top-level keys).
fn claim_options(value: &Value, path: &str, errors: &mut Errors) -> Option<ClaimOptions> {
    let mut fields = Fields::of(value, path, errors)?;
    let mut options = ClaimOptions::default();
    fields.set("payment_day", errors, name, &mut options.payment_day);
    fields.set("day_basis", errors, name, &mut options.day_basis);
    fields.set("rounding", errors, name, &mut options.rounding);
    fields.set("ie_rate_date", errors, name, &mut options.ie_rate_date);
    fields.finish(errors);
    Some(options)
}

fn dispute(value: &Value, path: &str, errors: &mut Errors) -> Option<Dispute> {
    let mut fields = Fields::of(value, path, errors)?;
    let opened = fields.req("opened", errors, date);
    let resolved = fields.opt("resolved", errors, date);
    fields.finish(errors);
    Some(Dispute {
        opened: opened?,
        resolved,
    })
}

/// The keys a contact of some kind may have besides `date`, `kind` and `note`.
const CONTACT_KEYS: [&str; 4] = ["action", "channel", "pay_by", "amount"];

/// One entry of the contact log, the engine's serde shape: `{ date, kind, note }` and the
/// keys of its kind — `sent`: `action` (a step's name, or `null` for a message of your
/// own) and `channel` (default `"email"`); `promise_to_pay`: `pay_by`; `part_payment`:
/// `amount`; `query_opened`, `query_resolved`, `paid_in_full`: none. A key of another kind
/// is `unknown_field`.
fn contact(value: &Value, path: &str, errors: &mut Errors) -> Option<Contact> {
    let mut fields = Fields::of(value, path, errors)?;
    let day = fields.req("date", errors, date);
    let kind = fields.req("kind", errors, name::<ContactKind>);
    let note = fields.opt("note", errors, text).unwrap_or_default();
    let allowed: &[&str] = match kind {
        Some(ContactKind::Sent) => &["action", "channel"],
        Some(ContactKind::PromiseToPay) => &["pay_by"],
        Some(ContactKind::PartPayment) => &["amount"],
        Some(_) => &[],
        // Unknown kind: its keys cannot be judged.
        None => &CONTACT_KEYS,
    };
    for key in CONTACT_KEYS {
        let given = fields.has(key) || fields.is_null(key);
        if given && !allowed.contains(&key) {
            fields.get(key);
            let at = fields.at(key);
            let kind = kind.map(|k| k.name()).unwrap_or_default();
            errors.push(ApiError::new(
                &at,
                "unknown_field",
                format!("{} is not a key of a {} contact.", name_of(&at), echo(kind)),
            ));
        }
    }
    let event = match kind {
        Some(ContactKind::Sent) => Some(ContactEvent::Sent {
            action: fields.opt("action", errors, name::<StageAction>),
            channel: fields
                .opt("channel", errors, name::<Channel>)
                .unwrap_or(Channel::Email),
        }),
        Some(ContactKind::PromiseToPay) => fields
            .req("pay_by", errors, date)
            .map(|pay_by| ContactEvent::PromiseToPay { pay_by }),
        Some(ContactKind::PartPayment) => fields
            .req("amount", errors, decimal)
            .map(|amount| ContactEvent::PartPayment { amount }),
        Some(ContactKind::QueryOpened) => Some(ContactEvent::QueryOpened),
        Some(ContactKind::QueryResolved) => Some(ContactEvent::QueryResolved),
        Some(ContactKind::PaidInFull) => Some(ContactEvent::PaidInFull),
        None => {
            for key in CONTACT_KEYS {
                fields.get(key);
            }
            None
        }
    };
    fields.finish(errors);
    Some(Contact {
        date: day?,
        event: event?,
        note,
    })
}

/// `{ date, amount }`.
fn dated_amount(value: &Value, path: &str, errors: &mut Errors) -> Option<(NaiveDate, Decimal)> {
    let mut fields = Fields::of(value, path, errors)?;
    let date = fields.req("date", errors, date);
    let amount = fields.req("amount", errors, decimal);
    fields.finish(errors);
    Some((date?, amount?))
}

/// Which wording `renderMessage` renders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MessageSource {
    /// A shipped template.
    Shipped(TemplateId, ToneVariant),
    /// The caller's own subject and body, in the template language.
    Custom {
        /// The subject line's source.
        subject: String,
        /// The body's source.
        body: String,
    },
}

/// What `renderMessage` renders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MessageRequest {
    /// The wording.
    pub source: MessageSource,
    /// Language, number and date style.
    pub locale: NumberLocale,
    /// The values to fill in.
    pub context: MessageContext,
}

/// The input of `renderMessage`: `template` (and `tone`, default `"neutral"`) or your own
/// `subject` and `body`; `locale` (default `"en-GB"`); and `MessageContext`'s fields.
///
/// # Errors
/// Every problem found, by field.
pub fn message_request(value: &Value) -> Result<MessageRequest, Errors> {
    let mut errors = Vec::new();
    let Some(mut fields) = Fields::of(value, "", &mut errors) else {
        return Err(errors);
    };
    let e = &mut errors;
    let locale = fields.opt("locale", e, locale).unwrap_or_default();
    let source = if fields.has("subject") || fields.has("body") {
        for key in ["template", "tone"] {
            if fields.has(key) {
                e.push(ApiError::new(
                    key,
                    "conflicting_fields",
                    format!("Give either \"template\" or your own \"subject\" and \"body\", not both (found \"{key}\")."),
                ));
                fields.get(key);
            }
        }
        MessageSource::Custom {
            subject: fields.req("subject", e, template_text).unwrap_or_default(),
            body: fields.req("body", e, template_text).unwrap_or_default(),
        }
    } else {
        let id = fields.req("template", e, name::<TemplateId>);
        // Default "neutral", or the template's only tone (the formal demand: "firm").
        let tone = fields
            .opt("tone", e, name::<ToneVariant>)
            .unwrap_or_else(|| match id.map(available_tones) {
                Some(&[only]) => only,
                _ => ToneVariant::default(),
            });
        if let Some(id) = id {
            let tones = available_tones(id);
            if !tones.contains(&tone) {
                let names: Vec<&str> = tones.iter().map(serde_name).collect();
                e.push(ApiError::new(
                    "tone",
                    "tone_not_available",
                    format!(
                        "The template \"{}\" has no \"{}\" tone; use one of: {}.",
                        serde_name(&id),
                        serde_name(&tone),
                        names.join(", ")
                    ),
                ));
            } else if template(id, tone, LangPack::builtin(locale)).is_none() {
                e.push(ApiError::new(
                    "locale",
                    "template_not_available",
                    format!(
                        "The template \"{}\" is not written in \"{}\" yet; pass your own \"subject\" and \"body\".",
                        serde_name(&id),
                        locale.tag()
                    ),
                ));
            }
        }
        MessageSource::Shipped(id.unwrap_or(TemplateId::FriendlyOverdue), tone)
    };
    let amount = fields.req("amount", e, decimal).unwrap_or_default();
    let code = fields.req("currency", e, text);
    let found = code.as_deref().map(|code| {
        currency(code).map_err(|unknown| {
            ApiError::new(
                "currency",
                "unknown_currency",
                format!(
                    "\"currency\": unknown currency code {}.",
                    echo(&unknown.code)
                ),
            )
        })
    });
    let currency = match found {
        Some(Ok(currency)) => Some(currency),
        Some(Err(error)) => {
            e.push(error);
            None
        }
        None => None,
    };
    let due_date = fields.req("due_date", e, date).unwrap_or_default();
    let today = fields.req("today", e, date).unwrap_or_default();
    let fallback = tactful_engine::currency::all_currencies().first();
    let Some(currency) = currency.or(fallback) else {
        fields.finish(&mut errors);
        return Err(errors);
    };
    let mut context = MessageContext::new(amount, currency, due_date, today);
    for (key, slot) in [
        ("your_business", &mut context.your_business),
        ("client_business", &mut context.client_business),
        ("client_contact", &mut context.client_contact),
        ("invoice_number", &mut context.invoice_number),
    ] {
        if let Some(value) = fields.opt(key, e, name_text) {
            *slot = value.unwrap_or_default();
        }
    }
    fields.set(
        "client_sole_trader",
        e,
        flag,
        &mut context.client_sole_trader,
    );
    context.issue_date = fields.opt("issue_date", e, date);
    context.balance = fields.opt("balance", e, decimal);
    context.payment_link = fields.opt("payment_link", e, text);
    context.plan = fields.opt("plan", e, plan_details);
    context.discount = fields.opt("discount", e, discount_details);
    context.statutory = fields.opt("statutory", e, statutory_details);
    context.account = fields.opt("account", e, account_details);
    context.promise_date = fields.opt("promise_date", e, date);
    fields.set(
        "reminders_sent",
        e,
        whole::<u32>,
        &mut context.reminders_sent,
    );
    context.last_sent_on = fields.opt("last_sent_on", e, date);
    context.promise_broken_on = fields.opt("promise_broken_on", e, date);
    context.part_paid = fields.opt("part_paid", e, decimal);
    context.sender_name = fields.opt("sender_name", e, name_text).flatten();
    context.signature = fields.opt("signature", e, signature_text).flatten();
    fields.set("calendar", e, calendar, &mut context.calendar);
    fields.finish(&mut errors);
    done(
        MessageRequest {
            source,
            locale,
            context,
        },
        errors,
    )
}

/// `{ rows: [{ date, amount }], table_text, next: { date, amount }, down_payment }`
/// (`down_payment`: the first row is a down payment; default false).
fn plan_details(value: &Value, path: &str, errors: &mut Errors) -> Option<PlanDetails> {
    let mut fields = Fields::of(value, path, errors)?;
    let mut plan = PlanDetails::default();
    fields.set(
        "rows",
        errors,
        |value, path, errors| list(value, path, errors, plan_row),
        &mut plan.rows,
    );
    fields.set("table_text", errors, text, &mut plan.table_text);
    plan.next = fields.opt("next", errors, plan_row);
    fields.set("down_payment", errors, flag, &mut plan.down_payment);
    fields.finish(errors);
    Some(plan)
}

fn plan_row(value: &Value, path: &str, errors: &mut Errors) -> Option<PlanRow> {
    dated_amount(value, path, errors).map(|(date, amount)| PlanRow { date, amount })
}

/// `{ percent, amount, net, deadline }`.
fn discount_details(value: &Value, path: &str, errors: &mut Errors) -> Option<DiscountDetails> {
    let mut fields = Fields::of(value, path, errors)?;
    let percent = fields.req("percent", errors, decimal);
    let amount = fields.req("amount", errors, decimal);
    let net = fields.req("net", errors, decimal);
    let deadline = fields.req("deadline", errors, date);
    fields.finish(errors);
    Some(DiscountDetails {
        percent: percent?,
        amount: amount?,
        net: net?,
        deadline: deadline?,
    })
}

/// `{ invoice_count, open_invoices?, open_invoice_count?, paid_so_far?, last_payment?: {
/// date, amount } }`: a client account's summary (what `accountStatement` reports, or
/// your own).
fn account_details(value: &Value, path: &str, errors: &mut Errors) -> Option<AccountDetails> {
    let mut fields = Fields::of(value, path, errors)?;
    let invoice_count = fields.req("invoice_count", errors, whole::<usize>);
    let mut details = AccountDetails::default();
    fields.set(
        "open_invoices",
        errors,
        template_text,
        &mut details.open_invoices,
    );
    fields.set(
        "open_invoice_count",
        errors,
        whole::<usize>,
        &mut details.open_invoice_count,
    );
    fields.set("paid_so_far", errors, decimal, &mut details.paid_so_far);
    if let Some((date, amount)) = fields.opt("last_payment", errors, dated_amount) {
        details.last_payment_date = Some(date);
        details.last_payment_amount = Some(amount);
    }
    fields.finish(errors);
    details.invoice_count = invoice_count?;
    Some(details)
}

/// `{ regime | jurisdiction, rate, interest, compensation, total, reference_rate?, margin?,
/// collection_costs?, claimed? }` (`claimed` defaults to true; with only `jurisdiction`,
/// the regime follows from it).
fn statutory_details(value: &Value, path: &str, errors: &mut Errors) -> Option<StatutoryDetails> {
    let mut fields = Fields::of(value, path, errors)?;
    let jurisdiction = fields.opt("jurisdiction", errors, name::<Jurisdiction>);
    let regime = match jurisdiction {
        Some(law) if !fields.has("regime") => Some(law.regime()),
        _ => fields.req("regime", errors, name::<Regime>),
    };
    let rate = fields.req("rate", errors, decimal);
    let interest = fields.req("interest", errors, decimal);
    let compensation = fields.req("compensation", errors, decimal);
    let total = fields.req("total", errors, decimal);
    let mut details = StatutoryDetails {
        jurisdiction,
        reference_rate: fields.opt("reference_rate", errors, decimal),
        margin: fields.opt("margin", errors, decimal),
        collection_costs: fields.opt("collection_costs", errors, decimal),
        ..StatutoryDetails::default()
    };
    fields.set("claimed", errors, flag, &mut details.claimed);
    fields.finish(errors);
    details.regime = regime?;
    details.rate = rate?;
    details.interest = interest?;
    details.compensation = compensation?;
    details.total = total?;
    Some(details)
}

/// The arguments of `toneCheck(text, lang)`; `lang` defaults to `"en-GB"`.
///
/// # Errors
/// `text` is not a string, or `lang` not a known language.
pub fn tone_request(text: &Value, lang: &Value) -> Result<(String, NumberLocale), Errors> {
    let mut errors = Vec::new();
    let text = self::text(text, "text", &mut errors).unwrap_or_default();
    let locale = match lang {
        Value::Null => NumberLocale::EnGb,
        lang => locale(lang, "lang", &mut errors).unwrap_or_default(),
    };
    done((text, locale), errors)
}

// ---------------------------------------------------------------------------------------
// Running the engine where the wrapper does more than call it
// ---------------------------------------------------------------------------------------

/// Renders a message, with error offsets in UTF-16 code units (JavaScript string
/// indexes) into the subject's or the body's source. `missing` lists what a shipped
/// template needs and the context lacks (`TemplateId::needs`), and any placeholder of your
/// own wording used with no value.
pub fn render(request: &MessageRequest) -> RenderedMessage {
    let locale = request.locale;
    let lang = LangPack::builtin(locale);
    let (subject, body, mut message) = match &request.source {
        MessageSource::Shipped(id, tone) => {
            let (subject, body) = match template(*id, *tone, lang) {
                Some(found) => (found.subject, found.body),
                None => ("", ""),
            };
            let message = render_edited(*id, subject, body, &request.context, lang);
            (subject, body, message)
        }
        MessageSource::Custom { subject, body } => {
            let message = render_source(subject, body, &request.context, locale, lang.dates());
            (subject.as_str(), body.as_str(), message)
        }
    };
    for error in &mut message.errors {
        let source = match error.part {
            tactful_engine::message::MessagePart::Subject => subject,
            tactful_engine::message::MessagePart::Body => body,
        };
        error.error.start = utf16_offset(source, error.error.start);
        error.error.end = utf16_offset(source, error.error.end);
    }
    message
}

/// The tone check, with offsets in UTF-16 code units: `text.slice(start, end)` in
/// JavaScript is the phrase.
pub fn tone_findings(text: &str, locale: NumberLocale) -> Vec<ToneFinding> {
    let mut findings = tone_check(text, LangPack::builtin(locale));
    for finding in &mut findings {
        finding.start = utf16_offset(text, finding.start);
        finding.end = utf16_offset(text, finding.end);
    }
    findings
}

/// The UTF-16 offset of byte offset `byte` of `text`.
fn utf16_offset(text: &str, byte: usize) -> usize {
    if text.is_ascii() {
        return byte;
    }
    text.char_indices()
        .take_while(|(index, _)| *index < byte)
        .map(|(_, c)| c.len_utf16())
        .sum()
}

// ---------------------------------------------------------------------------------------
// The engine's errors
// ---------------------------------------------------------------------------------------

/// The plan's field errors, each at its input path.
pub fn plan_errors(errors: Vec<PlanFieldError>) -> Errors {
    errors
        .into_iter()
        .map(|error| {
            let field = match error.field {
                PlanField::DownPaymentAmount | PlanField::DownPaymentPercent => {
                    "down_payment.value".to_owned()
                }
                PlanField::InstallmentCount | PlanField::TargetAmount => "size".to_owned(),
                PlanField::SeasonalWeights | PlanField::CustomPercents => "distribution".to_owned(),
                PlanField::SeasonalWeight { month } => {
                    format!("distribution.value.weights.{}", month.saturating_sub(1))
                }
                PlanField::CustomPercent { index } => format!("distribution.value.{index}"),
                PlanField::InterestRate => "interest.annual_rate_pct".to_owned(),
                PlanField::GraceDays
                | PlanField::LateFeeFlat
                | PlanField::LateFeePct
                | PlanField::AccelerateAfter => format!("missed_terms.{}", error.field.key()),
                other => other.key().to_owned(),
            };
            ApiError::new(&field, error.kind.code(), sentence(&error.to_string()))
        })
        .collect()
}

/// The discount analysis's field errors; the field names are the input keys.
pub fn discount_errors(errors: Vec<DiscountFieldError>) -> Errors {
    errors
        .into_iter()
        .map(|error| {
            ApiError::new(
                error.field.key(),
                error.kind.code(),
                sentence(&error.to_string()),
            )
        })
        .collect()
}

/// The timeline's errors (warnings are dropped: they come with a built timeline).
pub fn timeline_errors(issues: Vec<TimelineIssue>, custom_stages: bool) -> Errors {
    issues
        .into_iter()
        .filter(TimelineIssue::is_error)
        .map(|issue| {
            let field = match (&issue.field, &issue.kind) {
                (IssueField::Stage(index), _) if custom_stages => format!("policy.stages.{index}"),
                (IssueField::Stage(_) | IssueField::Policy, _) => "policy".to_owned(),
                (IssueField::DisputeOpened, _) => "dispute.opened".to_owned(),
                (IssueField::DisputeResolved, _) => "dispute.resolved".to_owned(),
                (IssueField::Installment(index), _) => format!("installments.{index}"),
                (IssueField::Contact(index), kind) => {
                    let key = match kind {
                        IssueKind::InFuture { .. } => ".date",
                        IssueKind::PromiseBeforeMade { .. } => ".pay_by",
                        IssueKind::InvalidPartPayment { .. } => ".amount",
                        IssueKind::NoteTooLong { .. } | IssueKind::EmptyContact => ".note",
                        _ => ".kind",
                    };
                    format!("contacts.{index}{key}")
                }
                (
                    IssueField::Statutory,
                    IssueKind::Statutory(StatutoryError::InvalidReferenceRate { .. }),
                ) => "statutory.reference_rate_override".to_owned(),
                (
                    IssueField::Statutory,
                    IssueKind::Statutory(StatutoryError::InvalidMargin { .. }),
                ) => "statutory.eu_margin".to_owned(),
                (other, _) => other.key().to_owned(),
            };
            ApiError::new(&field, issue.kind.code(), sentence(&issue.to_string()))
        })
        .collect()
}

/// The account's errors, each at its input path (the engine's `key()`) with its code (the
/// engine's `code()`); a rate the tables do not know says how to enter it, as in
/// `statutoryInterest`.
pub fn account_errors(errors: Vec<AccountFieldError>) -> Errors {
    errors
        .into_iter()
        .map(|problem| {
            let field = problem.field.key();
            let message = match &problem.error {
                AccountError::Statutory(error @ StatutoryError::NoReferenceRate { .. }) => {
                    statutory_error(error.clone()).message
                }
                error => format!("{}: {error}.", echo(&field)),
            };
            ApiError::new(&field, problem.error.code(), message)
        })
        .collect()
}

/// A statutory claim's error, at the field to change (without the input: an entered
/// rate's problem is reported at `reference_rates`; [`claim_error`] finds the entry).
pub fn statutory_error(error: StatutoryError) -> ApiError {
    let field = match &error {
        StatutoryError::NonPositivePrincipal { .. } | StatutoryError::Overflow => {
            "principal".to_owned()
        }
        StatutoryError::UnknownCurrency { .. } => "currency".to_owned(),
        StatutoryError::NoReferenceRate { .. } | StatutoryError::InvalidReferenceRate { .. } => {
            "reference_rate_override".to_owned()
        }
        StatutoryError::InvalidMargin { .. } => "eu_margin".to_owned(),
        StatutoryError::PeriodTooLong { .. } | StatutoryError::DateOutOfRange => "until".to_owned(),
        StatutoryError::InvalidRateDate { .. } | StatutoryError::DuplicateRateDate { .. } => {
            "reference_rates".to_owned()
        }
        StatutoryError::InvalidInstalment { index } => format!("instalments.{index}"),
        StatutoryError::InvalidCollectionCosts { .. } => "collection_costs_agreed".to_owned(),
        StatutoryError::InvalidContractRate { .. } => "contract_rate".to_owned(),
    };
    let message = match error {
        StatutoryError::NoReferenceRate { date } => format!(
            "No reference rate known for {date}; pass it in \"reference_rates\" as {{ \"date\": \"{date}\", \"rate\": … }}, or as \"reference_rate_override\" for the whole claim."
        ),
        _ => sentence(&error.to_string()),
    };
    ApiError::new(&field, error.code(), message)
}

/// A claim's error at the field to change, pointing into `reference_rates` when an
/// entered rate is the problem.
pub fn claim_error(error: StatutoryError, input: &ClaimInput) -> ApiError {
    let entry = |matches: &dyn Fn(&EnteredRate) -> bool| {
        input
            .reference_rates
            .iter()
            .rposition(matches)
            .map(|index| format!("reference_rates.{index}"))
    };
    let field = match &error {
        StatutoryError::InvalidReferenceRate { rate }
            if input.reference_rate_override != Some(*rate) =>
        {
            entry(&|entered| entered.rate == *rate).map(|path| path + ".rate")
        }
        StatutoryError::InvalidRateDate { date } | StatutoryError::DuplicateRateDate { date } => {
            entry(&|entered| entered.reference_date == *date).map(|path| path + ".date")
        }
        _ => None,
    };
    let mut api_error = statutory_error(error);
    if let Some(field) = field {
        api_error.field = field;
    }
    api_error
}

/// The serde name of an enum value's variant in snake case (`"too_large"`,
/// `"must_be_positive"`, `"gross_margin_pct"`): the engine's stable error codes and
/// field names.
///
/// ```
/// use tactful_api::variant;
/// use tactful_engine::discount::DiscountField;
/// use tactful_engine::plan::PlanErrorKind;
///
/// assert_eq!(variant(&DiscountField::GrossMarginPct), "gross_margin_pct");
/// assert_eq!(variant(&PlanErrorKind::TooManyInstallments { max: 600 }), "too_many_installments");
/// ```
pub fn variant<T: Serialize>(value: &T) -> String {
    let name = serde_name(value);
    let mut snake = String::with_capacity(name.len() + 4);
    for (index, c) in name.chars().enumerate() {
        if c.is_ascii_uppercase() {
            if index > 0 {
                snake.push('_');
            }
            snake.push(c.to_ascii_lowercase());
        } else {
            snake.push(c);
        }
    }
    snake
}

/// The serde name of an enum value's variant, as written (`""` for anything else).
fn serde_name<T: Serialize>(value: &T) -> &'static str {
    value.serialize(VariantName).unwrap_or_default()
}

/// A serializer that only answers an enum value's variant name.
struct VariantName;

/// Not an enum value.
#[derive(Debug)]
struct NotAVariant;

impl fmt::Display for NotAVariant {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not an enum variant")
    }
}

impl std::error::Error for NotAVariant {}

impl ser::Error for NotAVariant {
    fn custom<T: fmt::Display>(_: T) -> Self {
        NotAVariant
    }
}

/// A tuple or struct variant's name; its fields are skipped.
struct VariantOnly(&'static str);

impl SerializeTupleVariant for VariantOnly {
    type Ok = &'static str;
    type Error = NotAVariant;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, _: &T) -> Result<(), NotAVariant> {
        Ok(())
    }
    fn end(self) -> Result<&'static str, NotAVariant> {
        Ok(self.0)
    }
}

impl SerializeStructVariant for VariantOnly {
    type Ok = &'static str;
    type Error = NotAVariant;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        _: &'static str,
        _: &T,
    ) -> Result<(), NotAVariant> {
        Ok(())
    }
    fn end(self) -> Result<&'static str, NotAVariant> {
        Ok(self.0)
    }
}

type Refuse = Impossible<&'static str, NotAVariant>;

impl ser::Serializer for VariantName {
    type Ok = &'static str;
    type Error = NotAVariant;
    type SerializeSeq = Refuse;
    type SerializeTuple = Refuse;
    type SerializeTupleStruct = Refuse;
    type SerializeTupleVariant = VariantOnly;
    type SerializeMap = Refuse;
    type SerializeStruct = Refuse;
    type SerializeStructVariant = VariantOnly;

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Ok(variant)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<VariantOnly, NotAVariant> {
        Ok(VariantOnly(variant))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
        _: usize,
    ) -> Result<VariantOnly, NotAVariant> {
        Ok(VariantOnly(variant))
    }

    fn serialize_bool(self, _: bool) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_i8(self, _: i8) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_i16(self, _: i16) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_i32(self, _: i32) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_i64(self, _: i64) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_u8(self, _: u8) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_u16(self, _: u16) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_u32(self, _: u32) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_u64(self, _: u64) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_f32(self, _: f32) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_f64(self, _: f64) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_char(self, _: char) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_str(self, _: &str) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_none(self) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_unit(self) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: &T,
    ) -> Result<&'static str, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Refuse, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_tuple(self, _: usize) -> Result<Refuse, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Refuse, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Refuse, NotAVariant> {
        Err(NotAVariant)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Refuse, NotAVariant> {
        Err(NotAVariant)
    }
}

#[cfg(test)]
mod tests;
