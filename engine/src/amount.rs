//! Parsing and formatting amounts and numbers the way people type and read
//! them, per locale.
//!
//! Parsing is deliberately strict about ambiguity: `1.500` in en-GB is not
//! silently read as fifteen hundred (it is "more than 2 decimals for GBP"),
//! and `1.5` in German is a misplaced thousands separator rather than 15.
//! It is lenient about everything harmless: surrounding whitespace, a
//! currency symbol or code before or after the number, ordinary, no-break or
//! narrow no-break spaces as thousands separators in every locale.
//!
//! Nothing here panics, whatever the input: inputs longer than
//! [`MAX_INPUT_CHARS`] characters (after trimming) are refused before any
//! other work.

use crate::currency::{currencies_written_as, Currency};
use crate::money::Rounding;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;

pub use crate::limits::MAX_AMOUNT_INPUT_CHARS as MAX_INPUT_CHARS;

/// The space put between a number and its currency symbol when formatting:
/// U+00A0 NO-BREAK SPACE, so that an amount never wraps across two lines.
pub const SYMBOL_SPACE: char = '\u{a0}';

/// Largest amount or number accepted by the parsers: [`crate::limits::MAX_AMOUNT`]
/// (one trillion). Exactly this value is accepted; anything above is
/// [`AmountError::TooLarge`] / [`NumberError::TooLarge`].
pub use crate::limits::MAX_AMOUNT as MAX_PARSED_VALUE;

/// Where the currency symbol goes relative to the number.
///
/// Serialized as `"before"` / `"after"`.
///
/// ```
/// use tactful_engine::amount::{NumberLocale, SymbolPosition};
///
/// assert_eq!(NumberLocale::EnGb.number_format().symbol_position, SymbolPosition::Before);
/// assert_eq!(NumberLocale::De.number_format().symbol_position, SymbolPosition::After);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SymbolPosition {
    /// `£1,234.56`, `€ 1.234,56`.
    Before,
    /// `1.234,56 €`.
    After,
}

/// How a locale writes numbers and amounts.
///
/// - `decimal`: the decimal separator (`.` or `,`).
/// - `group`: the thousands separator written when formatting (`,` `.` or
///   U+202F NARROW NO-BREAK SPACE for French). When parsing, ordinary,
///   no-break (U+00A0) and narrow no-break (U+202F) spaces are also accepted
///   as thousands separators in every locale.
/// - `symbol_position`: where the currency symbol goes.
/// - `symbol_spacing`: whether a space ([`SYMBOL_SPACE`]) separates symbol
///   and number. Even when `false`, a space is put next to a symbol that does
///   not end in a currency sign, so it never touches the digits
///   (`CHF 12.00`, `kr 5.00`, but `£5.00`, `R$5.00`).
///
/// ```
/// use tactful_engine::amount::{NumberFormat, NumberLocale, SymbolPosition};
///
/// assert_eq!(
///     NumberLocale::Fr.number_format(),
///     NumberFormat { decimal: ',', group: '\u{202f}', symbol_position: SymbolPosition::After, symbol_spacing: true }
/// );
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct NumberFormat {
    /// Decimal separator.
    pub decimal: char,
    /// Thousands separator used when formatting.
    pub group: char,
    /// Where the currency symbol goes.
    pub symbol_position: SymbolPosition,
    /// Whether a space separates the symbol from the number.
    pub symbol_spacing: bool,
}

/// The number conventions Tactful supports.
///
/// | locale | amount | decimal | group |
/// |---|---|---|---|
/// | `EnGb` | `£1,234.56` | `.` | `,` |
/// | `EnUs` | `$1,234.56` | `.` | `,` |
/// | `De` | `1.234,56 €` | `,` | `.` |
/// | `Fr` | `1 234,56 €` | `,` | U+202F |
/// | `Es` | `1.234,56 €` | `,` | `.` |
/// | `Nl` | `€ 1.234,56` | `,` | `.` |
///
/// (The space between number and symbol is [`SYMBOL_SPACE`], U+00A0.)
///
/// Serialized as its canonical tag: `"en-GB"`, `"en-US"`, `"de"`, `"fr"`,
/// `"es"`, `"nl"` (see [`NumberLocale::tag`]); use [`NumberLocale::from_tag`]
/// for a browser's language tags. The default is `EnGb`.
///
/// ```
/// use tactful_engine::amount::NumberLocale;
///
/// assert_eq!(NumberLocale::from_tag("de-AT"), Some(NumberLocale::De));
/// assert_eq!(NumberLocale::De.tag(), "de");
/// assert_eq!(NumberLocale::default(), NumberLocale::EnGb);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub enum NumberLocale {
    /// British English: `£1,234.56`.
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    /// American English: `$1,234.56`.
    #[serde(rename = "en-US")]
    EnUs,
    /// German: `1.234,56 €`.
    #[serde(rename = "de")]
    De,
    /// French: `1 234,56 €` (narrow no-break space as thousands separator).
    #[serde(rename = "fr")]
    Fr,
    /// Spanish: `1.234,56 €` (thousands always grouped).
    #[serde(rename = "es")]
    Es,
    /// Dutch: `€ 1.234,56`.
    #[serde(rename = "nl")]
    Nl,
}

impl NumberLocale {
    /// Every locale, in declaration order.
    pub const ALL: [NumberLocale; 6] = [
        NumberLocale::EnGb,
        NumberLocale::EnUs,
        NumberLocale::De,
        NumberLocale::Fr,
        NumberLocale::Es,
        NumberLocale::Nl,
    ];

    /// The locale's conventional number format (see the table on
    /// [`NumberLocale`]).
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    ///
    /// let de = NumberLocale::De.number_format();
    /// assert_eq!((de.decimal, de.group, de.symbol_spacing), (',', '.', true));
    /// let en = NumberLocale::EnGb.number_format();
    /// assert_eq!((en.decimal, en.group, en.symbol_spacing), ('.', ',', false));
    /// ```
    pub fn number_format(self) -> NumberFormat {
        let (decimal, group, symbol_position, symbol_spacing) = match self {
            NumberLocale::EnGb | NumberLocale::EnUs => ('.', ',', SymbolPosition::Before, false),
            NumberLocale::De | NumberLocale::Es => (',', '.', SymbolPosition::After, true),
            NumberLocale::Fr => (',', '\u{202f}', SymbolPosition::After, true),
            NumberLocale::Nl => (',', '.', SymbolPosition::Before, true),
        };
        NumberFormat {
            decimal,
            group,
            symbol_position,
            symbol_spacing,
        }
    }

