//! What a new case starts with for a visitor, from their language preference (a BCP 47
//! tag such as `de-AT`, `en-IE` or `fr`): the invoice currency and the public holidays of
//! their country. A German browser starts in euros with German holidays; an Irish one in
//! euros with Irish holidays; a British one in pounds with England and Wales. Only a
//! default: the visitor changes both in the form.
//!
//! The region subtag decides when it is there (`en-IE` is Ireland, not Britain); without
//! one, the language's main country (`de` → Germany, `fr` → France, `es` → Spain, `nl` →
//! the Netherlands, `en` → the United Kingdom). A country whose holidays are not built in
//! gets its currency and no holiday calendar (weekends only).

use crate::holidays::HolidayRegion;

/// A new case's currency and holiday region for a visitor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VisitorDefaults {
    /// ISO 4217 code of the invoice currency.
    pub currency: &'static str,
    /// Whose public holidays are days off (`None`: weekends only).
    pub region: Option<HolidayRegion>,
}

/// British pounds and England and Wales: Tactful's own default.
pub const UNITED_KINGDOM: VisitorDefaults = VisitorDefaults {
    currency: "GBP",
    region: Some(HolidayRegion::EnglandWales),
};

/// Countries by ISO 3166 code: currency and built-in holidays.
const COUNTRIES: &[(&str, VisitorDefaults)] = &[
    ("GB", UNITED_KINGDOM),
    ("UK", UNITED_KINGDOM),
    ("IE", eur(Some(HolidayRegion::Ireland))),
    (
        "US",
        VisitorDefaults {
            currency: "USD",
            region: Some(HolidayRegion::UnitedStates),
        },
    ),
    ("DE", eur(Some(HolidayRegion::Germany))),
    ("FR", eur(Some(HolidayRegion::France))),
    ("NL", eur(Some(HolidayRegion::Netherlands))),
    ("ES", eur(Some(HolidayRegion::Spain))),
    ("AT", eur(None)),
    ("BE", eur(None)),
    ("LU", eur(None)),
    ("IT", eur(None)),
    ("PT", eur(None)),
    ("FI", eur(None)),
    ("GR", eur(None)),
    ("SK", eur(None)),
    ("SI", eur(None)),
    ("EE", eur(None)),
    ("LV", eur(None)),
    ("LT", eur(None)),
    ("MT", eur(None)),
    ("CY", eur(None)),
    ("HR", eur(None)),
    ("CH", other("CHF")),
    ("LI", other("CHF")),
    ("CA", other("CAD")),
    ("AU", other("AUD")),
    ("NZ", other("NZD")),
    ("MX", other("MXN")),
    ("AR", other("ARS")),
    ("CL", other("CLP")),
    ("CO", other("COP")),
    ("SR", other("SRD")),
    ("ZA", other("ZAR")),
    ("IN", other("INR")),
];

const fn eur(region: Option<HolidayRegion>) -> VisitorDefaults {
    VisitorDefaults {
        currency: "EUR",
        region,
    }
}

const fn other(currency: &'static str) -> VisitorDefaults {
    VisitorDefaults {
        currency,
        region: None,
    }
}

/// The defaults for the first of `tags` (the browser's preferences, best first) that says
/// something: its region if known, else its language's main country; the United Kingdom
/// when none does.
///
/// ```
/// use tactful_engine::defaults::{visitor_defaults, UNITED_KINGDOM};
/// use tactful_engine::holidays::HolidayRegion;
///
/// let german = visitor_defaults(["de-DE", "en"]);
/// assert_eq!((german.currency, german.region), ("EUR", Some(HolidayRegion::Germany)));
/// assert_eq!(visitor_defaults(["en-IE"]).region, Some(HolidayRegion::Ireland));
/// assert_eq!(visitor_defaults(["de-CH"]).currency, "CHF");
/// assert_eq!(visitor_defaults(["nl"]).region, Some(HolidayRegion::Netherlands));
/// assert_eq!(visitor_defaults(["pt-BR", "xx"]), UNITED_KINGDOM);
/// ```
pub fn visitor_defaults<'a>(tags: impl IntoIterator<Item = &'a str>) -> VisitorDefaults {
    tags.into_iter().find_map(for_tag).unwrap_or(UNITED_KINGDOM)
}

/// The defaults for one tag, when it names a known country or one of the app's languages.
fn for_tag(tag: &str) -> Option<VisitorDefaults> {
    let mut parts = tag.trim().split(['-', '_']);
    let language = parts.next()?.to_ascii_lowercase();
    // The region is the first two-letter part after the language (`zh-Hant-TW` → `TW`).
    let region = parts.find(|p| p.len() == 2).map(str::to_ascii_uppercase);
    if let Some(found) = region.as_deref().and_then(|code| {
        COUNTRIES
            .iter()
            .find(|(country, _)| *country == code)
            .map(|(_, d)| *d)
    }) {
        return Some(found);
    }
    match language.as_str() {
        "en" => Some(UNITED_KINGDOM),
        "de" => Some(eur(Some(HolidayRegion::Germany))),
        "fr" => Some(eur(Some(HolidayRegion::France))),
        "es" => Some(eur(Some(HolidayRegion::Spain))),
        "nl" => Some(eur(Some(HolidayRegion::Netherlands))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::currency::currency;

    #[test]
    fn every_country_default_is_a_known_currency() {
        for (country, defaults) in COUNTRIES {
            assert!(currency(defaults.currency).is_ok(), "{country}");
        }
    }

    #[test]
    fn the_region_wins_over_the_language() {
        assert_eq!(visitor_defaults(["en-US"]).currency, "USD");
        assert_eq!(visitor_defaults(["fr-BE"]), eur(None));
        assert_eq!(visitor_defaults(["es-MX"]).currency, "MXN");
        assert_eq!(visitor_defaults(["nl-BE"]).region, None);
        assert_eq!(visitor_defaults(["de-at"]).currency, "EUR");
        assert_eq!(visitor_defaults([""]), UNITED_KINGDOM);
        assert_eq!(visitor_defaults(["es"]).region, Some(HolidayRegion::Spain));
    }
}
