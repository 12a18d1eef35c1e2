//! Embed mode in the browser: the agency's accent colour, the height reports to the host
//! page (`www/embed.js` sizes the iframe with them), and the "Embed on your site" page
//! (`#/embed`) that writes the snippet for chosen options, with a live preview.
//! The options themselves are parsed and validated in [`crate::embed`].

use leptos::prelude::*;
use tactful_engine::currency::all_currencies;
use tactful_engine::timeline::PresetName;
use wasm_bindgen::prelude::*;

use crate::clipboard::copy_text;
use crate::context::{use_i18n, FieldState};
use crate::embed::{hex_colour, percent_encode, policy_id, snippet, EmbedOptions, ProblemKind};
use crate::field::Field;
use crate::i18n::{Lang, Msg};
use crate::route::Route;

/// The sandbox the snippet and the preview give the iframe.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups";
/// The type of the height messages posted to the host page.
pub const HEIGHT_MESSAGE: &str = "tactful:height";

/// Marks the page as embedded (`data-embed` on `<html>`, for the compact layout) and sets
/// the accent colour and a readable text colour on it through the CSSOM (the CSP allows no
/// inline style; `accent` is a validated `#rrggbb`).
pub fn apply_embed_look(accent: Option<&str>) {
    let Some(html) = document()
        .document_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    let _ = html.set_attribute("data-embed", "");
    if let Some(accent) = accent.and_then(hex_colour) {
        let style = html.style();
        let _ = style.set_property("--accent", &accent);
        let _ = style.set_property("--accent-text", crate::embed::accent_text(&accent));
    }
}

/// Posts `{ type: 'tactful:height', height }` to the parent window whenever the page's
/// height changes (a `ResizeObserver` on `<body>`). Only a number leaves the frame, so
/// it is posted to any origin: the host page's `embed.js` checks where it comes from.
pub fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(parent) = window.parent().ok().flatten() else {
        return;
    };
    let self_value: &JsValue = window.as_ref();
    let parent_value: &JsValue = parent.as_ref();
    if self_value == parent_value {
        return; // not in a frame
    }
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let measured = body.clone();
    let last = std::cell::Cell::new(-1);
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = measured.offset_height();
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // Both live as long as the page.
        std::mem::forget(observer);
        callback.forget();
    }
}

/// The error sentence for `param`, if the generator's own query has a problem there.
fn problem_text(lang: Lang, kind: ProblemKind) -> &'static str {
    crate::i18n::text(
        lang,
        match kind {
            ProblemKind::BadName => Msg::EmbedBadName,
            ProblemKind::BadLogo => Msg::EmbedBadLogo,
            _ => Msg::EmbedBadColour,
        },
    )
}

