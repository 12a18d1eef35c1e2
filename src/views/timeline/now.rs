//! "What to send now": the step the engine says is due today, or the next one, and why
//! (`TimelineOutcome::next_step`), with the one action that opens the composer on it.

use leptos::prelude::*;
use tactful_engine::amount::format_amount;
use tactful_engine::currency::Currency;
use tactful_engine::timeline::{NextReason, NextStep};

use super::{action_msg, channel_msg, state::TimelineState};
use crate::context::{use_i18n, use_invoice};
use crate::format::long_date;
use crate::i18n::{fill, text, Lang, Msg};
use crate::views::message::state::MessageState;

/// What to send now in words: the step and when ("To do today: Second follow-up, by
/// email."), and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct NowText {
    pub step: String,
    pub why: String,
}

/// [`NowText`] for `next` in `lang`; amounts in `currency` (the invoice's).
pub(crate) fn now_text(lang: Lang, next: &NextStep, currency: Option<&Currency>) -> NowText {
    let say = |msg: Msg, args: &[(&str, &str)]| fill(lang, text(lang, msg), args);
    let date = |day| long_date(lang, day);
    let step = match &next.step {
        Some(step) => {
            let action = text(lang, action_msg(step.action));
            let channel = text(lang, channel_msg(step.channel));
            if step.due_now {
                say(
                    Msg::NowDueToday,
                    &[("action", action), ("channel", channel)],
                )
            } else {
                say(
                    Msg::NowNext,
                    &[
                        ("action", action),
                        ("channel", channel),
                        ("date", &date(step.date)),
                    ],
                )
            }
        }
        None => text(lang, Msg::NowNothing).to_owned(),
    };
    let some_step = next.step.is_some();
    let why = match next.reason {
        NextReason::DueSoon { due_date } => {
            say(Msg::NowBecauseDueSoon, &[("date", &date(due_date))])
        }
        NextReason::FirstContactWhileOverdue { days } => {
            say(Msg::NowBecauseFirstContact, &[("days", &days.to_string())])
        }
        NextReason::NoReplyToReminder {
            sent_on,
            action: Some(action),
        } => say(
            Msg::NowBecauseNoReply,
            &[
                ("action", text(lang, action_msg(action))),
                ("date", &date(sent_on)),
            ],
        ),
        NextReason::NoReplyToReminder {
            sent_on,
            action: None,
        } => say(Msg::NowBecauseNoReplyOwn, &[("date", &date(sent_on))]),
        NextReason::PromisePending { promised } => {
            say(Msg::NowBecausePromisePending, &[("date", &date(promised))])
        }
        NextReason::PromiseMissed { promised } => {
            say(Msg::NowBecausePromiseMissed, &[("date", &date(promised))])
        }
        NextReason::PausedForQuery { opened } => say(
            if some_step {
                Msg::NowBecauseQuery
            } else {
                Msg::NowBecauseQueryOpen
            },
            &[("date", &date(opened))],
        ),
        NextReason::PartPaymentReceived {
            amount,
            received_on,
        } => {
            let amount = currency.map_or_else(
                || amount.to_string(),
                |currency| format_amount(amount, currency, lang.number_locale()),
            );
            say(
                Msg::NowBecausePartPayment,
                &[("amount", &amount), ("date", &date(received_on))],
            )
        }
        NextReason::Paid { paid_on } => say(
            if some_step {
                Msg::NowBecausePaid
            } else {
                Msg::NowBecausePaidDone
            },
            &[("date", &date(paid_on))],
        ),
        NextReason::InstallmentPlan { installment } => say(
            Msg::NowBecauseInstalment,
            &[("n", &installment.saturating_add(1).to_string())],
        ),
        NextReason::LadderFinished => text(lang, Msg::NowBecauseFinished).to_owned(),
    };
    NowText { step, why }
}

