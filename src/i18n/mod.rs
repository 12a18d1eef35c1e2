//! The translation layer. Every user-facing string goes through [`Msg`] and [`text`], so a
//! language can be added without touching components.
//!
//! - Each language is one file (`en.rs`, ...) holding one exhaustive `match`: the compiler
//!   refuses a language that lacks a message.
//! - Messages with values use `{name}` placeholders, filled by [`fill`]; a test checks that
//!   every language uses the same placeholders for each message.

mod en;

use serde::{Deserialize, Serialize};

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// British English (the default).
    #[default]
    EnGb,
}

impl Lang {
    /// Every supported interface language.
    pub const ALL: &'static [Lang] = &[Lang::EnGb];

    /// The BCP 47 tag, for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
        }
    }

    /// The number conventions the engine uses to parse and format amounts in this language.
    pub fn number_locale(self) -> tactful_engine::amount::NumberLocale {
        match self {
            Lang::EnGb => tactful_engine::amount::NumberLocale::EnGb,
        }
    }
}

macro_rules! messages {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {
        /// A user-facing message. Its text per language lives in that language's file.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Msg { $($(#[$doc])* $name),* }
        impl Msg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [Msg] = &[$(Msg::$name),*];
        }
    };
}

messages! {
    AppName, Tagline, PrivacyNote,
    // invoice panel
    InvoicePanelTitle, InvoicePanelIntro,
    FieldYourBusiness, FieldClientBusiness, FieldClientContact, FieldInvoiceNumber,
    FieldAmount, FieldAmountHint, FieldCurrency, FieldIssueDate, FieldDueDate,
    FieldPaymentLink, FieldPaymentLinkHint, Optional,
    // tool navigation
    ToolsNavLabel, ToolPlan, ToolDiscount, ToolTimeline, ToolMessage,
    ToolPlanSummary, ToolDiscountSummary, ToolTimelineSummary, ToolMessageSummary,
    ComingNext,
    // invoice summary shown by every tool
    InvoiceIncomplete, SummaryOverdue, SummaryDueToday, SummaryDueIn, SummaryClientFallback,
    SummaryNoNumber,
    // field errors, in words for people
    ErrRequired, ErrAmountEmpty, ErrNotANumber, ErrTooManyDecimals, ErrNoDecimals,
    ErrNotPositive, ErrNegative, ErrTooLarge, ErrWrongCurrencySymbol, ErrMisplacedGroup, ErrUnknownCurrency,
    ErrDateEmpty, ErrDateInvalid, ErrDateOutOfRange, ErrDueBeforeIssue, ErrLinkInvalid,
    ErrLinkScheme, ErrTooLong,
    // discount tool: form
    DiscountOfferLegend, DiscountKindLabel, DiscountKindPercent, DiscountKindAmount,
    FieldDiscountPercent, FieldDiscountAmount, HintDiscount, FieldPayWithinDays, HintPayWithinDays,
    FieldNetDays, HintNetDays, YearBasisLabel, YearBasis365, YearBasis360,
    MarginLegend, FieldGrossMargin, HintGrossMargin, FieldKeepMargin, HintKeepMargin,
    WaitingLegend, FieldExpectedDays, HintExpectedDays, FieldUnpaidProbability, HintUnpaidProbability,
    FieldRecoveryRate, HintRecoveryRate, FieldRecoveryDelay, HintRecoveryDelay,
    RelationshipLegend, FieldYearlyProfit, HintYearlyProfit, FieldChurn, HintChurn,
    CostsLegend, FieldCostOfCapital, HintCostOfCapital, FieldChasingHours, HintChasingHours,
    FieldHourlyCost, HintHourlyCost, FieldAgencyProbability, HintAgencyProbability,
    AgencyFeeKindLabel, AgencyFeeContingency, AgencyFeeFlat, FieldAgencyContingency, FieldAgencyFlatFee,
    HintAgencyFee, FieldLegalProbability, HintLegalProbability, FieldLegalCosts, HintLegalCosts,
    FieldStatutoryClaim, HintStatutoryClaim,
    // discount tool: results
    DiscountResultsTitle, DiscountNeedsInvoice, DiscountFixFields,
    RecommendOffer, RecommendOfferSmaller, RecommendDoNotOffer,
    RelationshipWorthMore, RelationshipLossExceeds,
    ResultDiscountTitle, ResultDiscountText,
    ResultAnnualisedTitle, ResultAnnualisedText, ResultAnnualisedHuge,
    CapitalCheaper, CapitalAboutEqual, CapitalDearer,
    ResultMarginTitle, MarginShare, MarginExceeds, MarginNone,
    ResultBreakEvenTitle, BreakEvenUpTo, BreakEvenNone, BreakEvenAny, KeepMarginText,
    CompareTitle, CompareOfferRow, CompareWaitingRow, CompareDifferenceRow,
    WaitFullPayment, WaitStatutory, WaitRecovery, WaitStaff, WaitAgency, WaitLegal, WaitRelationship,
    CompareItem, CompareValue,
    ChartTitle, ChartDesc, ChartAxisDiscount, ChartAxisValue, ChartBreakEven, ChartOffered, ChartDataSummary,
    ChartColDiscount, ChartColNetValue,
    // number field errors
    ErrNumberEmpty, ErrNumberInvalid, ErrNumberTooLarge, ErrWholeDays, ErrRange, ErrPositiveAtMost,
    ErrNotNegative, ErrLessThan, ErrPayWithinVsNet, ErrDiscountVsAmount, ErrLegalVsAgency, ErrTooLargeToCompute,
    // timeline tool
    TimelinePolicyLegend, PresetLabel, PresetGentle, PresetStandard, PresetFirm, PresetHint,
    FieldRegion, RegionNone, TimelineEventsLegend, FieldPromiseDate, HintPromiseDate,
    FieldDisputeOpened, HintDisputeOpened, FieldDisputeResolved, HintDisputeResolved,
    FieldPaidOn, HintPaidOn, StatutoryLegend, RegimeLabel, RegimeNone, RegimeUk, RegimeEu,
    StatutoryClaimToggle, StatutoryClaimHint, FieldRateOverride, HintRateOverride,
    TimelineTitle, TimelineNeedsInvoice, TimelineFix, TodayNotYetDue, TodayOverdue, TodayNext,
    TodayOnHold, TodayPaid, TodayNothingNext, DownloadIcs, PrintTimeline,
    StageOn, StageDaysOverdue, StageNotYetDue, StageAccrued, StagePausedNoDate,
    ActionPreDueReminder, ActionDueToday, ActionFriendlyOverdue, ActionSecondFollowUp,
    ActionFirmFollowUp, ActionFinalNotice, ActionAgencyReferral, ActionLegalReview,
    ActionPromiseConfirmation, ActionPromiseMissed, ActionDisputeAcknowledgement,
    ActionInstallmentDueSoon, ActionInstallmentMissed, ActionThankYou,
    ChannelEmail, ChannelPhoneCall, ChannelLetter, ChannelSms,
    ToneFriendly, ToneNeutral, ToneFirm, ToneFinal,
    StatusPast, StatusToday, StatusNext, StatusUpcoming, StatusPaused, StatusCancelled,
    NoteRolled, NotePostponed, NoteOnHold, NoteMovedSameDay, NoteCancelledByPayment,
    IssuePromisePassed, IssuePromiseBeforeMade, IssueResolvedBeforeOpened, IssueDateInFuture,
    IssueNoRate, IssueStatutory, IssueStageGeneric, IssueGapTooShort, IssueSameDayAfterRolling,
    // message tool
    ComposerLegend, FieldTemplate, ToneLabel, ToneWarm, ToneVariantNeutral, ToneVariantFirm,
    FieldSenderName, HintSenderName, FieldSubject, FieldBody, HintTemplateSyntax, ResetTemplate,
    PlaceholderHelp, PreviewTitle, PreviewNeedsInvoice, CopySubject, CopyBody, CopyBoth, Copied,
    CopyFailed, OpenInEmail, MailtoTooLong, CountsText, ToneCheckTitle, ToneCheckClean,
    ToneFindingText, TemplateErrorsTitle, TemplateErrorAt, PartSubject, PartBody,
    TplPreDueReminder, TplDueToday, TplFriendlyOverdue, TplSecondFollowUp, TplFirmFollowUp,
    TplFinalNotice, TplAgencyReferral, TplPaymentPlanProposal, TplSettlementOffer,
    TplInstallmentDueSoon, TplInstallmentMissed, TplPromiseConfirmation, TplPromiseMissed,
    TplDisputeAcknowledgement, TplStatutoryInterestNotice, TplThankYou,
    ErrKindUnknownPlaceholder, ErrKindUnknownFilter, ErrKindBadArgument, ErrKindWrongType,
    ErrKindMissingValue, ErrKindBadExpression, ErrKindDateOutOfRange, ErrKindUnclosedPlaceholder,
    ErrKindUnclosedTag, ErrKindUnknownTag, ErrKindUnmatchedElse, ErrKindUnmatchedEndif,
    ErrKindUnclosedIf, ErrKindTooDeep, WriteThisMessage, WriteThisOffer, ProposePlan,
    // plan tool
    PlanDebtLegend, PlanDebtSourceLabel, PlanDebtInvoice, PlanDebtBalance, PlanFieldBalance, PlanHintBalance,
    PlanDownLabel, PlanDownNone, PlanDownAmount, PlanDownPercent, PlanFieldDownAmount, PlanFieldDownPercent, PlanHintDown,
    PlanScheduleLegend, PlanSizeLabel, PlanSizeCount, PlanSizeTarget, PlanFieldCount, PlanHintCount,
    PlanFieldTarget, PlanHintTarget, PlanFieldFrequency, PlanFreqWeekly, PlanFreqFortnightly, PlanFreqSemi1st15th,
    PlanFreqSemi15thLast, PlanFreqMonthly, PlanFreqBiMonthly, PlanFreqQuarterly, PlanFreqEveryNDays,
    PlanFieldEveryDays, PlanHintEveryDays, PlanFieldFirstDue, PlanHintFirstDue,
    PlanShareLabel, PlanShareEqual, PlanShareSeasonal, PlanShareCustom, PlanWeightsLegend, PlanHintWeights,
    PlanMonthJan, PlanMonthFeb, PlanMonthMar, PlanMonthApr, PlanMonthMay, PlanMonthJun,
    PlanMonthJul, PlanMonthAug, PlanMonthSep, PlanMonthOct, PlanMonthNov, PlanMonthDec,
    PlanFieldCustom, PlanHintCustom,
    PlanCostLegend, PlanInterestLabel, PlanInterestNone, PlanInterestFlat, PlanInterestAmortised,
    PlanFieldRate, PlanHintRate, PlanFieldDayCount, PlanDayCountActual365, PlanDayCountThirty360,
    PlanDayCountActual360, PlanFieldSetupFee, PlanHintSetupFee,
    PlanMissedLegend, PlanFieldGrace, PlanHintGrace, PlanFieldLateFlat, PlanHintLateFlat, PlanFieldLatePct,
    PlanHintLatePct, PlanFieldAccelerate, PlanHintAccelerate,
    PlanCompareLegend, PlanFieldCompare, PlanHintCompare,
    PlanResultsTitle, PlanNeedsInvoice, PlanNeedsFirstDue, PlanFix,
    PlanInstalments, PlanTotalPaid, PlanTotalInterest, PlanTotalFees, PlanApr, PlanAprText, PlanAprNominalOnly,
    PlanAprHuge, PlanLastPayment, PlanLength, PlanLengthText,
    PlanScheduleCaption, PlanTableLabel, PlanColNumber, PlanColDate, PlanColAmount, PlanColPrincipal,
    PlanColInterest, PlanColFees, PlanColBalance, PlanDownRow, PlanMovedFrom, PlanTotalRow,
    PlanWarnTiny, PlanWarnSameDay, PlanWarnBeforeInvoice,
    PlanMissedTitle, PlanFieldMissed, PlanMissedOption, PlanMissedWhich, PlanMissedWhichDown,
    PlanMissedFee, PlanMissedNoFee, PlanMissedAccel,
    PlanExportTitle, PlanDownloadCsv, PlanCopyText, PlanCopyTable, PlanPrint, PlanCopied, PlanCopyFailed,
    PlanChartTitle, PlanChartDesc,
    PlanCompareCaption, PlanCompareFigure, PlanCompareOption, PlanCompareRegular,
    PlanErrWhole, PlanErrPositive, PlanErrAtMost, PlanErrDecimals, PlanErrDownVsDebt, PlanErrZeroInstalments,
    PlanErrTooManyCount, PlanErrTooManyTarget, PlanErrTooSmall, PlanErrNeedsTwo, PlanErrNotCustom,
    PlanErrNeedsEqual, PlanErrCountMismatch, PlanErrWeightsZero, PlanErrSum100, PlanErrNotAfter,
    PlanErrZeroInterval, PlanErrNoBusinessDay, PlanErrFewDates, PlanErrPercentAt, PlanErrCompareMany,
    PlanErrCompareOption,
    // footer
    FooterNote,
}

/// The text of `msg` in `lang`, with `{placeholders}` left for [`fill`].
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::EnGb => en::text(msg),
    }
}

/// Replaces each `{name}` in `template` by its value from `args`; unknown names stay as
/// they are (a test makes sure no shipped message has one).
///
/// ```
/// use tactful::i18n::fill;
/// assert_eq!(fill("{n} days overdue", &[("n", "3")]), "3 days overdue");
/// ```
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => out.push_str(value),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

/// The `{placeholder}` names a message uses, sorted.
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_has_text_in_every_language() {
        for &lang in Lang::ALL {
            for &msg in Msg::ALL {
                assert!(
                    !text(lang, msg).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn every_language_uses_the_same_placeholders_as_english() {
        for &lang in Lang::ALL {
            for &msg in Msg::ALL {
                assert_eq!(
                    placeholders(text(lang, msg)),
                    placeholders(text(Lang::EnGb, msg)),
                    "{msg:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_unknown_ones() {
        assert_eq!(fill("a {x} b {y}", &[("x", "1")]), "a 1 b {y}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("", &[]), "");
    }
}
