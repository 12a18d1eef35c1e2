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

/// Copies `html` as rich text (`text/html`) together with `text` as its plain-text form
/// (`text/plain`), so an email editor pastes the formatted version and a plain field the
/// text. `html` must be markup the app made (the engine's `to_html` escapes user text).
/// `on_done(false)` where the browser lacks `ClipboardItem` or refuses.
pub fn copy_rich(html: &str, text: &str, on_done: impl FnOnce(bool) + 'static) {
    let Some(promise) = write_rich(html, text) else {
        on_done(false);
        return;
    };
    leptos::task::spawn_local(async move {
        let copied = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        on_done(copied);
    });
}

fn write_rich(html: &str, text: &str) -> Option<js_sys::Promise> {
    use wasm_bindgen::JsValue;
    let window = web_sys::window()?;
    let has = |target: &JsValue, name: &str| {
        js_sys::Reflect::get(target, &JsValue::from_str(name))
            .is_ok_and(|v| !v.is_undefined() && !v.is_null())
    };
    let navigator = window.navigator();
    if !has(&navigator, "clipboard") || !has(&window, "ClipboardItem") {
        return None;
    }
    let blob = |contents: &str, mime: &str| {
        let parts = js_sys::Array::of1(&JsValue::from_str(contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
    };
    let record = js_sys::Object::new();
    let html_blob: JsValue = blob(html, "text/html")?.into();
    let text_blob: JsValue = blob(text, "text/plain")?.into();
    js_sys::Reflect::set(&record, &"text/html".into(), &html_blob).ok()?;
    js_sys::Reflect::set(&record, &"text/plain".into(), &text_blob).ok()?;
    let item = web_sys::ClipboardItem::new_with_record_from_str_to_blob_promise(&record).ok()?;
    Some(navigator.clipboard().write(&js_sys::Array::of1(&item)))
}
