//! The statement of account the client can read: who it is from and to, every invoice,
//! payment and (when claimed) statutory interest and compensation, in date order with the
//! running balance, and the balance due. Written in the message language (the composer's;
//! the interface's unless one was chosen); printed on its own, or downloaded as CSV
//! (`tactful_engine::account::statement_csv`).

use leptos::ev;
use leptos::prelude::*;
use tactful_engine::account::{statement_csv, statement_kind_word, statement_words, AccountReport};
use tactful_engine::amount::format_amount;
use tactful_engine::message::lang::LangPack;
use tactful_engine::message::{DateFormat, DateStyle};

use crate::context::{use_i18n, use_invoice, AccountWorked};
use crate::i18n::{self, Lang, Msg};
use crate::langs::Langs;
use crate::views::message::state::MessageState;

/// The `data-print` value of `<html>` while the statement is printed: the print
/// stylesheet then shows it alone.
const PRINTING: &str = "statement";

/// The statement, in the message language, with "Print" and "Download (CSV)".
#[component]
pub fn Statement(worked: Memo<AccountWorked>) -> impl IntoView {
    let i18n = use_i18n();
    let invoice = use_invoice();
    let langs = expect_context::<Langs>();
    let message_lang = expect_context::<MessageState>().form.message_lang;
    let lang = move || message_lang.get().unwrap_or_else(|| i18n.lang.get());
    // The message language's text may be a part still to fetch (langs.rs).
    Effect::new(move || langs.load(lang(), || (), || ()));
    let parties = move || {
        let f = invoice.form;
        (
            f.your_business.value.get().trim().to_owned(),
            f.client_business.value.get().trim().to_owned(),
        )
    };
    // Static text inside: drawn again as a whole when the account changes.
    let body = move || {
        let lang = lang();
        if !langs.loaded(lang) {
            return view! { <div class="part-loading" aria-busy="true"></div> }.into_any();
        }
        let (from, to) = parties();
        worked.with(|w| match &w.outcome.report {
            Some(report) => statement_view(lang, report, &from, &to).into_any(),
            None => view! { <p class="notice">{i18n.t(Msg::AccountFix)}</p> }.into_any(),
        })
    };
    let no_report = move || worked.with(|w| w.outcome.report.is_none());
    // Printing: `<html data-print="statement">` until the browser is done.
    let listener = window_event_listener(ev::afterprint, |_| {
        if let Some(root) = document().document_element() {
            let _ = root.remove_attribute("data-print");
        }
    });
    on_cleanup(move || listener.remove());
    let print = move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("data-print", PRINTING);
        }
        let _ = window().print();
    };
    let download = move |_| {
        let pack = i18n::message_pack(lang_untracked(message_lang, i18n.lang))
            .unwrap_or(LangPack::BRITISH);
        worked.with_untracked(|w| {
            if let Some(report) = &w.outcome.report {
                crate::download::download_text(
                    "statement-of-account.csv",
                    "text/csv;charset=utf-8",
                    &statement_csv(report, pack),
                );
            }
        });
    };
    view! {
        <section class="statement-section" aria-labelledby="statement-title">
            <h3 id="statement-title">{move || i18n.t(Msg::StatementTitle)}</h3>
            <p class="hint">{move || i18n.t_with(Msg::StatementLangNote, &[("language", lang().autonym())])}</p>
            <div class="statement" data-testid="statement" lang=move || lang().tag()>{body}</div>
            <p class="actions">
                <button type="button" on:click=print disabled=no_report>{move || i18n.t(Msg::StatementPrint)}</button>
                <button type="button" class="secondary" on:click=download disabled=no_report>{move || i18n.t(Msg::StatementCsv)}</button>
            </p>
        </section>
    }
}

/// The message language now (not tracked).
fn lang_untracked(message_lang: RwSignal<Option<Lang>>, ui: RwSignal<Lang>) -> Lang {
    message_lang
        .get_untracked()
        .unwrap_or_else(|| ui.get_untracked())
}

/// The statement in `lang`: static text.
fn statement_view(lang: Lang, report: &AccountReport, from: &str, to: &str) -> impl IntoView {
    let t = |msg| i18n::text(lang, msg);
    let locale = lang.number_locale();
    let money = |value| format_amount(value, report.currency, locale);
    let nonzero = |value: rust_decimal::Decimal| {
        if value.is_zero() {
            String::new()
        } else {
            money(value)
        }
    };
    // The client's document: dates as the message language writes them (no weekday).
    let pack = i18n::message_pack(lang).unwrap_or(LangPack::BRITISH);
    let date = |d| pack.dates().format(d, DateStyle::Long);
    let [date_word, kind_word, invoice_word, due_word, _note, debit, credit, balance] =
        statement_words(locale);
    let head = [
        date_word,
        kind_word,
        invoice_word,
        due_word,
        debit,
        credit,
        balance,
    ]
    .map(|h| view! { <th scope="col" role="columnheader">{h}</th> })
    .into_iter()
    .collect_view();
    let rows = report
        .statement
        .iter()
        .map(|line| {
            view! {
                <tr role="row">
                    <td role="cell" data-label=date_word>{date(line.date)}</td>
                    <td role="cell" data-label=kind_word>{statement_kind_word(Some(line.kind), locale)}</td>
                    <td role="cell" data-label=invoice_word>{line.invoice.clone().unwrap_or_default()}</td>
                    <td role="cell" data-label=due_word>{line.due_date.map(date).unwrap_or_default()}</td>
                    <td role="cell" data-label=debit>{nonzero(line.debit)}</td>
                    <td role="cell" data-label=credit>{nonzero(line.credit)}</td>
                    <td role="cell" data-label=balance>{money(line.balance)}</td>
                </tr>
            }
        })
        .collect_view();
    let closing = report
        .statement
        .last()
        .map_or(rust_decimal::Decimal::ZERO, |line| line.balance);
    let fill = |msg, name: &str, value: &str| i18n::fill(lang, t(msg), &[(name, value)]);
    view! {
        <article class="statement-doc">
            <h4>{t(Msg::StatementTitle)}</h4>
            {(!from.is_empty()).then(|| view! { <p>{fill(Msg::StatementFrom, "name", from)}</p> })}
            {(!to.is_empty()).then(|| view! { <p>{fill(Msg::StatementTo, "name", to)}</p> })}
            <p>{fill(Msg::StatementAsOf, "date", &date(report.today))}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=t(Msg::StatementTitle)>
                <table role="table" class="cards" data-testid="statement-table">
                    <thead role="rowgroup"><tr role="row">{head}</tr></thead>
                    <tbody role="rowgroup">{rows}</tbody>
                    <tfoot role="rowgroup">
                        <tr role="row" class="total">
                            <th scope="row" role="rowheader" colspan="6">{statement_kind_word(None, locale)}</th>
                            <td role="cell">{money(closing)}</td>
                        </tr>
                    </tfoot>
                </table>
            </div>
        </article>
    }
}
