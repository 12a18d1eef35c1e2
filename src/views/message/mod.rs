//! The reminder composer (`#/message`): courteous, copy-ready email text for every stage,
//! from the shipped templates or the user's own wording, with a live tone check. All text is
//! rendered as text, never as HTML.

pub mod state;
mod words;

use leptos::prelude::*;
use tactful_engine::limits::MAX_TEXT_CHARS;
use tactful_engine::message::lang::LangPack;
use tactful_engine::message::short_text;
use tactful_engine::message::{
    available_tones, counts, mailto_link, to_html, tone_reason, MessagePart, MissingField,
    RenderedMessage, TemplateErrorKind, TemplateId, ToneVariant,
};

use super::ToolHeader;
use crate::context::{use_i18n, I18n};
use crate::field::{values_line, Field, Section};
use crate::i18n::{Lang, Msg};
use crate::langs::Langs;
use crate::route::Route;
use state::{shipped, MessageState, Source};

/// The composer view.
#[component]
pub fn MessageView() -> impl IntoView {
    let state = expect_context::<MessageState>();
    let form = state.form;
    let i18n = use_i18n();
    // The message language's text (templates, tone phrases, dates) may be a part still to
    // fetch (langs.rs): ask for it; the editor and preview wait until it is there.
    let langs = expect_context::<Langs>();
    Effect::new(move || langs.load_messages(state.lang().get(), || (), || ()));
    let waiting = move || !langs.messages_loaded(state.lang().get());
    // "I intend to claim it": the timeline's choice, shared (the letters claim it only then).
    let claim = expect_context::<crate::views::timeline::state::TimelineState>()
        .form
        .claim;
    let templates = TemplateId::ALL
        .iter()
        .map(|&id| {
            view! {
                <option value=template_key(id) selected=move || state.template().get() == id>
                    {move || i18n.t(template_msg(id))}
                </option>
            }
        })
        .collect_view();
    // The tones of the template shown; choosing one chooses the template too (the composer
    // stops following the timeline).
    let tones = move || {
        available_tones(state.template().get())
            .iter()
            .map(|&tone| {
                view! {
                    <label class="choice-option">
                        <input type="radio" name="message-tone"
                            prop:checked=move || state.tone().get() == tone
                            on:change=move |_| state.open(state.template().get_untracked(), tone) />
                        {move || i18n.t(tone_msg(tone))}
                    </label>
                }
            })
            .collect_view()
    };
    // Following the timeline's step due now, or back to it once another was chosen.
    let follows = move || form.template.with(Option::is_none);
    let follow_note = move || {
        let suggested = state.suggested().get()?;
        Some(if follows() {
            view! { <p class="hint" data-testid="composer-follows">{i18n.t(Msg::ComposerFollowsTimeline)}</p> }.into_any()
        } else {
            let back = move |_| state.follow_timeline();
            let same = (state.template().get(), state.tone().get()) == suggested;
            (!same).then(|| view! {
                <p class="editor-buttons"><button type="button" id="follow-timeline" on:click=back>{i18n.t(Msg::ComposerFollowTimeline)}</button></p>
            }.into_any())?
        })
    };
    // Writes the edited wording for the current template and tone.
    let key_now = move || {
        (
            state.lang().get_untracked(),
            state.template().get_untracked(),
            state.tone().get_untracked(),
        )
    };
    let set_source = Callback::new(move |source: Source| {
        let key = key_now();
        form.edits.update(|edits| {
            edits.insert(key, source);
        });
    });
    let reset = move |_| {
        let key = key_now();
        form.edits.update(|edits| {
            edits.remove(&key);
        });
    };
    let is_edited = move || {
        let key = (
            state.lang().get(),
            state.template().get(),
            state.tone().get(),
        );
        // The shipped wording is there once the language's templates are (re-runs then).
        langs.messages_loaded(key.0);
        form.edits.with(|e| {
            e.get(&key)
                .is_some_and(|s| *s != shipped(key.1, key.2, key.0))
        })
    };

    // The summary line of the collapsed settings: language · sender · law · claim.
    let timeline = expect_context::<crate::views::timeline::state::TimelineState>();
    let settings_line: crate::field::Summary = Box::new(move || {
        let mut line = state.lang().get().autonym().to_owned();
        let sender = values_line(i18n, &[(Msg::FieldSenderName, form.sender)]);
        if !sender.is_empty() {
            line.push_str(" · ");
            line.push_str(&sender);
        }
        line.push_str(" · ");
        line.push_str(&crate::views::law::law_summary(i18n, timeline, claim.get()));
        line
    });
    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="message">
            <ToolHeader route=Route::Message />
            <div class="tool-grid">
                <MessagePreview />
                <form class="tool-form" novalidate on:submit=|ev| ev.prevent_default()>
                    <fieldset class="group essentials">
                        <legend>{move || i18n.t(Msg::ComposerLegend)}</legend>
                        <div class="field">
                            <label for="template">{move || i18n.t(Msg::FieldTemplate)}</label>
                            <select id="template" on:change=move |ev| {
                                if let Some(id) = template_from_key(&event_target_value(&ev)) {
                                    // With the tone chosen last (not the followed step's):
                                    // a template of your own comes in your own tone.
                                    state.open(id, form.tone.get_untracked());
                                }
                            }>{templates}</select>
                        </div>
                        {follow_note}
                        <fieldset class="choice">
                            <legend>{move || i18n.t(Msg::ToneLabel)}</legend>
                            {tones}
                        </fieldset>
                    </fieldset>
                    <Section id="message-settings" title=Msg::MessageSettingsLegend values=settings_line problem=Signal::stored(false)>
                        <div class="field">
                            <label for="message-lang">{move || i18n.t(Msg::MessageLanguageLabel)}</label>
                            <select id="message-lang" aria-describedby="message-lang-hint" on:change=move |ev| {
                                form.message_lang.set(Lang::from_tag(&event_target_value(&ev)));
                            }>
                                {Lang::ALL.iter().map(|&l| view! {
                                    <option value=l.tag() lang=l.tag() selected=move || state.lang().get() == l>{l.autonym()}</option>
                                }).collect_view()}
                            </select>
                            <p class="hint" id="message-lang-hint">{move || i18n.t(Msg::MessageLanguageHint)}</p>
                        </div>
                        <Field id="sender-name" label=Msg::FieldSenderName hint=Msg::HintSenderName
                            state=form.sender error=Signal::derive(move || {
                                short_text(&form.sender.value.get(), MAX_TEXT_CHARS).err().map(|too_long| {
                                    i18n.t_with(Msg::ErrTooLong, &[("max", &too_long.max.to_string())])
                                })
                            }) optional=true autocomplete="name" />
                        <crate::views::law::LawSelect id="message-law" />
                        {move || (state.template().get() == TemplateId::FormalDemand).then(|| view! {
                            <div class="field">
                                <label class="choice-option">
                                    <input type="checkbox" id="message-sole-trader" aria-describedby="message-sole-trader-hint"
                                        prop:checked=move || form.sole_trader.get()
                                        on:change=move |ev| form.sole_trader.set(event_target_checked(&ev)) />
                                    {move || i18n.t(Msg::SoleTraderToggle)}
                                </label>
                                <p class="hint" id="message-sole-trader-hint">{move || i18n.t(Msg::SoleTraderHint)}</p>
                            </div>
                        })}
                        <label class="choice-option">
                            <input type="checkbox" id="message-claim-statutory" prop:checked=move || claim.get()
                                on:change=move |ev| claim.set(event_target_checked(&ev)) />
                            {move || i18n.t(Msg::StatutoryClaimToggle)}
                        </label>
                    </Section>
                    <Section id="message-edit" title=Msg::MessageEditLegend problem=Signal::stored(false)
                        values=Box::new(move || i18n.t(if is_edited() { Msg::ComposerEdited } else { Msg::ComposerShipped }).to_owned())>
                        <words::TemplateFields waiting=Signal::derive(waiting) set_source=set_source />
                        <p class="actions">
                            <button type="button" class="secondary" on:click=reset disabled=move || !is_edited()>
                                {move || i18n.t(Msg::ResetTemplate)}
                            </button>
                        </p>
                    </Section>
                </form>
            </div>
        </section>
    }
}

