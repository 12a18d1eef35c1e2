//! The escalation timeline (`#/timeline`): dated, courteous steps from a reminder before the
//! due date to a calm final notice, with pauses for promises and queries, and where the
//! invoice stands today. Every date comes from `tactful_engine::timeline::build_timeline`.
//!
//! The policy is a preset or the user's own ("Customise" copies a preset into an editor of
//! steps: add, remove, move up and down, edit). The engine checks it; each problem is shown
//! at its step. When #/plan has a valid plan, the ladder can follow its instalments.

pub mod chart;
mod log;
pub(crate) mod now;
pub mod state;

use leptos::prelude::*;
use tactful_engine::amount::{format_amount, format_number};
use tactful_engine::currency::currency;
use tactful_engine::holidays::HolidayRegion;
use tactful_engine::ics::write_calendar;
use tactful_engine::limits::MAX_CONTACTS;
use tactful_engine::message::lang::LangPack;
use tactful_engine::statutory::{Jurisdiction, StatutoryError};
use tactful_engine::timeline::{
    timeline_ics_events, Channel, Contact, IssueKind, PresetName, StageAction, StageNote,
    StageStatus, Tone, MAX_OFFSET_DAYS, MIN_OFFSET_DAYS,
};
use wasm_bindgen::JsCast;

use super::ToolHeader;
use crate::context::{use_i18n, use_invoice, FieldState, I18n, Today};
use crate::error_text::{date_error, number_error};
use crate::field::{label_of, values_line, Choice, Control, Field, Section};
use crate::format::long_date;
use crate::i18n::Msg;
use crate::route::Route;
use crate::views::law::LawSelect;
use state::{CustomPolicy, DraftStage, TimelineField, TimelineProblem, TimelineState};

/// Moves keyboard focus to the element `id` once the DOM has caught up (after a step is
/// added, moved or removed, so keyboard users stay where they were).
fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(element) = document()
            .get_element_by_id(&id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = element.focus();
        }
    });
}

/// Like [`focus_later`], opening the collapsed section the element is in first (the
/// contact log's date, from a step's "Sent on another day…").
fn reveal_later(id: &'static str) {
    request_animation_frame(move || crate::field::focus_field(id));
}

/// The ready-made reminder plans, as their radio buttons and the section's summary name them.
const PRESETS: &[(PresetName, Msg)] = &[
    (PresetName::Gentle, Msg::PresetGentle),
    (PresetName::Standard, Msg::PresetStandard),
    (PresetName::Firm, Msg::PresetFirm),
];

