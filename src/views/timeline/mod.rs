//! The escalation timeline (`#/timeline`): dated, courteous steps from a reminder before the
//! due date to a calm final notice, with pauses for promises and queries, and where the
//! invoice stands today. Every date comes from `tactful_engine::timeline::build_timeline`.

pub mod state;

use leptos::prelude::*;
use tactful_engine::amount::format_amount;
use tactful_engine::currency::currency;
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::ics::write_calendar;
use tactful_engine::message::TemplateId;
use tactful_engine::statutory::Regime;
use tactful_engine::timeline::{
    timeline_ics_events, Channel, IssueKind, PresetName, StageAction, StageNote, StageStatus, Tone,
};

use super::ToolHeader;
use crate::context::{use_i18n, use_invoice, FieldState, I18n};
use crate::error_text::{date_error, number_error};
use crate::field::{Choice, Control, Field};
use crate::format::long_date;
use crate::i18n::{self, Msg};
use crate::route::Route;
use state::{TimelineField, TimelineProblem, TimelineState};

/// The timeline view.
#[component]
pub fn TimelineView() -> impl IntoView {
    let state = expect_context::<TimelineState>();
    let form = state.form;
    let i18n = use_i18n();
    let error_for = move |field: TimelineField| {
        Signal::derive(move || {
            state
                .outcome
                .with(|o| o.problem(field).map(|p| problem_text(i18n, p)))
        })
    };
    let date_field = move |id: &'static str,
                           label: Msg,
                           hint: Msg,
                           value: FieldState,
                           which: TimelineField| {
        view! { <Field id=id label=label hint=hint state=value error=error_for(which) optional=true control=Control::Date /> }
    };
    let regions = HolidayRegion::all()
        .iter()
        .map(|region| {
            let code = region.code();
            let region = *region;
            view! {
                <option value=code selected=move || form.region.get() == Some(region)>{region.name()}</option>
            }
        })
        .collect_view();

    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="timeline">
            <ToolHeader route=Route::Timeline summary=Msg::ToolTimelineSummary />
            <div class="tool-grid">
                <form class="tool-form" novalidate on:submit=|ev| ev.prevent_default()>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::TimelinePolicyLegend)}</legend>
                        <Choice name="preset" legend=Msg::PresetLabel value=form.preset
                            options=vec![(PresetName::Gentle, Msg::PresetGentle), (PresetName::Standard, Msg::PresetStandard), (PresetName::Firm, Msg::PresetFirm)] />
                        <p class="hint">{move || i18n.t(Msg::PresetHint)}</p>
                        <div class="field">
                            <label for="holiday-region">{move || i18n.t(Msg::FieldRegion)}</label>
                            <select id="holiday-region" on:change=move |ev| {
                                form.region.set(HolidayRegion::from_code(&event_target_value(&ev)));
                            }>
                                <option value="" selected=move || form.region.get().is_none()>{move || i18n.t(Msg::RegionNone)}</option>
                                {regions}
                            </select>
                        </div>
                    </fieldset>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::TimelineEventsLegend)}</legend>
                        {date_field("promise-date", Msg::FieldPromiseDate, Msg::HintPromiseDate, form.promise_date, TimelineField::PromiseDate)}
                        {date_field("dispute-opened", Msg::FieldDisputeOpened, Msg::HintDisputeOpened, form.dispute_opened, TimelineField::DisputeOpened)}
                        {date_field("dispute-resolved", Msg::FieldDisputeResolved, Msg::HintDisputeResolved, form.dispute_resolved, TimelineField::DisputeResolved)}
                        {date_field("paid-on", Msg::FieldPaidOn, Msg::HintPaidOn, form.paid_on, TimelineField::PaidOn)}
                    </fieldset>
                    <fieldset class="group">
                        <legend>{move || i18n.t(Msg::StatutoryLegend)}</legend>
                        <Choice name="regime" legend=Msg::RegimeLabel value=form.regime
                            options=vec![(None, Msg::RegimeNone), (Some(Regime::Uk), Msg::RegimeUk), (Some(Regime::Eu), Msg::RegimeEu)] />
                        <label class="choice-option">
                            <input type="checkbox" id="claim-statutory" prop:checked=move || form.claim.get()
                                on:change=move |ev| form.claim.set(event_target_checked(&ev)) />
                            {move || i18n.t(Msg::StatutoryClaimToggle)}
                        </label>
                        <p class="hint">{move || i18n.t(Msg::StatutoryClaimHint)}</p>
                        <Field id="rate-override" label=Msg::FieldRateOverride hint=Msg::HintRateOverride state=form.rate_override
                            error=error_for(TimelineField::RateOverride) optional=true control=Control::Text { inputmode: "decimal" } />
                    </fieldset>
                </form>
                <TimelineResults />
            </div>
        </section>
    }
}