/// The finished message, its checks and the ways to send it.
#[component]
fn MessagePreview() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<MessageState>();
    let langs = expect_context::<Langs>();
    let status = RwSignal::new(None::<Msg>);
    let copy = move |what: fn(&str, &str) -> String| {
        move |_| {
            let Some(text) = state.composed().with(|c| {
                c.as_ref()
                    .map(|c| what(&c.message.subject, &c.message.body))
            }) else {
                return;
            };
            crate::clipboard::copy_text(&text, move |ok| {
                status.set(Some(if ok { Msg::Copied } else { Msg::CopyFailed }));
            });
        }
    };
    // The body as rich text: paragraphs, and the plan as a real table (the engine's
    // `to_html` escapes everything the user typed).
    let copy_rich = move |_| {
        let Some((html, text)) = state.composed().with(|c| {
            c.as_ref()
                .map(|c| (to_html(&c.message.body), c.message.body.clone()))
        }) else {
            return;
        };
        crate::clipboard::copy_rich(&html, &text, move |ok| {
            status.set(Some(if ok { Msg::Copied } else { Msg::CopyFailed }));
        });
    };
    let body = move || {
        if !langs.messages_loaded(state.lang().get()) {
            let lang = state.lang().get();
            // Its part could not be fetched (offline without the offline copy).
            if langs.messages_failed(lang) {
                let retry = move || langs.load_messages(lang, || (), || ());
                return crate::langs::lang_failed_note(lang, "message-lang-failed", retry)
                    .into_any();
            }
            return view! { <div class="preview part-loading" aria-busy="true"></div> }.into_any();
        }
        state.composed().with(|composed| {
            let Some(c) = composed else {
                return view! { <p class="notice needs-invoice">{i18n.t(Msg::PreviewNeedsInvoice)}</p> }.into_any();
            };
            let (chars, words) = counts(&c.message.body);
            let mailto = mailto_link(None, &c.message.subject, &c.message.body);
            let errors = c.message.errors.iter().map(|e| {
                let part = match e.part { MessagePart::Subject => Msg::PartSubject, MessagePart::Body => Msg::PartBody };
                let source = state.source().with(|s| match e.part {
                    MessagePart::Subject => s.subject.get(e.error.start..e.error.end).unwrap_or_default().to_owned(),
                    MessagePart::Body => s.body.get(e.error.start..e.error.end).unwrap_or_default().to_owned(),
                });
                view! { <li>{i18n.t_with(Msg::TemplateErrorAt, &[
                    ("part", i18n.t(part)),
                    ("line", &e.error.line.to_string()),
                    ("column", &e.error.column.to_string()),
                    ("problem", i18n.t(error_kind_msg(e.error.kind))),
                    ("text", &source),
                ])}</li> }
            }).collect_view();
            let findings = c.findings.iter().map(|f| view! {
                <li>{i18n.t_with(Msg::ToneFindingText, &[("phrase", &f.phrase), ("reason", tone_reason(f.kind, crate::i18n::message_pack(i18n.lang.get()).unwrap_or(LangPack::BRITISH))), ("suggestion", f.suggestion)])}</li>
            }).collect_view();
            let clean = c.findings.is_empty();
            // A statutory figure typed in the timeline that is not a number: the message
            // leaves statutory interest out, and says so here.
            let breakdown = c.claim.as_ref().map(|claim| view! {
                <details class="claim">
                    <summary>{i18n.t(Msg::ClaimTitle)}</summary>
                    {crate::views::law::claim_breakdown(i18n, claim, "message-claim")}
                </details>
            });
            let account_breakdown = c.account.as_ref().map(|report| view! {
                <details class="claim">
                    <summary>{i18n.t(Msg::AccountClaimTitle)}</summary>
                    {crate::views::law::account_claim_breakdown(i18n, report, "message-account-claim")}
                </details>
            });
            let left_out = c.statutory_left_out.map(|which| view! {
                    <p class="notice" data-testid="statutory-left-out">
                        {i18n.t_with(Msg::ComposerStatutoryLeftOut, &[("field", i18n.t(crate::views::timeline::state::unreadable_label(which)))])}
                        " "
                        <a href=Route::Timeline.href()>{i18n.t(Route::Timeline.title())}</a>
                    </p>
                });
            view! {
                {left_out}
                {breakdown}
                {account_breakdown}
                {(!c.message.errors.is_empty()).then(|| view! {
                    <div class="template-errors" data-testid="template-errors">
                        <h4>{i18n.t(Msg::TemplateErrorsTitle)}</h4><ul>{errors}</ul>
                    </div>
                })}
                <div class="preview" data-testid="preview" lang=state.lang().get().tag()>
                    <p class="preview-subject" data-testid="preview-subject">{c.message.subject.clone()}</p>
                    <div class="preview-body" data-testid="preview-body">{c.message.body.clone()}</div>
                </div>
                <p class="counts">{i18n.t_with(Msg::CountsText, &[("chars", &chars.to_string()), ("words", &words.to_string())])}</p>
                <div class="tone-check" data-testid="tone-check">
                    <h4>{i18n.t(Msg::ToneCheckTitle)}</h4>
                    {if clean {
                        view! { <p class="tone-clean">{i18n.t(Msg::ToneCheckClean)}</p> }.into_any()
                    } else {
                        view! { <ul class="tone-findings">{findings}</ul> }.into_any()
                    }}
                </div>
                {if c.message.ready() {
                    view! {
                        <p class="actions">
                            <a class="button" href=mailto.href rel="noopener">{i18n.t(Msg::OpenInEmail)}</a>
                        </p>
                        {mailto.too_long.then(|| view! { <p class="hint">{i18n.t(Msg::MailtoTooLong)}</p> })}
                    }
                    .into_any()
                } else {
                    blocked_note(i18n, &c.message).into_any()
                }}
            }
            .into_any()
        })
    };
    // Nothing leaves the app with a value missing or template code in it.
    let ready = move || {
        state
            .composed()
            .with(|c| c.as_ref().is_some_and(|c| c.message.ready()))
    };
    view! {
        <section class="results" aria-labelledby="preview-title">
            <h3 id="preview-title">{move || i18n.t(Msg::PreviewTitle)}</h3>
            <div aria-live="polite">{body}</div>
            <p class="actions">
                <button type="button" on:click=copy(|s, _| s.to_owned()) disabled=move || !ready()>{move || i18n.t(Msg::CopySubject)}</button>
                <button type="button" on:click=copy(|_, b| b.to_owned()) disabled=move || !ready()>{move || i18n.t(Msg::CopyBody)}</button>
                <button type="button" on:click=copy(|s, b| format!("{s}\n\n{b}")) disabled=move || !ready()>{move || i18n.t(Msg::CopyBoth)}</button>
                <button type="button" on:click=copy_rich disabled=move || !ready()>{move || i18n.t(Msg::CopyRich)}</button>
            </p>
            <p class="copy-status" role="status">{move || status.get().map(|m| i18n.t(m))}</p>
        </section>
    }
}

