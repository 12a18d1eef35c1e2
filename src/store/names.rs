//! The stable names saved work uses for every choice: written out here, one table per kind
//! of choice, never taken from Rust's `Debug` output or a list position. Renaming a Rust
//! variant or reordering a list changes nothing people have saved; a new variant needs a
//! new name here (the tests check every value has exactly one).
//!
//! The names are the ones the app wrote before they were tables (the variants' Rust names
//! at the time, `"Monthly"`, `"EnglandWales"`), so saved work of every version reads.

use tactful_engine::discount::{DeadlineKind, FeeKind, OfferKind, StatutoryMode, YearBasis};
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::message::{TemplateId, ToneVariant};
use tactful_engine::statutory::{Jurisdiction, Regime};
use tactful_engine::timeline::PresetName;

use crate::i18n::Lang;
use crate::views::plan::state::Pick;

/// A choice saved by name.
pub trait SavedName: Copy + PartialEq + Send + Sync + 'static {
    /// Every value with its saved name.
    const NAMES: &'static [(Self, &'static str)];

    /// The saved name of `self` (empty if the table lacks it: a test makes sure none does).
    fn saved_name(self) -> &'static str {
        Self::NAMES
            .iter()
            .find(|(value, _)| *value == self)
            .map_or("", |(_, name)| name)
    }

    /// The value saved as `name`, if any.
    fn from_saved_name(name: &str) -> Option<Self> {
        Self::NAMES
            .iter()
            .find(|(_, saved)| *saved == name)
            .map(|(value, _)| *value)
    }
}

impl SavedName for Pick {
    const NAMES: &'static [(Pick, &'static str)] = &[
        (Pick::InvoiceAmount, "InvoiceAmount"),
        (Pick::RemainingBalance, "RemainingBalance"),
        (Pick::NoDownPayment, "NoDownPayment"),
        (Pick::DownAmount, "DownAmount"),
        (Pick::DownPercent, "DownPercent"),
        (Pick::ByCount, "ByCount"),
        (Pick::ByTarget, "ByTarget"),
        (Pick::Weekly, "Weekly"),
        (Pick::Fortnightly, "Fortnightly"),
        (Pick::SemiMonthly1st15th, "SemiMonthly1st15th"),
        (Pick::SemiMonthly15thLast, "SemiMonthly15thLast"),
        (Pick::Monthly, "Monthly"),
        (Pick::BiMonthly, "BiMonthly"),
        (Pick::Quarterly, "Quarterly"),
        (Pick::EveryNDays, "EveryNDays"),
        (Pick::Equal, "Equal"),
        (Pick::Seasonal, "Seasonal"),
        (Pick::Custom, "Custom"),
        (Pick::NoInterest, "NoInterest"),
        (Pick::Flat, "Flat"),
        (Pick::Amortised, "Amortised"),
        (Pick::Actual365, "Actual365"),
        (Pick::Thirty360, "Thirty360"),
        (Pick::Actual360, "Actual360"),
        (Pick::RollFollowing, "RollFollowing"),
        (Pick::RollModifiedFollowing, "RollModifiedFollowing"),
        (Pick::RollPreceding, "RollPreceding"),
        (Pick::RollModifiedPreceding, "RollModifiedPreceding"),
        (Pick::RollNone, "RollNone"),
        (Pick::SameDayNumber, "SameDayNumber"),
        (Pick::LastDayOfMonth, "LastDayOfMonth"),
        (Pick::SatSun, "SatSun"),
        (Pick::FriSat, "FriSat"),
        (Pick::SunOnly, "SunOnly"),
    ];
}

impl SavedName for OfferKind {
    const NAMES: &'static [(OfferKind, &'static str)] = &[
        (OfferKind::Percent, "Percent"),
        (OfferKind::Amount, "Amount"),
    ];
}

impl SavedName for FeeKind {
    const NAMES: &'static [(FeeKind, &'static str)] = &[
        (FeeKind::Contingency, "Contingency"),
        (FeeKind::Flat, "Flat"),
    ];
}

impl SavedName for DeadlineKind {
    const NAMES: &'static [(DeadlineKind, &'static str)] =
        &[(DeadlineKind::Days, "Days"), (DeadlineKind::Date, "Date")];
}

impl SavedName for StatutoryMode {
    const NAMES: &'static [(StatutoryMode, &'static str)] = &[
        (StatutoryMode::Compute, "Compute"),
        (StatutoryMode::Typed, "Typed"),
        (StatutoryMode::NoClaim, "NoClaim"),
    ];
}

impl SavedName for YearBasis {
    const NAMES: &'static [(YearBasis, &'static str)] = &[
        (YearBasis::Days365, "Days365"),
        (YearBasis::Days360, "Days360"),
    ];
}

impl SavedName for PresetName {
    const NAMES: &'static [(PresetName, &'static str)] = &[
        (PresetName::Gentle, "Gentle"),
        (PresetName::Standard, "Standard"),
        (PresetName::Firm, "Firm"),
    ];
}

impl SavedName for Regime {
    const NAMES: &'static [(Regime, &'static str)] = &[(Regime::Uk, "Uk"), (Regime::Eu, "Eu")];
}

