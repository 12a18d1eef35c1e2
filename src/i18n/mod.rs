//! The translation layer. Every user-facing string goes through [`Msg`] and [`text`], so a
//! language can be added without touching components.
//!
//! - Each language is one file (`en.rs`, ...) holding one exhaustive `match`: the compiler
//!   refuses a language that lacks a message.
//! - Messages with values use `{name}` placeholders, filled by [`fill`]; a test checks that
//!   every language uses the same placeholders for each message.

mod de;
mod en;
mod en_us;
mod es;
mod fr;
mod nl;

use serde::{Deserialize, Serialize};
use tactful_engine::amount::NumberLocale;
use tactful_engine::message::lang::{LangPack, MessageWords};

/// A language of the interface and of the messages (one list for both; they are chosen
/// separately). Serialized as its BCP 47 tag.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// British English (the default).
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    /// American English: British English with American spelling and formats.
    #[serde(rename = "en-US")]
    EnUs,
    /// German.
    #[serde(rename = "de")]
    De,
    /// French.
    #[serde(rename = "fr")]
    Fr,
    /// Spanish.
    #[serde(rename = "es")]
    Es,
    /// Dutch.
    #[serde(rename = "nl")]
    Nl,
}

impl Lang {
    /// Every supported language, in the order of the language menus.
    pub const ALL: &'static [Lang] = &[
        Lang::EnGb,
        Lang::EnUs,
        Lang::De,
        Lang::Fr,
        Lang::Es,
        Lang::Nl,
    ];

    /// The BCP 47 tag, for `<html lang>`, storage and the embed parameter.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::EnUs => "en-US",
            Lang::De => "de",
            Lang::Fr => "fr",
            Lang::Es => "es",
            Lang::Nl => "nl",
        }
    }

    /// The language's name in itself, for the language menus.
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::EnGb => "English (UK)",
            Lang::EnUs => "English (US)",
            Lang::De => "Deutsch",
            Lang::Fr => "Français",
            Lang::Es => "Español",
            Lang::Nl => "Nederlands",
        }
    }

    /// The language for a BCP 47 tag such as `de-AT` or `en`, by its primary subtag
    /// (`en` alone and other English regions are British English; `en-US` is American).
    ///
    /// ```
    /// use tactful::i18n::Lang;
    /// assert_eq!(Lang::from_tag("de-AT"), Some(Lang::De));
    /// assert_eq!(Lang::from_tag("EN-us"), Some(Lang::EnUs));
    /// assert_eq!(Lang::from_tag("en-IE"), Some(Lang::EnGb));
    /// assert_eq!(Lang::from_tag("pt-BR"), None);
    /// ```
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.trim();
        let mut parts = tag.split(['-', '_']);
        let primary = parts.next()?;
        let region = parts.next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "en" if region.eq_ignore_ascii_case("us") => Some(Lang::EnUs),
            "en" => Some(Lang::EnGb),
            "de" => Some(Lang::De),
            "fr" => Some(Lang::Fr),
            "es" => Some(Lang::Es),
            "nl" => Some(Lang::Nl),
            _ => None,
        }
    }

    /// The first supported language in a list of preferences (`navigator.languages`).
    pub fn from_preferences<'a>(tags: impl IntoIterator<Item = &'a str>) -> Option<Lang> {
        tags.into_iter().find_map(Lang::from_tag)
    }

    /// The number, date and template conventions of this language in the engine.
    pub fn number_locale(self) -> NumberLocale {
        match self {
            Lang::EnGb => NumberLocale::EnGb,
            Lang::EnUs => NumberLocale::EnUs,
            Lang::De => NumberLocale::De,
            Lang::Fr => NumberLocale::Fr,
            Lang::Es => NumberLocale::Es,
            Lang::Nl => NumberLocale::Nl,
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
    AppName, Tagline, PrivacyNote, LanguageLabel, ThemeLabel, ThemeSystem, ThemeLight, ThemeDark,
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
    DiscountResultsTitle, DiscountNeedsInvoice, DiscountFixFields, DiscountNeedsPayByDate,
    RecommendOffer, RecommendOfferSmaller, RecommendDoNotOffer,
    RelationshipWorthMore, RelationshipLossExceeds,
    ResultDiscountTitle, ResultDiscountText,
    ResultAnnualisedTitle, ResultAnnualisedText, ResultAnnualisedHuge,
    CapitalCheaper, CapitalAboutEqual, CapitalDearer,
    ResultMarginTitle, MarginShare, MarginExceeds, MarginNone,
    ResultBreakEvenTitle, BreakEvenUpTo, BreakEvenNone, BreakEvenAny, KeepMarginText,
    CompareTitle, CompareOfferRow, CompareWaitingRow, CompareDifferenceRow,
    WaitFullPayment, WaitStatutory, WaitRecovery, WaitStaff, WaitAgency, WaitLegal, WaitRelationship,
    CompareItem, CompareValue, CompareWaitingParts,
    ChartTitle, ChartDesc, ChartAxisDiscount, ChartAxisValue, ChartBreakEven, ChartOffered, ChartDataSummary,
    ChartColDiscount, ChartColNetValue,
    // discount tool: deadline as a date, statutory interest computed from the timeline's rules
    DeadlineKindLabel, DeadlineKindDays, DeadlineKindDate, FieldPayByDate, HintPayByDate, PayByDaysDerived, ErrDeadlinePast, ErrDeadlineNotBeforeNet, ResultDeadlineText,
    StatutoryModeLabel, StatutoryModeCompute, StatutoryModeTyped, StatutoryModeNone, DiscountRegimeShared, StatutoryComputed, StatutoryComputedCosts, StatutoryRateAssumed, StatutoryNotLate, StatutoryOtherCurrency, StatutoryChoiceNote, ErrDeadlineNotBeforeExpected, ErrPayWithinVsExpected, DiscountLateNote, DiscountLateMore, ErrStatutoryNoRate, ErrStatutoryTimelineRate, ErrStatutoryTimelineMargin, ErrStatutoryOther,
    // number field errors
    ErrNumberEmpty, ErrNumberInvalid, ErrNumberTooLarge, ErrWholeDays, ErrRange, ErrPositiveAtMost,
    ErrNotNegative, ErrLessThan, ErrPayWithinVsNet, ErrDiscountVsAmount, ErrLegalVsAgency, ErrTooLargeToCompute,
    // timeline tool
    TimelinePolicyLegend, PresetLabel, PresetGentle, PresetStandard, PresetFirm, PresetHint,
    FieldRegion, RegionNone, RegionEnglandWales, RegionScotland, RegionNorthernIreland, RegionIreland,
    RegionUnitedStates, RegionGermany, RegionFrance, RegionNetherlands, RegionSpain, TimelineEventsLegend, FieldPromiseDate, HintPromiseDate,
    FieldDisputeOpened, HintDisputeOpened, FieldDisputeResolved, HintDisputeResolved,
    FieldPaidOn, HintPaidOn, StatutoryLegend,
    LawLabel, LawAutomatic, LawUk, LawIe, LawDe, LawFr, LawNl, LawEs, LawEu, LawHint,
    ClaimTitle, ClaimColFrom, ClaimColTo, ClaimColDays, ClaimColReference, ClaimColMargin, ClaimColRate,
    ClaimColInterest, ClaimInterestRow, ClaimCompensationRow, ClaimCostsRow, ClaimTotalRow, ClaimNotLate,
    ClaimCompensationOtherCurrency,
    StatutoryClaimToggle, StatutoryClaimHint, FieldRateOverride, HintRateOverride,
    TimelineTitle, TimelineNeedsInvoice, TimelineFix, TodayNotYetDue, TodayOverdue, TodayNext,
    TodayOnHold, TodayPaid, TodayNothingNext, DownloadIcs, PrintTimeline,
    StageOn, StageDaysOverdue, StageNotYetDue, StageAccrued, StageAccruedCosts, StagePausedNoDate,
    ActionPreDueReminder, ActionDueToday, ActionFriendlyOverdue, ActionSecondFollowUp,
    ActionFirmFollowUp, ActionFinalNotice, ActionAgencyReferral, ActionLegalReview,
    ActionPromiseConfirmation, ActionPromiseMissed, ActionDisputeAcknowledgement,
    ActionInstallmentDueSoon, ActionInstallmentMissed, ActionThankYou,
    ChannelEmail, ChannelPhoneCall, ChannelLetter, ChannelSms,
    ToneFriendly, ToneNeutral, ToneFirm, ToneFinal,
    StatusSent, StatusSkipped, StatusToday, StatusNext, StatusUpcoming, StatusPaused, StatusCancelled,
    NoteRolled, NotePostponed, NoteOnHold, NoteMovedSameDay, NoteCancelledByPayment,
    NoteRescheduled, NoteKeptGap, NotePartPayment,
    IssuePromisePassed, IssuePromiseBeforeMade, IssueResolvedBeforeOpened, IssueDateInFuture,
    IssueNoRate, IssueStatutory, IssueStageGeneric, IssueGapTooShort,
    // timeline tool: custom policy editor, payment-plan mode, ladder chart, print, EU margin
    CustomisePolicy, CustomPolicyNote, UsePresets, StageOffsetHint, AddStage, BusinessDaysOnly,
    FieldSendTime, HintSendTime, StageNumber, StageOffsetLabel, StageCountLabel, CountCalendarDays,
    CountBusinessDays, StageChannelLabel, StageToneLabel, StageActionLabel, MoveStageUp,
    MoveStageDown, RemoveStage, MoveStageUpNamed, MoveStageDownNamed, RemoveStageNamed,
    FollowPlanLegend, FollowPlanToggle, FollowPlanHint, FollowPlanUnavailable, FollowingPlanNote,
    FieldEuMargin, HintEuMargin, StatutoryRateLine, PrintSummary, LadderChartTitle, LadderChartDesc,
    LadderChartToday, ErrOffsetWhole, ErrSendTime, IssueOffsetRange, IssueSameDay, IssueOutOfOrder,
    IssueEscalationFirst, IssueFirstTooHarsh, IssueNotALadderAction, IssueNoStages,
    IssueTooManyStages, IssueNotWithPlan, IssueEuMargin,
    // timeline tool: the contact log and what to send now
    ContactLogLegend, ContactLogHint, ContactLogEmpty, ContactLogSummary, ContactLogFull, ContactKindLabel,
    ContactKindSent, ContactKindPromise, ContactKindQueryOpened, ContactKindQueryResolved,
    ContactKindPartPayment, ContactKindPaid, ContactStepLabel, ContactStepDueNow, ContactStepOwn,
    ContactChannelLabel, ContactDateLabel, ContactPayByLabel, ContactAmountLabel, ContactNoteLabel,
    ContactNoteHint, ContactNoteRequired, ContactAdd, ContactRemove, ContactRemoveNamed,
    ContactEntrySent, ContactEntryOwn, ContactEntryPromise, ContactEntryQueryOpened,
    ContactEntryQueryResolved, ContactEntryPartPayment, ContactEntryPaid, IssueNoQueryToResolve,
    StepSentToday, StepSentOn, StepSentTodayNamed, StepSentOnNamed,
    NowTitle, NowDueToday, NowNext, NowNothing, NowBecauseDueSoon, NowBecauseFirstContact,
    NowBecauseNoReply, NowBecauseNoReplyOwn, NowBecausePromisePending, NowBecausePromiseMissed,
    NowBecauseQuery, NowBecauseQueryOpen, NowBecausePartPayment, NowBecausePaid, NowBecausePaidDone,
    NowBecauseInstalment, NowBecauseFinished, ComposerFollowsTimeline, ComposerFollowTimeline,
    // message tool
    ComposerLegend, MessageLanguageLabel, MessageLanguageHint, FieldTemplate, ToneLabel, ToneWarm, ToneVariantNeutral, ToneVariantFirm,
    FieldSenderName, HintSenderName, FieldSubject, FieldBody, HintTemplateSyntax, ResetTemplate,
    PlaceholderHelp, PreviewTitle, PreviewNeedsInvoice, MessageNeeds, MessageFixErrors, CopySubject, CopyBody, CopyBoth, CopyRich, Copied,
    CopyFailed, OpenInEmail, MailtoTooLong, CountsText, ToneCheckTitle, ToneCheckClean,
    ToneFindingText, TemplateErrorsTitle, TemplateErrorAt, PartSubject, PartBody,
    TplPreDueReminder, TplDueToday, TplFriendlyOverdue, TplSecondFollowUp, TplFirmFollowUp,
    TplFinalNotice, TplAgencyReferral, TplPaymentPlanProposal, TplSettlementOffer,
    TplInstallmentDueSoon, TplInstallmentMissed, TplPromiseConfirmation, TplPromiseMissed,
    TplDisputeAcknowledgement, TplStatutoryInterestNotice, TplThankYou, TplFormalDemand,
    SoleTraderToggle, SoleTraderHint,
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
    PlanCompareLegend,
    PlanResultsTitle, PlanNeedsInvoice, PlanNeedsFirstDue, PlanFix,
    PlanInstalments, PlanTotalPaid, PlanTotalInterest, PlanTotalFees, PlanApr, PlanAprText, PlanAprNominalOnly,
    PlanAprHuge, PlanLastPayment, PlanLength, PlanLengthText,
    PlanScheduleCaption, PlanColNumber, PlanColDate, PlanColAmount, PlanColPrincipal,
    PlanColInterest, PlanColFees, PlanColBalance, PlanDownRow, PlanMovedFrom, PlanTotalRow,
    PlanWarnTiny, PlanWarnSameDay, PlanWarnBeforeInvoice,
    PlanMissedTitle, PlanFieldMissed, PlanMissedOption, PlanMissedWhich, PlanMissedWhichDown,
    PlanMissedFee, PlanMissedNoFee, PlanMissedAccel,
    PlanExportTitle, PlanDownloadCsv, PlanCopyText, PlanCopyTable, PlanPrint, PlanCopied, PlanCopyFailed,
    PlanChartTitle, PlanChartDesc,
    PlanCompareCaption, PlanCompareFigure, PlanCompareRegular,
    PlanErrWhole, PlanErrPositive, PlanErrAtMost, PlanErrDecimals, PlanErrDownVsDebt, PlanErrZeroInstalments,
    PlanErrTooManyCount, PlanErrTooManyTarget, PlanErrTooSmall, PlanErrNeedsTwo, PlanErrNotCustom,
    PlanErrNeedsEqual, PlanErrCountMismatch, PlanErrWeightsZero, PlanErrSum100, PlanErrNotAfter,
    PlanErrZeroInterval, PlanErrNoBusinessDay, PlanErrFewDates, PlanErrPercentAt,
    PlanErrCompareOption,
    // plan tool: down-payment date, fixed first payment, business days, comparison by frequency
    PlanFieldDownDate, PlanHintDownDate, PlanFieldFirstPayment, PlanHintFirstPayment,
    PlanMonthEndLabel, PlanMonthEndSameDay, PlanMonthEndLastDay, PlanBusinessDaysLegend, PlanFieldRoll, PlanRollFollowing, PlanRollModifiedFollowing,
    PlanRollPreceding, PlanRollModifiedPreceding, PlanRollNone, PlanFieldWeekend, PlanWeekendSatSun,
    PlanWeekendFriSat, PlanWeekendSunOnly, PlanFieldHolidays, PlanHintHolidays,
    PlanErrDateItem, PlanErrDateNotADate, PlanErrDateRange, PlanErrDatesMany, PlanHintCompareRows,
    PlanCompareCount1, PlanCompareCount2, PlanCompareCount3, PlanCompareFrequency1, PlanCompareFrequency2,
    PlanCompareFrequency3, PlanCompareOptionAt, PlanCompareDays,
    // saved cases, share links, export and import
    CasesTitle, CaseSelectLabel, CaseNameLabel, CaseNameHint, CaseUntitled, CaseNew, CaseDuplicate,
    CaseDelete, CaseCopyName, CaseDeleteConfirm, CaseDeleteYes, CaseDeleteNo, CaseUnsaved, CaseKeep,
    ShareCopy, ShareCopied, ShareCopyFailed, ShareBad, ShareNewer,
    StorageUnavailable, StorageFull, StorageRecovered, StorageNewer, StorageDropped, DownloadBackup,
    Dismiss, ExportImportTitle, ExportImportHint, ExportAll, ImportLabel, ImportDone,
    ImportUnreadable, ImportNewer, ImportTooLarge, ImportNotRead,
    // embed mode and its page generator
    EmbedTitle, EmbedIntro, EmbedToolsLegend, EmbedToolsHint, EmbedNameLabel, EmbedNameHint, EmbedLogoLabel, EmbedLogoHint,
    EmbedAccentLabel, EmbedAccentHint, EmbedAccentPicker, EmbedCurrencyLabel, EmbedLangBrowser, EmbedPolicyLabel, EmbedPoweredToggle, EmbedCodeLabel,
    EmbedCopy, EmbedSandboxNote, EmbedPreviewTitle, EmbedFrameTitle, EmbedPoweredBy, EmbedBadName, EmbedBadLogo, EmbedBadColour,
    // footer
    FooterNote,
    // a new version is installed and waiting (service worker)
    UpdateReady, UpdateReload,
    // panic screen (hardening): the panic hook's static page
    PanicTitle, PanicBody, PanicReload,
    // The panic screen when the latest changes are not stored (store::work_is_stored).
    PanicTitleUnsaved, PanicBodyUnsaved,
    // a tool's part could not be fetched (parts.rs): offline without the offline copy
    PartFailed, PartRetry,
    // composer: a statutory figure typed in the timeline cannot be read
    ComposerStatutoryLeftOut,
    // a language's part could not be fetched (langs.rs)
    LangFailed,
    // message tool: the template in words (people's view) and its insert menu
    TemplateCodeToggle, HintTemplateWords, InsertPlaceholder, InsertPlaceholderChoose, InsertPlaceholderHint, PeopleIfGiven, PeopleIfNotGiven, PeopleIfEquals, PeopleIfNotEquals, PeopleOtherwise, PeopleEnd,
    PhYourBusiness, PhClientBusiness, PhClientContact, PhInvoiceNumber, PhAmount, PhBalance, PhCurrency, PhIssueDate, PhDueDate, PhToday, PhDaysOverdue, PhPaymentLink, PhSenderName, PhSignature, PhSignOff, PhPromiseDate, PhRemindersSent, PhLastSentOn, PhPromiseBrokenOn, PhPartPaid, PhPlan, PhPlanTable, PhPlanSchedule, PhPlanCount, PhPlanNextDate, PhPlanNextAmount, PhDiscount, PhDiscountPercent, PhDiscountAmount, PhDiscountNet, PhDiscountDeadline, PhStatutory, PhStatutoryRegime, PhStatutoryRate, PhStatutoryInterest, PhStatutoryCompensation, PhStatutoryTotal, PhStatutoryClaimed, PhStatutoryLaw, PhStatutoryLawTitle, PhStatutoryInterestLaw, PhStatutoryCompensationLaw, PhStatutoryReferenceRate, PhStatutoryMargin, PhStatutoryCollectionCosts,
    PhClientSoleTrader, PhPlanList, PhPlanDownPayment, PhPlanReplyBy,
    PhAccount, PhOpenInvoices, PhOpenInvoiceCount, PhSeveralInvoices, PhPaidSoFar, PhLastPaymentDate, PhLastPaymentAmount,
    // one client, several invoices (issue #20): the client account
    AccountAdd, AccountInvoicesLegend, AccountInvoiceN, AccountInvoiceAmount, AccountNote,
    AccountRemoveInvoice, AccountAddInvoice, AccountPaymentsLegend, AccountPaymentN,
    AccountPaymentDate, AccountPaymentAmount, AccountPaymentInvoice, AccountOnAccount,
    AccountRemovePayment, AccountAddPayment, AccountAllocationLegend, AllocationOldestFirst,
    AllocationNamed, AllocationStatutory, AccountAllocationHint, AccountStandingTitle,
    AccountStandingCaption, AccountColInvoice, AccountColDue, AccountColStatus, AccountColDays,
    AccountColAmount, AccountColPaidCosts, AccountColPaidInterest, AccountColPaid,
    AccountColBalance, AccountColInterest, AccountColCompensation, AccountStatusPaid,
    AccountStatusPartPaid, AccountStatusOpen, AccountStatusNotYetDue, AgingTitle, AgingColAge,
    AgingColInvoices, AgingNotYetDue, Aging1To30, Aging31To60, Aging61To90, AgingOver90,
    AccountTotalInvoiced, AccountTotalPaid, AccountTotalOutstanding, AccountTotalInterest,
    AccountTotalCompensation, AccountTotalCredit, AccountTotalDue, AccountNotClaimedNote,
    AccountCompensationCurrency, AccountPaymentsApplied, AccountPaymentApplied,
    AccountPaymentAppliedOnAccount, AppliedCosts,
    AppliedInterest, AppliedPrincipal, AppliedCredit, AccountFix, StatementTitle,
    StatementLangNote, StatementPrint, StatementCsv, StatementFrom, StatementTo, StatementAsOf,
    AccountClaimTitle, AccountClaimInterestOutstanding, AccountClaimCompensationOutstanding,
    ErrAccountNumberRequired, ErrAccountMixedCurrency, ErrAccountDuplicateNumber,
    ErrAccountUnknownInvoice, ErrAccountNoInvoices, ErrAccountTooManyInvoices,
    ErrAccountTooManyPayments, ErrAccountInFuture, ErrAccountNoStatutoryOrder, ErrAccountNoRate,
    ErrAccountStatutory, PlanClearsTitle, PlanClearsBalance, PlanClearsColPays, PlanClearsColClears,
    DiscountAccountComputed, DiscountAccountComputedCosts, TimelineAccountKeyed, TimelineAccountInvoice, AccountIncomplete,
    SummaryAccountOverdue, SummaryAccountNotDue, SummaryAccountPaid,
    // answer first (issue #21): collapsed sections, the start panel, the example case, the today strip
    SectionNothingSet, SectionProblem, PlanMoreLegend, InvoiceMoreLegend, DiscountTermsLegend,
    MessageSettingsLegend, MessageEditLegend, StartText, StartFill, StartExample, ExampleNote,
    ExampleRemove, ExampleCaseName, ExampleYourBusiness, ExampleClient, ExampleContact,
    ExampleInvoiceNumber, ExampleSender, TodayLabel, TodayClaim, TodayClaimCosts, PolicyCustomSummary, ComposerEdited, ComposerShipped,
}

/// The text of `msg` in `lang`, with `{placeholders}` left for [`fill`].
///
/// In the split release build, German, French, Spanish and Dutch are parts of the app
/// loaded on demand (`src/langs.rs`): until a language is registered ([`register`]) its
/// text is the British English one. The interface never shows such a language: its
/// language signal only ever holds a loaded one ([`is_loaded`]).
pub fn text(lang: Lang, msg: Msg) -> &'static str {
    match lang {
        Lang::EnGb => en::text(msg),
        Lang::EnUs => en_us::text(msg),
        other => match loaded(other) {
            Some(loaded) => (loaded.text)(msg),
            None => en::text(msg),
        },
    }
}

