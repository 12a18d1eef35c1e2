//! Embed mode: the options an agency puts in the query string of an embedded Tactful
//! (`?embed=1&tools=discount,plan&name=Acme&accent=%23aa3300&…`).
//!
//! Everything here is plain Rust, tested natively: the query is untrusted text, so the
//! parser never panics, ignores parameters it does not know, and rejects each bad value on
//! its own (reported as an [`EmbedProblem`]; the default stays). [`EmbedOptions::to_query`]
//! writes the query back for the page generator (`#/embed`).

use tactful_engine::message::html_escape;
use tactful_engine::statutory::Jurisdiction;
use tactful_engine::timeline::PresetName;

use crate::i18n::Lang;
use crate::route::Route;

/// The longest agency name shown, in characters.
pub const MAX_NAME_CHARS: usize = 80;
/// The longest logo path accepted, in characters.
pub const MAX_LOGO_CHARS: usize = 500;

/// The options of an embedded Tactful, validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedOptions {
    /// `embed=1`: compact layout without the app's chrome.
    pub embed: bool,
    /// The tools shown, in this order (never empty).
    pub tools: Vec<Route>,
    /// The agency's name, shown as text instead of the Tactful brand.
    pub name: Option<String>,
    /// A same-origin image path or URL for the agency's logo.
    pub logo: Option<String>,
    /// The accent colour, normalised to `#rrggbb`.
    pub accent: Option<String>,
    /// The invoice currency's initial value (an ISO 4217 code the engine knows).
    pub currency: Option<String>,
    /// The interface (and message) language.
    pub lang: Option<Lang>,
    /// The timeline's initial policy.
    pub policy: Option<PresetName>,
    /// The law that applies (`law=uk|ie|de|fr|nl|es|eu`); none: it follows the currency
    /// and the message language.
    pub law: Option<Jurisdiction>,
    /// Show the small "Powered by Tactful" link (`powered=0` hides it).
    pub powered: bool,
}

impl Default for EmbedOptions {
    fn default() -> Self {
        EmbedOptions {
            embed: false,
            tools: Route::ALL.to_vec(),
            name: None,
            logo: None,
            accent: None,
            currency: None,
            lang: None,
            policy: None,
            law: None,
            powered: true,
        }
    }
}

/// A parameter whose value was ignored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedProblem {
    /// The parameter's name, e.g. `accent`.
    pub param: &'static str,
    /// Why its value was ignored.
    pub kind: ProblemKind,
}

/// Why a value was ignored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// Not one of the accepted values (a flag, a tool, a language, a policy).
    Unknown,
    /// The agency name is longer than [`MAX_NAME_CHARS`] or holds control characters.
    BadName,
    /// The logo is not an image path on this site.
    BadLogo,
    /// The accent colour is not `#rgb` or `#rrggbb`.
    BadColour,
    /// The currency is not an ISO 4217 code that Tactful knows.
    BadCurrency,
}

/// The tool ids of the `tools` parameter, in tab order.
pub fn tool_id(route: Route) -> &'static str {
    route.id()
}

/// The preset's parameter value.
pub fn policy_id(policy: PresetName) -> &'static str {
    match policy {
        PresetName::Gentle => "gentle",
        PresetName::Standard => "standard",
        PresetName::Firm => "firm",
    }
}

impl EmbedOptions {
    /// Parses a query string (with or without the leading `?`), accepting absolute logo
    /// URLs on no origin (use [`EmbedOptions::from_query_at`] in a page).
    pub fn from_query(query: &str) -> (EmbedOptions, Vec<EmbedProblem>) {
        EmbedOptions::from_query_at(query, "")
    }