/// Why "Copy" and "Open in email app" are held back: each value the message needs, with a
/// way to it (its field on this page, focused; or the tool where it is entered), or the
/// template mistakes listed above.
fn blocked_note(i18n: I18n, message: &RenderedMessage) -> impl IntoView {
    let fields = message
        .missing
        .iter()
        .map(|&field| {
            let (label, place) = missing_place(field);
            match place {
                Place::Field(id) => view! {
                    <li><button type="button" data-missing=field.key() on:click=move |_| crate::field::focus_field(id)>{i18n.t(label)}</button></li>
                }
                .into_any(),
                Place::Tool(route) => view! {
                    <li><a href=route.href() data-missing=field.key()>{i18n.t(label)}</a></li>
                }
                .into_any(),
            }
        })
        .collect_view();
    let intro = if message.missing.is_empty() {
        Msg::MessageFixErrors
    } else {
        Msg::MessageNeeds
    };
    view! {
        <div class="notice message-blocked" data-testid="message-blocked">
            <p>{i18n.t(intro)}</p>
            {(!message.missing.is_empty()).then(|| view! { <ul>{fields}</ul> })}
        </div>
    }
}

/// Where a missing value is given.
enum Place {
    /// A field on this page (the invoice panel or the composer), by id.
    Field(&'static str),
    /// Another tool.
    Tool(Route),
}

/// A missing value's name for people, and where it is given.
fn missing_place(field: MissingField) -> (Msg, Place) {
    match field {
        MissingField::YourBusiness => (Msg::FieldYourBusiness, Place::Field("your-business")),
        MissingField::ClientBusiness => (Msg::FieldClientBusiness, Place::Field("client-business")),
        MissingField::ClientContact => (Msg::FieldClientContact, Place::Field("client-contact")),
        MissingField::InvoiceNumber => (Msg::FieldInvoiceNumber, Place::Field("invoice-number")),
        MissingField::IssueDate => (Msg::FieldIssueDate, Place::Field("issue-date")),
        MissingField::PaymentLink => (Msg::FieldPaymentLink, Place::Field("payment-link")),
        MissingField::SenderName | MissingField::Signature => {
            (Msg::FieldSenderName, Place::Field("sender-name"))
        }
        MissingField::Statutory => (Msg::LawLabel, Place::Field("message-law")),
        MissingField::PromiseDate => (Msg::FieldPromiseDate, Place::Tool(Route::Timeline)),
        MissingField::ContactLog => (Route::Timeline.title(), Place::Tool(Route::Timeline)),
        MissingField::Plan => (Route::Plan.title(), Place::Tool(Route::Plan)),
        MissingField::Discount => (Route::Discount.title(), Place::Tool(Route::Discount)),
    }
}

/// Maps a timeline tone to the composer's nearest tone.
pub fn tone_for(tone: tactful_engine::timeline::Tone) -> ToneVariant {
    use tactful_engine::timeline::Tone;
    match tone {
        Tone::Friendly => ToneVariant::Warm,
        Tone::Neutral => ToneVariant::Neutral,
        Tone::Firm | Tone::Final => ToneVariant::Firm,
    }
}

fn tone_msg(tone: ToneVariant) -> Msg {
    match tone {
        ToneVariant::Warm => Msg::ToneWarm,
        ToneVariant::Neutral => Msg::ToneVariantNeutral,
        ToneVariant::Firm => Msg::ToneVariantFirm,
    }
}

fn template_key(id: TemplateId) -> &'static str {
    TEMPLATE_KEYS
        .iter()
        .find(|(i, _)| *i == id)
        .map(|(_, k)| *k)
        .unwrap_or("")
}