/// The engine's message language for `lang` (date names, calendar words, the tone check's
/// reasons; templates and tone phrases once [`has_messages`]): built in for English, the
/// loaded pack for the others; `None` until a language's part is loaded.
pub fn message_pack(lang: Lang) -> Option<LangPack> {
    match lang {
        Lang::EnGb => Some(LangPack::BRITISH),
        Lang::EnUs => Some(LangPack::AMERICAN),
        other => loaded(other).map(|loaded| match messages(other) {
            Some(words) => loaded.pack.with_messages(words),
            None => loaded.pack,
        }),
    }
}

/// Whether messages can be written in `lang`: its part and its templates and tone phrases
/// (a part of their own in the split build, `src/langs.rs`) are there. Always for English.
pub fn has_messages(lang: Lang) -> bool {
    message_pack(lang).is_some_and(LangPack::has_messages)
}

/// The templates and tone phrases of `lang`: built in except in the split build, where
/// [`register_messages`] keeps them once their part is fetched; `None` for English (built
/// into the engine).
fn messages(lang: Lang) -> Option<MessageWords> {
    #[cfg(tactful_split)]
    return registered::messages(lang);
    #[cfg(not(tactful_split))]
    match lang {
        Lang::De => Some(tactful_engine::message::lang::german_messages()),
        Lang::Fr => Some(tactful_engine::message::lang::french_messages()),
        Lang::Es => Some(tactful_engine::message::lang::spanish_messages()),
        Lang::Nl => Some(tactful_engine::message::lang::dutch_messages()),
        Lang::EnGb | Lang::EnUs => None,
    }
}

