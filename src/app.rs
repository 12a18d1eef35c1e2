//! The app shell: header, tool navigation, the invoice panel and the current tool.

use leptos::ev;
use leptos::prelude::*;

use crate::context::{use_i18n, I18n, InvoiceState, Today};
use crate::embed::EmbedOptions;
use crate::i18n::{Lang, Msg};
use crate::invoice_panel::InvoicePanel;
use crate::langs::Langs;
use crate::parts::{Part, Parts};
use crate::route::{is_embed_page, Route, EMBED_PAGE_HREF};
use crate::share::is_share_link;
use crate::start_panel::StartPanel;
use crate::store::{register_all, Store, EMBED_STORAGE_KEY, STORAGE_KEY};
use crate::theme::Theme;
use crate::today::today;
use crate::views::discount::state::DiscountState;
use crate::views::message::state::MessageState;
use crate::views::plan::state::PlanState;
use crate::views::timeline::state::TimelineState;

/// What the main area shows: a tool, or the "Embed on your site" page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Screen {
    Tool(Route),
    EmbedPage,
}

impl Screen {
    fn title(self) -> Msg {
        match self {
            Screen::Tool(r) => r.title(),
            Screen::EmbedPage => Msg::EmbedTitle,
        }
    }
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Embed mode (`?embed=1&…`): read once at start-up, validated; see `embed.rs`.
    let embed = embed_options();
    let embedded = embed.embed;
    provide_context(crate::context::ComposerShown(
        !embedded || embed.tools.contains(&Route::Message),
    ));
    // The language to start in (before saved work is read). The interface language signal
    // holds only a loaded language: English until the chosen one's part is there (langs.rs).
    let initial = embed.lang.or_else(browser_lang).unwrap_or_default();
    let langs = Langs::new();
    provide_context(langs);
    let lang = RwSignal::new(if crate::i18n::is_loaded(initial) {
        initial
    } else {
        Lang::default()
    });
    provide_context(I18n { lang });
    let today = Today(today());
    provide_context(today);
    let invoice = InvoiceState::new(lang);
    provide_context(invoice);
    let plan = PlanState::new(lang, invoice, today);
    provide_context(plan);
    // The composer's message language: the timeline's law follows it (with the currency)
    // until one is chosen, so it is made here, before both.
    let message_lang = RwSignal::new(None);
    let timeline = TimelineState::new(lang, message_lang, invoice, today, plan);
    provide_context(timeline);
    let discount = DiscountState::new(lang, initial.number_locale(), invoice, today, timeline);
    provide_context(discount);
    let message = MessageState::new(
        lang,
        message_lang,
        langs,
        invoice,
        today,
        discount,
        timeline,
        plan,
    );
    provide_context(message);
    // The embed's defaults are set before the store registers the inputs, so they are the
    // defaults it compares with: saved work overrides them, and only what differs is saved.
    if let Some(preset) = embed.policy {
        timeline.form.preset.set(preset);
    }
    if let Some(law) = embed.law {
        timeline.form.law.set(Some(law));
    }
    let theme = RwSignal::new(Theme::System);
    let store = Store::start(
        if embedded {
            EMBED_STORAGE_KEY
        } else {
            STORAGE_KEY
        },
        initial,
        theme,
        |reg| register_all(reg, invoice, discount, timeline, plan, message),
        message.form.edits,
        fresh_case_fields(&embed),
    );
    provide_context(store);
    // The embed's language parameter wins over the language saved by an earlier visit
    // (the visitor's choice in the menu lasts until the page is loaded again).
    if let Some(l) = embed.lang {
        store.start_in(l);
    }
    // Nothing is shown until the chosen language is loaded (at once for English, and in
    // builds without parts): index.html's loading box stays, so no other language flashes.
    let shown = RwSignal::new(false);
    let start_lang = store.chosen_lang();
    // If its part cannot be fetched (offline without the offline copy), the app starts in
    // English and the header says so.
    langs.load(
        start_lang,
        move || {
            store.show_language(lang, start_lang);
            shown.set(true);
        },
        move || {
            store.show_instead(lang, Lang::default());
            shown.set(true);
        },
    );

    // The route follows the URL fragment: the browser's history is the source of truth. A
    // share link (`#share=…`) opens its case, then the address shows the tool's route.
    // Embedded, only the chosen tools can be shown, and share links are not opened.
    let chosen = embed.clone();
    let screen_for = move || {
        crate::panic_screen::test_trigger(&location_hash());
        if embedded {
            Screen::Tool(chosen.route_for(Route::parse_hash(&location_hash())))
        } else {
            let hash = open_if_shared(store);
            if is_embed_page(&hash) {
                Screen::EmbedPage
            } else {
                Screen::Tool(Route::from_hash(&hash))
            }
        }
    };
    let route = RwSignal::new(screen_for());
    let listener = window_event_listener(ev::hashchange, move |_| route.set(screen_for()));
    on_cleanup(move || listener.remove());

