//! TRANSLATION PENDING: replaced by the nl language pack (issue #9). Until then the
//! templates are absent (`template()` returns `None`), dates are ISO 8601 and the tone
//! check has no phrases for this language.

use super::super::ISO_DATES;
use super::Pack;

const NONE: (&str, &str) = ("", "");

pub(super) static PACK: Pack = Pack {
    templates: &[[NONE; 3]; 16],
    phrases: &[],
    reasons: ["", "", "", "", "", "", ""],
    neutral_suggestions: ["", "", ""],
    dates: ISO_DATES,
};