    /// Picks the locale for a BCP 47 language tag, leniently.
    ///
    /// Case-insensitive; `_` is accepted for `-`; only the language and the
    /// region are looked at. `en-US` → `EnUs`; every other English (`en`,
    /// `en-GB`, `en-IE`, `en-AU`...) → `EnGb`; `de`, `fr`, `es`, `nl` with any
    /// region (`de-AT`, `fr-BE`, `nl-BE`, `es-MX`) → that language. Anything
    /// else (or an empty tag) is `None`: the caller picks its own default.
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    ///
    /// assert_eq!(NumberLocale::from_tag("de-DE"), Some(NumberLocale::De));
    /// assert_eq!(NumberLocale::from_tag("en_us"), Some(NumberLocale::EnUs));
    /// assert_eq!(NumberLocale::from_tag("en-AU"), Some(NumberLocale::EnGb));
    /// assert_eq!(NumberLocale::from_tag("fr-CA"), Some(NumberLocale::Fr));
    /// assert_eq!(NumberLocale::from_tag("it-IT"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<NumberLocale> {
        let mut subtags = tag.trim().split(['-', '_']);
        let language = subtags.next()?;
        let region = subtags.next().unwrap_or("");
        let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        if is(language, "en") {
            Some(if is(region, "us") {
                NumberLocale::EnUs
            } else {
                NumberLocale::EnGb
            })
        } else if is(language, "de") {
            Some(NumberLocale::De)
        } else if is(language, "fr") {
            Some(NumberLocale::Fr)
        } else if is(language, "es") {
            Some(NumberLocale::Es)
        } else if is(language, "nl") {
            Some(NumberLocale::Nl)
        } else {
            None
        }
    }

    /// The canonical tag, also the serde name: `"en-GB"`, `"en-US"`, `"de"`,
    /// `"fr"`, `"es"`, `"nl"`. [`NumberLocale::from_tag`] reads it back.
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    ///
    /// for locale in NumberLocale::ALL {
    ///     assert_eq!(NumberLocale::from_tag(locale.tag()), Some(locale));
    /// }
    /// assert_eq!(NumberLocale::EnUs.tag(), "en-US");
    /// ```
    pub fn tag(self) -> &'static str {
        match self {
            NumberLocale::EnGb => "en-GB",
            NumberLocale::EnUs => "en-US",
            NumberLocale::De => "de",
            NumberLocale::Fr => "fr",
            NumberLocale::Es => "es",
            NumberLocale::Nl => "nl",
        }
    }
}

/// Why a typed amount was refused. The messages are short, lowercase and
/// fit under an input field.
///
/// ```
/// use tactful_engine::amount::AmountError;
///
/// let err = AmountError::TooManyDecimals { max: 2, currency: "GBP" };
/// assert_eq!(err.to_string(), "more than 2 decimals for GBP");
/// let err = AmountError::TooManyDecimals { max: 0, currency: "JPY" };
/// assert_eq!(err.to_string(), "JPY has no decimals");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum AmountError {
    /// Nothing but whitespace: "enter an amount".
    Empty,
    /// Not readable as an amount (letters, two decimal separators, an unknown
    /// symbol, more than [`MAX_INPUT_CHARS`] characters...): "not a number".
    NotANumber,
    /// More decimals than the currency's minor unit, counting typed trailing
    /// zeros (`1.500` is refused for GBP: it may be a German 1500):
    /// "more than 2 decimals for GBP", or "JPY has no decimals".
    TooManyDecimals {
        /// The currency's minor units.
        max: u32,
        /// The currency's ISO code.
        currency: &'static str,
    },
    /// Zero (for [`parse_amount`]) or negative: "must be greater than zero".
    NotPositive,
    /// Negative, for [`parse_amount_or_zero`]: "cannot be negative".
    Negative,
    /// Above [`MAX_PARSED_VALUE`] (10^12): "too large".
    TooLarge,
    /// The symbol or code typed is another currency's (`$5` for a GBP
    /// invoice): "wrong currency: $ is not GBP".
    WrongCurrencySymbol {
        /// What was typed, trimmed.
        found: String,
        /// The expected currency's ISO code.
        expected: &'static str,
    },
    /// A thousands separator where none can be (`12,34.5` or `1.5` in
    /// German, mixed separators, a separator after the decimal point):
    /// "misplaced thousands separator".
    MisplacedGroupSeparator,
}

impl fmt::Display for AmountError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AmountError::Empty => f.write_str("enter an amount"),
            AmountError::NotANumber => f.write_str("not a number"),
            AmountError::TooManyDecimals { max: 0, currency } => {
                write!(f, "{currency} has no decimals")
            }
            AmountError::TooManyDecimals { max: 1, currency } => {
                write!(f, "more than 1 decimal for {currency}")
            }
            AmountError::TooManyDecimals { max, currency } => {
                write!(f, "more than {max} decimals for {currency}")
            }
            AmountError::NotPositive => f.write_str("must be greater than zero"),
            AmountError::Negative => f.write_str("cannot be negative"),
            AmountError::TooLarge => f.write_str("too large"),
            AmountError::WrongCurrencySymbol { found, expected } => {
                write!(f, "wrong currency: {found} is not {expected}")
            }
            AmountError::MisplacedGroupSeparator => f.write_str("misplaced thousands separator"),
        }
    }
}

impl std::error::Error for AmountError {}