    // Offline support: the service worker's callbacks set this when a new version waits.
    // Not in an embed: the host page's visitors get the current version on each load.
    let update_ready = RwSignal::new(false);
    if embedded {
        crate::embed_page::apply_embed_look(embed.accent.as_deref());
        crate::embed_page::report_height();
    }

    // Talk to the outside world only: the document's title and language.
    let i18n = use_i18n();
    Effect::new(move || {
        if !shown.get() {
            return;
        }
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

    // The last tool shown stays the tool route while the embed page is open, so leaving
    // for the embed page does not build another tool's view behind it.
    let tool_route = Memo::new(move |last: Option<&Route>| match route.get() {
        Screen::Tool(r) => r,
        Screen::EmbedPage => last.copied().unwrap_or_default(),
    });
    // Fetch the part the screen needs (a no-op once loaded, and in builds without parts).
    let parts = Parts::new();
    let part_of = |screen| match screen {
        Screen::Tool(r) => Part::Tool(r),
        Screen::EmbedPage => Part::EmbedPage,
    };
    Effect::new(move || parts.load(part_of(route.get())));
    provide_context(crate::context::ShownTool(tool_route));
    // Fetched after the first screen (the tool's part), never before: the saved cases
    // (not in an embed), and the today strip once there is an invoice or an account to
    // speak of (parts.rs, cases_panel.rs, views/today.rs).
    Effect::new(move || {
        let tool_shown = parts.ready(Part::Tool(tool_route.get())).is_some();
        if tool_shown && !embedded {
            parts.load(Part::Cases);
        }
        if tool_shown && (invoice.is_account() || invoice.parsed.with(Result::is_ok)) {
            parts.load(Part::Today);
        }
    });
    // A client account (several invoices, payments): its part, in the invoice panel.
    Effect::new(move || {
        if invoice.is_account() {
            parts.load(Part::Account);
        }
    });
    // The service worker is registered once the first screen is there (its language and
    // its part): it downloads every file for offline use, which must not compete with
    // what the visitor is waiting for.
    if !embedded {
        Effect::new(move |registered: Option<bool>| {
            if registered == Some(true) {
                return true;
            }
            let ready = shown.get() && parts.ready(part_of(route.get())).is_some();
            if ready {
                crate::sw::register(update_ready);
            }
            ready
        });
    }
    let on_tool = Memo::new(move |_| matches!(route.get(), Screen::Tool(_)));
    // The app is built once the start language is loaded (see `shown`); until then
    // index.html's loading box stays in place, and it goes when the app is there.
    let build = move || {
        let header = if embedded {
            embed_header(&embed, lang).into_any()
        } else {
            full_header(lang, theme).into_any()
        };
        // Embedded with a single tool, there is nothing to switch to.
        let tabs = (embed.tools.len() > 1).then(|| {
            let tools = embed.tools.clone();
            view! {
                <nav class="tabs" aria-label=move || i18n.t(Msg::ToolsNavLabel)>
                    <ul>
                        {tools
                            .into_iter()
                            .map(|r| {
                                view! {
                                    <li>
                                        <a
                                            href=r.href()
                                            id=format!("tab-{}", r.id())
                                            aria-current=move || (route.get() == Screen::Tool(r)).then_some("page")
                                        >
                                            {move || i18n.t(r.title())}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </nav>
            }
        });
        let footer = if embedded {
            embed.powered.then(|| {
                view! {
                    <footer class="app-footer embed-footer">
                        <p>
                            <a class="powered-by" href=crate::route::own_page_url() target="_blank" rel="noopener">
                                {move || i18n.t(Msg::EmbedPoweredBy)}
                            </a>
                        </p>
                    </footer>
                }
            }).into_any()
        } else {
            view! {
                <footer class="app-footer">
                    <p>{move || i18n.t(Msg::FooterNote)}</p>
                    <p><a href=EMBED_PAGE_HREF id="embed-page-link">{move || i18n.t(Msg::EmbedTitle)}</a></p>
                </footer>
            }.into_any()
        };

        view! {
            <div class="update-region" role="status">
                <div class="update-banner" hidden=move || !update_ready.get()>
                    <p>{move || i18n.t(Msg::UpdateReady)}</p>
                    <button type="button" class="action" on:click=|_| crate::sw::reload_into_update()>
                        {move || i18n.t(Msg::UpdateReload)}
                    </button>
                </div>
            </div>
            {header}
            {tabs}
            <main class="layout">
                <Show when=move || on_tool.get() fallback=move || parts.view(Part::EmbedPage)>
                    // Answer first: a first visit says what to do; then the tool, its
                    // results at the top; then the invoice and the saved cases.
                    <StartPanel />
                    {move || parts.ready(Part::Today).map(|strip| strip())}
                    // Each tool's view is a part of its own, fetched when first shown (parts.rs).
                    {move || parts.view(Part::Tool(tool_route.get()))}
                    <div class="side">
                        <InvoicePanel account=move || parts.view(Part::Account) />
                        // The saved cases: a part, fetched once the tool is on screen.
                        {move || parts.ready(Part::Cases).map(|cases| cases())}
                    </div>
                </Show>
            </main>
            {footer}
        }
        .into_any()
    };
    let build = StoredValue::new_local(Some(build));
    Effect::new(move || {
        if shown.get() {
            crate::remove_boot_box();
        }
    });
    view! {
        {move || shown.get().then(|| build.try_update_value(Option::take).flatten().map(|build| build()))}
    }
}

/// The full app's header: brand, tagline, privacy line, colours and language.
fn full_header(lang: RwSignal<Lang>, theme: RwSignal<Theme>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
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
            {lang_switch(lang)}
            </div>
        </header>
    }
}

/// The embed's compact header: the agency's logo and name (as text), and the language.
fn embed_header(embed: &EmbedOptions, lang: RwSignal<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let name = embed.name.clone();
    let logo = embed
        .logo
        .clone()
        .map(|src| view! { <img class="embed-logo" src=src alt="" /> });
    view! {
        <header class="app-header embed-header">
            {logo}
            <h1 class="brand">
                {move || name.clone().unwrap_or_else(|| i18n.t(Msg::AppName).to_owned())}
            </h1>
            <div class="prefs">{lang_switch(lang)}</div>
        </header>
    }
}

/// The interface language menu.
fn lang_switch(lang: RwSignal<Lang>) -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<Store>();
    let langs = expect_context::<Langs>();
    let menu = NodeRef::<leptos::html::Select>::new();
    let choose = move |chosen: Lang| {
        // A language that cannot be fetched: the menu shows the language in use again.
        let put_back = move || {
            if let Some(select) = menu.get_untracked() {
                select.set_value(lang.get_untracked().tag());
            }
        };
        store.change_language(langs, lang, chosen, put_back);
    };
    let failed = move || {
        langs
            .failed()
            .map(|l| crate::langs::lang_failed_note(l, "lang-failed", move || choose(l)))
    };
    view! {
        <div class="lang-switch">
            <label for="ui-lang">{move || i18n.t(Msg::LanguageLabel)}</label>
            // (`prop:value` as well as `selected`: once the menu was put back by script,
            // the options' `selected` attributes no longer move the selection.)
            <select id="ui-lang" node_ref=menu prop:value=move || lang.get().tag() on:change=move |ev| {
                if let Some(chosen) = Lang::from_tag(&event_target_value(&ev)) {
                    choose(chosen);
                }
            }>
                {Lang::ALL.iter().map(|&l| view! {
                    <option value=l.tag() lang=l.tag() selected=move || lang.get() == l>{l.autonym()}</option>
                }).collect_view()}
            </select>
            {failed}
        </div>
    }
}

/// The embed options of this page's address; empty (the full app) unless `embed=1`.
/// Ignored values are reported on the console for the agency's developer.
fn embed_options() -> EmbedOptions {
    let location = window().location();
    let query = location.search().unwrap_or_default();
    let origin = location.origin().unwrap_or_default();
    let (options, problems) = EmbedOptions::from_query_at(&query, &origin);
    if !options.embed {
        return EmbedOptions::default();
    }
    for p in problems {
        web_sys::console::warn_1(
            &format!(
                "Tactful embed: the value of \"{}\" was ignored ({:?}).",
                p.param, p.kind
            )
            .into(),
        );
    }
    options
}

/// The browser's language preferences, best first (`navigator.languages`, else
/// `navigator.language`).
fn browser_tags() -> Vec<String> {
    let mut tags: Vec<String> = window()
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(window().navigator().language());
    }
    tags
}

/// What a new case starts with for this visitor: the currency and public holidays of
/// their country (from the embed's `lang`, else the browser's languages; the embed's
/// `currency` wins), until they choose otherwise.
fn fresh_case_fields(embed: &EmbedOptions) -> std::collections::BTreeMap<String, String> {
    use crate::store::names::SavedName;
    let tags = match embed.lang {
        Some(lang) => vec![lang.tag().to_owned()],
        None => browser_tags(),
    };
    let defaults = tactful_engine::defaults::visitor_defaults(tags.iter().map(String::as_str));
    let currency = embed.currency.as_deref().unwrap_or(defaults.currency);
    let region = defaults.region.map_or("", |r| r.saved_name());
    [
        ("invoice.currency", currency),
        ("plan.region", region),
        ("timeline.region", region),
    ]
    .into_iter()
    .map(|(key, value)| (key.to_owned(), value.to_owned()))
    .collect()
}

/// The first language of the browser's preferences that Tactful speaks.
fn browser_lang() -> Option<Lang> {
    Lang::from_preferences(browser_tags().iter().map(String::as_str))
}

/// If the address is a share link, opens its case and replaces the address with the
/// shared tool's route (so a reload does not open it twice); returns the hash to route by.
fn open_if_shared(store: Store) -> String {
    let hash = location_hash();
    if !is_share_link(&hash) {
        return hash;
    }
    let shared_route = store.open_shared(&hash);
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