/// Keeps a language's fetched templates and tone phrases for [`message_pack`] (the split
/// build's loader calls it when their part arrives; elsewhere they are built in and this
/// does nothing).
pub fn register_messages(words: MessageWords) {
    #[cfg(tactful_split)]
    registered::set_messages(words);
    #[cfg(not(tactful_split))]
    let _ = words;
}

/// Everything one language other than English needs on screen: its interface text and
/// the engine's pack without its messages (date names, calendar words, the tone check's
/// reasons; the templates and tone phrases are a part of their own, fetched when the
/// composer first writes in the language). Built only by the per-language functions below,
/// which are the only references to each language's text.
#[derive(Clone, Copy, Debug)]
pub struct LangText {
    lang: Lang,
    text: fn(Msg) -> &'static str,
    pack: LangPack,
}

impl LangText {
    /// The language.
    pub fn lang(self) -> Lang {
        self.lang
    }
}

/// German.
pub fn german() -> LangText {
    LangText {
        lang: Lang::De,
        text: de::text,
        pack: tactful_engine::message::lang::german_base(),
    }
}

/// French.
pub fn french() -> LangText {
    LangText {
        lang: Lang::Fr,
        text: fr::text,
        pack: tactful_engine::message::lang::french_base(),
    }
}

/// Spanish.
pub fn spanish() -> LangText {
    LangText {
        lang: Lang::Es,
        text: es::text,
        pack: tactful_engine::message::lang::spanish_base(),
    }
}