/// Today's position and the dated steps.
#[component]
fn TimelineResults() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<TimelineState>();
    let messages = expect_context::<crate::views::message::state::MessageState>();
    let invoice = use_invoice();
    let download = move |_| {
        let Some(timeline) = state.outcome.with(|o| o.timeline.clone()) else {
            return;
        };
        let label = invoice.parsed.with(|p| {
            p.as_ref()
                .map(|i| i.invoice_number.clone())
                .unwrap_or_default()
        });
        let mut events = timeline_ics_events(&timeline, &label);
        translate_events(i18n, &timeline, &label, &mut events);
        let ics = write_calendar(&events, crate::today::now_utc());
        crate::download::download_text(
            "tactful-reminders.ics",
            "text/calendar;charset=utf-8",
            &ics,
        );
    };
    let body = move || {
        let lang = i18n.lang.get();
        state.outcome.with(|outcome| {
            let warnings = outcome
                .warnings
                .iter()
                .chain(outcome.problems.iter().filter(|(f, _)| *f == TimelineField::General))
                .map(|(_, p)| view! { <li>{problem_text(i18n, p)}</li> })
                .collect_view();
            let Some(timeline) = &outcome.timeline else {
                let msg = if outcome.invoice_ready { Msg::TimelineFix } else { Msg::TimelineNeedsInvoice };
                return view! { <p class="notice">{i18n.t(msg)}</p><ul class="warnings">{warnings}</ul> }.into_any();
            };
            let summary = today_sentence(i18n, timeline);
            let steps = timeline
                .stages
                .iter()
                .map(|stage| {
                    let status = status_msg(stage.status);
                    let when = stage.date.map(|d| long_date(lang, d)).unwrap_or_else(|| i18n.t(Msg::StagePausedNoDate).to_owned());
                    let overdue = match stage.days_overdue {
                        Some(days) if days > 0 => i18n.t_with(Msg::StageDaysOverdue, &[("days", &days.to_string())]),
                        Some(_) => i18n.t(Msg::StageNotYetDue).to_owned(),
                        None => String::new(),
                    };
                    let accrual = stage.accrual.as_ref().and_then(|a| {
                        let cur = currency(&a.currency).ok()?;
                        let comp_cur = currency(&a.compensation_currency).ok()?;
                        let locale = lang.number_locale();
                        Some(i18n.t_with(Msg::StageAccrued, &[
                            ("interest", &format_amount(a.interest, cur, locale)),
                            ("compensation", &format_amount(a.compensation, comp_cur, locale)),
                        ]))
                    });
                    let notes = stage.notes.iter().map(|n| i18n.t(note_msg(n))).collect::<Vec<_>>().join("; ");
                    view! {
                        <li class=format!("step status-{}", status_class(stage.status)) data-action=action_key(stage.action)>
                            <p class="step-when"><strong>{when}</strong>" · "{overdue}" "<span class="badge">{i18n.t(status)}</span></p>
                            <p class="step-what">{i18n.t(action_msg(stage.action))}" — "{i18n.t(channel_msg(stage.channel))}", "{i18n.t(tone_msg(stage.tone))}</p>
                            {(!notes.is_empty()).then(|| view! { <p class="step-note">{notes}</p> })}
                            {accrual.map(|a| view! { <p class="step-accrual">{a}</p> })}
                            {template_for(stage.action).filter(|_| stage.status != StageStatus::Cancelled).map(|id| {
                                let tone = crate::views::message::tone_for(stage.tone);
                                view! {
                                    <p class="step-link"><a href="#/message" on:click=move |_| messages.open(id, tone)>
                                        {i18n.t(Msg::WriteThisMessage)}
                                    </a></p>
                                }
                            })}
                        </li>
                    }
                })
                .collect_view();
            view! {
                <p class="today" data-testid="timeline-today">{summary}</p>
                <ul class="warnings">{warnings}</ul>
                <ol class="timeline" data-testid="timeline-steps">{steps}</ol>
            }
            .into_any()
        })
    };
    view! {
        <section class="results" aria-labelledby="timeline-results-title" aria-live="polite">
            <h3 id="timeline-results-title">{move || i18n.t(Msg::TimelineTitle)}</h3>
            {body}
            <p class="actions">
                <button type="button" on:click=download disabled=move || state.outcome.with(|o| o.timeline.is_none())>
                    {move || i18n.t(Msg::DownloadIcs)}
                </button>
            </p>
        </section>
    }
}

