//! One labelled form field with its hint and its error message, wired for screen readers
//! (`aria-describedby`, `aria-invalid`). Every input of the app is one of these.

use leptos::prelude::*;

use crate::context::{use_i18n, FieldState};
use crate::i18n::Msg;

/// What kind of control a [`Field`] renders.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// `<input type="text">` with an optional `inputmode` (`decimal` for amounts).
    Text { inputmode: &'static str },
    /// `<input type="date">`.
    Date,
    /// `<input type="url">`.
    Url,
}

/// A labelled input bound to `state`, showing `error` once the user has typed something or
/// left the field.
#[component]
pub fn Field(
    /// DOM id of the input; the hint and error use it as a prefix.
    id: &'static str,
    /// The visible label.
    label: Msg,
    /// The value and "touched" flag.
    state: FieldState,
    /// The error sentence for the current value, if any.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// An example or explanation shown under the input.
    #[prop(optional)]
    hint: Option<Msg>,
    /// Marks the label "(optional)".
    #[prop(optional)]
    optional: bool,
    /// The kind of input.
    #[prop(default = Control::Text { inputmode: "text" })]
    control: Control,
    /// The `autocomplete` attribute.
    #[prop(default = "off")]
    autocomplete: &'static str,
    /// Something to know about an accepted value (shown at once, not an error).
    #[prop(default = None)]
    warning: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let warning_id = format!("{id}-warning");
    let shown_warning = move || warning.and_then(|w| w.get());
    let shown_error = Signal::derive(move || {
        let engaged = state.touched.get() || !state.value.with(|v| v.trim().is_empty());
        if engaged {
            error.get()
        } else {
            None
        }
    });
    let described_by = {
        let (hint_id, error_id, warning_id) =
            (hint_id.clone(), error_id.clone(), warning_id.clone());
        move || {
            let parts = [
                (hint.is_some(), hint_id.as_str()),
                (shown_error.with(Option::is_some), error_id.as_str()),
                (shown_warning().is_some(), warning_id.as_str()),
            ];
            parts
                .iter()
                .filter(|(shown, _)| *shown)
                .map(|(_, id)| *id)
                .collect::<Vec<_>>()
                .join(" ")
        }
    };
    let (input_type, inputmode) = match control {
        Control::Text { inputmode } => ("text", Some(inputmode)),
        Control::Date => ("date", None),
        Control::Url => ("url", Some("url")),
    };
    let invalid = move || {
        if shown_error.with(Option::is_some) {
            "true"
        } else {
            "false"
        }
    };
    view! {
        <div class="field" class:field-invalid=move || shown_error.with(Option::is_some)>
            <label for=id>
                {move || i18n.t(label)}
                {optional.then(|| view! { <span class="optional">{move || format!(" ({})", i18n.t(Msg::Optional))}</span> })}
            </label>
            <input
                id=id
                name=id
                type=input_type
                inputmode=inputmode
                autocomplete=autocomplete
                spellcheck="false"
                prop:value=move || state.value.get()
                on:input=move |ev| state.value.set(event_target_value(&ev))
                on:change=move |ev| state.value.set(event_target_value(&ev))
                on:blur=move |_| state.touched.set(true)
                aria-invalid=invalid
                aria-describedby=described_by
            />
            {hint.map(|hint| view! { <p class="hint" id=hint_id>{move || i18n.t_limits(hint)}</p> })}
            <p class="field-error" id=error_id aria-live="polite">{move || shown_error.get()}</p>
            <p class="field-warning" id=warning_id aria-live="polite">{shown_warning}</p>
        </div>
    }
}