/// Why a typed plain number was refused.
///
/// ```
/// use tactful_engine::amount::NumberError;
///
/// assert_eq!(NumberError::Empty.to_string(), "enter a number");
/// assert_eq!(NumberError::TooLarge.to_string(), "too large");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub enum NumberError {
    /// Nothing but whitespace: "enter a number".
    Empty,
    /// Not readable as a number (including misplaced thousands separators and
    /// more than [`MAX_INPUT_CHARS`] characters): "not a number".
    NotANumber,
    /// Magnitude above [`MAX_PARSED_VALUE`] (10^12): "too large".
    TooLarge,
}

impl fmt::Display for NumberError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            NumberError::Empty => "enter a number",
            NumberError::NotANumber => "not a number",
            NumberError::TooLarge => "too large",
        })
    }
}

impl std::error::Error for NumberError {}

/// Reads an amount as people type it, for an invoice in `currency`.
///
/// Accepted, per the locale's separators (see [`NumberLocale`]):
/// `1234.56`, `1,234.56`, `£1,234`, `GBP 1,234.50`, `1234 gbp`, `-` signs
/// anywhere before the digits, surrounding whitespace; in `De`/`Es`/`Nl`
/// `1.234,56 €`, in `Fr` `1 234,56 €`. Thousands separators must sit every
/// three digits; ordinary, no-break and narrow no-break spaces count as
/// thousands separators in every locale. A leading (`.50`) or trailing
/// (`5.`) decimal separator is accepted.
///
/// The symbol or code may come before or after the number (or both, if they
/// agree); it must be a way of writing `currency` (see
/// [`Currency::is_written_as`]): `$` is fine for any dollar currency, `£` for
/// GBP, but `$5` for GBP is [`AmountError::WrongCurrencySymbol`].
///
/// The amount must be greater than zero and at most 10^12 (exactly
/// 1,000,000,000,000 is accepted), with at most the currency's minor units
/// of decimals (typed trailing zeros count). The result has exactly the
/// currency's decimals (`5` GBP → `5.00`).
///
/// Errors, checked roughly in this order: [`AmountError::Empty`],
/// [`AmountError::NotANumber`], [`AmountError::WrongCurrencySymbol`],
/// [`AmountError::MisplacedGroupSeparator`], [`AmountError::TooManyDecimals`],
/// [`AmountError::NotPositive`], [`AmountError::TooLarge`]. Never panics.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::{parse_amount, AmountError, NumberLocale::*};
/// use tactful_engine::currency::currency;
///
/// let gbp = currency("GBP").unwrap();
/// let eur = currency("EUR").unwrap();
/// assert_eq!(parse_amount(" £1,234.56 ", gbp, EnGb), Ok(dec!(1234.56)));
/// assert_eq!(parse_amount("GBP 1,234.50", gbp, EnGb), Ok(dec!(1234.50)));
/// assert_eq!(parse_amount("1.234,56 €", eur, De), Ok(dec!(1234.56)));
/// assert_eq!(parse_amount("1 234,56", eur, Fr), Ok(dec!(1234.56)));
/// assert_eq!(parse_amount("€ 1.234,56", eur, Nl), Ok(dec!(1234.56)));
/// assert_eq!(parse_amount("$5", gbp, EnGb), Err(AmountError::WrongCurrencySymbol { found: "$".into(), expected: "GBP" }));
/// assert_eq!(parse_amount("12,34.5", gbp, EnGb), Err(AmountError::MisplacedGroupSeparator));
/// assert_eq!(parse_amount("1.005", gbp, EnGb), Err(AmountError::TooManyDecimals { max: 2, currency: "GBP" }));
/// assert_eq!(parse_amount("-5", gbp, EnGb), Err(AmountError::NotPositive));
/// assert_eq!(parse_amount("0", gbp, EnGb), Err(AmountError::NotPositive));
/// assert_eq!(parse_amount("   ", gbp, EnGb), Err(AmountError::Empty));
/// ```
pub fn parse_amount(
    input: &str,
    currency: &Currency,
    locale: NumberLocale,
) -> Result<Decimal, AmountError> {
    let value = parse_amount_or_zero(input, currency, locale).map_err(|error| match error {
        AmountError::Negative => AmountError::NotPositive,
        other => other,
    })?;
    if value.is_zero() {
        return Err(AmountError::NotPositive);
    }
    Ok(value)
}

/// Like [`parse_amount`] but zero is accepted (down payments, fees): `0`,
/// `£0.00` and `-0` give zero. A negative amount is
/// [`AmountError::Negative`] ("cannot be negative").
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::{parse_amount_or_zero, AmountError, NumberLocale};
/// use tactful_engine::currency::currency;
///
/// let gbp = currency("GBP").unwrap();
/// assert_eq!(parse_amount_or_zero("0", gbp, NumberLocale::EnGb), Ok(dec!(0)));
/// assert_eq!(parse_amount_or_zero("£12.5", gbp, NumberLocale::EnGb), Ok(dec!(12.50)));
/// assert_eq!(parse_amount_or_zero("-1", gbp, NumberLocale::EnGb), Err(AmountError::Negative));
/// ```
pub fn parse_amount_or_zero(
    input: &str,
    currency: &Currency,
    locale: NumberLocale,
) -> Result<Decimal, AmountError> {
    let pieces = split(input).map_err(|error| match error {
        SplitError::Empty => AmountError::Empty,
        SplitError::NotANumber => AmountError::NotANumber,
    })?;
    for token in [pieces.before, pieces.after] {
        check_currency_token(token, currency)?;
    }
    let number =
        read_digits(pieces.number, locale.number_format()).map_err(|error| match error {
            DigitsError::NotANumber => AmountError::NotANumber,
            DigitsError::MisplacedGroupSeparator => AmountError::MisplacedGroupSeparator,
        })?;
    let max = currency.minor_units;
    if u32::try_from(number.fraction.len()).map_or(true, |len| len > max) {
        return Err(AmountError::TooManyDecimals {
            max,
            currency: currency.code,
        });
    }
    let magnitude = number.magnitude();
    let is_zero = magnitude.is_some_and(|m| m.is_zero());
    if pieces.negative && !is_zero {
        return Err(AmountError::Negative);
    }
    let mut value = match magnitude {
        Some(m) if m <= MAX_PARSED_VALUE => m,
        _ => return Err(AmountError::TooLarge),
    };
    value.rescale(max);
    Ok(value)
}