/// The timeline view.
#[component]
pub fn TimelineView() -> impl IntoView {
    let state = expect_context::<TimelineState>();
    let form = state.form;
    let i18n = use_i18n();
    let error_for = move |field: TimelineField| {
        Signal::derive(move || {
            state
                .outcome()
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
                <option value=code selected=move || form.region.get() == Some(region)>{move || i18n.t(crate::views::region_msg(region))}</option>
            }
        })
        .collect_view();
    let customising = Memo::new(move |_| form.custom.with(Option::is_some));
    let has_plan = Memo::new(move |_| state.installments().with(Option::is_some));
    let policy = move || {
        if customising.get() {
            view! { <CustomEditor /> }.into_any()
        } else {
            view! {
                <Choice name="preset" legend=Msg::PresetLabel value=form.preset
                    options=PRESETS.to_vec() />
                <p class="hint">{move || i18n.t(Msg::PresetHint)}</p>
                <p class="editor-buttons">
                    <button type="button" id="customise-policy" on:click=move |_| {
                        form.custom.set(Some(CustomPolicy::from_preset(form.preset.get_untracked())));
                        focus_later("stage-0-offset".to_owned());
                    }>{move || i18n.t(Msg::CustomisePolicy)}</button>
                </p>
            }
            .into_any()
        }
    };
    let plan_mode = move || {
        if has_plan.get() {
            view! {
                <label class="choice-option">
                    <input type="checkbox" id="follow-plan" prop:checked=move || form.follow_plan.get()
                        on:change=move |ev| form.follow_plan.set(event_target_checked(&ev)) />
                    {move || i18n.t(Msg::FollowPlanToggle)}
                </label>
                <p class="hint">{move || i18n.t(Msg::FollowPlanHint)}</p>
            }
            .into_any()
        } else {
            view! { <p class="hint">{move || i18n.t(Msg::FollowPlanUnavailable)}</p> }.into_any()
        }
    };

    let problem_in = move |fields: &'static [TimelineField]| {
        Signal::derive(move || {
            state
                .outcome()
                .with(|o| fields.iter().any(|f| o.problem(*f).is_some()))
        })
    };
    // The summary lines of the collapsed sections.
    let policy_line: crate::field::Summary = Box::new(move || {
        let plan = form.custom.with(|custom| match custom {
            Some(custom) => i18n.t_with(
                Msg::PolicyCustomSummary,
                &[("steps", &custom.stages.len().to_string())],
            ),
            None => label_of(PRESETS, &form.preset.get())
                .map_or("", |m| i18n.t(m))
                .to_owned(),
        });
        let region = form
            .region
            .get()
            .map_or(Msg::RegionNone, crate::views::region_msg);
        format!("{plan} · {}", i18n.t(region))
    });
    let law_line: crate::field::Summary = Box::new(move || {
        let mut line = crate::views::law::law_summary(i18n, state, form.claim.get());
        let rates = values_line(i18n, &[(Msg::FieldRateOverride, form.rate_override)]);
        if !rates.is_empty() {
            line.push_str(" · ");
            line.push_str(&rates);
        }
        line
    });
    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="timeline">
            <ToolHeader route=Route::Timeline />
            <now::NowPanel />
            <div class="tool-grid">
                <TimelineResults />
                <form class="tool-form" novalidate on:submit=|ev| ev.prevent_default()>
                    <log::ContactLog />
                    <Section id="timeline-policy" title=Msg::TimelinePolicyLegend values=policy_line
                        problem=Signal::derive(move || state.outcome().with(|o| o.problems.iter().any(|(f, _)| matches!(f, TimelineField::Stage(_) | TimelineField::SendTime))))>
                        {policy}
                        <div class="field">
                            <label for="holiday-region">{move || i18n.t(Msg::FieldRegion)}</label>
                            <select id="holiday-region" on:change=move |ev| {
                                form.region.set(HolidayRegion::from_code(&event_target_value(&ev)));
                            }>
                                <option value="" selected=move || form.region.get().is_none()>{move || i18n.t(Msg::RegionNone)}</option>
                                {regions}
                            </select>
                        </div>
                    </Section>
                    <Section id="timeline-plan" title=Msg::FollowPlanLegend problem=Signal::stored(false)
                        values=Box::new(move || if has_plan.get() && form.follow_plan.get() { i18n.t(Msg::FollowPlanToggle).to_owned() } else { String::new() })>
                        {plan_mode}
                    </Section>
                    <Section id="timeline-events" title=Msg::TimelineEventsLegend
                        problem=problem_in(&[TimelineField::PromiseDate, TimelineField::DisputeOpened, TimelineField::DisputeResolved, TimelineField::PaidOn])
                        values=Box::new(move || values_line(i18n, &[(Msg::FieldPromiseDate, form.promise_date), (Msg::FieldDisputeOpened, form.dispute_opened),
                            (Msg::FieldDisputeResolved, form.dispute_resolved), (Msg::FieldPaidOn, form.paid_on)]))>
                        {date_field("promise-date", Msg::FieldPromiseDate, Msg::HintPromiseDate, form.promise_date, TimelineField::PromiseDate)}
                        {date_field("dispute-opened", Msg::FieldDisputeOpened, Msg::HintDisputeOpened, form.dispute_opened, TimelineField::DisputeOpened)}
                        {date_field("dispute-resolved", Msg::FieldDisputeResolved, Msg::HintDisputeResolved, form.dispute_resolved, TimelineField::DisputeResolved)}
                        {date_field("paid-on", Msg::FieldPaidOn, Msg::HintPaidOn, form.paid_on, TimelineField::PaidOn)}
                    </Section>
                    <Section id="timeline-law" title=Msg::StatutoryLegend values=law_line
                        problem=problem_in(&[TimelineField::RateOverride, TimelineField::EuMargin])>
                        <LawSelect id="law" />
                        <label class="choice-option">
                            <input type="checkbox" id="claim-statutory" prop:checked=move || form.claim.get()
                                on:change=move |ev| form.claim.set(event_target_checked(&ev)) />
                            {move || i18n.t(Msg::StatutoryClaimToggle)}
                        </label>
                        <p class="hint">{move || i18n.t(Msg::StatutoryClaimHint)}</p>
                        <Field id="rate-override" label=Msg::FieldRateOverride hint=Msg::HintRateOverride state=form.rate_override
                            error=error_for(TimelineField::RateOverride) optional=true control=Control::Text { inputmode: "decimal" } />
                        <Show when=move || state.statutory_choice(i18n.lang.get().number_locale()).jurisdiction == Jurisdiction::Eu>
                            <Field id="eu-margin" label=Msg::FieldEuMargin hint=Msg::HintEuMargin state=form.eu_margin
                                error=error_for(TimelineField::EuMargin) control=Control::Text { inputmode: "decimal" } />
                        </Show>
                    </Section>
                </form>
            </div>
        </section>
    }
}

/// `f` applied to the custom step `id`, if it is there.
fn edit_stage(custom: RwSignal<Option<CustomPolicy>>, id: u32, f: impl FnOnce(&mut DraftStage)) {
    custom.update(|c| {
        if let Some(stage) = c
            .as_mut()
            .and_then(|c| c.stages.iter_mut().find(|s| s.id == id))
        {
            f(stage);
        }
    });
}

/// What `f` reads from the custom step `id` (reactive).
fn read_stage<T>(
    custom: RwSignal<Option<CustomPolicy>>,
    id: u32,
    f: impl FnOnce(&DraftStage) -> T,
) -> Option<T> {
    custom.with(|c| {
        c.as_ref()
            .and_then(|c| c.stages.iter().find(|s| s.id == id))
            .map(f)
    })
}