fn template_from_key(key: &str) -> Option<TemplateId> {
    TEMPLATE_KEYS
        .iter()
        .find(|(_, k)| *k == key)
        .map(|(i, _)| *i)
}

const TEMPLATE_KEYS: [(TemplateId, &str); 17] = [
    (TemplateId::PreDueReminder, "pre-due-reminder"),
    (TemplateId::DueToday, "due-today"),
    (TemplateId::FriendlyOverdue, "friendly-overdue"),
    (TemplateId::SecondFollowUp, "second-follow-up"),
    (TemplateId::FirmFollowUp, "firm-follow-up"),
    (TemplateId::FinalNotice, "final-notice"),
    (TemplateId::AgencyReferral, "agency-referral"),
    (TemplateId::PaymentPlanProposal, "payment-plan-proposal"),
    (TemplateId::SettlementOffer, "settlement-offer"),
    (TemplateId::InstallmentDueSoon, "installment-due-soon"),
    (TemplateId::InstallmentMissed, "installment-missed"),
    (TemplateId::PromiseConfirmation, "promise-confirmation"),
    (TemplateId::PromiseMissed, "promise-missed"),
    (
        TemplateId::DisputeAcknowledgement,
        "dispute-acknowledgement",
    ),
    (
        TemplateId::StatutoryInterestNotice,
        "statutory-interest-notice",
    ),
    (TemplateId::ThankYou, "thank-you"),
    (TemplateId::FormalDemand, "formal-demand"),
];