/// Reads a plain decimal number (a percentage, a rate, hours), per the
/// locale's decimal separator: `7.5`, `7,5` (in `De`), `1,234.5`, `-2`,
/// `8%`, `8 %`.
///
/// A trailing `%` is ignored (`8%` → 8, not 0.08). Signs are kept (`-2` →
/// -2): range checks are the caller's job. Thousands separators follow the
/// same rules as [`parse_amount`] (misplaced ones are
/// [`NumberError::NotANumber`]). Any number of decimals is accepted; beyond
/// 28 significant digits the number is rounded half up. The magnitude must
/// be at most 10^12 ([`NumberError::TooLarge`]). Currency symbols are not
/// accepted. Never panics.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::{parse_number, NumberError, NumberLocale::*};
///
/// assert_eq!(parse_number("7.5", EnGb), Ok(dec!(7.5)));
/// assert_eq!(parse_number("7,5 %", De), Ok(dec!(7.5)));
/// assert_eq!(parse_number("-2", Fr), Ok(dec!(-2)));
/// assert_eq!(parse_number("abc", EnGb), Err(NumberError::NotANumber));
/// assert_eq!(parse_number("2000000000000", EnGb), Err(NumberError::TooLarge));
/// ```
pub fn parse_number(input: &str, locale: NumberLocale) -> Result<Decimal, NumberError> {
    let pieces = split(input).map_err(|error| match error {
        SplitError::Empty => NumberError::Empty,
        SplitError::NotANumber => NumberError::NotANumber,
    })?;
    if !pieces.before.is_empty() || !(pieces.after.is_empty() || pieces.after == "%") {
        return Err(NumberError::NotANumber);
    }
    let number =
        read_digits(pieces.number, locale.number_format()).map_err(|_| NumberError::NotANumber)?;
    let magnitude = match number.magnitude() {
        Some(m) if m <= MAX_PARSED_VALUE => m,
        _ => return Err(NumberError::TooLarge),
    };
    Ok(if pieces.negative && !magnitude.is_zero() {
        -magnitude
    } else {
        magnitude
    })
}

/// Writes an amount for people: rounded half up to the currency's minor
/// unit, thousands grouped, the currency's symbol placed per the locale.
///
/// Negative amounts start with `-` before everything (`-£5.00`,
/// `-5,00 €`, `-€ 5,00`); an amount that rounds to zero is never negative.
/// The space between number and symbol is [`SYMBOL_SPACE`] (U+00A0); in
/// `Fr` the thousands separator is U+202F. [`parse_amount`] reads every
/// output back to the rounded amount.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::{format_amount, NumberLocale::*};
/// use tactful_engine::currency::currency;
///
/// let gbp = currency("GBP").unwrap();
/// let eur = currency("EUR").unwrap();
/// assert_eq!(format_amount(dec!(1234.56), gbp, EnGb), "£1,234.56");
/// assert_eq!(format_amount(dec!(-5), gbp, EnGb), "-£5.00");
/// assert_eq!(format_amount(dec!(1234.565), eur, De), "1.234,57\u{a0}€");
/// assert_eq!(format_amount(dec!(1234.56), eur, Fr), "1\u{202f}234,56\u{a0}€");
/// assert_eq!(format_amount(dec!(1234.56), eur, Nl), "€\u{a0}1.234,56");
/// assert_eq!(format_amount(dec!(-5), eur, Es), "-5,00\u{a0}€");
/// assert_eq!(format_amount(dec!(1234.5), currency("JPY").unwrap(), EnGb), "¥1,235");
/// assert_eq!(format_amount(dec!(12), currency("CHF").unwrap(), EnGb), "CHF\u{a0}12.00");
/// ```
pub fn format_amount(amount: Decimal, currency: &Currency, locale: NumberLocale) -> String {
    let format = locale.number_format();
    let rounded = Rounding::HalfUp.round(amount, currency.minor_units);
    let digits = group_digits(rounded.abs(), currency.minor_units, format);
    let symbol = currency.symbol;
    let mut out = String::with_capacity(digits.len() + symbol.len() + 4);
    if rounded.is_sign_negative() && !rounded.is_zero() {
        out.push('-');
    }
    match format.symbol_position {
        SymbolPosition::Before => {
            out.push_str(symbol);
            if format.symbol_spacing || !symbol.chars().last().is_some_and(is_currency_sign) {
                out.push(SYMBOL_SPACE);
            }
            out.push_str(&digits);
        }
        SymbolPosition::After => {
            out.push_str(&digits);
            if format.symbol_spacing || !symbol.chars().next().is_some_and(is_currency_sign) {
                out.push(SYMBOL_SPACE);
            }
            out.push_str(symbol);
        }
    }
    out
}

/// Writes a plain number for people: rounded half up to `decimals`
/// decimals (exactly that many shown), thousands grouped, the locale's
/// decimal separator, `-` for negatives (never `-0`). `decimals` above 28 is
/// treated as 28. [`parse_number`] reads the output back.
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::amount::{format_number, NumberLocale::*};
///
/// assert_eq!(format_number(dec!(1234.5), 2, EnGb), "1,234.50");
/// assert_eq!(format_number(dec!(8.125), 2, De), "8,13");
/// assert_eq!(format_number(dec!(-1234567), 0, Fr), "-1\u{202f}234\u{202f}567");
/// assert_eq!(format_number(dec!(-0.001), 2, EnGb), "0.00");
/// ```
pub fn format_number(value: Decimal, decimals: u32, locale: NumberLocale) -> String {
    let rounded = Rounding::HalfUp.round(value, decimals);
    let digits = group_digits(rounded.abs(), decimals, locale.number_format());
    if rounded.is_sign_negative() && !rounded.is_zero() {
        format!("-{digits}")
    } else {
        digits
    }
}