/// Dutch.
pub fn dutch() -> LangText {
    LangText {
        lang: Lang::Nl,
        text: nl::text,
        pack: tactful_engine::message::lang::dutch_base(),
    }
}

/// Whether `lang`'s interface text and message pack are there: always, except in the
/// split build before the language's part has been loaded.
pub fn is_loaded(lang: Lang) -> bool {
    matches!(lang, Lang::EnGb | Lang::EnUs) || loaded(lang).is_some()
}

/// The loaded text and pack of a language other than English. The split build loads each
/// language as a part and keeps it in [`registered`] (filled by [`register`]); every
/// other build has them all built in.
fn loaded(lang: Lang) -> Option<LangText> {
    #[cfg(tactful_split)]
    return registered::get(lang);
    #[cfg(not(tactful_split))]
    match lang {
        Lang::De => Some(german()),
        Lang::Fr => Some(french()),
        Lang::Es => Some(spanish()),
        Lang::Nl => Some(dutch()),
        Lang::EnGb | Lang::EnUs => None,
    }
}

/// Keeps a loaded language's text and pack for [`text`] and [`message_pack`] (the split
/// build's language loader calls it when a part arrives; elsewhere everything is built in
/// and this does nothing).
pub fn register(loaded: LangText) {
    #[cfg(tactful_split)]
    registered::set(loaded);
    #[cfg(not(tactful_split))]
    let _ = loaded;
}