fn template_msg(id: TemplateId) -> Msg {
    match id {
        TemplateId::PreDueReminder => Msg::TplPreDueReminder,
        TemplateId::DueToday => Msg::TplDueToday,
        TemplateId::FriendlyOverdue => Msg::TplFriendlyOverdue,
        TemplateId::SecondFollowUp => Msg::TplSecondFollowUp,
        TemplateId::FirmFollowUp => Msg::TplFirmFollowUp,
        TemplateId::FinalNotice => Msg::TplFinalNotice,
        TemplateId::AgencyReferral => Msg::TplAgencyReferral,
        TemplateId::PaymentPlanProposal => Msg::TplPaymentPlanProposal,
        TemplateId::SettlementOffer => Msg::TplSettlementOffer,
        TemplateId::InstallmentDueSoon => Msg::TplInstallmentDueSoon,
        TemplateId::InstallmentMissed => Msg::TplInstallmentMissed,
        TemplateId::PromiseConfirmation => Msg::TplPromiseConfirmation,
        TemplateId::PromiseMissed => Msg::TplPromiseMissed,
        TemplateId::DisputeAcknowledgement => Msg::TplDisputeAcknowledgement,
        TemplateId::StatutoryInterestNotice => Msg::TplStatutoryInterestNotice,
        TemplateId::ThankYou => Msg::TplThankYou,
        TemplateId::FormalDemand => Msg::TplFormalDemand,
    }
}