/// Whether `c` is a currency sign (Unicode category Sc, as far as currency
/// symbols in the table go), which may touch the digits without a space.
fn is_currency_sign(c: char) -> bool {
    matches!(
        c,
        '$' | '¢'
            | '£'
            | '¤'
            | '¥'
            | '֏'
            | '؋'
            | '৲'
            | '৳'
            | '৻'
            | '૱'
            | '௹'
            | '฿'
            | '៛'
            | '\u{20a0}'..='\u{20cf}' | '﷼' | '﹩' | '＄' | '￠' | '￡' | '￥' | '￦'
    )
}

/// A non-negative value's digits with `decimals` decimals (padded with zeros)
/// and the integer part grouped by three.
fn group_digits(value: Decimal, decimals: u32, format: NumberFormat) -> String {
    let plain = value.to_string();
    let (integer, fraction) = plain.split_once('.').unwrap_or((plain.as_str(), ""));
    let mut out = String::with_capacity(plain.len() + plain.len() / 3 + 8);
    let count = integer.chars().count();
    for (index, digit) in integer.chars().enumerate() {
        if index > 0 && (count - index) % 3 == 0 {
            out.push(format.group);
        }
        out.push(digit);
    }
    let wanted = usize::try_from(decimals.min(28)).unwrap_or(28);
    if wanted > 0 || !fraction.is_empty() {
        out.push(format.decimal);
        out.push_str(fraction);
        for _ in fraction.len()..wanted {
            out.push('0');
        }
    }
    out
}

/// The input cut into sign, currency tokens and the number itself.
#[derive(Debug, PartialEq)]
struct Pieces<'a> {
    negative: bool,
    /// Symbol or code before the number ("" if none), trimmed.
    before: &'a str,
    /// The number: from its first to its last digit, plus a leading or
    /// trailing decimal separator.
    number: &'a str,
    /// Symbol, code or `%` after the number ("" if none), trimmed.
    after: &'a str,
}

#[derive(Debug, PartialEq)]
enum SplitError {
    Empty,
    NotANumber,
}

const SIGNS: [char; 3] = ['-', '\u{2212}', '+'];

fn split(input: &str) -> Result<Pieces<'_>, SplitError> {
    let text = input.trim();
    if text.is_empty() {
        return Err(SplitError::Empty);
    }
    if text.chars().nth(MAX_INPUT_CHARS).is_some() {
        return Err(SplitError::NotANumber);
    }
    let first = text
        .find(|c: char| c.is_ascii_digit())
        .ok_or(SplitError::NotANumber)?;
    let end = text
        .rfind(|c: char| c.is_ascii_digit())
        .map_or(first, |last| last + 1);
    let (head, rest) = text.split_at(first);
    let tail = rest.get(end - first..).unwrap_or("");

    // A separator right before the first digit belongs to the number (".50")
    // unless the head as a whole is a currency token ("Cg.5").
    let (negative, before, number_start) = match sign_and_token(head) {
        Some((negative, token)) if token.is_empty() || is_known_token(token) => {
            (negative, token, first)
        }
        other => match head.strip_suffix(['.', ',']) {
            Some(shorter) => {
                let (negative, token) = sign_and_token(shorter).ok_or(SplitError::NotANumber)?;
                (negative, token, first - 1)
            }
            None => {
                let (negative, token) = other.ok_or(SplitError::NotANumber)?;
                (negative, token, first)
            }
        },
    };
    // Likewise a separator right after the last digit ("5.").
    let tail_trimmed = tail.trim();
    let (after, number_end) =
        if tail_trimmed.is_empty() || is_known_token(tail_trimmed) || tail_trimmed == "%" {
            (tail_trimmed, end)
        } else {
            match tail.strip_prefix(['.', ',']) {
                Some(shorter) => (shorter.trim(), end + 1),
                None => (tail_trimmed, end),
            }
        };
    let number = text
        .get(number_start..number_end)
        .ok_or(SplitError::NotANumber)?;
    Ok(Pieces {
        negative,
        before,
        number,
        after,
    })
}

/// Splits "- £" / "£-" / "-" / "£" into (negative, token).
fn sign_and_token(head: &str) -> Option<(bool, &str)> {
    let head = head.trim();
    if let Some(rest) = head.strip_prefix(SIGNS) {
        let token = rest.trim();
        if token.ends_with(SIGNS) {
            return None;
        }
        return Some((is_minus(head), token));
    }
    if let Some(rest) = head.strip_suffix(SIGNS) {
        let minus = head.ends_with(['-', '\u{2212}']);
        return Some((minus, rest.trim()));
    }
    Some((false, head))
}

fn is_minus(text: &str) -> bool {
    text.starts_with(['-', '\u{2212}'])
}

fn is_known_token(token: &str) -> bool {
    currencies_written_as(token).next().is_some()
}

fn check_currency_token(token: &str, currency: &Currency) -> Result<(), AmountError> {
    if token.is_empty() || currency.is_written_as(token) {
        Ok(())
    } else if is_known_token(token) {
        Err(AmountError::WrongCurrencySymbol {
            found: token.to_string(),
            expected: currency.code,
        })
    } else {
        Err(AmountError::NotANumber)
    }
}

/// The digits of a validated number.
#[derive(Debug, PartialEq)]
struct Digits {
    /// Integer digits, leading zeros removed.
    integer: String,
    /// Fraction digits as typed.
    fraction: String,
}

#[derive(Debug, PartialEq)]
enum DigitsError {
    NotANumber,
    MisplacedGroupSeparator,
}

/// Characters read as thousands separators in every locale.
const SPACES: [char; 4] = [' ', '\u{a0}', '\u{202f}', '\u{2009}'];

