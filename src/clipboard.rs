//! Copying text to the clipboard (`navigator.clipboard.writeText`). The browser asks for no
//! permission when the copy follows a click; failures are reported to the caller.

/// Copies `text`; `on_done(true)` once the browser confirms, `on_done(false)` if it refuses
/// or the clipboard is unavailable (e.g. an insecure context).
pub fn copy_text(text: &str, on_done: impl FnOnce(bool) + 'static) {
    // `navigator.clipboard` is missing outside secure contexts: check before calling it.
    let navigator = web_sys::window().map(|w| w.navigator());
    let available = navigator.as_ref().is_some_and(|n| {
        js_sys::Reflect::get(n, &wasm_bindgen::JsValue::from_str("clipboard"))
            .is_ok_and(|c| !c.is_undefined() && !c.is_null())
    });
    let Some(clipboard) = navigator.filter(|_| available).map(|n| n.clipboard()) else {
        on_done(false);
        return;
    };
    let promise = clipboard.write_text(text);
    leptos::task::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        on_done(copied);
    });
}
