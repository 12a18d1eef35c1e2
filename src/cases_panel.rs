//! The saved cases: pick, name, add, duplicate, delete; copy a share link; export and
//! import everything; and what the store has to say (cannot save, recovered, imported).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::context::use_i18n;
use crate::i18n::Msg;
use crate::saved::Case;
use crate::share::ShareError;
use crate::store::{ImportProblem, Store, StoreNote, MAX_IMPORT_BYTES};

/// A case's name as shown: its own, else client and invoice number, else "Untitled".
fn shown_name(case: &Case, untitled: &str) -> String {
    if !case.name.trim().is_empty() {
        return case.name.trim().to_owned();
    }
    let field = |k: &str| case.fields.get(k).map(|v| v.trim()).unwrap_or("");
    let parts: Vec<&str> = [field("invoice.client_business"), field("invoice.number")]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() {
        untitled.to_owned()
    } else {
        parts.join(" · ")
    }
}

/// The cases panel.
#[component]
pub fn CasesPanel() -> impl IntoView {
    let crate::context::ShownTool(route) = expect_context::<crate::context::ShownTool>();
    let i18n = use_i18n();
    let store = expect_context::<Store>();
    let confirming = RwSignal::new(false);
    let link_status = RwSignal::new(None::<Msg>);

    let options = move || {
        let current = store.current.get();
        let untitled = i18n.t(Msg::CaseUntitled);
        let live = store.live.get();
        store.saved.with(|s| {
            s.cases
                .iter()
                .map(|c| {
                    let case = if c.id == current { &live } else { c };
                    let selected = c.id == current;
                    view! { <option value=c.id.clone() selected=selected>{shown_name(case, untitled)}</option> }
                })
                .collect_view()
        })
    };
    let name_value = move || store.live.with(|c| c.name.clone());
    let copy_link = move |_| {
        let fragment = store.share_fragment(route.get_untracked().id(), i18n.lang.get_untracked());
        let Some(location) = web_sys::window().map(|w| w.location()) else {
            return;
        };
        let base = location.href().unwrap_or_default();
        let base = base.split('#').next().unwrap_or_default().to_owned();
        crate::clipboard::copy_text(&format!("{base}{fragment}"), move |ok| {
            link_status.set(Some(if ok {
                Msg::ShareCopied
            } else {
                Msg::ShareCopyFailed
            }));
        });
    };
    let export = move |_| {
        let json = store.export_json();
        let date = crate::today::today().format("%Y-%m-%d").to_string();
        crate::download::download_text(
            &format!("tactful-cases-{date}.json"),
            "application/json",
            &json,
        );
    };
    let import = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        if file.size() > MAX_IMPORT_BYTES {
            store
                .note
                .set(Some(StoreNote::ImportFailed(ImportProblem::TooLarge)));
            return;
        }
        let promise = file.text();
        leptos::task::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(text) => store.import_json(&text.as_string().unwrap_or_default()),
                Err(_) => store
                    .note
                    .set(Some(StoreNote::ImportFailed(ImportProblem::NotRead))),
            }
        });
    };

    view! {
        <section class="panel cases-panel" aria-labelledby="cases-title">
            <h2 id="cases-title">{move || i18n.t(Msg::CasesTitle)}</h2>
            <StoreNotice />
            <Show when=move || store.unsaved.get()>
                <p class="notice" data-testid="unsaved-case">
                    {move || i18n.t(Msg::CaseUnsaved)}" "
                    <button type="button" on:click=move |_| store.keep()>{move || i18n.t(Msg::CaseKeep)}</button>
                </p>
            </Show>
            // On a phone the panel comes after the tool: folded to one line naming the open
            // case. Open from the start where it sits beside the tool.
            <details class="cases-more" open=wide_screen()>
            <summary data-testid="cases-summary">{move || {
                let name = store.live.with(|c| shown_name(c, i18n.t(Msg::CaseUntitled)));
                format!("{}: {name}", i18n.t(Msg::CaseSelectLabel))
            }}</summary>
            <div class="cases-row">
                <div class="field">
                    <label for="case-select">{move || i18n.t(Msg::CaseSelectLabel)}</label>
                    <select id="case-select" on:change=move |ev| {
                        confirming.set(false);
                        store.switch_to(&event_target_value(&ev));
                    }>{options}</select>
                </div>
                <div class="field">
                    <label for="case-name">{move || i18n.t(Msg::CaseNameLabel)}</label>
                    <input id="case-name" type="text" maxlength="200" autocomplete="off"
                        aria-describedby="case-name-hint"
                        prop:value=name_value
                        on:input=move |ev| store.rename(event_target_value(&ev)) />
                    <p class="hint" id="case-name-hint">{move || i18n.t(Msg::CaseNameHint)}</p>
                </div>
            </div>
            <p class="actions">
                <button type="button" class="secondary" on:click=move |_| { confirming.set(false); store.new_case(); }>
                    {move || i18n.t(Msg::CaseNew)}
                </button>
                <button type="button" class="secondary" on:click=move |_| {
                    confirming.set(false);
                    // A case named after its invoice stays so (its name follows the invoice);
                    // a name the user gave becomes "… (copy)".
                    let given = store.live.with_untracked(|c| c.name.trim().to_owned());
                    store.duplicate(if given.is_empty() {
                        given
                    } else {
                        i18n.t_with(Msg::CaseCopyName, &[("name", &given)])
                    });
                }>
                    {move || i18n.t(Msg::CaseDuplicate)}
                </button>
                <button type="button" class="secondary" aria-expanded=move || confirming.get().to_string()
                    on:click=move |_| confirming.set(true)>
                    {move || i18n.t(Msg::CaseDelete)}
                </button>
                <button type="button" class="secondary" data-testid="copy-link" on:click=copy_link>
                    {move || i18n.t(Msg::ShareCopy)}
                </button>
            </p>
            <Show when=move || confirming.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
                    <p id="confirm-delete-text">{move || {
                        let name = store.live.with(|c| shown_name(c, i18n.t(Msg::CaseUntitled)));
                        i18n.t_with(Msg::CaseDeleteConfirm, &[("name", &name)])
                    }}</p>
                    <p class="actions">
                        <button type="button" data-testid="confirm-delete" on:click=move |_| { confirming.set(false); store.delete_current(); }>
                            {move || i18n.t(Msg::CaseDeleteYes)}
                        </button>
                        <button type="button" class="secondary" on:click=move |_| confirming.set(false)>
                            {move || i18n.t(Msg::CaseDeleteNo)}
                        </button>
                    </p>
                </div>
            </Show>
            <p class="status" role="status" aria-live="polite" data-testid="link-status">
                {move || link_status.get().map(|m| i18n.t(m))}
            </p>
            <details class="export-import">
                <summary>{move || i18n.t(Msg::ExportImportTitle)}</summary>
                <p class="hint">{move || i18n.t(Msg::ExportImportHint)}</p>
                <p class="actions">
                    <button type="button" class="secondary" data-testid="export" on:click=export>
                        {move || i18n.t(Msg::ExportAll)}
                    </button>
                </p>
                <div class="field">
                    <label for="import-file">{move || i18n.t(Msg::ImportLabel)}</label>
                    <input id="import-file" type="file" accept="application/json,.json" on:change=import />
                </div>
            </details>
            </details>
        </section>
    }
}

