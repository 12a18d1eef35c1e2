//! The early-settlement discount tool (`#/discount`).

use leptos::prelude::*;

use super::{ComingNext, ToolHeader};
use crate::i18n::Msg;
use crate::route::Route;

/// The early-settlement discount view.
#[component]
pub fn DiscountView() -> impl IntoView {
    view! {
        <section class="panel tool" aria-labelledby="tool-title" data-view="discount">
            <ToolHeader route=Route::Discount summary=Msg::ToolDiscountSummary />
            <ComingNext />
        </section>
    }
}
