//! American English: British English with American spelling. Only the messages whose
//! spelling differs are here; a test checks that each differs from the British text by
//! spelling alone, and that no British spelling is left anywhere.

use super::Msg::{self, *};

pub(super) fn text(msg: Msg) -> &'static str {
    match msg {
        PhPlanCount => "Number of installments",
        PhPlanNextDate => "Next installment date",
        PhPlanNextAmount => "Next installment amount",
        ThemeLabel => "Colors",
        ToolPlan => "Installment plan",
        ToolPlanSummary => "Split the balance into installments that add up exactly, on real business days, with clear terms for a missed payment.",
        RelationshipWorthMore => "This client brings you {profit} of gross profit a year, more than this invoice. Keeping the relationship matters more than a few percent either way.",
        ResultAnnualisedTitle => "Annualized cost",
        CompareDifferenceRow => "Difference in favor of the offer",
        ActionInstallmentDueSoon => "Installment due soon",
        ActionInstallmentMissed => "Installment missed",
        StatusCancelled => "canceled",
        TplInstallmentDueSoon => "An installment due soon",
        TplInstallmentMissed => "A missed installment",
        PlanHintDown => "Taken off the amount owed; the rest is spread over the installments.",
        PlanScheduleLegend => "Installments",
        PlanMoreLegend => "More about the installments",
        PlanSizeLabel => "Set the installments by",
        PlanFieldCount => "Number of installments",
        PlanFieldTarget => "Amount of each installment",
        PlanHintTarget => "The last installment is whatever is left.",
        PlanFieldEveryDays => "Days between installments",
        PlanFieldFirstDue => "First installment due on",
        PlanShareLabel => "Installment sizes",
        PlanHintWeights => "Higher weights make larger installments; installments in a month of weight 0 are skipped.",
        PlanHintCustom => "One per installment, separated by commas, adding up to 100: for example 40, 30, 30.",
        PlanHintSetupFee => "Added to the first installment; no interest is charged on it.",
        PlanHintLateFlat => "Charged once for each missed installment.",
        PlanFieldLatePct => "Late fee (% of the installment)",
        PlanFieldAccelerate => "Whole balance due after this many missed installments in a row",
        PlanInstalments => "Installments",
        PlanLengthText => "{days:# day|# days} from the first installment to the last",
        PlanWarnTiny => "The last installment ({amount}) is less than a quarter of the others ({reference}); you may prefer to add it to the one before.",
        PlanWarnSameDay => "Installments {numbers} fall on the same day, {date}, once weekends and holidays are avoided.",
        PlanWarnBeforeInvoice => "The first installment is due before the invoice date ({date}).",
        PlanMissedOption => "Installment {n}",
        PlanMissedWhich => "installment {n}",
        PlanCompareRegular => "Regular installment",
        PlanErrZeroInstalments => "Please enter at least 1 installment.",
        PlanErrTooManyCount => "A plan can have at most {max} installments.",
        PlanErrTooManyTarget => "At this amount the plan would need more than {max} installments; please enter a larger amount.",
        PlanErrTooSmall => "Each installment must be more than the interest of its period ({interest}), or nothing would be repaid.",
        PlanErrNeedsTwo => "This needs at least 2 installments.",
        PlanErrNeedsEqual => "An installment amount works only with equal installments; please give a number of installments instead.",
        PlanErrCountMismatch => "With custom percentages, please enter {expected:# installment|# installments}: one for each percentage.",
        PlanErrCompareOption => "The option with {n:# installment|# installments} cannot be worked out: {reason}",
        // plan tool: down-payment date, fixed first payment, business days, comparison by frequency
        PlanHintDownDate => "Leave empty for the first installment's date, the latest possible.",
        PlanFieldFirstPayment => "Fixed first installment",
        PlanHintFirstPayment => "An exact amount for installment 1; the others share the rest.",
        PlanHintCompareRows => "Up to three, each a number of installments and how often: say 6 monthly against 12 fortnightly. The rest is as in the plan.",
        PlanCompareCount1 => "Option 1: number of installments",
        PlanCompareCount2 => "Option 2: number of installments",
        PlanCompareCount3 => "Option 3: number of installments",
        PlanCompareOptionAt => "{n:# installment|# installments} \u{b7} {frequency}",
        EmbedAccentLabel => "Accent color",
        EmbedAccentHint => "A hex color such as #1f5f5b, for tabs and buttons. Their text is black or white, whichever reads better.",
        EmbedAccentPicker => "Pick the accent color",
        EmbedBadColour => "Please give a hex color such as #1f5f5b.",
        CustomisePolicy => "Customize this plan",
        FollowPlanHint => "A courtesy note the day before each installment and a note the day after it, instead of reminders about the single due date.",
        FollowPlanUnavailable => "Once the installment plan tool has a valid plan, the reminders can follow its installments.",
        FollowingPlanNote => "Following the payment plan: one note before and one after each installment.",
        AccountTotalCredit => "In the client’s favor",
        AppliedCredit => "{amount} in the client’s favor",
        PlanClearsTitle => "Which invoices each installment clears",
        NowBecauseInstalment => "The reminders follow the payment plan: this one is about installment {n}.",
        other => super::en::text(other),
    }
}

/// British spellings used in the English messages and their American forms.
#[cfg(test)]
const SPELLINGS: &[(&str, &str)] = &[
    ("instalment", "installment"),
    ("Instalment", "Installment"),
    ("favour", "favor"),
    ("cancelled", "canceled"),
    ("Annualised", "Annualized"),
    ("annualised", "annualized"),
    ("per cent", "percent"),
    ("Colours", "Colors"),
    ("colour", "color"),
    ("Customise", "Customize"),
];

#[cfg(test)]
mod tests {
    use super::*;

    fn americanize(text: &str) -> String {
        SPELLINGS
            .iter()
            .fold(text.to_owned(), |t, (gb, us)| t.replace(gb, us))
    }

    #[test]
    fn american_text_is_british_text_in_american_spelling() {
        for &msg in Msg::ALL {
            assert_eq!(
                text(msg),
                americanize(super::super::en::text(msg)),
                "{msg:?}"
            );
        }
    }
}