fn read_digits(number: &str, format: NumberFormat) -> Result<Digits, DigitsError> {
    let is_group = |c: char| c == format.group || SPACES.contains(&c);
    let (integer_part, fraction_part) = match number.split_once(format.decimal) {
        Some((integer, fraction)) => (integer, Some(fraction)),
        None => (number, None),
    };
    let mut fraction = String::new();
    if let Some(part) = fraction_part {
        for c in part.chars() {
            if c.is_ascii_digit() {
                fraction.push(c);
            } else if is_group(c) {
                return Err(DigitsError::MisplacedGroupSeparator);
            } else {
                return Err(DigitsError::NotANumber);
            }
        }
    }

    let mut integer = String::new();
    let mut separator: Option<char> = None;
    let mut group_lengths: Vec<usize> = Vec::new();
    let mut current = 0usize;
    for c in integer_part.chars() {
        if c.is_ascii_digit() {
            integer.push(c);
            current += 1;
        } else if is_group(c) {
            let kind = if SPACES.contains(&c) { ' ' } else { c };
            if separator.is_some_and(|s| s != kind) {
                return Err(DigitsError::MisplacedGroupSeparator);
            }
            separator = Some(kind);
            group_lengths.push(current);
            current = 0;
        } else {
            return Err(DigitsError::NotANumber);
        }
    }
    if separator.is_some() {
        group_lengths.push(current);
        let mut lengths = group_lengths.iter();
        let first_ok =
            lengths.next().is_some_and(|len| (1..=3).contains(len)) && !integer.starts_with('0');
        if !first_ok || !lengths.all(|len| *len == 3) {
            return Err(DigitsError::MisplacedGroupSeparator);
        }
    }
    if integer.is_empty() && fraction.is_empty() {
        return Err(DigitsError::NotANumber);
    }
    let significant = integer.trim_start_matches('0').to_string();
    Ok(Digits {
        integer: significant,
        fraction,
    })
}

impl Digits {
    /// The value, or `None` when it has more than 13 integer digits (above
    /// any accepted value). Beyond 28 significant digits the fraction is
    /// rounded half up.
    fn magnitude(&self) -> Option<Decimal> {
        const MAX_INTEGER_DIGITS: usize = 13;
        const MAX_DIGITS: usize = 28;
        if self.integer.len() > MAX_INTEGER_DIGITS {
            return None;
        }
        let keep = self.fraction.len().min(MAX_DIGITS - self.integer.len());
        let (kept, dropped) = self.fraction.split_at(keep);
        let mut mantissa: i128 = 0;
        for b in self.integer.bytes().chain(kept.bytes()) {
            mantissa = mantissa
                .checked_mul(10)?
                .checked_add(i128::from(b.saturating_sub(b'0')))?;
        }
        if dropped.bytes().next().is_some_and(|b| b >= b'5') {
            mantissa = mantissa.checked_add(1)?;
        }
        let scale = u32::try_from(keep).ok()?;
        Decimal::try_from_i128_with_scale(mantissa, scale).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::currency;
    use rust_decimal_macros::dec;
    use NumberLocale::*;

    fn cur(code: &str) -> &'static Currency {
        currency(code).unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn max_parsed_value_is_one_trillion() {
        assert_eq!(MAX_PARSED_VALUE, dec!(1_000_000_000_000));
    }

    #[test]
    fn accepted_amounts() {
        let table = [
            ("1234.56", "GBP", EnGb, dec!(1234.56)),
            ("1,234.56", "GBP", EnGb, dec!(1234.56)),
            ("£1,234", "GBP", EnGb, dec!(1234)),
            ("1234", "GBP", EnGb, dec!(1234)),
            ("GBP 1,234.50", "GBP", EnGb, dec!(1234.5)),
            ("gbp1234.5", "GBP", EnGb, dec!(1234.5)),
            ("1234.5 GBP", "GBP", EnGb, dec!(1234.5)),
            ("£ 1 234.56", "GBP", EnGb, dec!(1234.56)),
            ("  \t£5\n", "GBP", EnGb, dec!(5)),
            ("£5 GBP", "GBP", EnGb, dec!(5)),
            (".50", "GBP", EnGb, dec!(0.5)),
            ("£.50", "GBP", EnGb, dec!(0.5)),
            ("5.", "GBP", EnGb, dec!(5)),
            ("+5", "GBP", EnGb, dec!(5)),
            ("0005", "GBP", EnGb, dec!(5)),
            ("1,000,000,000,000", "GBP", EnGb, dec!(1000000000000)),
            ("$1,234.56", "USD", EnUs, dec!(1234.56)),
            ("US$ 12", "USD", EnUs, dec!(12)),
            ("$12", "AUD", EnGb, dec!(12)),
            ("A$12", "AUD", EnGb, dec!(12)),
            ("1.234,56 €", "EUR", De, dec!(1234.56)),
            ("1.234,56", "EUR", De, dec!(1234.56)),
            ("1234,56 EUR", "EUR", De, dec!(1234.56)),
            ("1.234", "EUR", De, dec!(1234)),
            ("1 234,56", "EUR", Fr, dec!(1234.56)),
            ("1\u{202f}234,56\u{a0}€", "EUR", Fr, dec!(1234.56)),
            ("1\u{a0}234,56 €", "EUR", Fr, dec!(1234.56)),
            ("1.234,56 €", "EUR", Es, dec!(1234.56)),
            ("€ 1.234,56", "EUR", Nl, dec!(1234.56)),
            ("€1234,5", "EUR", Nl, dec!(1234.5)),
            ("¥1,234", "JPY", EnGb, dec!(1234)),
            ("1,234.567", "KWD", EnGb, dec!(1234.567)),
            ("Cg.5", "XCG", EnGb, dec!(5)),
            ("Cg. 5.25", "XCG", EnGb, dec!(5.25)),
            ("5 F\u{202f}CFA", "XOF", Fr, dec!(5)),
            ("CHF 12.50", "CHF", EnGb, dec!(12.5)),
            ("12,50 CHF", "CHF", De, dec!(12.5)),
            ("kr 100", "SEK", EnGb, dec!(100)),
        ];
        for (input, code, locale, expected) in table {
            assert_eq!(
                parse_amount(input, cur(code), locale),
                Ok(expected),
                "{input:?} {code} {locale:?}"
            );
        }
    }

    #[test]
    fn parsed_amounts_have_the_currency_scale() {
        let parsed = parse_amount("5", cur("GBP"), EnGb).map(|d| d.to_string());
        assert_eq!(parsed, Ok("5.00".to_string()));
        let parsed = parse_amount("5.1", cur("KWD"), EnGb).map(|d| d.to_string());
        assert_eq!(parsed, Ok("5.100".to_string()));
    }

    #[test]
    fn refused_amounts() {
        use AmountError::*;
        let wrong = |found: &str, expected: &'static str| WrongCurrencySymbol {
            found: found.to_string(),
            expected,
        };
        let table = [
            ("", "GBP", EnGb, Empty),
            (" \u{a0}\t", "GBP", EnGb, Empty),
            ("abc", "GBP", EnGb, NotANumber),
            ("£", "GBP", EnGb, NotANumber),
            ("5 kg", "GBP", EnGb, NotANumber),
            ("1e5", "GBP", EnGb, NotANumber),
            ("1.2.3", "GBP", EnGb, NotANumber),
            ("--5", "GBP", EnGb, NotANumber),
            ("-£-5", "GBP", EnGb, NotANumber),
            ("5-", "GBP", EnGb, NotANumber),
            ("(5)", "GBP", EnGb, NotANumber),
            ("5 5 5 5", "GBP", EnGb, MisplacedGroupSeparator),
            ("5 £ 5", "GBP", EnGb, NotANumber),
            ("１２", "GBP", EnGb, NotANumber),
            ("12.50", "EUR", Fr, NotANumber),
            ("$5", "GBP", EnGb, wrong("$", "GBP")),
            ("5 EUR", "GBP", EnGb, wrong("EUR", "GBP")),
            ("€5", "GBP", EnGb, wrong("€", "GBP")),
            ("US$5", "AUD", EnGb, wrong("US$", "AUD")),
            ("£5", "EUR", De, wrong("£", "EUR")),
            ("12,34.5", "GBP", EnGb, MisplacedGroupSeparator),
            ("1,5", "GBP", EnGb, MisplacedGroupSeparator),
            ("1.5", "EUR", De, MisplacedGroupSeparator),
            ("1234.56", "EUR", De, MisplacedGroupSeparator),
            ("1,2345", "GBP", EnGb, MisplacedGroupSeparator),
            ("1,234 567", "GBP", EnGb, MisplacedGroupSeparator),
            ("1.234,5", "GBP", EnGb, MisplacedGroupSeparator),
            ("1,,234", "GBP", EnGb, MisplacedGroupSeparator),
            (",234", "GBP", EnGb, MisplacedGroupSeparator),
            ("0,001", "GBP", EnGb, MisplacedGroupSeparator),
            ("01.234", "EUR", De, MisplacedGroupSeparator),
            (
                "1.005",
                "GBP",
                EnGb,
                TooManyDecimals {
                    max: 2,
                    currency: "GBP",
                },
            ),
            (
                "1.500",
                "GBP",
                EnGb,
                TooManyDecimals {
                    max: 2,
                    currency: "GBP",
                },
            ),
            (
                "5.0",
                "JPY",
                EnGb,
                TooManyDecimals {
                    max: 0,
                    currency: "JPY",
                },
            ),
            (
                "1.2345",
                "KWD",
                EnGb,
                TooManyDecimals {
                    max: 3,
                    currency: "KWD",
                },
            ),
            ("-5", "GBP", EnGb, NotPositive),
            ("- £5", "GBP", EnGb, NotPositive),
            ("£-5", "GBP", EnGb, NotPositive),
            ("\u{2212}5", "GBP", EnGb, NotPositive),
            ("0", "GBP", EnGb, NotPositive),
            ("0.00", "GBP", EnGb, NotPositive),
            ("-0", "GBP", EnGb, NotPositive),
            ("-99999999999999", "GBP", EnGb, NotPositive),
            ("1,000,000,000,000.01", "GBP", EnGb, TooLarge),
            ("99999999999999999999999999999999999", "GBP", EnGb, TooLarge),
        ];
        for (input, code, locale, expected) in table {
            assert_eq!(
                parse_amount(input, cur(code), locale),
                Err(expected),
                "{input:?} {code} {locale:?}"
            );
        }
    }