/// The editor of the user's own policy.
#[component]
fn CustomEditor() -> impl IntoView {
    let state = expect_context::<TimelineState>();
    let custom = state.form.custom;
    let i18n = use_i18n();
    let ids = Memo::new(move |_| {
        custom.with(|c| {
            c.as_ref()
                .map(|c| c.stages.iter().map(|s| s.id).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let count = Memo::new(move |_| ids.with(Vec::len));
    let add = move |_| {
        let mut new_id = 0;
        custom.update(|c| {
            if let Some(c) = c {
                let last = c
                    .stages
                    .last()
                    .and_then(|s| tactful_engine::timeline::parse_offset(&s.offset).ok())
                    .unwrap_or(0);
                new_id = c.next_id();
                c.stages.push(DraftStage {
                    id: new_id,
                    offset: last
                        .saturating_add(7)
                        .clamp(MIN_OFFSET_DAYS, MAX_OFFSET_DAYS)
                        .to_string(),
                    business: false,
                    channel: Channel::Email,
                    tone: Tone::Neutral,
                    action: StageAction::SecondFollowUp,
                });
            }
        });
        focus_later(format!("stage-{new_id}-offset"));
    };
    let policy_problem = move || {
        state.outcome().with(|o| {
            o.problems
                .iter()
                .find(|(f, p)| {
                    *f == TimelineField::General
                        && matches!(
                            p,
                            TimelineProblem::Engine(
                                IssueKind::NoStages | IssueKind::TooManyStages { .. }
                            )
                        )
                })
                .map(|(_, p)| problem_text(i18n, p))
        })
    };
    let send_time_error = move || {
        state.outcome().with(|o| {
            o.problem(TimelineField::SendTime)
                .map(|p| problem_text(i18n, p))
        })
    };
    view! {
        <p class="hint">{move || i18n.t(Msg::CustomPolicyNote)}</p>
        <p class="editor-buttons">
            <button type="button" id="use-presets" on:click=move |_| {
                custom.set(None);
                focus_later("customise-policy".to_owned());
            }>{move || i18n.t(Msg::UsePresets)}</button>
        </p>
        <p class="hint" id="stage-offset-hint">{move || i18n.t_limits(Msg::StageOffsetHint)}</p>
        <ol class="stage-editor" data-testid="stage-editor">
            <For each=move || ids.get() key=|id| *id children=move |id| view! { <StageRow id=id count=count /> } />
        </ol>
        <p class="field-error" aria-live="polite">{policy_problem}</p>
        <p class="editor-buttons">
            <button type="button" id="stage-add" on:click=add>{move || i18n.t(Msg::AddStage)}</button>
        </p>
        <label class="choice-option">
            <input type="checkbox" id="business-days-only"
                prop:checked=move || custom.with(|c| c.as_ref().is_some_and(|c| c.business_days_only))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    custom.update(|c| if let Some(c) = c { c.business_days_only = on; });
                } />
            {move || i18n.t(Msg::BusinessDaysOnly)}
        </label>
        <div class="field" class:field-invalid=move || send_time_error().is_some()>
            <label for="send-time">{move || i18n.t(Msg::FieldSendTime)}</label>
            <input id="send-time" name="send-time" type="text" inputmode="text" autocomplete="off" spellcheck="false"
                prop:value=move || custom.with(|c| c.as_ref().map(|c| c.send_time.clone()).unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    custom.update(|c| if let Some(c) = c { c.send_time = text; });
                }
                aria-invalid=move || if send_time_error().is_some() { "true" } else { "false" }
                aria-describedby="send-time-hint send-time-error" />
            <p class="hint" id="send-time-hint">{move || i18n.t(Msg::HintSendTime)}</p>
            <p class="field-error" id="send-time-error" aria-live="polite">{send_time_error}</p>
        </div>
    }
}

/// A `<select>` for one property of a custom step: option `i` is labelled `names[i]`;
/// `selected` is the index chosen, `set` receives the index picked. (Indices, not values:
/// one function for every property keeps the WebAssembly small.)
fn stage_select(
    i18n: I18n,
    id: String,
    label: Msg,
    names: Vec<Msg>,
    selected: Signal<usize>,
    set: Callback<usize>,
) -> AnyView {
    let count = names.len();
    let choices = names
        .into_iter()
        .enumerate()
        .map(|(index, name)| {
            view! {
                <option value=index.to_string() prop:selected=move || selected.get() == index>{move || i18n.t(name)}</option>
            }
        })
        .collect_view();
    view! {
        <div class="field stage-field">
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <select id=id on:change=move |ev| {
                if let Some(index) = event_target_value(&ev).parse::<usize>().ok().filter(|i| *i < count) {
                    set.run(index);
                }
            }>{choices}</select>
        </div>
    }
    .into_any()
}

/// One step of the custom policy: its fields, its problem, and the buttons that move or
/// remove it.
#[component]
fn StageRow(id: u32, count: Memo<usize>) -> impl IntoView {
    let state = expect_context::<TimelineState>();
    let custom = state.form.custom;
    let i18n = use_i18n();
    let position = Memo::new(move |_| {
        custom
            .with(|c| c.as_ref().and_then(|c| c.position(id)))
            .unwrap_or(0)
    });
    let number = move || (position.get() + 1).to_string();
    let is_first = move || position.get() == 0;
    let is_last = move || position.get() + 1 >= count.get();
    // An error at this step, else a warning (a short gap, a shared day after rolling).
    let message = Memo::new(move |_| {
        let field = TimelineField::Stage(position.get());
        state.outcome().with(|o| {
            o.problem(field)
                .map(|p| (true, problem_text(i18n, p)))
                .or_else(|| o.warning(field).map(|p| (false, problem_text(i18n, p))))
        })
    });
    let is_error = move || message.with(|m| m.as_ref().is_some_and(|(e, _)| *e));
    let offset_id = format!("stage-{id}-offset");
    let message_id = format!("stage-{id}-message");
    let move_by = move |up: bool| {
        let mut moved_to = None;
        custom.update(|c| {
            if let Some(c) = c {
                if let Some(from) = c.position(id) {
                    let to = if up {
                        from.checked_sub(1)
                    } else {
                        Some(from + 1)
                    };
                    if let Some(to) = to.filter(|to| *to < c.stages.len()) {
                        c.stages.swap(from, to);
                        moved_to = Some((to, c.stages.len()));
                    }
                }
            }
        });
        if let Some((to, len)) = moved_to {
            // Keep focus on the button pressed, or on its twin when it is now disabled.
            let up_now = if up { to > 0 } else { to + 1 >= len };
            let which = if up_now { "up" } else { "down" };
            focus_later(format!("stage-{id}-{which}"));
        }
    };
    let remove = move |_| {
        custom.update(|c| {
            if let Some(c) = c {
                c.stages.retain(|s| s.id != id);
            }
        });
        focus_later("stage-add".to_owned());
    };
    view! {
        <li class="stage-row" data-stage=id>
            <fieldset class="stage">
                <legend>{move || i18n.t_with(Msg::StageNumber, &[("n", &number())])}</legend>
                <div class="stage-fields">
                    <div class="field stage-field" class:field-invalid=is_error>
                        <label for=offset_id.clone()>{move || i18n.t(Msg::StageOffsetLabel)}</label>
                        <input id=offset_id type="text" inputmode="numeric" autocomplete="off" spellcheck="false"
                            prop:value=move || read_stage(custom, id, |s| s.offset.clone()).unwrap_or_default()
                            on:input=move |ev| {
                                let text = event_target_value(&ev);
                                edit_stage(custom, id, |s| s.offset = text);
                            }
                            aria-invalid=move || if is_error() { "true" } else { "false" }
                            aria-describedby=format!("stage-offset-hint {message_id}") />
                    </div>
                    {stage_select(i18n, format!("stage-{id}-count"), Msg::StageCountLabel,
                        vec![Msg::CountCalendarDays, Msg::CountBusinessDays],
                        Signal::derive(move || usize::from(read_stage(custom, id, |s| s.business).unwrap_or(false))),
                        Callback::new(move |i: usize| edit_stage(custom, id, |s| s.business = i == 1)))}
                    {stage_select(i18n, format!("stage-{id}-channel"), Msg::StageChannelLabel,
                        Channel::ALL.iter().map(|c| channel_msg(*c)).collect(),
                        Signal::derive(move || read_stage(custom, id, |s| index_in(Channel::ALL, &s.channel)).unwrap_or(0)),
                        Callback::new(move |i: usize| edit_stage(custom, id, |s| s.channel = Channel::ALL[i])))}
                    {stage_select(i18n, format!("stage-{id}-tone"), Msg::StageToneLabel,
                        Tone::ALL.iter().map(|t| tone_msg(*t)).collect(),
                        Signal::derive(move || read_stage(custom, id, |s| index_in(Tone::ALL, &s.tone)).unwrap_or(0)),
                        Callback::new(move |i: usize| edit_stage(custom, id, |s| s.tone = Tone::ALL[i])))}
                    {stage_select(i18n, format!("stage-{id}-action"), Msg::StageActionLabel,
                        StageAction::LADDER.iter().map(|a| action_msg(*a)).collect(),
                        Signal::derive(move || read_stage(custom, id, |s| index_in(StageAction::LADDER, &s.action)).unwrap_or(0)),
                        Callback::new(move |i: usize| edit_stage(custom, id, |s| s.action = StageAction::LADDER[i])))}
                </div>
                <p id=format!("stage-{id}-message") aria-live="polite"
                    class=move || if is_error() { "field-error" } else { "field-warning" }>
                    {move || message.get().map(|(_, text)| text)}
                </p>
                <p class="editor-buttons">
                    <button type="button" id=format!("stage-{id}-up") disabled=is_first
                        aria-label=move || i18n.t_with(Msg::MoveStageUpNamed, &[("n", &number())])
                        on:click=move |_| move_by(true)>{move || i18n.t(Msg::MoveStageUp)}</button>
                    <button type="button" id=format!("stage-{id}-down") disabled=is_last
                        aria-label=move || i18n.t_with(Msg::MoveStageDownNamed, &[("n", &number())])
                        on:click=move |_| move_by(false)>{move || i18n.t(Msg::MoveStageDown)}</button>
                    <button type="button" id=format!("stage-{id}-remove")
                        aria-label=move || i18n.t_with(Msg::RemoveStageNamed, &[("n", &number())])
                        on:click=remove>{move || i18n.t(Msg::RemoveStage)}</button>
                </p>
            </fieldset>
        </li>
    }
}

/// Today's position and the dated steps.
#[component]
fn TimelineResults() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<TimelineState>();
    let messages = expect_context::<crate::views::message::state::MessageState>();
    let Today(today) = expect_context::<Today>();
    let invoice = use_invoice();
    let form = state.form;
    let log = state.log();
    let download = move |_| {
        let Some(timeline) = state.outcome().with(|o| o.timeline.clone()) else {
            return;
        };
        let label = invoice.parsed.with(|p| {
            p.as_ref()
                .map(|i| i.invoice_number.clone())
                .unwrap_or_default()
        });
        // The engine writes the texts in the interface language (its pack is loaded with it).
        let pack =
            crate::i18n::message_pack(i18n.lang.get_untracked()).unwrap_or(LangPack::BRITISH);
        let events = timeline_ics_events(&timeline, &label, pack);
        let ics = write_calendar(&events, crate::today::now_utc());
        crate::download::download_text(
            "tactful-reminders.ics",
            "text/calendar;charset=utf-8",
            &ics,
        );
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let body = move || {
        let lang = i18n.lang.get();
        let customising = state.form.custom.with(Option::is_some);
        let account = invoice.account_report();
        state.outcome().with(|outcome| {
            // Problems of the custom steps and of fields with a place of their own are
            // shown there, not in this list.
            let listed = |f: &TimelineField| match f {
                TimelineField::Stage(_) => !customising,
                TimelineField::EuMargin | TimelineField::SendTime | TimelineField::Contact(_) => false,
                _ => true,
            };
            let log_full = log.entries.with(Vec::len) >= MAX_CONTACTS;
            let warnings = outcome
                .warnings
                .iter()
                .filter(|(f, _)| listed(f))
                .chain(outcome.problems.iter().filter(|(f, p)| {
                    (*f == TimelineField::General && !matches!(p, TimelineProblem::Engine(IssueKind::NoStages | IssueKind::TooManyStages { .. })))
                        || (matches!(f, TimelineField::Stage(_)) && !customising)
                }))
                .map(|(_, p)| view! { <li>{problem_text(i18n, p)}</li> })
                .collect_view();
            let Some(timeline) = &outcome.timeline else {
                let ready = outcome.invoice_ready;
                let msg = if ready { Msg::TimelineFix } else { Msg::TimelineNeedsInvoice };
                return view! { <p class="notice" class:needs-invoice=!ready>{i18n.t(msg)}</p><ul class="warnings">{warnings}</ul> }.into_any();
            };
            let summary = today_sentence(i18n, timeline);
            let chart = chart::ladder_chart(i18n, timeline, today, &summary);
            let rate = outcome.rate.as_ref().map(|rate| {
                let locale = lang.number_locale();
                let pct = |n: rust_decimal::Decimal| format_number(n, n.normalize().scale(), locale);
                view! {
                    " "<span class="statutory-rate" data-testid="statutory-rate">{i18n.t_with(Msg::StatutoryRateLine, &[
                        ("rate", &pct(rate.annual)),
                        ("reference", &pct(rate.reference)),
                        ("margin", &pct(rate.margin)),
                    ])}</span>
                }
            });
            // Steps in a half-year whose rate is not published yet: their accruals assume
            // the latest known rate carried forward; said once.
            let assumed = crate::views::law::rate_assumed(i18n, &timeline.assumed_rates)
                .map(|text| view! { <p class="hint" data-testid="timeline-rate-assumed">{text}</p> });
            let plan_note = outcome.following_plan.then(|| view! { <p class="hint">{i18n.t(Msg::FollowingPlanNote)}</p> });
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
                        let sum = crate::views::law::FixedSum::of(a.compensation, a.collection_costs);
                        Some(i18n.t_with(sum.msg(Msg::StageAccrued, Msg::StageAccruedCosts), &[
                            ("interest", &format_amount(a.interest, cur, locale)),
                            (sum.key(), &format_amount(sum.amount(), comp_cur, locale)),
                        ]))
                    });
                    let notes = stage.notes.iter().map(|n| i18n.t(note_msg(n))).collect::<Vec<_>>().join("; ");
                    // One muted line of facts about the day: how late, why it moved, what
                    // could be claimed by then.
                    let facts = [
                        (!overdue.is_empty()).then(|| view! { <span class="step-overdue">{overdue}</span> }.into_any()),
                        (!notes.is_empty()).then(|| view! { <span class="step-note">{notes}</span> }.into_any()),
                        accrual.map(|a| view! { <span class="step-accrual">{a}</span> }.into_any()),
                    ]
                    .into_iter()
                    .flatten()
                    .enumerate()
                    .map(|(i, fact)| view! { {(i > 0).then_some(" · ")}{fact} })
                    .collect_view();
                    // The step's link to the composer, beside what it sends (on a phone, in
                    // one row with the log buttons).
                    let write = stage.action.template().filter(|_| stage.status != StageStatus::Cancelled && crate::context::composer_shown()).map(|id| {
                                let tone = crate::views::message::tone_for(stage.tone);
                                view! {
                                    <a class="step-link" href="#/message" on:click=move |_| messages.open(id, tone)>
                                        {i18n.t(Msg::WriteThisMessage)}
                                    </a>
                                }
                            });
                    // Its log buttons, beside its day where there is room.
                    let sent = loggable(stage.status).then(|| {
                                let (action, channel) = (stage.action, stage.channel);
                                // "Sent on another day" starts on the step's day when it has
                                // passed, else today.
                                let day = stage.date.map_or(today, |d| d.min(today));
                                let name = i18n.t(action_msg(action));
                                view! {
                                    <p class="step-log">
                                        <button type="button" class="secondary" disabled=log_full
                                            aria-label=i18n.t_with(Msg::StepSentTodayNamed, &[("action", name)])
                                            on:click=move |_| form.add_contact(Contact::sent(today, action, channel))>
                                            {i18n.t(Msg::StepSentToday)}
                                        </button>
                                        <button type="button" class="secondary" disabled=log_full
                                            aria-label=i18n.t_with(Msg::StepSentOnNamed, &[("action", name)])
                                            on:click=move |_| {
                                                log.form.start_sent(action, channel, day);
                                                reveal_later("contact-date");
                                            }>
                                            {i18n.t(Msg::StepSentOn)}
                                        </button>
                                    </p>
                                }
                            });
                    view! {
                        <li class=format!("step status-{}", status_class(stage.status)) data-action=action_key(stage.action)>
                            <div class="step-head">
                                <p class="step-when"><strong>{when}</strong>" "<span class="badge">{i18n.t(status)}</span></p>
                                {sent}
                            </div>
                            <p class="step-what"><span class="step-what-text">{i18n.t(action_msg(stage.action))}" — "{i18n.t(channel_msg(stage.channel))}", "{i18n.t(tone_msg(stage.tone))}</span>" "{write}</p>
                            <p class="step-facts">{facts}</p>
                        </li>
                    }
                })
                .collect_view();
            let law = outcome.law.as_ref().map(|choice| view! {
                <span class="law-in-force" data-testid="law-in-force">{crate::views::law::law_in_force(i18n, choice)}</span>
            });
            let breakdown = outcome.claim.as_ref().map(|claim| view! {
                <details class="claim" data-testid="timeline-claim-details">
                    <summary>{i18n.t(Msg::ClaimTitle)}</summary>
                    {crate::views::law::claim_breakdown(i18n, claim, "timeline-claim")}
                </details>
            });
            // A client account: keyed to its oldest unpaid invoice; where each stands, and
            // its statutory claim invoice by invoice.
            let account = account.as_ref().map(|report| view! {
                {account_notes(i18n, report)}
                <details class="claim" data-testid="timeline-account-claim-details">
                    <summary>{i18n.t(Msg::AccountClaimTitle)}</summary>
                    {crate::views::law::account_claim_breakdown(i18n, report, "timeline-account-claim")}
                </details>
            });
            // On screen "What to send now" above says the same: this sentence is then the
            // printed summary's (and the picture's text alternative's).
            let print_only = outcome.next_step.is_some();
            view! {
                <p class="today" class:print-only=print_only data-testid="timeline-today">{summary}</p>
                {account}
                {plan_note}
                <p class="law-rate">{law}{rate}</p>
                {assumed}
                {breakdown}
                <ul class="warnings">{warnings}</ul>
                {chart}
                <ol class="timeline" data-testid="timeline-steps">{steps}</ol>
            }
            .into_any()
        })
    };
    view! {
        <section class="results" aria-labelledby="timeline-results-title" aria-live="polite">
            <div class="results-head">
            <h3 id="timeline-results-title">{move || i18n.t(Msg::TimelineTitle)}</h3>
            <p class="actions">
                <button type="button" on:click=download disabled=move || state.outcome().with(|o| o.timeline.is_none())>
                    {move || i18n.t(Msg::DownloadIcs)}
                </button>
                <button type="button" class="secondary" on:click=print disabled=move || state.outcome().with(|o| o.timeline.is_none())>
                    {move || i18n.t(Msg::PrintSummary)}
                </button>
            </p>
            </div>
            {body}
        </section>
    }
}

