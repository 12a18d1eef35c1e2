//! The instalment plan tool (`#/plan`).

use leptos::prelude::*;

use super::{ComingNext, ToolHeader};
use crate::i18n::Msg;
use crate::route::Route;

/// The instalment plan view.
#[component]
pub fn PlanView() -> impl IntoView {
    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="plan">
            <ToolHeader route=Route::Plan summary=Msg::ToolPlanSummary />
            <ComingNext />
        </section>
    }
}
