//! Plural forms: "1 day" but "2 days", "1 Tag" but "2 Tage", and in French "0 jour" and
//! "1 jour" but "2 jours".
//!
//! The rules are CLDR's for whole numbers (<https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>):
//! English, German, Spanish and Dutch use the singular ("one") for exactly 1; French uses it
//! for 0 and 1. Every count in interface text, templates and exports goes through
//! [`counted`], so none says "1 days" or "jour(s)".

use crate::amount::NumberLocale;

/// The two plural categories the supported languages use for whole numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralForm {
    /// CLDR "one": the singular.
    One,
    /// CLDR "other": the plural.
    Other,
}

/// The plural category of the whole number `n` in the language of `locale`.
///
/// ```
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plural::{plural_form, PluralForm};
///
/// assert_eq!(plural_form(1, NumberLocale::De), PluralForm::One);
/// assert_eq!(plural_form(0, NumberLocale::EnGb), PluralForm::Other);
/// assert_eq!(plural_form(0, NumberLocale::Fr), PluralForm::One);
/// assert_eq!(plural_form(-1, NumberLocale::Nl), PluralForm::Other);
/// ```
pub fn plural_form(n: i64, locale: NumberLocale) -> PluralForm {
    let one = match locale {
        NumberLocale::Fr => n == 0 || n == 1,
        NumberLocale::EnGb
        | NumberLocale::EnUs
        | NumberLocale::De
        | NumberLocale::Es
        | NumberLocale::Nl => n == 1,
    };
    if one {
        PluralForm::One
    } else {
        PluralForm::Other
    }
}

/// Picks the form of `forms` (`"singular|plural"`) for `n` and writes `shown` (the number as
/// it should appear, e.g. formatted for the language) wherever the form has `#`.
/// Without a `|` the one form serves both.
///
/// ```
/// use tactful_engine::amount::NumberLocale;
/// use tactful_engine::plural::counted;
///
/// assert_eq!(counted(1, "1", "# day|# days", NumberLocale::EnGb), "1 day");
/// assert_eq!(counted(12, "12", "# day|# days", NumberLocale::EnGb), "12 days");
/// assert_eq!(counted(0, "0", "#\u{a0}jour|#\u{a0}jours", NumberLocale::Fr), "0\u{a0}jour");
/// assert_eq!(counted(1000, "1.000", "# Tag|# Tage", NumberLocale::De), "1.000 Tage");
/// ```
pub fn counted(n: i64, shown: &str, forms: &str, locale: NumberLocale) -> String {
    let (one, other) = forms.split_once('|').unwrap_or((forms, forms));
    let form = match plural_form(n, locale) {
        PluralForm::One => one,
        PluralForm::Other => other,
    };
    form.replace('#', shown)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_is_singular_everywhere_and_zero_only_in_french() {
        let all = [
            NumberLocale::EnGb,
            NumberLocale::EnUs,
            NumberLocale::De,
            NumberLocale::Fr,
            NumberLocale::Es,
            NumberLocale::Nl,
        ];
        for locale in all {
            assert_eq!(plural_form(1, locale), PluralForm::One, "{locale:?}");
            for n in [2, 3, 11, 21, 100, 1_000_001] {
                assert_eq!(plural_form(n, locale), PluralForm::Other, "{locale:?} {n}");
            }
            let zero = if locale == NumberLocale::Fr {
                PluralForm::One
            } else {
                PluralForm::Other
            };
            assert_eq!(plural_form(0, locale), zero, "{locale:?}");
        }
    }
}
