//! Saving generated files (calendar, CSV) through the browser: a Blob, an object URL and a
//! temporary link. Nothing leaves the device.

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `file_name` with MIME type `mime`.
/// Returns false if the browser refused (the caller may say so).
pub fn download_text(file_name: &str, mime: &str, contents: &str) -> bool {
    try_download(file_name, mime, contents).is_some()
}

fn try_download(file_name: &str, mime: &str, contents: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}