    /// Parses a query string for a page served from `origin` (e.g. `https://tactful.example`):
    /// an absolute logo URL is accepted only on that origin.
    pub fn from_query_at(query: &str, origin: &str) -> (EmbedOptions, Vec<EmbedProblem>) {
        let mut options = EmbedOptions::default();
        let mut problems = Vec::new();
        let mut problem = |param: &'static str, kind: ProblemKind| {
            if !problems
                .iter()
                .any(|p: &EmbedProblem| p.param == param && p.kind == kind)
            {
                problems.push(EmbedProblem { param, kind });
            }
        };
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (raw_key, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = percent_decode(raw_key);
            let value = percent_decode(raw_value);
            let value = value.trim();
            match key.as_str() {
                "embed" => match flag(value) {
                    Some(on) => options.embed = on,
                    None => problem("embed", ProblemKind::Unknown),
                },
                "powered" => match flag(value) {
                    Some(on) => options.powered = on,
                    None => problem("powered", ProblemKind::Unknown),
                },
                "tools" => {
                    let mut tools = Vec::new();
                    for id in value.split(',').map(str::trim).filter(|s| !s.is_empty()) {
                        match Route::ALL
                            .into_iter()
                            .find(|r| r.id().eq_ignore_ascii_case(id))
                        {
                            Some(r) if !tools.contains(&r) => tools.push(r),
                            Some(_) => {}
                            None => problem("tools", ProblemKind::Unknown),
                        }
                    }
                    options.tools = if tools.is_empty() {
                        Route::ALL.to_vec()
                    } else {
                        tools
                    };
                }
                "name" => match name(value) {
                    Ok(n) => options.name = n,
                    Err(()) => problem("name", ProblemKind::BadName),
                },
                "logo" => match logo(value, origin) {
                    Ok(l) => options.logo = l,
                    Err(()) => problem("logo", ProblemKind::BadLogo),
                },
                "accent" => match hex_colour(value) {
                    Some(c) => options.accent = Some(c),
                    None if value.is_empty() => options.accent = None,
                    None => problem("accent", ProblemKind::BadColour),
                },
                "currency" => match tactful_engine::currency::currency(value) {
                    Ok(c) => options.currency = Some(c.code.to_owned()),
                    Err(_) if value.is_empty() => options.currency = None,
                    Err(_) => problem("currency", ProblemKind::BadCurrency),
                },
                "lang" => match Lang::from_tag(value) {
                    Some(l) => options.lang = Some(l),
                    None if value.is_empty() => options.lang = None,
                    None => problem("lang", ProblemKind::Unknown),
                },
                "policy" => match PresetName::all()
                    .iter()
                    .copied()
                    .find(|p| policy_id(*p).eq_ignore_ascii_case(value))
                {
                    Some(p) => options.policy = Some(p),
                    None if value.is_empty() => options.policy = None,
                    None => problem("policy", ProblemKind::Unknown),
                },
                "law" => match Jurisdiction::from_name(&value.to_ascii_lowercase()) {
                    Some(law) => options.law = Some(law),
                    None if value.is_empty() => options.law = None,
                    None => problem("law", ProblemKind::Unknown),
                },
                _ => {}
            }
        }
        (options, problems)
    }

    /// The query string for these options, starting with `embed=1` (no leading `?`);
    /// defaults are left out. Values are percent-encoded.
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!("embed={}", if self.embed { "1" } else { "0" })];
        if self.tools != Route::ALL {
            let ids: Vec<&str> = self.tools.iter().map(|r| tool_id(*r)).collect();
            parts.push(format!("tools={}", ids.join(",")));
        }
        if let Some(n) = &self.name {
            parts.push(format!("name={}", percent_encode(n)));
        }
        if let Some(l) = &self.logo {
            parts.push(format!("logo={}", percent_encode(l)));
        }
        if let Some(a) = &self.accent {
            parts.push(format!("accent={}", percent_encode(a)));
        }
        if let Some(c) = &self.currency {
            parts.push(format!("currency={c}"));
        }
        if let Some(l) = self.lang {
            parts.push(format!("lang={}", l.tag()));
        }
        if let Some(p) = self.policy {
            parts.push(format!("policy={}", policy_id(p)));
        }
        if let Some(law) = self.law {
            parts.push(format!("law={}", law.name()));
        }
        if !self.powered {
            parts.push("powered=0".to_owned());
        }
        parts.join("&")
    }

    /// The tool to show for `wanted`: itself when chosen, else the first chosen tool.
    pub fn route_for(&self, wanted: Option<Route>) -> Route {
        match wanted {
            Some(r) if self.tools.contains(&r) => r,
            _ => self.tools.first().copied().unwrap_or_default(),
        }
    }
}