fn error_kind_msg(kind: TemplateErrorKind) -> Msg {
    match kind {
        TemplateErrorKind::UnknownPlaceholder => Msg::ErrKindUnknownPlaceholder,
        TemplateErrorKind::UnknownFilter => Msg::ErrKindUnknownFilter,
        TemplateErrorKind::BadArgument => Msg::ErrKindBadArgument,
        TemplateErrorKind::WrongType => Msg::ErrKindWrongType,
        TemplateErrorKind::MissingValue => Msg::ErrKindMissingValue,
        TemplateErrorKind::BadExpression => Msg::ErrKindBadExpression,
        TemplateErrorKind::DateOutOfRange => Msg::ErrKindDateOutOfRange,
        TemplateErrorKind::UnclosedPlaceholder => Msg::ErrKindUnclosedPlaceholder,
        TemplateErrorKind::UnclosedTag => Msg::ErrKindUnclosedTag,
        TemplateErrorKind::UnknownTag => Msg::ErrKindUnknownTag,
        TemplateErrorKind::UnmatchedElse => Msg::ErrKindUnmatchedElse,
        TemplateErrorKind::UnmatchedEndif => Msg::ErrKindUnmatchedEndif,
        TemplateErrorKind::UnclosedIf => Msg::ErrKindUnclosedIf,
        TemplateErrorKind::TooDeep => Msg::ErrKindTooDeep,
    }
}
