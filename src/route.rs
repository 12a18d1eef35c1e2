//! Which tool is shown, from the URL fragment (`#/plan`, `#/discount`, `#/timeline`,
//! `#/message`). Fragments never reach a server, so bookmarks and links stay private.

use crate::i18n::Msg;

/// The fragment of the "Embed on your site" page (the page generator; not a tool tab).
pub const EMBED_PAGE_HREF: &str = "#/embed";

/// Whether `hash` asks for the "Embed on your site" page.
///
/// ```
/// use tactful::route::is_embed_page;
/// assert!(is_embed_page("#/embed"));
/// assert!(is_embed_page("#/embed/"));
/// assert!(!is_embed_page("#/plan"));
/// ```
pub fn is_embed_page(hash: &str) -> bool {
    let path = hash.trim_start_matches('#');
    let path = path.split(['?', '&']).next().unwrap_or_default();
    path.trim_end_matches('/') == "/embed"
}

/// One of the four tools.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Route {
    /// Instalment plan modeler.
    #[default]
    Plan,
    /// Early-settlement discount analyzer.
    Discount,
    /// Escalation timeline.
    Timeline,
    /// Reminder text composer.
    Message,
}

impl Route {
    /// Every tool, in tab-bar order.
    pub const ALL: [Route; 4] = [
        Route::Plan,
        Route::Discount,
        Route::Timeline,
        Route::Message,
    ];

    /// The route for a location hash such as `#/plan`; anything unknown is the default tool.
    ///
    /// ```
    /// use tactful::route::Route;
    /// assert_eq!(Route::from_hash("#/discount"), Route::Discount);
    /// assert_eq!(Route::from_hash("#/timeline?x=1"), Route::Timeline);
    /// assert_eq!(Route::from_hash(""), Route::Plan);
    /// assert_eq!(Route::from_hash("#/<script>"), Route::Plan);
    /// ```
    pub fn from_hash(hash: &str) -> Route {
        Route::parse_hash(hash).unwrap_or_default()
    }

    /// The tool a location hash names, if it names one.
    ///
    /// ```
    /// use tactful::route::Route;
    /// assert_eq!(Route::parse_hash("#/message/"), Some(Route::Message));
    /// assert_eq!(Route::parse_hash("#/plan"), Some(Route::Plan));
    /// assert_eq!(Route::parse_hash(""), None);
    /// ```
    pub fn parse_hash(hash: &str) -> Option<Route> {
        let path = hash.trim_start_matches('#');
        let path = path.split(['?', '&']).next().unwrap_or_default();
        match path.trim_end_matches('/') {
            "/plan" => Some(Route::Plan),
            "/discount" => Some(Route::Discount),
            "/timeline" => Some(Route::Timeline),
            "/message" => Some(Route::Message),
            _ => None,
        }
    }

    /// The fragment that shows this tool, e.g. `#/plan`.
    pub fn href(self) -> &'static str {
        match self {
            Route::Plan => "#/plan",
            Route::Discount => "#/discount",
            Route::Timeline => "#/timeline",
            Route::Message => "#/message",
        }
    }

    /// The tool's name, for the tab bar and the view heading.
    pub fn title(self) -> Msg {
        match self {
            Route::Plan => Msg::ToolPlan,
            Route::Discount => Msg::ToolDiscount,
            Route::Timeline => Msg::ToolTimeline,
            Route::Message => Msg::ToolMessage,
        }
    }

    /// The tool's one-paragraph purpose, under its heading on a first visit.
    pub fn summary(self) -> Msg {
        match self {
            Route::Plan => Msg::ToolPlanSummary,
            Route::Discount => Msg::ToolDiscountSummary,
            Route::Timeline => Msg::ToolTimelineSummary,
            Route::Message => Msg::ToolMessageSummary,
        }
    }

    /// A stable id for DOM ids and tests, e.g. `plan`.
    pub fn id(self) -> &'static str {
        &self.href()[2..]
    }
}

/// This page's address without query or fragment (the full app's own page).
pub fn own_page_url() -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}
