//! The colour theme: follow the system (the default), or always light or dark. The
//! stylesheet does the work; the choice is `data-theme` on `<html>`.

use crate::i18n::Msg;

/// A colour theme choice.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Whatever the system prefers.
    #[default]
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// Every choice, in menu order.
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The stored and `data-theme` value.
    pub fn tag(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The choice for a stored value (anything unknown is [`Theme::System`]).
    ///
    /// ```
    /// use tactful::theme::Theme;
    /// assert_eq!(Theme::from_tag("dark"), Theme::Dark);
    /// assert_eq!(Theme::from_tag("<x>"), Theme::System);
    /// ```
    pub fn from_tag(tag: &str) -> Theme {
        Theme::ALL
            .into_iter()
            .find(|t| t.tag() == tag)
            .unwrap_or_default()
    }

    /// Its name in the menu.
    pub fn label(self) -> Msg {
        match self {
            Theme::System => Msg::ThemeSystem,
            Theme::Light => Msg::ThemeLight,
            Theme::Dark => Msg::ThemeDark,
        }
    }
}