fn today_sentence(i18n: I18n, timeline: &tactful_engine::timeline::Timeline) -> String {
    let lang = i18n.lang.get();
    let today = &timeline.today_summary;
    let mut sentence = if today.paid {
        i18n.t(Msg::TodayPaid).to_owned()
    } else if today.days_overdue > 0 {
        i18n.t_with(
            Msg::TodayOverdue,
            &[("days", &today.days_overdue.to_string())],
        )
    } else {
        i18n.t(Msg::TodayNotYetDue).to_owned()
    };
    if today.on_hold {
        sentence.push(' ');
        sentence.push_str(i18n.t(Msg::TodayOnHold));
    }
    let next = today
        .next_stage
        .or(today.current_stage)
        .and_then(|i| timeline.stages.get(i))
        .and_then(|s| s.date.map(|d| (s, d)));
    sentence.push(' ');
    match next {
        Some((stage, date)) if !today.paid => sentence.push_str(&i18n.t_with(
            Msg::TodayNext,
            &[
                ("action", i18n.t(action_msg(stage.action))),
                ("channel", i18n.t(channel_msg(stage.channel))),
                ("date", &long_date(lang, date)),
            ],
        )),
        _ if today.paid => {}
        _ => sentence.push_str(i18n.t(Msg::TodayNothingNext)),
    }
    sentence.trim_end().to_owned()
}

fn problem_text(i18n: I18n, problem: &TimelineProblem) -> String {
    let lang = i18n.lang.get();
    match problem {
        TimelineProblem::Date(e) => date_error(lang, e),
        TimelineProblem::Number(e) => number_error(lang, e),
        TimelineProblem::Engine(kind) => match kind {
            IssueKind::InFuture { .. } => i18n.t(Msg::IssueDateInFuture).to_owned(),
            IssueKind::PromiseBeforeMade { .. } => i18n.t(Msg::IssuePromiseBeforeMade).to_owned(),
            IssueKind::PromisePassed => i18n.t(Msg::IssuePromisePassed).to_owned(),
            IssueKind::ResolvedBeforeOpened => i18n.t(Msg::IssueResolvedBeforeOpened).to_owned(),
            IssueKind::GapTooShort { days, min, .. } => i18n.t_with(
                Msg::IssueGapTooShort,
                &[("days", &days.to_string()), ("min", &min.to_string())],
            ),
            IssueKind::SameDayAfterRolling { .. } => {
                i18n.t(Msg::IssueSameDayAfterRolling).to_owned()
            }
            IssueKind::Statutory(tactful_engine::statutory::StatutoryError::NoReferenceRate {
                ..
            }) => i18n.t(Msg::IssueNoRate).to_owned(),
            IssueKind::Statutory(_) => i18n.t(Msg::IssueStatutory).to_owned(),
            other => i18n.t_with(Msg::IssueStageGeneric, &[("detail", &other.to_string())]),
        },
    }
}

