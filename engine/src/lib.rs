//! Tactful's calculation engine. Pure Rust: no web dependency, no clock, no I/O.
//!
//! Everything here is deterministic: "today" is always an argument, money is
//! [`rust_decimal::Decimal`] rounded once at the edge with a named strategy, and
//! bad input comes back as a typed error, never a panic.
//!
//! | module | what it holds |
//! |---|---|
//! | [`currency`] | the ISO 4217 table: code, minor unit, name, symbol |
//! | [`money`] | rounding strategies and exact allocation |
//! | [`amount`] | parsing and formatting what people type, per locale |
//! | [`defaults`] | a new case's currency and holidays for a visitor's language |
//! | [`decimal_ops`] | checked arithmetic kept out of line (WebAssembly size) |
//! | [`dates`] | month stepping, payment frequencies, day counts |
//! | [`calendar`] | weekends, roll conventions, business days |
//! | [`holidays`] | public-holiday rules for nine jurisdictions |
//! | [`discount`] | early-settlement discount analysis |
//! | [`statutory`] | statutory late-payment interest, compensation and collection costs: seven jurisdictions |
//! | [`plural`] | plural forms of counts per language (CLDR) |
//! | [`plan`] | instalment plans: schedules, interest, APR, missed payments, exports |
//! | [`timeline`] | escalation policies and dated stages, pauses |
//! | [`ics`] | iCalendar (RFC 5545) export |
//! | [`message`] | reminder templates, rendering and the tone check |
//! | [`invoice`] | the shared invoice context, parsed from raw form fields |
//! | [`account`] | one client, several invoices: payments allocated, interest per invoice, aging, statement |
//! | [`limits`] | every limit on input, in one table |

pub mod account;
pub mod amount;
pub mod calendar;
pub mod currency;
pub mod dates;
pub mod decimal_ops;
pub mod defaults;
pub mod discount;
pub mod holidays;
pub mod ics;
pub mod invoice;
pub mod limits;
pub mod message;
pub mod money;
pub mod plan;
pub mod plural;
pub mod statutory;
pub mod timeline;
