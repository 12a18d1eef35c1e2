//! The app shell: header, tool navigation, the invoice panel and the current tool.

use leptos::ev;
use leptos::prelude::*;

use crate::cases_panel::CasesPanel;
use crate::context::{use_i18n, I18n, InvoiceState, Today};
use crate::i18n::{Lang, Msg};
use crate::invoice_panel::InvoicePanel;
use crate::route::Route;
use crate::share::is_share_link;
use crate::store::{register_all, Store};
use crate::theme::Theme;
use crate::today::today;
use crate::views::discount::state::DiscountState;
use crate::views::message::state::MessageState;
use crate::views::plan::state::PlanState;
use crate::views::timeline::state::TimelineState;
use crate::views::{
    discount::DiscountView, message::MessageView, plan::PlanView, timeline::TimelineView,
};

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = RwSignal::new(browser_lang().unwrap_or_default());
    provide_context(I18n { lang });
    let today = Today(today());
    provide_context(today);
    let invoice = InvoiceState::new(lang);
    provide_context(invoice);
    let discount = DiscountState::new(lang, invoice);
    provide_context(discount);
    let timeline = TimelineState::new(lang, invoice, today);
    provide_context(timeline);
    let plan = PlanState::new(lang, invoice, today);
    provide_context(plan);
    let message = MessageState::new(lang, invoice, today, discount, timeline, plan);
    provide_context(message);
    let theme = RwSignal::new(Theme::System);
    let store = Store::start(
        lang,
        theme,
        |reg| register_all(reg, invoice, discount, timeline, plan, message),
        message.form.edits,
    );
    provide_context(store);

    // The route follows the URL fragment: the browser's history is the source of truth. A
    // share link (`#share=…`) opens its case, then the address shows the tool's route.
    let route = RwSignal::new(Route::from_hash(&open_if_shared(store, lang)));
    let listener = window_event_listener(ev::hashchange, move |_| {
        route.set(Route::from_hash(&open_if_shared(store, lang)));
    });
    on_cleanup(move || listener.remove());

    // Offline support: the service worker's callbacks set this when a new version waits.
    let update_ready = RwSignal::new(false);
    Effect::new(move || crate::sw::register(update_ready));

    // Talk to the outside world only: the document's title and language.
    let i18n = use_i18n();
    Effect::new(move || {
        let title = format!("{} — {}", i18n.t(route.get().title()), i18n.t(Msg::AppName));
        document().set_title(&title);
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", i18n.lang.get().tag());
        }
    });
    Effect::new(move || {
        if let Some(html) = document().document_element() {
            let _ = match theme.get() {
                Theme::System => html.remove_attribute("data-theme"),
                chosen => html.set_attribute("data-theme", chosen.tag()),
            };
        }
    });

    view! {
        <div class="update-region" role="status">
            <div class="update-banner" hidden=move || !update_ready.get()>
                <p>{move || i18n.t(Msg::UpdateReady)}</p>
                <button type="button" class="action" on:click=|_| crate::sw::reload_into_update()>
                    {move || i18n.t(Msg::UpdateReload)}
                </button>
            </div>
        </div>
        <header class="app-header">
            <h1 class="brand">{move || i18n.t(Msg::AppName)}</h1>
            <p class="tagline">{move || i18n.t(Msg::Tagline)}</p>
            <p class="privacy">{move || i18n.t(Msg::PrivacyNote)}</p>
            <div class="prefs">
            <div class="lang-switch">
                <label for="ui-theme">{move || i18n.t(Msg::ThemeLabel)}</label>
                <select id="ui-theme" on:change=move |ev| theme.set(Theme::from_tag(&event_target_value(&ev)))>
                    {Theme::ALL.into_iter().map(|t| view! {
                        <option value=t.tag() selected=move || theme.get() == t>{move || i18n.t(t.label())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="lang-switch">
                <label for="ui-lang">{move || i18n.t(Msg::LanguageLabel)}</label>
                <select id="ui-lang" on:change=move |ev| {
                    if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                        store.change_language(lang, chosen);
                    }
                }>
                    {Lang::ALL.iter().map(|&l| view! {
                        <option value=l.tag() lang=l.tag() selected=move || lang.get() == l>{l.autonym()}</option>
                    }).collect_view()}
                </select>
            </div>
            </div>
        </header>
        <nav class="tabs" aria-label=move || i18n.t(Msg::ToolsNavLabel)>
            <ul>
                {Route::ALL
                    .into_iter()
                    .map(|r| {
                        view! {
                            <li>
                                <a
                                    href=r.href()
                                    id=format!("tab-{}", r.id())
                                    aria-current=move || (route.get() == r).then_some("page")
                                >
                                    {move || i18n.t(r.title())}
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </nav>
        <main class="layout">
            <CasesPanel route=route />
            <InvoicePanel />
            {move || match route.get() {
                Route::Plan => view! { <PlanView /> }.into_any(),
                Route::Discount => view! { <DiscountView /> }.into_any(),
                Route::Timeline => view! { <TimelineView /> }.into_any(),
                Route::Message => view! { <MessageView /> }.into_any(),
            }}
        </main>
        <footer class="app-footer">
            <p>{move || i18n.t(Msg::FooterNote)}</p>
        </footer>
    }
}

/// The first language of the browser's preferences that Tactful speaks.
fn browser_lang() -> Option<Lang> {
    let tags: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    Lang::from_preferences(tags.iter().map(String::as_str)).or_else(|| {
        window()
            .navigator()
            .language()
            .as_deref()
            .and_then(Lang::from_tag)
    })
}

/// If the address is a share link, opens its case and replaces the address with the
/// shared tool's route (so a reload does not open it twice); returns the hash to route by.
fn open_if_shared(store: Store, lang: RwSignal<Lang>) -> String {
    let hash = location_hash();
    if !is_share_link(&hash) {
        return hash;
    }
    let shared_route = store.open_shared(&hash, lang.get_untracked());
    let href = Route::ALL
        .into_iter()
        .find(|r| r.id() == shared_route)
        .unwrap_or(Route::Plan)
        .href();
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(href));
    }
    href.to_owned()
}

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}
