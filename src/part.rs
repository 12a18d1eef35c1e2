//! The `part!` macro: a function cut out of the main WebAssembly module into a part of
//! its own in the split release build (`--cfg tactful_split`, `scripts/build`), and a plain
//! function everywhere else. Used by the tools' parts ([`crate::parts`]) and the language
//! parts ([`crate::langs`]).

/// `part! { fn name() -> Type { … } }`: a function cut out into a part of its own in the
/// split build, where awaiting it fetches the part first and a failed fetch is an `Err`
/// (not a panic); a plain function returning `Type` in every other build.
macro_rules! part {
    ($(#[$attr:meta])* fn $name:ident() -> $ret:ty $body:block) => {
        #[cfg(tactful_split)]
        $(#[$attr])*
        #[::leptos::wasm_split::wasm_split($name, wasm_split_path = ::leptos::wasm_split, fallible)]
        fn $name() -> Result<$ret, ::leptos::wasm_split::SplitLoaderError> {
            Ok($body)
        }

        #[cfg(not(tactful_split))]
        $(#[$attr])*
        #[allow(dead_code)]
        fn $name() -> $ret $body
    };
}

pub(crate) use part;