/// The split build's registry of loaded languages (one slot each, filled once).
#[cfg(tactful_split)]
mod registered {
    use super::{Lang, LangText, MessageWords};
    use std::sync::OnceLock;

    static LOADED: [OnceLock<LangText>; 4] = [const { OnceLock::new() }; 4];

    fn slot(lang: Lang) -> Option<usize> {
        match lang {
            Lang::EnGb | Lang::EnUs => None,
            Lang::De => Some(0),
            Lang::Fr => Some(1),
            Lang::Es => Some(2),
            Lang::Nl => Some(3),
        }
    }

    pub(super) fn get(lang: Lang) -> Option<LangText> {
        slot(lang).and_then(|i| LOADED[i].get().copied())
    }

    pub(super) fn set(loaded: LangText) {
        if let Some(i) = slot(loaded.lang) {
            let _ = LOADED[i].set(loaded);
        }
    }

    static MESSAGES: [OnceLock<MessageWords>; 4] = [const { OnceLock::new() }; 4];

    pub(super) fn messages(lang: Lang) -> Option<MessageWords> {
        slot(lang).and_then(|i| MESSAGES[i].get().copied())
    }

    pub(super) fn set_messages(words: MessageWords) {
        let lang = [Lang::De, Lang::Fr, Lang::Es, Lang::Nl]
            .into_iter()
            .find(|lang| lang.number_locale() == words.locale());
        if let Some(i) = lang.and_then(slot) {
            let _ = MESSAGES[i].set(words);
        }
    }
}