    #[test]
    fn zero_is_accepted_only_by_parse_amount_or_zero() {
        let gbp = cur("GBP");
        let table = [
            ("0", Ok(dec!(0))),
            ("£0.00", Ok(dec!(0))),
            ("-0", Ok(dec!(0))),
            ("12", Ok(dec!(12))),
            ("-1", Err(AmountError::Negative)),
            ("", Err(AmountError::Empty)),
        ];
        for (input, expected) in table {
            assert_eq!(
                parse_amount_or_zero(input, gbp, EnGb),
                expected,
                "{input:?}"
            );
        }
        let zero = parse_amount_or_zero("-0", gbp, EnGb).map(|d| d.to_string());
        assert_eq!(zero, Ok("0.00".to_string()));
    }

    #[test]
    fn long_inputs_are_refused_before_any_work() {
        let gbp = cur("GBP");
        let long = "1".repeat(MAX_INPUT_CHARS + 1);
        assert_eq!(parse_amount(&long, gbp, EnGb), Err(AmountError::NotANumber));
        let exactly = format!("{}1", "0".repeat(MAX_INPUT_CHARS - 1));
        assert_eq!(parse_amount(&exactly, gbp, EnGb), Ok(dec!(1)));
        let garbage = "€,.£ 9\u{202f}x".repeat(1_000_000);
        assert_eq!(
            parse_amount(&garbage, gbp, EnGb),
            Err(AmountError::NotANumber)
        );
        assert_eq!(parse_number(&garbage, De), Err(NumberError::NotANumber));
        let padded = format!("{}5{}", " ".repeat(100_000), " ".repeat(100_000));
        assert_eq!(parse_amount(&padded, gbp, EnGb), Ok(dec!(5)));
    }

