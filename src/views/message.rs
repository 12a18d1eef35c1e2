//! The reminder text composer (`#/message`).

use leptos::prelude::*;

use super::{ComingNext, ToolHeader};
use crate::i18n::Msg;
use crate::route::Route;

/// The reminder text view.
#[component]
pub fn MessageView() -> impl IntoView {
    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="message">
            <ToolHeader route=Route::Message summary=Msg::ToolMessageSummary />
            <ComingNext />
        </section>
    }
}