/// Replaces each `{name}` in `template` by its value from `args`; unknown names stay as
/// they are (a test makes sure no shipped message has one). A count is written
/// `{name:one form|other form}`, `#` standing for the number: the form is chosen by
/// `lang`'s plural rules (`tactful_engine::plural`), so no message says "1 days" or
/// "jour(s)".
///
/// ```
/// use tactful::i18n::{fill, Lang};
/// assert_eq!(fill(Lang::EnGb, "{n:# day|# days} overdue", &[("n", "1")]), "1 day overdue");
/// assert_eq!(fill(Lang::EnGb, "{n:# day|# days} overdue", &[("n", "3")]), "3 days overdue");
/// assert_eq!(fill(Lang::Fr, "{n:# jour|# jours}", &[("n", "0")]), "0 jour");
/// ```
pub fn fill(lang: Lang, template: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let inner = &after[..close];
                let (name, forms) = match inner.split_once(':') {
                    Some((name, forms)) => (name, Some(forms)),
                    None => (inner, None),
                };
                match (args.iter().find(|(key, _)| *key == name), forms) {
                    (Some((_, value)), None) => out.push_str(value),
                    (Some((_, value)), Some(forms)) => out.push_str(&counted(lang, value, forms)),
                    (None, _) => {
                        out.push('{');
                        out.push_str(inner);
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

/// `value` (a whole number as shown, perhaps with group separators) in the form of
/// `forms` that `lang` takes for it.
fn counted(lang: Lang, value: &str, forms: &str) -> String {
    let digits: String = value.chars().filter(char::is_ascii_digit).collect();
    let magnitude = digits.parse::<i64>().unwrap_or(i64::MAX);
    let n = if value.trim_start().starts_with(['-', '\u{2212}']) {
        -magnitude
    } else {
        magnitude
    };
    tactful_engine::plural::counted(n, value, forms, lang.number_locale())
}

/// `text` with the engine's limits filled in: `{max_amount}`, `{max_count}`,
/// `{max_rate}`, `{min_offset}`, `{max_offset}`, `{first_year}`, `{last_year}` (numbers in
/// `lang`'s format). Messages that state a limit use these placeholders, so the limit is
/// written once, in `tactful_engine::limits`.
///
/// ```
/// use tactful::i18n::{with_limits, Lang};
/// assert_eq!(with_limits(Lang::De, "bis {max_amount}, {min_offset} bis {max_offset}"), "bis 1.000.000.000.000, −90 bis 365");
/// ```
pub fn with_limits(lang: Lang, text: &str) -> String {
    use tactful_engine::limits;
    let locale = lang.number_locale();
    let whole = |value: rust_decimal::Decimal| {
        tactful_engine::amount::format_number(value, 0, locale).replace('-', "\u{2212}")
    };
    fill(
        lang,
        text,
        &[
            ("max_amount", &whole(limits::MAX_AMOUNT)),
            ("max_count", &whole(limits::MAX_INSTALLMENTS.into())),
            ("max_rate", &whole(tactful_engine::plan::MAX_RATE_PCT)),
            ("min_offset", &whole(limits::MIN_OFFSET_DAYS.into())),
            ("max_offset", &whole(limits::MAX_OFFSET_DAYS.into())),
            (
                "first_year",
                &tactful_engine::dates::EARLIEST_YEAR.to_string(),
            ),
            ("last_year", &tactful_engine::dates::LATEST_YEAR.to_string()),
        ],
    )
}

/// The `{placeholder}` names a message uses, sorted (only names of ASCII letters, digits
/// and `_`: a message may quote template syntax such as `{{ … }}` as prose).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut names: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|part| part.split_once('}').map(|(name, _)| name))
        // A count's forms follow its name: `{days:# day|# days}`.
        .map(|name| name.split_once(':').map_or(name, |(name, _)| name))
        .filter(|name| {
            !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
        })
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The message of a template placeholder's name for people (`invoice_number` → "Invoice
/// number"), for the composer's words view and its insert menu; `None` for a name that has
/// none (a test checks every placeholder of the engine has one).
pub fn placeholder_msg(name: &str) -> Option<Msg> {
    use Msg::*;
    Some(match name {
        "your_business" => PhYourBusiness,
        "client_business" => PhClientBusiness,
        "client_contact" => PhClientContact,
        "invoice_number" => PhInvoiceNumber,
        "amount" => PhAmount,
        "balance" => PhBalance,
        "currency" => PhCurrency,
        "issue_date" => PhIssueDate,
        "due_date" => PhDueDate,
        "today" => PhToday,
        "days_overdue" => PhDaysOverdue,
        "payment_link" => PhPaymentLink,
        "sender_name" => PhSenderName,
        "signature" => PhSignature,
        "sign_off" => PhSignOff,
        "promise_date" => PhPromiseDate,
        "reminders_sent" => PhRemindersSent,
        "last_sent_on" => PhLastSentOn,
        "promise_broken_on" => PhPromiseBrokenOn,
        "part_paid" => PhPartPaid,
        "plan" => PhPlan,
        "plan_table" => PhPlanTable,
        "plan_schedule" => PhPlanSchedule,
        "plan_count" => PhPlanCount,
        "plan_next_date" => PhPlanNextDate,
        "plan_next_amount" => PhPlanNextAmount,
        "discount" => PhDiscount,
        "discount_percent" => PhDiscountPercent,
        "discount_amount" => PhDiscountAmount,
        "discount_net" => PhDiscountNet,
        "discount_deadline" => PhDiscountDeadline,
        "statutory" => PhStatutory,
        "statutory_regime" => PhStatutoryRegime,
        "statutory_rate" => PhStatutoryRate,
        "statutory_interest" => PhStatutoryInterest,
        "statutory_compensation" => PhStatutoryCompensation,
        "statutory_total" => PhStatutoryTotal,
        "statutory_claimed" => PhStatutoryClaimed,
        "statutory_law" => PhStatutoryLaw,
        "statutory_law_title" => PhStatutoryLawTitle,
        "statutory_interest_law" => PhStatutoryInterestLaw,
        "statutory_compensation_law" => PhStatutoryCompensationLaw,
        "statutory_reference_rate" => PhStatutoryReferenceRate,
        "statutory_margin" => PhStatutoryMargin,
        "statutory_collection_costs" => PhStatutoryCollectionCosts,
        "client_sole_trader" => PhClientSoleTrader,
        "plan_list" => PhPlanList,
        "plan_down_payment" => PhPlanDownPayment,
        "plan_reply_by" => PhPlanReplyBy,
        "account" => PhAccount,
        "open_invoices" => PhOpenInvoices,
        "open_invoice_count" => PhOpenInvoiceCount,
        "several_invoices" => PhSeveralInvoices,
        "paid_so_far" => PhPaidSoFar,
        "last_payment_date" => PhLastPaymentDate,
        "last_payment_amount" => PhLastPaymentAmount,
        _ => return None,
    })
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
    fn every_other_language_is_translated() {
        // Names and codes (Tactful, EUR, ...) may read the same in every language.
        for &lang in &[Lang::De, Lang::Fr, Lang::Es, Lang::Nl] {
            let same: Vec<Msg> = Msg::ALL
                .iter()
                .copied()
                .filter(|&m| text(lang, m) == text(Lang::EnGb, m))
                .collect();
            assert!(
                same.len() <= 12,
                "{lang:?} still reads as English: {same:?}"
            );
        }
    }

    #[test]
    fn no_message_hedges_a_plural_with_brackets() {
        for &lang in Lang::ALL {
            for &msg in Msg::ALL {
                let text = text(lang, msg);
                for hedge in ["(s)", "(en)", "(e)", "(es)", "(n)"] {
                    assert!(!text.contains(hedge), "{msg:?} in {lang:?}: {text}");
                }
            }
        }
    }

    #[test]
    fn counts_take_the_singular_for_one_and_french_for_zero_too() {
        let shown = |lang, n: &str| fill(lang, text(lang, Msg::PlanCompareDays), &[("days", n)]);
        assert_eq!(shown(Lang::EnGb, "1"), "1 day");
        assert_eq!(shown(Lang::EnGb, "0"), "0 days");
        assert_eq!(shown(Lang::De, "1"), "1 Tag");
        assert_eq!(shown(Lang::De, "2"), "2 Tage");
        assert_eq!(shown(Lang::Fr, "0"), "0 jour");
        assert_eq!(shown(Lang::Fr, "2"), "2 jours");
        assert_eq!(shown(Lang::Es, "1"), "1 día");
        assert_eq!(shown(Lang::Nl, "1.000"), "1.000 dagen");
        let overdue = |lang| fill(lang, text(lang, Msg::StageDaysOverdue), &[("days", "1")]);
        assert_eq!(overdue(Lang::De), "1 Tag überfällig");
        assert_eq!(overdue(Lang::Fr), "1\u{a0}jour de retard");
    }

    #[test]
    fn fill_replaces_known_names_and_keeps_unknown_ones() {
        let fill = |template, args| fill(Lang::EnGb, template, args);
        assert_eq!(fill("a {x} b {y}", &[("x", "1")]), "a 1 b {y}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
        assert_eq!(fill("", &[]), "");
        assert_eq!(fill("{n:# step|# steps}", &[("n", "1,000")]), "1,000 steps");
        assert_eq!(
            fill("{m:# step|# steps}", &[("n", "1")]),
            "{m:# step|# steps}"
        );
    }
}