/// Whether the page is wide enough for the panels to sit beside the tool (style.css:
/// `.layout` at 52rem).
fn wide_screen() -> bool {
    /// The media query of `.layout`'s two columns in style.css, as written there.
    const TWO_COLUMNS: &str = "(min-width: 52rem)";
    web_sys::window()
        .and_then(|w| w.match_media(TWO_COLUMNS).ok().flatten())
        .is_none_or(|query| query.matches())
}

/// What the store has to say, if anything.
#[component]
fn StoreNotice() -> impl IntoView {
    let i18n = use_i18n();
    let store = expect_context::<Store>();
    let text = move || {
        let note = store.note.get()?;
        let backup_key = match &note {
            StoreNote::Recovered { key, .. } | StoreNote::Newer { key, .. } => key.clone(),
            _ => String::new(),
        };
        let text = match note {
            StoreNote::Unavailable => i18n.t(Msg::StorageUnavailable).to_owned(),
            StoreNote::Full => i18n.t(Msg::StorageFull).to_owned(),
            StoreNote::Recovered { .. } => {
                i18n.t_with(Msg::StorageRecovered, &[("key", &backup_key)])
            }
            StoreNote::Newer { .. } => i18n.t_with(Msg::StorageNewer, &[("key", &backup_key)]),
            StoreNote::Dropped(n) => i18n.t_with(Msg::StorageDropped, &[("n", &n.to_string())]),
            StoreNote::Imported { cases, dropped } => {
                let mut text = i18n.t_with(Msg::ImportDone, &[("n", &cases.to_string())]);
                if dropped > 0 {
                    text.push(' ');
                    text.push_str(
                        &i18n.t_with(Msg::StorageDropped, &[("n", &dropped.to_string())]),
                    );
                }
                text
            }
            StoreNote::ImportFailed(p) => i18n
                .t(match p {
                    ImportProblem::Unreadable => Msg::ImportUnreadable,
                    ImportProblem::Newer => Msg::ImportNewer,
                    ImportProblem::TooLarge => Msg::ImportTooLarge,
                    ImportProblem::NotRead => Msg::ImportNotRead,
                })
                .to_owned(),
            StoreNote::ShareFailed(e) => i18n
                .t(match e {
                    ShareError::Malformed | ShareError::TooLong => Msg::ShareBad,
                    ShareError::Newer => Msg::ShareNewer,
                })
                .to_owned(),
        };
        Some(text)
    };
    let backup = move || match store.note.get() {
        Some(StoreNote::Recovered { raw, .. } | StoreNote::Newer { raw, .. }) => Some(raw),
        _ => None,
    };
    view! {
        <div role="status" aria-live="polite" data-testid="store-note">
            {move || text().map(|t| view! {
                <p class="notice">
                    {t}
                    {backup().map(|raw| view! {
                        " "
                        <button type="button" class="secondary" on:click=move |_| {
                            crate::download::download_text("tactful-backup.json", "application/json", &raw);
                        }>{i18n.t(Msg::DownloadBackup)}</button>
                    })}
                    " "
                    <button type="button" class="secondary" on:click=move |_| store.note.set(None)>
                        {i18n.t(Msg::Dismiss)}
                    </button>
                </p>
            })}
        </div>
    }
}