fn action_msg(action: StageAction) -> Msg {
    match action {
        StageAction::PreDueReminder => Msg::ActionPreDueReminder,
        StageAction::DueToday => Msg::ActionDueToday,
        StageAction::FriendlyOverdue => Msg::ActionFriendlyOverdue,
        StageAction::SecondFollowUp => Msg::ActionSecondFollowUp,
        StageAction::FirmFollowUp => Msg::ActionFirmFollowUp,
        StageAction::FinalNotice => Msg::ActionFinalNotice,
        StageAction::AgencyReferral => Msg::ActionAgencyReferral,
        StageAction::LegalReview => Msg::ActionLegalReview,
        StageAction::PromiseConfirmation => Msg::ActionPromiseConfirmation,
        StageAction::PromiseMissed => Msg::ActionPromiseMissed,
        StageAction::DisputeAcknowledgement => Msg::ActionDisputeAcknowledgement,
        StageAction::InstallmentDueSoon => Msg::ActionInstallmentDueSoon,
        StageAction::InstallmentMissed => Msg::ActionInstallmentMissed,
        StageAction::ThankYou => Msg::ActionThankYou,
    }
}

/// A stable hook for tests and styling, e.g. `final-notice`.
fn action_key(action: StageAction) -> &'static str {
    match action {
        StageAction::PreDueReminder => "pre-due-reminder",
        StageAction::DueToday => "due-today",
        StageAction::FriendlyOverdue => "friendly-overdue",
        StageAction::SecondFollowUp => "second-follow-up",
        StageAction::FirmFollowUp => "firm-follow-up",
        StageAction::FinalNotice => "final-notice",
        StageAction::AgencyReferral => "agency-referral",
        StageAction::LegalReview => "legal-review",
        StageAction::PromiseConfirmation => "promise-confirmation",
        StageAction::PromiseMissed => "promise-missed",
        StageAction::DisputeAcknowledgement => "dispute-acknowledgement",
        StageAction::InstallmentDueSoon => "installment-due-soon",
        StageAction::InstallmentMissed => "installment-missed",
        StageAction::ThankYou => "thank-you",
    }
}

fn channel_msg(channel: Channel) -> Msg {
    match channel {
        Channel::Email => Msg::ChannelEmail,
        Channel::PhoneCall => Msg::ChannelPhoneCall,
        Channel::Letter => Msg::ChannelLetter,
        Channel::Sms => Msg::ChannelSms,
    }
}

fn tone_msg(tone: Tone) -> Msg {
    match tone {
        Tone::Friendly => Msg::ToneFriendly,
        Tone::Neutral => Msg::ToneNeutral,
        Tone::Firm => Msg::ToneFirm,
        Tone::Final => Msg::ToneFinal,
    }
}

fn status_msg(status: StageStatus) -> Msg {
    match status {
        StageStatus::Past => Msg::StatusPast,
        StageStatus::Today => Msg::StatusToday,
        StageStatus::Next => Msg::StatusNext,
        StageStatus::Upcoming => Msg::StatusUpcoming,
        StageStatus::Paused => Msg::StatusPaused,
        StageStatus::Cancelled => Msg::StatusCancelled,
    }
}