fn flag(value: &str) -> Option<bool> {
    match value.to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

fn name(value: &str) -> Result<Option<String>, ()> {
    if value.is_empty() {
        return Ok(None);
    }
    if value.chars().count() > MAX_NAME_CHARS || value.chars().any(char::is_control) {
        return Err(());
    }
    Ok(Some(value.to_owned()))
}

/// A logo must be an image on this site: a relative path, or an absolute URL on `origin`.
fn logo(value: &str, origin: &str) -> Result<Option<String>, ()> {
    if value.is_empty() {
        return Ok(None);
    }
    let unsafe_char = |c: char| c.is_control() || c == '\\';
    if value.chars().count() > MAX_LOGO_CHARS || value.chars().any(unsafe_char) {
        return Err(());
    }
    // `//host/x` is another origin, written without a scheme.
    if value.starts_with("//") {
        return Err(());
    }
    // A colon before the first `/`, `?` or `#` starts a scheme (`https:`, `data:`, ...).
    let head_end = value.find(['/', '?', '#']).unwrap_or(value.len());
    if !value[..head_end].contains(':') {
        return Ok(Some(value.to_owned()));
    }
    let same_origin = !origin.is_empty()
        && value.len() > origin.len()
        && value.is_char_boundary(origin.len())
        && value[..origin.len()].eq_ignore_ascii_case(origin)
        && value[origin.len()..].starts_with('/');
    if same_origin {
        Ok(Some(value.to_owned()))
    } else {
        Err(())
    }
}

/// `#rgb`, `#rrggbb`, `rgb` or `rrggbb` as `#rrggbb` (lowercase); anything else is `None`.
pub fn hex_colour(value: &str) -> Option<String> {
    let digits = value.strip_prefix('#').unwrap_or(value);
    if !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digits = digits.to_ascii_lowercase();
    match digits.len() {
        3 => Some(digits.chars().fold(String::from("#"), |mut s, c| {
            s.push(c);
            s.push(c);
            s
        })),
        6 => Some(format!("#{digits}")),
        _ => None,
    }
}

/// The text colour that reads best on `accent` (a `#rrggbb` colour): black or white,
/// whichever has the higher WCAG 2 contrast ratio.
#[allow(clippy::float_arithmetic)] // colour maths, not money
pub fn accent_text(accent: &str) -> &'static str {
    let channel = |i: usize| {
        let byte = accent
            .get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
            .unwrap_or(0);
        let c = f64::from(byte) / 255.0;
        if c <= 0.039_28 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    // Contrast with white (1.05 / (L + 0.05)) beats black ((L + 0.05) / 0.05) below this.
    if (luminance + 0.05) * (luminance + 0.05) < 0.0525 {
        "#ffffff"
    } else {
        "#000000"
    }
}

/// Decodes `%XX` escapes and `+` (a space in a query). Malformed escapes stay as typed and
/// invalid UTF-8 becomes U+FFFD: total, never panics.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = |j: usize| bytes.get(j).and_then(|&h| (h as char).to_digit(16));
        match b {
            b'+' => out.push(b' '),
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(hi), Some(lo)) => {
                    out.push(u8::try_from(hi * 16 + lo).unwrap_or(b'?'));
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            _ => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Percent-encodes everything but unreserved characters (RFC 3986: letters, digits, `-._~`).
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The HTML to paste into a page: the iframe of `app_url` (the app's page, without query
/// or fragment) with `options`, titled `title`, and the resizing script next to it.
pub fn snippet(app_url: &str, options: &EmbedOptions, title: &str) -> String {
    let base = app_url.rsplit_once('/').map_or(app_url, |(dir, _)| dir);
    let src = format!("{app_url}?{}", options.to_query());
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-tactful width=\"100%\" height=\"720\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups\" allow=\"clipboard-write\"></iframe>\n\
         <script src=\"{}/embed.js\" defer></script>",
        html_escape(&src),
        html_escape(title),
        html_escape(base),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(q: &str) -> (EmbedOptions, Vec<EmbedProblem>) {
        EmbedOptions::from_query_at(q, "https://app.example")
    }

    fn problem(param: &'static str, kind: ProblemKind) -> EmbedProblem {
        EmbedProblem { param, kind }
    }

    #[test]
    fn an_empty_query_is_the_full_app() {
        let (o, p) = parse("");
        assert_eq!(o, EmbedOptions::default());
        assert!(!o.embed && o.powered && o.tools == Route::ALL);
        assert!(p.is_empty());
    }

    #[test]
    fn the_issue_example_parses() {
        let (o, p) = parse("?embed=1&tools=discount,plan&name=Acme%20Collect&accent=%23aa3300&currency=EUR&lang=de&policy=firm&powered=0");
        assert!(p.is_empty(), "{p:?}");
        assert!(o.embed);
        assert_eq!(o.tools, vec![Route::Discount, Route::Plan]);
        assert_eq!(o.name.as_deref(), Some("Acme Collect"));
        assert_eq!(o.accent.as_deref(), Some("#aa3300"));
        assert_eq!(o.currency.as_deref(), Some("EUR"));
        assert_eq!(o.lang, Some(Lang::De));
        assert_eq!(o.policy, Some(PresetName::Firm));
        assert!(!o.powered);
    }

    #[test]
    fn embed_and_powered_are_flags() {
        assert!(parse("embed=1").0.embed);
        assert!(parse("embed=true").0.embed);
        assert!(!parse("embed=0").0.embed);
        assert_eq!(
            parse("embed=maybe"),
            (
                EmbedOptions::default(),
                vec![problem("embed", ProblemKind::Unknown)]
            )
        );
        assert!(!parse("powered=0").0.powered);
        assert!(!parse("powered=off").0.powered);
        assert!(parse("powered=1").0.powered);
        assert!(parse("powered=%3Cb%3E").0.powered);
    }

    #[test]
    fn tools_keep_order_and_drop_duplicates_and_unknowns() {
        let (o, p) = parse("tools=message,%20timeline,message,,PLAN");
        assert_eq!(o.tools, vec![Route::Message, Route::Timeline, Route::Plan]);
        assert!(p.is_empty());
        let (o, p) = parse("tools=plan,%3Cscript%3E");
        assert_eq!(o.tools, vec![Route::Plan]);
        assert_eq!(p, vec![problem("tools", ProblemKind::Unknown)]);
        let (o, p) = parse("tools=<script>");
        assert_eq!(o.tools, Route::ALL);
        assert_eq!(p, vec![problem("tools", ProblemKind::Unknown)]);
        assert_eq!(parse("tools=").0.tools, Route::ALL);
    }

    #[test]
    fn route_for_falls_back_to_the_first_chosen_tool() {
        let (o, _) = parse("tools=timeline,discount");
        assert_eq!(o.route_for(Some(Route::Discount)), Route::Discount);
        assert_eq!(o.route_for(Some(Route::Plan)), Route::Timeline);
        assert_eq!(o.route_for(None), Route::Timeline);
        assert_eq!(
            EmbedOptions::default().route_for(Some(Route::Message)),
            Route::Message
        );
        assert_eq!(EmbedOptions::default().route_for(None), Route::Plan);
    }

    #[test]
    fn names_are_kept_as_text_up_to_80_characters() {
        let (o, p) = parse("name=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E");
        assert_eq!(o.name.as_deref(), Some("<img src=x onerror=alert(1)>"));
        assert!(p.is_empty());
        assert_eq!(
            parse("name=Caf%C3%A9+M%C3%BCller").0.name.as_deref(),
            Some("Café Müller")
        );
        let long = "é".repeat(80);
        assert_eq!(parse(&format!("name={long}")).0.name, Some(long.clone()));
        let (o, p) = parse(&format!("name={long}x"));
        assert_eq!(o.name, None);
        assert_eq!(p, vec![problem("name", ProblemKind::BadName)]);
        assert_eq!(
            parse("name=a%0Ab").1,
            vec![problem("name", ProblemKind::BadName)]
        );
        assert_eq!(parse("name=%20%20").0.name, None);
    }

    #[test]
    fn logos_must_be_on_this_site() {
        for ok in [
            "logo.png",
            "/img/logo.svg",
            "./a/../logo.png",
            "img/logo%20x.png",
            "a b.png",
            "https://app.example/logo.png",
            "HTTPS://APP.EXAMPLE/logo.png",
        ] {
            let (o, p) = parse(&format!("logo={ok}"));
            assert!(o.logo.is_some() && p.is_empty(), "{ok}");
        }
        for bad in [
            "https://evil.example/x.png",
            "javascript:alert(1)",
            "JaVaScRiPt%3Aalert(1)",
            "data:image/png;base64,AAAA",
            "//evil.example/x.png",
            "%2F%2Fevil.example/x.png",
            "/%5Cevil.example/x.png",
            "https://app.example@evil.example/x.png",
            "https://app.example.evil.example/x.png",
            "https://app.example",
            "logo%0A.png",
        ] {
            let (o, p) = parse(&format!("logo={bad}"));
            assert_eq!(o.logo, None, "{bad}");
            assert_eq!(p, vec![problem("logo", ProblemKind::BadLogo)], "{bad}");
        }
        // With no origin known, only relative paths are accepted.
        assert_eq!(
            EmbedOptions::from_query("logo=https://app.example/l.png")
                .0
                .logo,
            None
        );
    }

    #[test]
    fn accents_are_hex_colours_only() {
        assert_eq!(
            parse("accent=%23AA3300").0.accent.as_deref(),
            Some("#aa3300")
        );
        assert_eq!(parse("accent=aa3300").0.accent.as_deref(), Some("#aa3300"));
        assert_eq!(parse("accent=%23a30").0.accent.as_deref(), Some("#aa3300"));
        assert_eq!(parse("accent=#a30").0.accent.as_deref(), Some("#aa3300"));
        for bad in [
            "red",
            "red;background:url(//evil)",
            "%23aa330",
            "%23aa33000",
            "%23ggg",
            "1e3z",
        ] {
            let (o, p) = parse(&format!("accent={bad}"));
            assert_eq!(o.accent, None, "{bad}");
            assert_eq!(p, vec![problem("accent", ProblemKind::BadColour)], "{bad}");
        }
    }

    #[test]
    fn accent_text_picks_the_more_readable_of_black_and_white() {
        assert_eq!(accent_text("#000000"), "#ffffff");
        assert_eq!(accent_text("#ffffff"), "#000000");
        assert_eq!(accent_text("#aa3300"), "#ffffff");
        assert_eq!(accent_text("#1f5f5b"), "#ffffff");
        assert_eq!(accent_text("#ffcc00"), "#000000");
        assert_eq!(accent_text("#7fd1c8"), "#000000");
        assert_eq!(accent_text("nonsense"), "#ffffff");
    }

    #[test]
    fn currencies_must_be_known_codes() {
        assert_eq!(parse("currency=eur").0.currency.as_deref(), Some("EUR"));
        assert_eq!(parse("currency=JPY").0.currency.as_deref(), Some("JPY"));
        for bad in ["XXX1", "XAU", "EURO", "%E2%82%AC"] {
            let (o, p) = parse(&format!("currency={bad}"));
            assert_eq!(o.currency, None, "{bad}");
            assert_eq!(p, vec![problem("currency", ProblemKind::BadCurrency)]);
        }
    }

    #[test]
    fn languages_and_policies() {
        assert_eq!(parse("lang=en-US").0.lang, Some(Lang::EnUs));
        assert_eq!(parse("lang=en-GB").0.lang, Some(Lang::EnGb));
        assert_eq!(parse("lang=nl").0.lang, Some(Lang::Nl));
        assert_eq!(
            parse("lang=pt").1,
            vec![problem("lang", ProblemKind::Unknown)]
        );
        assert_eq!(parse("policy=gentle").0.policy, Some(PresetName::Gentle));
        assert_eq!(parse("law=de").0.law, Some(Jurisdiction::De));
        assert_eq!(parse("law=NL").0.law, Some(Jurisdiction::Nl));
        assert_eq!(parse("law=").0.law, None);
        assert_eq!(
            parse("law=us").1,
            vec![problem("law", ProblemKind::Unknown)]
        );
        assert_eq!(
            parse("policy=Standard").0.policy,
            Some(PresetName::Standard)
        );
        assert_eq!(
            parse("policy=brutal").1,
            vec![problem("policy", ProblemKind::Unknown)]
        );
    }

    #[test]
    fn unknown_params_are_ignored_and_later_values_win() {
        let (o, p) = parse("utm_source=x&&=&embed&foo=%zz&lang=fr&lang=es");
        assert_eq!(o.lang, Some(Lang::Es));
        assert_eq!(p, vec![problem("embed", ProblemKind::Unknown)]);
    }

    #[test]
    fn percent_decoding_is_total() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%2"), "%2");
        assert_eq!(percent_decode("%zz%41"), "%zzA");
        assert_eq!(percent_decode("%C3%A9"), "é");
        assert_eq!(percent_decode("%C3"), "\u{fffd}");
        assert_eq!(percent_decode("é%"), "é%");
    }

    #[test]
    fn the_snippet_escapes_and_encodes() {
        let (o, _) =
            parse("embed=1&tools=plan&name=A%20%26%20B%20%22Q%22&accent=%23aa3300&powered=0");
        assert_eq!(
            o.to_query(),
            "embed=1&tools=plan&name=A%20%26%20B%20%22Q%22&accent=%23aa3300&powered=0"
        );
        let html = snippet(
            "https://app.example/tools/index.html",
            &o,
            "Tools <by> \"us\"",
        );
        assert!(html.contains(
            "src=\"https://app.example/tools/index.html?embed=1&amp;tools=plan&amp;name=A%20%26%20B%20%22Q%22"
        ));
        assert!(html.contains("title=\"Tools &lt;by&gt; &quot;us&quot;\""));
        assert!(html.contains("sandbox=\"allow-scripts allow-same-origin allow-popups\""));
        assert!(html.contains("<script src=\"https://app.example/tools/embed.js\" defer></script>"));
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_query_parses_without_panicking(query in ".{0,200}") {
                let (o, _) = EmbedOptions::from_query_at(&query, "https://app.example");
                prop_assert!(!o.tools.is_empty());
                if let Some(a) = &o.accent {
                    prop_assert!(hex_colour(a).as_deref() == Some(a.as_str()));
                }
                if let Some(n) = &o.name {
                    prop_assert!(n.chars().count() <= MAX_NAME_CHARS);
                }
            }

            #[test]
            fn query_like_strings_parse_without_panicking(
                query in "[a-z=&%0-9A-F#+,.:/ ]{0,120}"
            ) {
                let _ = EmbedOptions::from_query(&query);
                let _ = percent_decode(&query);
            }

            #[test]
            fn options_survive_a_round_trip(
                name in proptest::option::of("[^\\p{Cc}]{1,80}"),
                logo in proptest::option::of("[a-z0-9_./-]{1,40}"),
                accent in proptest::option::of("#[0-9a-f]{6}"),
                tool_mask in 1u8..16,
                powered: bool,
            ) {
                let name = name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty());
                let logo = logo.filter(|l| !l.starts_with("//"));
                let tools: Vec<Route> = Route::ALL
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| tool_mask & (1 << i) != 0)
                    .map(|(_, r)| r)
                    .collect();
                let options = EmbedOptions {
                    embed: true,
                    tools,
                    name,
                    logo,
                    accent,
                    currency: Some("EUR".to_owned()),
                    lang: Some(Lang::Fr),
                    policy: Some(PresetName::Gentle),
                    law: Some(Jurisdiction::Fr),
                    powered,
                };
                let (back, problems) = EmbedOptions::from_query(&options.to_query());
                prop_assert!(problems.is_empty(), "{problems:?}");
                prop_assert_eq!(back, options);
            }
        }
    }
}