/// A small group of radio buttons with a legend, bound to `value`.
#[component]
pub fn Choice<T>(
    /// The radio group's `name` (unique on the page).
    name: &'static str,
    /// The question the group answers.
    legend: Msg,
    /// Each option's value and label.
    options: Vec<(T, Msg)>,
    /// The chosen value.
    value: RwSignal<T>,
) -> impl IntoView
where
    T: Copy + PartialEq + Send + Sync + 'static,
{
    let i18n = use_i18n();
    view! {
        <fieldset class="choice">
            <legend>{move || i18n.t(legend)}</legend>
            {options
                .into_iter()
                .map(|(option, label)| {
                    view! {
                        <label class="choice-option">
                            <input
                                type="radio"
                                name=name
                                prop:checked=move || value.get() == option
                                on:change=move |_| value.set(option)
                            />
                            {move || i18n.t(label)}
                        </label>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// A [`Section`]'s summary line, read in a reactive closure. A boxed closure, not a
/// derived signal: every section then shares one instantiation of the view code.
pub type Summary = Box<dyn Fn() -> String + Send + Sync>;

/// A group of settings that starts collapsed: its summary line gives the title and the
/// current values ("Business days  England and Wales · the next business day"), so
/// nothing is hidden silently, and says so when a field inside has a problem.
///
/// Its fields are built when it is first opened, or in an idle moment after the first
/// screen ([`later`]), whichever comes first: the start-up render builds only what can be
/// seen (issue #22). The summary line and the problem flag read the tool's state, not the
/// fields, so they are right before the fields exist.
#[component]
pub fn Section(
    /// `data-section` of the `<details>` (for tests and styles).
    id: &'static str,
    /// The group's title (also the legend of its fieldset, for screen readers).
    title: Msg,
    /// The current values in a line (tracked); empty shows "nothing set".
    values: Summary,
    /// Whether a field inside has a problem.
    #[prop(into)]
    problem: Signal<bool>,
    children: Children,
) -> impl IntoView {
    let i18n = use_i18n();
    let values = move || {
        let line = values();
        if line.is_empty() {
            i18n.t(Msg::SectionNothingSet).to_owned()
        } else {
            line
        }
    };
    let built = RwSignal::new(false);
    later::enqueue(built);
    // A click on the summary builds the fields before the section opens (no empty frame);
    // `toggle` covers an opening by script ([`reveal`]).
    let build = move || {
        let _ = later::build(built);
    };
    let children = StoredValue::new_local(Some(children));
    let fields = move || {
        built.get().then(|| {
            children
                .try_update_value(Option::take)
                .flatten()
                .map(|c| c())
        })
    };
    view! {
        <details class="section" data-section=id on:toggle=move |_| build()>
            <summary on:click=move |_| build()>
                <span class="section-title">{move || i18n.t(title)}</span>
                " "
                <span class="section-values">{values}</span>
                <span class="section-problem" hidden=move || !problem.get()>{move || i18n.t(Msg::SectionProblem)}</span>
            </summary>
            // `aria-busy` until its fields are there (as a part's placeholder).
            <fieldset class="group" aria-busy=move || (!built.get()).then_some("true")>
                <legend class="visually-hidden">{move || i18n.t(title)}</legend>
                {fields}
            </fieldset>
        </details>
    }
}

/// The collapsed sections whose fields are not built yet, built one per idle moment of
/// the browser (`requestIdleCallback`; where there is none, a short timeout) so that
/// start-up is a short task and the rest comes in small ones.
pub mod later {
    use std::cell::{Cell, RefCell};
    use std::collections::VecDeque;
    use std::time::Duration;

    use leptos::prelude::*;

    thread_local! {
        static WAITING: RefCell<VecDeque<RwSignal<bool>>> = const { RefCell::new(VecDeque::new()) };
        static SCHEDULED: Cell<bool> = const { Cell::new(false) };
    }

    /// Builds the section of `built` now (once: the flag never goes back). Whether it was
    /// built by this call (not before, and not gone with its view).
    pub fn build(built: RwSignal<bool>) -> bool {
        let waiting = built.try_get_untracked() == Some(false);
        if waiting {
            built.set(true);
        }
        waiting
    }

    /// Queues the section of `built`; the first one queued schedules the builds.
    pub fn enqueue(built: RwSignal<bool>) {
        WAITING.with_borrow_mut(|w| w.push_back(built));
        if !SCHEDULED.replace(true) {
            schedule();
        }
    }

    /// Builds every section still waiting, at once (before a field in one is focused).
    pub fn build_all() {
        while let Some(built) = WAITING.with_borrow_mut(VecDeque::pop_front) {
            let _ = build(built);
        }
    }

    fn schedule() {
        if request_idle_callback_with_handle(step).is_err() {
            set_timeout(step, Duration::from_millis(40));
        }
    }

    /// One section per idle moment: the first still waiting (a section already opened,
    /// or gone with its view, is passed over).
    fn step() {
        while let Some(built) = WAITING.with_borrow_mut(VecDeque::pop_front) {
            if build(built) {
                break;
            }
        }
        if WAITING.with_borrow(VecDeque::is_empty) {
            SCHEDULED.set(false);
        } else {
            schedule();
        }
    }
}

/// "Label: value", one item of a [`Section`]'s summary line.
pub fn labelled(label: &str, value: &str) -> String {
    format!("{label}: {value}")
}

/// Opens every collapsed section around `element`, so that it can be seen and focused.
pub fn reveal(element: &web_sys::Element) {
    let mut at = element.closest("details:not([open])").ok().flatten();
    while let Some(details) = at {
        let _ = details.set_attribute("open", "");
        at = details.closest("details:not([open])").ok().flatten();
    }
}

/// Moves keyboard focus to the field `id` and brings it into view, opening the collapsed
/// section it is in (the invoice's "More about the invoice", say).
///
/// A field in a section not built yet ([`Section`]): every waiting section is built, and
/// the field is focused once drawn (the next frame).
pub fn focus_field(id: &'static str) {
    use wasm_bindgen::JsCast;
    let find = move || {
        document()
            .get_element_by_id(id)
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    };
    let focus = |element: web_sys::HtmlElement| {
        reveal(&element);
        element.scroll_into_view();
        let _ = element.focus();
    };
    match find() {
        Some(element) => focus(element),
        None => {
            later::build_all();
            request_animation_frame(move || {
                if let Some(element) = find() {
                    focus(element);
                }
            });
        }
    }
}

/// The label of `value` among a choice's `options` (the list its radio buttons or menu
/// show), for a summary line.
pub fn label_of<T: PartialEq>(options: &[(T, Msg)], value: &T) -> Option<Msg> {
    options.iter().find(|(v, _)| v == value).map(|(_, m)| *m)
}

/// What is typed in `field`, trimmed; `None` when empty.
pub fn typed(field: FieldState) -> Option<String> {
    let value = field.value.get();
    let value = value.trim();
    (!value.is_empty()).then(|| value.to_owned())
}

/// The typed values among `fields` as a [`Section`]'s summary line: "Label: value · …",
/// leaving out the empty ones.
pub fn values_line(i18n: crate::context::I18n, fields: &[(Msg, FieldState)]) -> String {
    fields
        .iter()
        // (A date shows as typed, 2026-10-16: formatting it in words here would bring the
        // date formatter into the first load, over its size ceiling.)
        .filter_map(|(label, field)| {
            typed(*field).map(|value| labelled(i18n.t(*label), &shortened(&value)))
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// `value` cut to 40 characters with "…", for a summary line (a long link or name).
fn shortened(value: &str) -> String {
    const MAX: usize = 40;
    if value.chars().count() <= MAX {
        value.to_owned()
    } else {
        let mut short: String = value.chars().take(MAX - 1).collect();
        short.push('…');
        short
    }
}