fn status_class(status: StageStatus) -> &'static str {
    match status {
        StageStatus::Past => "past",
        StageStatus::Today => "today",
        StageStatus::Next => "next",
        StageStatus::Upcoming => "upcoming",
        StageStatus::Paused => "paused",
        StageStatus::Cancelled => "cancelled",
    }
}

fn note_msg(note: &StageNote) -> Msg {
    match note {
        StageNote::Rolled { .. } => Msg::NoteRolled,
        StageNote::Postponed { .. } | StageNote::SkippedForPause { .. } => Msg::NotePostponed,
        StageNote::OnHold => Msg::NoteOnHold,
        StageNote::MovedToAvoidSameDay { .. } => Msg::NoteMovedSameDay,
        StageNote::CancelledByPayment => Msg::NoteCancelledByPayment,
    }
}

/// Rewrites the engine's English calendar text in the interface language, with the same
/// words as the steps on screen. `events` are the engine's, one per dated step that is not
/// cancelled, in the order of `timeline.stages` (see `timeline_ics_events`).
fn translate_events(
    i18n: I18n,
    timeline: &tactful_engine::timeline::Timeline,
    label: &str,
    events: &mut [tactful_engine::ics::IcsEvent],
) {
    let lang = i18n.lang.get_untracked();
    let locale = lang.number_locale();
    let stages = timeline
        .stages
        .iter()
        .filter(|s| s.status != StageStatus::Cancelled && s.date.is_some());
    for (event, stage) in events.iter_mut().zip(stages) {
        let text = |msg| i18n::text(lang, msg);
        let title = format!(
            "{} ({})",
            text(action_msg(stage.action)),
            text(channel_msg(stage.channel))
        );
        event.summary = if label.trim().is_empty() {
            title
        } else {
            format!("{title}: {}", label.trim())
        };
        let mut lines = vec![text(tone_msg(stage.tone)).to_owned()];
        match stage.days_overdue {
            Some(days) if days > 0 => lines.push(i18n::fill(
                text(Msg::StageDaysOverdue),
                &[("days", &days.to_string())],
            )),
            Some(_) => lines.push(text(Msg::StageNotYetDue).to_owned()),
            None => {}
        }
        lines.extend(stage.notes.iter().map(|n| text(note_msg(n)).to_owned()));
        if let Some(a) = &stage.accrual {
            if let (Ok(cur), Ok(comp_cur)) =
                (currency(&a.currency), currency(&a.compensation_currency))
            {
                lines.push(i18n::fill(
                    text(Msg::StageAccrued),
                    &[
                        ("interest", &format_amount(a.interest, cur, locale)),
                        (
                            "compensation",
                            &format_amount(a.compensation, comp_cur, locale),
                        ),
                    ],
                ));
            }
        }
        event.description = lines.join("\n");
    }
}

/// The composer template for a step; `None` for internal steps (legal review).
fn template_for(action: StageAction) -> Option<TemplateId> {
    Some(match action {
        StageAction::PreDueReminder => TemplateId::PreDueReminder,
        StageAction::DueToday => TemplateId::DueToday,
        StageAction::FriendlyOverdue => TemplateId::FriendlyOverdue,
        StageAction::SecondFollowUp => TemplateId::SecondFollowUp,
        StageAction::FirmFollowUp => TemplateId::FirmFollowUp,
        StageAction::FinalNotice => TemplateId::FinalNotice,
        StageAction::AgencyReferral => TemplateId::AgencyReferral,
        StageAction::LegalReview => return None,
        StageAction::PromiseConfirmation => TemplateId::PromiseConfirmation,
        StageAction::PromiseMissed => TemplateId::PromiseMissed,
        StageAction::DisputeAcknowledgement => TemplateId::DisputeAcknowledgement,
        StageAction::InstallmentDueSoon => TemplateId::InstallmentDueSoon,
        StageAction::InstallmentMissed => TemplateId::InstallmentMissed,
        StageAction::ThankYou => TemplateId::ThankYou,
    })
}