/// The panel at the top of the timeline: what to send now and why, and "Write this
/// message", which opens the composer following that step (its template and tone).
#[component]
pub(super) fn NowPanel() -> impl IntoView {
    let state = expect_context::<TimelineState>();
    let messages = expect_context::<MessageState>();
    let i18n = use_i18n();
    let invoice = use_invoice();
    let panel = move || {
        let lang = i18n.lang.get();
        let currency = invoice.parsed.with(|p| p.as_ref().ok().map(|i| i.currency));
        state.outcome().with(|outcome| {
            let next = outcome.next_step.as_ref()?;
            let NowText { step, why } = now_text(lang, next, currency);
            let write = next
                .step
                .as_ref()
                .filter(|s| s.template.is_some() && crate::context::composer_shown())
                .map(|_| {
                    view! {
                        <p class="actions">
                            <a class="button" href="#/message" data-testid="send-now-write"
                                on:click=move |_| messages.follow_timeline()>
                                {text(lang, Msg::WriteThisMessage)}
                            </a>
                        </p>
                    }
                });
            let due_now = next.step.as_ref().is_some_and(|s| s.due_now);
            Some(view! {
                <section class="send-now" class:due-now=due_now aria-labelledby="send-now-title" data-testid="send-now">
                    <h3 id="send-now-title">{text(lang, Msg::NowTitle)}</h3>
                    <p class="send-now-step" data-testid="send-now-step"><strong>{step}</strong></p>
                    <p class="send-now-why" data-testid="send-now-why">{why}</p>
                    {write}
                </section>
            })
        })
    };
    view! { <div aria-live="polite">{panel}</div> }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use rust_decimal::Decimal;
    use tactful_engine::timeline::{
        next_step, Channel, Contact, ContactEvent, Policy, StageAction, TimelineInput,
    };

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default()
    }

    /// The late starter: £4,800 due 30 October 2026, nothing sent by 7 December.
    fn late_starter() -> TimelineInput {
        TimelineInput::new(Policy::standard(), date(2026, 10, 30), date(2026, 12, 7))
    }

    #[test]
    fn a_late_starter_is_told_to_send_the_overdue_notice_today_and_why() {
        let mut input = late_starter();
        let now = next_step(&input).expect("a timeline");
        assert_eq!(
            now_text(Lang::EnGb, &now, None),
            NowText {
                step: "To do today: Second follow-up, by email.".into(),
                why: "Nothing has been sent yet and the invoice is 38 days overdue, so the first message is the one that fits how late it is; the earlier steps are passed over.".into(),
            }
        );
        assert_eq!(
            now_text(Lang::De, &now, None).step,
            "Heute zu tun: Zweite Zahlungserinnerung (E-Mail)."
        );
        // Sent today: the firm follow-up call, a week later.
        input.contacts.push(Contact::sent(
            date(2026, 12, 7),
            StageAction::SecondFollowUp,
            Channel::Email,
        ));
        let next = next_step(&input).expect("a timeline");
        assert_eq!(
            now_text(Lang::EnGb, &next, None),
            NowText {
                step: "Next: Firm follow-up, by phone call, on Monday 14 December 2026.".into(),
                why: "Last message sent: Second follow-up, on Monday 7 December 2026. The invoice is still unpaid, so the next step follows at the plan's interval.".into(),
            }
        );
    }

    /// Every reason, with and without a step, in every language: a sentence with no
    /// placeholder left, and a plural that agrees.
    #[test]
    fn every_reason_reads_in_every_language() {
        let gbp = tactful_engine::currency::currency("GBP").ok();
        let day = date(2026, 12, 7);
        let reasons = [
            NextReason::DueSoon { due_date: day },
            NextReason::FirstContactWhileOverdue { days: 1 },
            NextReason::FirstContactWhileOverdue { days: 38 },
            NextReason::NoReplyToReminder {
                sent_on: day,
                action: Some(StageAction::FinalNotice),
            },
            NextReason::NoReplyToReminder {
                sent_on: day,
                action: None,
            },
            NextReason::PromisePending { promised: day },
            NextReason::PromiseMissed { promised: day },
            NextReason::PausedForQuery { opened: day },
            NextReason::PartPaymentReceived {
                amount: Decimal::new(120_050, 2),
                received_on: day,
            },
            NextReason::Paid { paid_on: day },
            NextReason::InstallmentPlan { installment: 0 },
            NextReason::LadderFinished,
        ];
        let with_step = next_step(&late_starter()).expect("a timeline");
        for &lang in Lang::ALL {
            for reason in reasons {
                for step in [with_step.step.clone(), None] {
                    let next = NextStep {
                        step,
                        reason,
                        ..with_step.clone()
                    };
                    let NowText { step, why } = now_text(lang, &next, gbp);
                    for sentence in [&step, &why] {
                        assert!(!sentence.contains('{'), "{lang:?} {reason:?}: {sentence}");
                        assert!(!sentence.trim().is_empty());
                    }
                }
            }
        }
        let days = |lang, days| {
            let next = NextStep {
                reason: NextReason::FirstContactWhileOverdue { days },
                ..with_step.clone()
            };
            now_text(lang, &next, None).why
        };
        assert!(days(Lang::EnGb, 1).contains(" 1 day overdue"));
        assert!(days(Lang::De, 1).contains("seit 1 Tag überfällig"));
        assert!(days(Lang::De, 38).contains("seit 38 Tagen überfällig"));
        assert!(days(Lang::Fr, 1).contains("1\u{a0}jour de retard"));
        assert!(days(Lang::Es, 38).contains("38 días"));
        assert!(days(Lang::Nl, 1).contains("1 dag"));
        let part = NextStep {
            reason: NextReason::PartPaymentReceived {
                amount: Decimal::new(120_050, 2),
                received_on: day,
            },
            ..with_step.clone()
        };
        assert!(now_text(Lang::EnGb, &part, gbp).why.contains("£1,200.50"));
        assert!(now_text(Lang::De, &part, gbp).why.contains("1.200,50"));
        // A promise confirmed on the day it is made.
        let mut promised = late_starter();
        promised.contacts.push(Contact::new(
            date(2026, 12, 7),
            ContactEvent::PromiseToPay {
                pay_by: date(2026, 12, 18),
            },
        ));
        let next = next_step(&promised).expect("a timeline");
        assert_eq!(
            now_text(Lang::EnGb, &next, None).step,
            "To do today: Confirm the promised payment date, by email."
        );
    }
}