/// A client account's timeline: which invoice it is keyed to, and one note per invoice
/// (its balance, due date and days overdue, or that it is paid). Static.
fn account_notes(i18n: I18n, report: &tactful_engine::account::AccountReport) -> impl IntoView {
    let lang = i18n.lang.get();
    let money = |value| format_amount(value, report.currency, lang.number_locale());
    let mut order: Vec<_> = report.invoices.iter().collect();
    order.sort_by_key(|inv| (inv.due_date, inv.index));
    let keyed = order
        .iter()
        .find(|inv| inv.balance > rust_decimal::Decimal::ZERO)
        .map(|inv| {
            i18n.t_with(
                Msg::TimelineAccountKeyed,
                &[
                    ("number", &inv.number),
                    ("due", &long_date(lang, inv.due_date)),
                ],
            )
        });
    let notes = order
        .iter()
        .map(|inv| {
            let status = i18n.t(crate::views::account::status_msg(inv.status));
            let note = i18n.t_with(
                Msg::TimelineAccountInvoice,
                &[
                    ("number", &inv.number),
                    ("status", status),
                    ("balance", &money(inv.balance)),
                    ("due", &long_date(lang, inv.due_date)),
                    ("days", &inv.days_overdue.to_string()),
                ],
            );
            view! { <li>{note}</li> }
        })
        .collect_view();
    view! {
        {keyed.map(|keyed| view! { <p class="hint" data-testid="timeline-account-keyed">{keyed}</p> })}
        <ul class="account-notes" data-testid="timeline-account-notes">{notes}</ul>
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
        TimelineProblem::OffsetNotWhole => i18n.t(Msg::ErrOffsetWhole).to_owned(),
        TimelineProblem::SendTime => i18n.t(Msg::ErrSendTime).to_owned(),
        TimelineProblem::Engine(kind) => match kind {
            IssueKind::OffsetOutOfRange { min, max, .. } => i18n.t_with(
                Msg::IssueOffsetRange,
                &[("min", &min.to_string()), ("max", &max.to_string())],
            ),
            IssueKind::SameDay { other } => i18n.t_with(
                Msg::IssueSameDay,
                &[("n", &other.saturating_add(1).to_string())],
            ),
            IssueKind::OutOfOrder { .. } => i18n.t(Msg::IssueOutOfOrder).to_owned(),
            IssueKind::EscalationBeforeFinalNotice { .. } => {
                i18n.t(Msg::IssueEscalationFirst).to_owned()
            }
            IssueKind::FirstOverdueTooHarsh { .. } => i18n.t(Msg::IssueFirstTooHarsh).to_owned(),
            IssueKind::NotALadderAction { .. } => i18n.t(Msg::IssueNotALadderAction).to_owned(),
            IssueKind::NoStages => i18n.t(Msg::IssueNoStages).to_owned(),
            IssueKind::TooManyStages { max, .. } => {
                i18n.t_with(Msg::IssueTooManyStages, &[("max", &max.to_string())])
            }
            IssueKind::NotWithInstallments => i18n.t(Msg::IssueNotWithPlan).to_owned(),
            IssueKind::Statutory(StatutoryError::InvalidMargin { .. }) => {
                i18n.t(Msg::IssueEuMargin).to_owned()
            }
            IssueKind::InFuture { .. } => i18n.t(Msg::IssueDateInFuture).to_owned(),
            IssueKind::PromiseBeforeMade { .. } => i18n.t(Msg::IssuePromiseBeforeMade).to_owned(),
            IssueKind::PromisePassed => i18n.t(Msg::IssuePromisePassed).to_owned(),
            IssueKind::ResolvedBeforeOpened => i18n.t(Msg::IssueResolvedBeforeOpened).to_owned(),
            IssueKind::GapTooShort { days, min, .. } => i18n.t_with(
                Msg::IssueGapTooShort,
                &[("days", &days.to_string()), ("min", &min.to_string())],
            ),
            IssueKind::Statutory(StatutoryError::NoReferenceRate { .. }) => {
                i18n.t(Msg::IssueNoRate).to_owned()
            }
            IssueKind::TooManyContacts { max, .. } => {
                i18n.t_with(Msg::ContactLogFull, &[("max", &max.to_string())])
            }
            IssueKind::NoteTooLong { max } => {
                i18n.t_with(Msg::ErrTooLong, &[("max", &max.to_string())])
            }
            IssueKind::EmptyContact => i18n.t(Msg::ContactNoteRequired).to_owned(),
            IssueKind::InvalidPartPayment { amount } => crate::error_text::amount_error(
                lang,
                &if amount.is_sign_positive() && !amount.is_zero() {
                    tactful_engine::amount::AmountError::TooLarge
                } else {
                    tactful_engine::amount::AmountError::NotPositive
                },
            ),
            IssueKind::NoQueryToResolve => i18n.t(Msg::IssueNoQueryToResolve).to_owned(),
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

pub(crate) fn tone_msg(tone: Tone) -> Msg {
    match tone {
        Tone::Friendly => Msg::ToneFriendly,
        Tone::Neutral => Msg::ToneNeutral,
        Tone::Firm => Msg::ToneFirm,
        Tone::Final => Msg::ToneFinal,
    }
}

fn status_msg(status: StageStatus) -> Msg {
    match status {
        StageStatus::Sent => Msg::StatusSent,
        StageStatus::Skipped => Msg::StatusSkipped,
        StageStatus::Today => Msg::StatusToday,
        StageStatus::Next => Msg::StatusNext,
        StageStatus::Upcoming => Msg::StatusUpcoming,
        StageStatus::Paused => Msg::StatusPaused,
        StageStatus::Cancelled => Msg::StatusCancelled,
    }
}

fn status_class(status: StageStatus) -> &'static str {
    match status {
        StageStatus::Sent => "sent",
        StageStatus::Skipped => "skipped",
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
        StageNote::Rescheduled { .. } => Msg::NoteRescheduled,
        StageNote::MovedToKeepGap { .. } => Msg::NoteKeptGap,
        StageNote::PartPayment { .. } => Msg::NotePartPayment,
    }
}

/// Whether a step can be logged as sent from the list: not sent yet, and still a step
/// (not cancelled by payment or a pause, not on hold).
fn loggable(status: StageStatus) -> bool {
    !matches!(
        status,
        StageStatus::Sent | StageStatus::Cancelled | StageStatus::Paused
    )
}

/// The index of `value` in `all` (0 when absent): the position a select shows.
fn index_in<T: PartialEq>(all: &[T], value: &T) -> usize {
    all.iter().position(|v| v == value).unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{text, Lang};
    use chrono::NaiveDate;
    use tactful_engine::timeline::{build_timeline, Contact, Policy, Stage, TimelineInput};

    /// The calendar's texts come from the engine's language packs, the steps on screen
    /// from `i18n`: both must say the same for every action, channel and tone.
    #[test]
    fn the_calendar_uses_the_words_of_the_steps_on_screen() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a date");
        let actions = [
            StageAction::PreDueReminder,
            StageAction::DueToday,
            StageAction::FriendlyOverdue,
            StageAction::SecondFollowUp,
            StageAction::FirmFollowUp,
            StageAction::FinalNotice,
            StageAction::AgencyReferral,
            StageAction::LegalReview,
        ];
        let channels = [
            Channel::Email,
            Channel::PhoneCall,
            Channel::Letter,
            Channel::Sms,
        ];
        let tones = [Tone::Friendly, Tone::Neutral, Tone::Firm, Tone::Final];
        let mut policy = Policy::standard();
        policy.business_days_only = false;
        policy.min_gap_days = 0;
        policy.stages = actions
            .iter()
            .enumerate()
            .map(|(i, action)| {
                let offset = i32::try_from(i * 10).expect("small") - 5;
                Stage::new(offset, channels[i % 4], tones[i % 4], *action)
            })
            .collect();
        // Before the first step: every step of the ladder is ahead.
        let ladder = TimelineInput::new(policy, date(2025, 3, 3), date(2025, 2, 20));
        // The event steps: a promise kept waiting, an open query, instalments, payment;
        // the messages sent are logged (steps neither sent nor due are not in the calendar).
        let sent = |day, action| Contact::sent(day, action, Channel::Email);
        let mut promised = TimelineInput::new(Policy::firm(), date(2025, 3, 3), date(2025, 3, 20));
        promised.promise_to_pay = Some(date(2025, 3, 14));
        promised.promise_made_on = Some(date(2025, 3, 7));
        promised.contacts = vec![sent(date(2025, 3, 7), StageAction::PromiseConfirmation)];
        let mut disputed = TimelineInput::new(Policy::firm(), date(2025, 3, 3), date(2025, 3, 20));
        disputed.dispute = Some(tactful_engine::timeline::Dispute {
            opened: date(2025, 3, 10),
            resolved: Some(date(2025, 3, 12)),
        });
        disputed.paid_on = Some(date(2025, 3, 19));
        disputed.contacts = vec![sent(date(2025, 3, 10), StageAction::DisputeAcknowledgement)];
        let mut instalments =
            TimelineInput::new(Policy::standard(), date(2025, 3, 3), date(2025, 4, 20));
        instalments.installments = Some(vec![
            (date(2025, 3, 3), rust_decimal::Decimal::ONE),
            (date(2025, 4, 3), rust_decimal::Decimal::ONE),
        ]);
        instalments.contacts = vec![
            sent(date(2025, 3, 2), StageAction::InstallmentDueSoon),
            sent(date(2025, 3, 4), StageAction::InstallmentMissed),
        ];
        let mut seen = std::collections::HashSet::new();
        for input in [&ladder, &promised, &disputed, &instalments] {
            let timeline = build_timeline(input).expect("a timeline");
            let live: Vec<_> = timeline
                .stages
                .iter()
                .filter(|s| s.date.is_some())
                .filter(|s| !matches!(s.status, StageStatus::Cancelled | StageStatus::Skipped))
                .collect();
            for &lang in Lang::ALL {
                let events = timeline_ics_events(
                    &timeline,
                    "",
                    crate::i18n::message_pack(lang).unwrap_or(LangPack::BRITISH),
                );
                assert_eq!(events.len(), live.len(), "{lang:?}");
                for (event, stage) in events.iter().zip(&live) {
                    seen.insert(action_key(stage.action));
                    let title = format!(
                        "{} ({})",
                        text(lang, action_msg(stage.action)),
                        text(lang, channel_msg(stage.channel))
                    );
                    assert_eq!(event.summary, title, "{lang:?}");
                    let tone = text(lang, tone_msg(stage.tone));
                    assert!(event.description.starts_with(tone), "{lang:?}: {tone}");
                    for note in &stage.notes {
                        let note = text(lang, note_msg(note));
                        assert!(event.description.contains(note), "{lang:?}: {note}");
                    }
                }
            }
        }
        assert_eq!(seen.len(), 14, "every action is checked: {seen:?}");
        let timeline = build_timeline(&ladder).expect("a timeline");
        for &lang in Lang::ALL {
            let events = timeline_ics_events(
                &timeline,
                "",
                crate::i18n::message_pack(lang).unwrap_or(LangPack::BRITISH),
            );
            let pre_due = &events[0].description;
            assert!(
                pre_due.ends_with(text(lang, Msg::StageNotYetDue)),
                "{lang:?}"
            );
        }
    }
}
