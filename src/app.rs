//! The app shell: header, tool navigation, the invoice panel and the current tool.

use leptos::ev;
use leptos::prelude::*;

use crate::context::{use_i18n, I18n, InvoiceState, Today};
use crate::i18n::{Lang, Msg};
use crate::invoice_panel::InvoicePanel;
use crate::route::Route;
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
    let lang = RwSignal::new(Lang::default());
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
    provide_context(MessageState::new(
        lang, invoice, today, discount, timeline, plan,
    ));

    // The route follows the URL fragment: the browser's history is the source of truth.
    let route = RwSignal::new(Route::from_hash(&location_hash()));
    let listener = window_event_listener(ev::hashchange, move |_| {
        route.set(Route::from_hash(&location_hash()));
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

fn location_hash() -> String {
    window().location().hash().unwrap_or_default()
}