/// The law of a case (`timeline.law`): the engine's stable names, as in the JavaScript API.
impl SavedName for Jurisdiction {
    const NAMES: &'static [(Jurisdiction, &'static str)] = &[
        (Jurisdiction::Uk, "uk"),
        (Jurisdiction::Ie, "ie"),
        (Jurisdiction::De, "de"),
        (Jurisdiction::Fr, "fr"),
        (Jurisdiction::Nl, "nl"),
        (Jurisdiction::Es, "es"),
        (Jurisdiction::Eu, "eu"),
    ];
}

impl SavedName for HolidayRegion {
    const NAMES: &'static [(HolidayRegion, &'static str)] = &[
        (HolidayRegion::EnglandWales, "EnglandWales"),
        (HolidayRegion::Scotland, "Scotland"),
        (HolidayRegion::NorthernIreland, "NorthernIreland"),
        (HolidayRegion::Ireland, "Ireland"),
        (HolidayRegion::UnitedStates, "UnitedStates"),
        (HolidayRegion::Germany, "Germany"),
        (HolidayRegion::France, "France"),
        (HolidayRegion::Netherlands, "Netherlands"),
        (HolidayRegion::Spain, "Spain"),
    ];
}

impl SavedName for TemplateId {
    const NAMES: &'static [(TemplateId, &'static str)] = &[
        (TemplateId::PreDueReminder, "PreDueReminder"),
        (TemplateId::DueToday, "DueToday"),
        (TemplateId::FriendlyOverdue, "FriendlyOverdue"),
        (TemplateId::SecondFollowUp, "SecondFollowUp"),
        (TemplateId::FirmFollowUp, "FirmFollowUp"),
        (TemplateId::FinalNotice, "FinalNotice"),
        (TemplateId::AgencyReferral, "AgencyReferral"),
        (TemplateId::PaymentPlanProposal, "PaymentPlanProposal"),
        (TemplateId::SettlementOffer, "SettlementOffer"),
        (TemplateId::InstallmentDueSoon, "InstallmentDueSoon"),
        (TemplateId::InstallmentMissed, "InstallmentMissed"),
        (TemplateId::PromiseConfirmation, "PromiseConfirmation"),
        (TemplateId::PromiseMissed, "PromiseMissed"),
        (TemplateId::DisputeAcknowledgement, "DisputeAcknowledgement"),
        (
            TemplateId::StatutoryInterestNotice,
            "StatutoryInterestNotice",
        ),
        (TemplateId::ThankYou, "ThankYou"),
        (TemplateId::FormalDemand, "FormalDemand"),
    ];
}

impl SavedName for ToneVariant {
    const NAMES: &'static [(ToneVariant, &'static str)] = &[
        (ToneVariant::Warm, "Warm"),
        (ToneVariant::Neutral, "Neutral"),
        (ToneVariant::Firm, "Firm"),
    ];
}

/// The message language: saved under these names by the composer's language choice
/// (`message.lang`); the interface language and edited templates use the BCP 47 tag.
impl SavedName for Lang {
    const NAMES: &'static [(Lang, &'static str)] = &[
        (Lang::EnGb, "EnGb"),
        (Lang::EnUs, "EnUs"),
        (Lang::De, "De"),
        (Lang::Fr, "Fr"),
        (Lang::Es, "Es"),
        (Lang::Nl, "Nl"),
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value of `all` has exactly one name, and no two names are the same.
    fn complete<T: SavedName + std::fmt::Debug>(all: &[T]) {
        for value in all {
            let count = T::NAMES.iter().filter(|(v, _)| v == value).count();
            assert_eq!(count, 1, "{value:?} needs exactly one saved name");
            assert_eq!(T::from_saved_name(value.saved_name()), Some(*value));
        }
        assert_eq!(
            T::NAMES.len(),
            all.len(),
            "a name for a value that does not exist"
        );
        let mut names: Vec<&str> = T::NAMES.iter().map(|(_, name)| *name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), T::NAMES.len(), "two values share a name");
    }

    #[test]
    fn every_saved_choice_has_exactly_one_stable_name() {
        complete(Pick::ALL);
        complete(&[OfferKind::Percent, OfferKind::Amount]);
        complete(&[FeeKind::Contingency, FeeKind::Flat]);
        complete(&[DeadlineKind::Days, DeadlineKind::Date]);
        complete(&[
            StatutoryMode::Compute,
            StatutoryMode::Typed,
            StatutoryMode::NoClaim,
        ]);
        complete(&[YearBasis::Days365, YearBasis::Days360]);
        complete(PresetName::all());
        complete(&[Regime::Uk, Regime::Eu]);
        complete(&Jurisdiction::ALL);
        complete(HolidayRegion::all());
        complete(&TemplateId::ALL);
        complete(&ToneVariant::ALL);
        complete(Lang::ALL);
    }

    #[test]
    fn names_do_not_follow_the_rust_names() {
        // The tables are the contract: a renamed variant keeps its saved name. These are
        // spot checks that the strings are the historical ones.
        assert_eq!(Pick::Amortised.saved_name(), "Amortised");
        assert_eq!(HolidayRegion::EnglandWales.saved_name(), "EnglandWales");
        assert_eq!(Lang::De.saved_name(), "De");
        assert_eq!(
            TemplateId::from_saved_name("FirmFollowUp"),
            Some(TemplateId::FirmFollowUp)
        );
        assert_eq!(TemplateId::from_saved_name("firm_follow_up"), None);
    }
}