    #[test]
    fn numbers() {
        let table = [
            ("7.5", EnGb, Ok(dec!(7.5))),
            ("7,5", De, Ok(dec!(7.5))),
            ("7,5 %", Fr, Ok(dec!(7.5))),
            ("8%", EnUs, Ok(dec!(8))),
            ("-2", EnGb, Ok(dec!(-2))),
            ("-0", EnGb, Ok(dec!(0))),
            (".25", EnGb, Ok(dec!(0.25))),
            ("1,234.5", EnGb, Ok(dec!(1234.5))),
            (
                "0.123456789012345678901234567890",
                EnGb,
                Ok(dec!(0.1234567890123456789012345679)),
            ),
            ("1000000000000", EnGb, Ok(dec!(1000000000000))),
            ("-1000000000000", EnGb, Ok(dec!(-1000000000000))),
            ("1000000000000.1", EnGb, Err(NumberError::TooLarge)),
            ("", EnGb, Err(NumberError::Empty)),
            ("%", EnGb, Err(NumberError::NotANumber)),
            ("£5", EnGb, Err(NumberError::NotANumber)),
            ("5 €", De, Err(NumberError::NotANumber)),
            ("1,5", EnGb, Err(NumberError::NotANumber)),
            ("5%%", EnGb, Err(NumberError::NotANumber)),
        ];
        for (input, locale, expected) in table {
            assert_eq!(
                parse_number(input, locale),
                expected,
                "{input:?} {locale:?}"
            );
        }
    }

    #[test]
    fn formatted_amounts() {
        let table = [
            (dec!(1234.56), "GBP", EnGb, "£1,234.56"),
            (dec!(1234.56), "USD", EnUs, "$1,234.56"),
            (dec!(1234.56), "EUR", De, "1.234,56\u{a0}€"),
            (dec!(1234.56), "EUR", Fr, "1\u{202f}234,56\u{a0}€"),
            (dec!(1234.56), "EUR", Es, "1.234,56\u{a0}€"),
            (dec!(1234.56), "EUR", Nl, "€\u{a0}1.234,56"),
            (dec!(-5), "GBP", EnGb, "-£5.00"),
            (dec!(-5), "EUR", De, "-5,00\u{a0}€"),
            (dec!(-5), "EUR", Nl, "-€\u{a0}5,00"),
            (dec!(-0.001), "GBP", EnGb, "£0.00"),
            (dec!(0.005), "GBP", EnGb, "£0.01"),
            (dec!(999.995), "GBP", EnGb, "£1,000.00"),
            (dec!(1000000), "JPY", EnGb, "¥1,000,000"),
            (dec!(1.5), "KWD", EnGb, "KWD\u{a0}1.500"),
            (dec!(12), "CHF", EnGb, "CHF\u{a0}12.00"),
            (dec!(12), "BRL", EnGb, "R$12.00"),
            (dec!(123), "GBP", EnGb, "£123.00"),
            (dec!(1000000000000), "GBP", EnGb, "£1,000,000,000,000.00"),
        ];
        for (amount, code, locale, expected) in table {
            assert_eq!(
                format_amount(amount, cur(code), locale),
                expected,
                "{amount} {code} {locale:?}"
            );
        }
    }

    #[test]
    fn formatting_extremes_never_panic() {
        for locale in NumberLocale::ALL {
            for value in [
                Decimal::MAX,
                Decimal::MIN,
                Decimal::new(1, 28),
                Decimal::ZERO,
            ] {
                let _ = format_amount(value, cur("KWD"), locale);
                for decimals in [0, 2, 28, u32::MAX] {
                    let _ = format_number(value, decimals, locale);
                }
            }
        }
    }

    #[test]
    fn formatted_numbers() {
        let table = [
            (dec!(1234.5), 2, EnGb, "1,234.50"),
            (dec!(1234.5), 0, EnGb, "1,235"),
            (dec!(8.125), 2, De, "8,13"),
            (dec!(-8.125), 2, De, "-8,13"),
            (dec!(1234567.891), 1, Fr, "1\u{202f}234\u{202f}567,9"),
            (dec!(0), 3, Nl, "0,000"),
            (dec!(-0.0001), 2, EnGb, "0.00"),
        ];
        for (value, decimals, locale, expected) in table {
            assert_eq!(
                format_number(value, decimals, locale),
                expected,
                "{value} {decimals} {locale:?}"
            );
        }
    }

    #[test]
    fn locale_tags() {
        let table = [
            ("de-DE", Some(De)),
            ("de", Some(De)),
            ("DE-at", Some(De)),
            ("en-US", Some(EnUs)),
            ("en_US", Some(EnUs)),
            ("en", Some(EnGb)),
            ("en-GB", Some(EnGb)),
            ("en-IE", Some(EnGb)),
            ("fr-FR", Some(Fr)),
            ("es-ES", Some(Es)),
            ("nl-NL", Some(Nl)),
            (" nl ", Some(Nl)),
            ("it", None),
            ("", None),
            ("english", None),
        ];
        for (tag, expected) in table {
            assert_eq!(NumberLocale::from_tag(tag), expected, "{tag:?}");
        }
    }

    #[test]
    fn locales_deserialize_from_their_tags() {
        use serde::de::{value::StrDeserializer, IntoDeserializer};
        for locale in NumberLocale::ALL {
            let deserializer: StrDeserializer<'_, serde::de::value::Error> =
                locale.tag().into_deserializer();
            assert_eq!(NumberLocale::deserialize(deserializer).ok(), Some(locale));
        }
    }

    #[test]
    fn error_messages() {
        use AmountError::*;
        let table = [
            (Empty, "enter an amount"),
            (NotANumber, "not a number"),
            (
                TooManyDecimals {
                    max: 2,
                    currency: "GBP",
                },
                "more than 2 decimals for GBP",
            ),
            (
                TooManyDecimals {
                    max: 1,
                    currency: "XYZ",
                },
                "more than 1 decimal for XYZ",
            ),
            (
                TooManyDecimals {
                    max: 0,
                    currency: "JPY",
                },
                "JPY has no decimals",
            ),
            (NotPositive, "must be greater than zero"),
            (Negative, "cannot be negative"),
            (TooLarge, "too large"),
            (
                WrongCurrencySymbol {
                    found: "$".into(),
                    expected: "GBP",
                },
                "wrong currency: $ is not GBP",
            ),
            (MisplacedGroupSeparator, "misplaced thousands separator"),
        ];
        for (error, message) in table {
            assert_eq!(error.to_string(), message);
        }
        assert_eq!(NumberError::NotANumber.to_string(), "not a number");
    }
}