/// The "Embed on your site" page: options, the snippet to copy and a live preview.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let i18n = use_i18n();
    let tools = RwSignal::new(Route::ALL.to_vec());
    let name = FieldState::new("");
    let logo = FieldState::new("");
    let accent = FieldState::new("");
    let currency = RwSignal::new(String::from("GBP"));
    let lang = RwSignal::new(None::<Lang>);
    let policy = RwSignal::new(PresetName::Standard);
    let powered = RwSignal::new(true);
    let copied = RwSignal::new(None::<bool>);
    let app_url = crate::route::own_page_url();
    let origin = window().location().origin().unwrap_or_default();

    // The form is written as a query and read back by the very parser the embed uses, so
    // the snippet holds only values the embed accepts, and the problems are its problems.
    let parsed = Memo::new(move |_| {
        let chosen: Vec<&str> = Route::ALL
            .into_iter()
            .filter(|r| tools.with(|t| t.contains(r)))
            .map(Route::id)
            .collect();
        let query = format!(
            "embed=1&tools={}&name={}&logo={}&accent={}&currency={}&lang={}&policy={}&powered={}",
            chosen.join(","),
            percent_encode(&name.value.get()),
            percent_encode(&logo.value.get()),
            percent_encode(&accent.value.get()),
            percent_encode(&currency.get()),
            lang.get().map(Lang::tag).unwrap_or_default(),
            policy_id(policy.get()),
            if powered.get() { "1" } else { "0" },
        );
        EmbedOptions::from_query_at(&query, &origin)
    });
    let error_for = move |param: &'static str| {
        Signal::derive(move || {
            parsed.with(|(_, problems)| {
                problems
                    .iter()
                    .find(|p| p.param == param)
                    .map(|p| problem_text(i18n.lang.get(), p.kind).to_owned())
            })
        })
    };
    let app_url_for_src = app_url.clone();
    let src = Memo::new(move |_| {
        parsed.with(|(options, _)| format!("{app_url_for_src}?{}", options.to_query()))
    });
    let code = Memo::new(move |_| {
        parsed.with(|(options, _)| snippet(&app_url, options, i18n.t(Msg::EmbedFrameTitle)))
    });
    let picker_value = move || {
        parsed
            .with(|(options, _)| options.accent.clone())
            .unwrap_or_else(|| String::from("#1f5f5b"))
    };
    let copy = move |_| {
        copied.set(None);
        copy_text(&code.get_untracked(), move |ok| copied.set(Some(ok)));
    };

    let tool_boxes = Route::ALL
        .into_iter()
        .map(|r| {
            view! {
                <label class="choice-option">
                    <input
                        type="checkbox"
                        name="embed-tools"
                        value=r.id()
                        prop:checked=move || tools.with(|t| t.contains(&r))
                        on:change=move |ev| {
                            let on = event_target_checked(&ev);
                            tools.update(|t| {
                                t.retain(|x| *x != r);
                                if on {
                                    t.push(r);
                                }
                            });
                        }
                    />
                    {move || i18n.t(r.title())}
                </label>
            }
        })
        .collect_view();
    let currencies = all_currencies()
        .iter()
        .map(|c| {
            let code = c.code;
            view! {
                <option value=code selected=move || currency.with(|v| v == code)>
                    {format!("{} — {}", c.code, c.name)}
                </option>
            }
        })
        .collect_view();
    let langs = Lang::ALL
        .iter()
        .map(|&l| {
            view! {
                <option value=l.tag() lang=l.tag() selected=move || lang.get() == Some(l)>{l.autonym()}</option>
            }
        })
        .collect_view();
    let policies = [
        (PresetName::Gentle, Msg::PresetGentle),
        (PresetName::Standard, Msg::PresetStandard),
        (PresetName::Firm, Msg::PresetFirm),
    ]
    .into_iter()
    .map(|(p, label)| {
        view! {
            <option value=policy_id(p) selected=move || policy.get() == p>{move || i18n.t(label)}</option>
        }
    })
    .collect_view();

    view! {
        <section class="panel embed-page" aria-labelledby="tool-title" data-view="embed">
            <h2 id="tool-title" tabindex="-1">{move || i18n.t(Msg::EmbedTitle)}</h2>
            <p class="tool-summary">{move || i18n.t(Msg::EmbedIntro)}</p>
            <div class="embed-grid">
                <form class="embed-options" on:submit=|ev| ev.prevent_default()>
                    <fieldset class="choice">
                        <legend>{move || i18n.t(Msg::EmbedToolsLegend)}</legend>
                        {tool_boxes}
                        <p class="hint">{move || i18n.t(Msg::EmbedToolsHint)}</p>
                    </fieldset>
                    <Field id="embed-name" label=Msg::EmbedNameLabel state=name
                        hint=Msg::EmbedNameHint error=error_for("name") optional=true />
                    <Field id="embed-logo" label=Msg::EmbedLogoLabel state=logo
                        hint=Msg::EmbedLogoHint error=error_for("logo") optional=true />
                    <div class="embed-accent">
                        <Field id="embed-accent" label=Msg::EmbedAccentLabel state=accent
                            hint=Msg::EmbedAccentHint error=error_for("accent") optional=true />
                        <div class="field">
                            <label for="embed-accent-picker">{move || i18n.t(Msg::EmbedAccentPicker)}</label>
                            <input
                                id="embed-accent-picker"
                                type="color"
                                prop:value=picker_value
                                on:input=move |ev| accent.value.set(event_target_value(&ev))
                            />
                        </div>
                    </div>
                    <div class="field">
                        <label for="embed-currency">{move || i18n.t(Msg::FieldCurrency)}</label>
                        <select id="embed-currency" on:change=move |ev| currency.set(event_target_value(&ev))>
                            {currencies}
                        </select>
                    </div>
                    <div class="field">
                        <label for="embed-lang">{move || i18n.t(Msg::LanguageLabel)}</label>
                        <select id="embed-lang" on:change=move |ev| lang.set(Lang::from_tag(&event_target_value(&ev)))>
                            <option value="" selected=move || lang.get().is_none()>{move || i18n.t(Msg::EmbedLangBrowser)}</option>
                            {langs}
                        </select>
                    </div>
                    <div class="field">
                        <label for="embed-policy">{move || i18n.t(Msg::EmbedPolicyLabel)}</label>
                        <select id="embed-policy" on:change=move |ev| {
                            let chosen = event_target_value(&ev);
                            if let Some(p) = PresetName::all().iter().copied().find(|p| policy_id(*p) == chosen) {
                                policy.set(p);
                            }
                        }>
                            {policies}
                        </select>
                    </div>
                    <label class="choice-option">
                        <input
                            type="checkbox"
                            id="embed-powered"
                            prop:checked=move || powered.get()
                            on:change=move |ev| powered.set(event_target_checked(&ev))
                        />
                        {move || i18n.t(Msg::EmbedPoweredToggle)}
                    </label>
                </form>
                <div class="embed-output">
                    <div class="field">
                        <label for="embed-code">{move || i18n.t(Msg::EmbedCodeLabel)}</label>
                        <textarea id="embed-code" readonly rows="6" spellcheck="false"
                            aria-describedby="embed-sandbox-note" prop:value=move || code.get()></textarea>
                        <p class="hint" id="embed-sandbox-note">{move || i18n.t(Msg::EmbedSandboxNote)}</p>
                    </div>
                    <p class="actions">
                        <button type="button" class="action" on:click=copy>{move || i18n.t(Msg::EmbedCopy)}</button>
                        <span class="copy-status" role="status">
                            {move || copied.get().map(|ok| i18n.t(if ok { Msg::Copied } else { Msg::CopyFailed }))}
                        </span>
                    </p>
                    <h3>{move || i18n.t(Msg::EmbedPreviewTitle)}</h3>
                    <iframe
                        class="embed-preview"
                        data-testid="embed-preview"
                        title=move || i18n.t(Msg::EmbedFrameTitle)
                        sandbox=SANDBOX
                        src=move || src.get()
                    ></iframe>
                </div>
            </div>
        </section>
    }
}
