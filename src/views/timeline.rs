//! The escalation timeline tool (`#/timeline`).

use leptos::prelude::*;

use super::{ComingNext, ToolHeader};
use crate::i18n::Msg;
use crate::route::Route;

/// The escalation timeline view.
#[component]
pub fn TimelineView() -> impl IntoView {
    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="timeline">
            <ToolHeader route=Route::Timeline summary=Msg::ToolTimelineSummary />
            <ComingNext />
        </section>
    }
}
