//! The law a claim is made under: seven jurisdictions, their rules as data, and the
//! statute citations a letter needs.
//!
//! | serde | law | reference rate | margin | rate over time | fixed sum per invoice |
//! |---|---|---|---|---|---|
//! | `uk` | Late Payment of Commercial Debts (Interest) Act 1998 | Bank Rate on the 30 June / 31 December before interest starts | 8 | fixed for the life of the debt | £40 / £70 / £100 (under £1,000 / under £10,000 / more) |
//! | `ie` | S.I. No. 580 of 2012 | ECB MRO rate on 1 January / 1 July | 8 | one rate for the whole delay ([`IrishRateDate`]) | €40 / €70 / €100 (not exceeding €1,000 / not exceeding €10,000 / exceeding €10,000) |
//! | `de` | §§ 247, 286, 288, 289 BGB | Basiszinssatz of each half-year | 9 | each half-year's rate for its days | €40 per invoice, or per late instalment |
//! | `fr` | articles L. 441-10, D. 441-5 du Code de commerce | ECB MRO rate on 1 January / 1 July | 10 | each half-year's rate | €40 |
//! | `nl` | artikelen 6:119a, 6:120, 6:96 BW | ECB rate on the first day of the half-year | 8 | each half-year's rate; each full year's interest joins the principal | none: collection costs by the BIK scale (at least €40) |
//! | `es` | Ley 3/2004, arts. 7 and 8 | ECB MRO rate before the half-year (published in the BOE) | 8 | each half-year's rate | €40 |
//! | `eu` | Directive 2011/7/EU (any other member state) | ECB MRO rate on 1 January / 1 July | 8 to 20 (at least 8) | each half-year's rate | €40 |
//!
//! # United Kingdom (`uk`)
//! England and Wales, Scotland and Northern Ireland share the Late Payment of
//! Commercial Debts (Interest) Act 1998 and the Late Payment of Commercial Debts (Rate
//! of Interest) (No. 3) Order 2002 (SI 2002/1675): simple interest at Bank Rate in
//! force on the 31 December (interest starting 1 January–30 June) or 30 June
//! (starting 1 July–31 December) before interest starts to run, plus 8 points, fixed
//! for the life of the debt (one period). Fixed compensation (s. 5A): £40 for a debt
//! under £1,000, £70 from £1,000 to under £10,000, £100 from £10,000.
//!
//! # Ireland (`ie`)
//! European Communities (Late Payment in Commercial Transactions) Regulations 2012
//! (S.I. No. 580 of 2012): late payment interest (Regulation 4) at the ECB main
//! refinancing rate "as at 1 January and 1 July" plus 8 points, calculated daily at
//! the annual rate divided by 365 (Department of Enterprise, "Late Payment Interest
//! Rate"). The guidance says only **one** ECB rate applies to a late payment; which one
//! is an option ([`IrishRateDate`], default: the half-year in which interest starts).
//! Compensation (Regulation 9 and the Schedule, quoted by enterprise.gov.ie,
//! "Compensation for recovery costs"): amount of the late payment "not exceeding
//! €1000" → €40, "exceeding €1000 but not exceeding €10,000" → €70, "exceeding
//! €10,000" → €100; so €1,000.00 earns €40 and €10,000.00 earns €70, unlike the UK
//! tiers ([`ie_fixed_compensation`](super::ie_fixed_compensation)).
//!
//! # Germany (`de`)
//! Bürgerliches Gesetzbuch: a money debt is to bear interest during Verzug (§ 288 Abs.
//! 1); where no consumer is party, the rate for an Entgeltforderung is 9 points above
//! the Basiszinssatz (§ 288 Abs. 2). The Basiszinssatz (§ 247) is reset on 1 January
//! and 1 July, and the "jeweilige" rate applies: each half-year's rate for its days,
//! so the period is cut at every 1 January and 1 July. No interest on interest (§ 289
//! S. 1): the interest is simple. Pauschale of €40 (§ 288 Abs. 5) per
//! Entgeltforderung in Verzug, also for each late Abschlags- or Ratenzahlung (S. 2):
//! with instalments given, one per late instalment
//! ([`ClaimInput::instalments`](super::ClaimInput::instalments)). Without an agreed
//! payment date the debtor is in Verzug at the latest 30 days after Fälligkeit and
//! receipt of the invoice (§ 286 Abs. 3): [`de_interest_start`](super::de_interest_start).
//! The 9 points apply to obligations arising from 29 July 2014; older ones kept 8 points
//! (Art. 229 § 34 EGBGB), which is not modelled.
//!
//! # France (`fr`)
//! Code de commerce, article L. 441-10: pénalités de retard are due from the day after
//! the payment date on the invoice, without reminder; unless the contract says
//! otherwise, the rate is the ECB's rate for its most recent refinancing operation
//! plus 10 points, the rate in force on 1 January applying in the first half-year and
//! the one on 1 July in the second; a contractual rate may not be below three times
//! the taux d'intérêt légal ([`fr_contract_rate_check`](super::fr_contract_rate_check)).
//! Indemnité forfaitaire pour frais de recouvrement: €40 (article D. 441-5).
//!
//! # Netherlands (`nl`)
//! Burgerlijk Wetboek Boek 6: wettelijke handelsrente from the day after the agreed
//! payment day up to and including the day of payment (art. 6:119a lid 1), or from 30
//! days after receipt of the invoice when no day was agreed (lid 2); the rate is the
//! ECB's refinancing rate on the first calendar day of the half-year plus 8 points
//! (art. 6:120 lid 2). After each year the year's interest is added to the sum on
//! which interest runs (art. 6:119a lid 3 with 6:119 lid 2): yearly compounding, the
//! year counted from the first day of interest ([`Capitalisation`](super::Capitalisation)).
//! Collection costs (art. 6:96): at least €40 (lid 4, mandatory for commercial
//! transactions); the scale of the Besluit vergoeding voor buitengerechtelijke
//! incassokosten (Stb. 2012, 141, art. 2) is the default yardstick between businesses
//! (parties may agree otherwise: [`ClaimInput::collection_costs_agreed`](super::ClaimInput::collection_costs_agreed)),
//! see [`nl_collection_costs`](super::nl_collection_costs). The €40 is the minimum of
//! the collection costs, not an extra sum, so a Dutch claim has no separate fixed
//! compensation.
//!
//! # Spain (`es`)
//! Ley 3/2004, de 29 de diciembre: interés de demora from the end of the payment term
//! without reminder (arts. 5 and 6), at the rate the ECB applied to its most recent
//! main refinancing operation before the first day of the calendar half-year plus 8
//! points, published each half-year in the BOE by the Ministerio de Hacienda and
//! applied during that half-year (art. 7.2). The ECB has never changed its rate with
//! effect from a 1 January or 1 July, so this equals the rate in force on the
//! half-year's first day. €40 per invoice, added without request (art. 8.1).
//!
//! # Any other member state (`eu`)
//! Directive 2011/7/EU as a minimum: ECB rate of each half-year plus a margin of at
//! least 8 points (Art. 2(6), Art. 3; [`ClaimInput::eu_margin`](super::ClaimInput::eu_margin)),
//! €40 per late invoice (Art. 6(1)). Member states outside the euro use their central
//! bank's rate (Art. 2(7)(b)): enter it.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use super::options::IrishRateDate;
use super::rates::RateTable;
use super::Regime;
use crate::amount::NumberLocale;

/// The day up to which the statutory rules of every jurisdiction here (margins, fixed
/// sums, the BIK scale, the rate rules and the citations) were checked against the
/// statutes as published: 1 July 2026. Rate tables have their own as-of dates
/// ([`RateTable::as_of`]).
///
/// ```
/// use tactful_engine::statutory::LAWS_CHECKED_AS_OF;
///
/// assert_eq!(LAWS_CHECKED_AS_OF.to_string(), "2026-07-01");
/// ```
pub const LAWS_CHECKED_AS_OF: NaiveDate = match NaiveDate::from_ymd_opt(2026, 7, 1) {
    Some(date) => date,
    None => panic!("invalid date"),
};

/// The margin of Germany: 9 points above the Basiszinssatz (§ 288 Abs. 2 BGB, in this
/// form since 29 July 2014; as of [`LAWS_CHECKED_AS_OF`]).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::DE_MARGIN;
///
/// assert_eq!(DE_MARGIN, dec!(9));
/// ```
pub const DE_MARGIN: Decimal = Decimal::from_parts(9, 0, 0, false, 0);

/// The margin of France: 10 points above the ECB rate (article L. 441-10 du Code de
/// commerce; as of [`LAWS_CHECKED_AS_OF`]).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::FR_MARGIN;
///
/// assert_eq!(FR_MARGIN, dec!(10));
/// ```
pub const FR_MARGIN: Decimal = Decimal::from_parts(10, 0, 0, false, 0);

/// The margin of Ireland, the Netherlands and Spain: 8 points above the ECB rate (S.I.
/// No. 580 of 2012; art. 6:120 lid 2 BW; Ley 3/2004, art. 7.2; as of
/// [`LAWS_CHECKED_AS_OF`]).
///
/// ```
/// use rust_decimal_macros::dec;
/// use tactful_engine::statutory::ECB_PLUS_EIGHT_MARGIN;
///
/// assert_eq!(ECB_PLUS_EIGHT_MARGIN, dec!(8));
/// ```
pub const ECB_PLUS_EIGHT_MARGIN: Decimal = Decimal::from_parts(8, 0, 0, false, 0);

/// The law a claim is made under. Serialized as `"uk"`, `"ie"`, `"de"`, `"fr"`,
/// `"nl"`, `"es"`, `"eu"` (written out: renaming a variant cannot change them). The
/// rules of each are in the [module documentation](self).
///
/// ```
/// use tactful_engine::statutory::{Jurisdiction, Regime};
///
/// assert_eq!(Jurisdiction::from(Regime::Uk), Jurisdiction::Uk);
/// assert_eq!(Jurisdiction::De.regime(), Regime::Eu);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Jurisdiction {
    /// United Kingdom (England and Wales, Scotland, Northern Ireland).
    #[serde(rename = "uk")]
    Uk,
    /// Ireland.
    #[serde(rename = "ie")]
    Ie,
    /// Germany.
    #[serde(rename = "de")]
    De,
    /// France.
    #[serde(rename = "fr")]
    Fr,
    /// The Netherlands.
    #[serde(rename = "nl")]
    Nl,
    /// Spain.
    #[serde(rename = "es")]
    Es,
    /// Any other EU member state: the Directive's minimum.
    #[serde(rename = "eu")]
    Eu,
}

/// How the reference rate moves during one claim. Serialized as `"fixed_at_start"`,
/// `"one_rate"`, `"per_half_year"`.
///
/// ```
/// use tactful_engine::statutory::{Jurisdiction, RateRule};
///
/// assert_eq!(Jurisdiction::Uk.rate_rule(Default::default()), RateRule::FixedAtStart);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RateRule {
    /// The rate of the half-year before interest starts, for the whole debt (UK).
    #[serde(rename = "fixed_at_start")]
    FixedAtStart,
    /// One ECB rate for the whole delay, chosen by [`IrishRateDate`] (Ireland).
    #[serde(rename = "one_rate")]
    OneRate,
    /// Each half-year's own rate for the days in it.
    #[serde(rename = "per_half_year")]
    PerHalfYear,
}

impl From<Regime> for Jurisdiction {
    fn from(regime: Regime) -> Self {
        match regime {
            Regime::Uk => Jurisdiction::Uk,
            Regime::Eu => Jurisdiction::Eu,
        }
    }
}

impl Jurisdiction {
    /// Every jurisdiction, in declaration order.
    ///
    /// ```
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::ALL.len(), 7);
    /// ```
    pub const ALL: [Jurisdiction; 7] = [
        Jurisdiction::Uk,
        Jurisdiction::Ie,
        Jurisdiction::De,
        Jurisdiction::Fr,
        Jurisdiction::Nl,
        Jurisdiction::Es,
        Jurisdiction::Eu,
    ];

    /// The stable name, as serialized, saved and passed to the JavaScript API (`"de"`).
    ///
    /// ```
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::Nl.name(), "nl");
    /// assert_eq!(Jurisdiction::from_name("ie"), Some(Jurisdiction::Ie));
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Jurisdiction::Uk => "uk",
            Jurisdiction::Ie => "ie",
            Jurisdiction::De => "de",
            Jurisdiction::Fr => "fr",
            Jurisdiction::Nl => "nl",
            Jurisdiction::Es => "es",
            Jurisdiction::Eu => "eu",
        }
    }

    /// The jurisdiction named `name` ([`Jurisdiction::name`]).
    pub fn from_name(name: &str) -> Option<Jurisdiction> {
        Jurisdiction::ALL.into_iter().find(|j| j.name() == name)
    }

    /// The law to offer first for an invoice in `currency_code` (ISO 4217; case and
    /// surrounding spaces do not matter) written to a client in `language`:
    /// GBP → `Uk` (any language); EUR + German → `De`, + French → `Fr`, + Dutch →
    /// `Nl`, + Spanish → `Es`, + English (British or American) → `Ie`; anything else
    /// → `Eu`, the Directive's minimum. A default only: the user chooses the law.
    ///
    /// ```
    /// use tactful_engine::amount::NumberLocale;
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::default_for("EUR", NumberLocale::De), Jurisdiction::De);
    /// assert_eq!(Jurisdiction::default_for(" eur ", NumberLocale::EnGb), Jurisdiction::Ie);
    /// assert_eq!(Jurisdiction::default_for("GBP", NumberLocale::Fr), Jurisdiction::Uk);
    /// assert_eq!(Jurisdiction::default_for("SEK", NumberLocale::EnGb), Jurisdiction::Eu);
    /// assert_eq!(Jurisdiction::default_for("USD", NumberLocale::EnUs), Jurisdiction::Eu);
    /// ```
    pub fn default_for(currency_code: &str, language: NumberLocale) -> Jurisdiction {
        let code = currency_code.trim();
        if code.eq_ignore_ascii_case("GBP") {
            return Jurisdiction::Uk;
        }
        if !code.eq_ignore_ascii_case("EUR") {
            return Jurisdiction::Eu;
        }
        match language {
            NumberLocale::De => Jurisdiction::De,
            NumberLocale::Fr => Jurisdiction::Fr,
            NumberLocale::Nl => Jurisdiction::Nl,
            NumberLocale::Es => Jurisdiction::Es,
            NumberLocale::EnGb | NumberLocale::EnUs => Jurisdiction::Ie,
        }
    }

    /// The older two-way choice this law belongs to: `Uk` for the UK, `Eu` for every
    /// member state (the Directive underlies them all).
    ///
    /// ```
    /// use tactful_engine::statutory::{Jurisdiction, Regime};
    ///
    /// assert!(Jurisdiction::ALL.iter().all(|j| (j.regime() == Regime::Uk) == (*j == Jurisdiction::Uk)));
    /// ```
    pub fn regime(self) -> Regime {
        match self {
            Jurisdiction::Uk => Regime::Uk,
            _ => Regime::Eu,
        }
    }

    /// The margin over the reference rate fixed by law, in percentage points; `None`
    /// for `Eu`, whose margin is a parameter (at least 8).
    ///
    /// ```
    /// use rust_decimal_macros::dec;
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::De.statutory_margin(), Some(dec!(9)));
    /// assert_eq!(Jurisdiction::Fr.statutory_margin(), Some(dec!(10)));
    /// assert_eq!(Jurisdiction::Eu.statutory_margin(), None);
    /// ```
    pub fn statutory_margin(self) -> Option<Decimal> {
        match self {
            Jurisdiction::Uk => Some(super::UK_MARGIN),
            Jurisdiction::Ie | Jurisdiction::Nl | Jurisdiction::Es => Some(ECB_PLUS_EIGHT_MARGIN),
            Jurisdiction::De => Some(DE_MARGIN),
            Jurisdiction::Fr => Some(FR_MARGIN),
            Jurisdiction::Eu => None,
        }
    }

    /// The table the reference rate comes from.
    ///
    /// ```
    /// use tactful_engine::statutory::{Jurisdiction, RateTable};
    ///
    /// assert_eq!(Jurisdiction::Uk.rate_table(), RateTable::BoeBankRate);
    /// assert_eq!(Jurisdiction::De.rate_table(), RateTable::DeBasiszinssatz);
    /// assert_eq!(Jurisdiction::Es.rate_table(), RateTable::EcbMro);
    /// ```
    pub fn rate_table(self) -> RateTable {
        match self {
            Jurisdiction::Uk => RateTable::BoeBankRate,
            Jurisdiction::De => RateTable::DeBasiszinssatz,
            _ => RateTable::EcbMro,
        }
    }

    /// How the rate moves during a claim; for Ireland it depends on the
    /// [`IrishRateDate`] option (one rate, unless `per_half_year`).
    ///
    /// ```
    /// use tactful_engine::statutory::{IrishRateDate, Jurisdiction, RateRule};
    ///
    /// assert_eq!(Jurisdiction::Ie.rate_rule(IrishRateDate::DueDate), RateRule::OneRate);
    /// assert_eq!(Jurisdiction::Ie.rate_rule(IrishRateDate::PerHalfYear), RateRule::PerHalfYear);
    /// assert_eq!(Jurisdiction::Nl.rate_rule(IrishRateDate::DueDate), RateRule::PerHalfYear);
    /// ```
    pub fn rate_rule(self, ie_rate_date: IrishRateDate) -> RateRule {
        match self {
            Jurisdiction::Uk => RateRule::FixedAtStart,
            Jurisdiction::Ie if ie_rate_date != IrishRateDate::PerHalfYear => RateRule::OneRate,
            _ => RateRule::PerHalfYear,
        }
    }

    /// The currency of the fixed compensation and collection costs: `"GBP"` for the UK,
    /// `"EUR"` elsewhere. Never converted.
    ///
    /// ```
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// assert_eq!(Jurisdiction::Uk.compensation_currency(), "GBP");
    /// assert_eq!(Jurisdiction::Nl.compensation_currency(), "EUR");
    /// ```
    pub fn compensation_currency(self) -> &'static str {
        self.regime().compensation_currency()
    }

    /// Interest is added to the principal after each full year (the Netherlands only).
    ///
    /// ```
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// assert!(Jurisdiction::Nl.compounds_yearly());
    /// assert!(!Jurisdiction::De.compounds_yearly()); // § 289 BGB: no interest on interest
    /// ```
    pub fn compounds_yearly(self) -> bool {
        self == Jurisdiction::Nl
    }

    /// The statutes a letter cites, as display-neutral data (in the law's own
    /// language; no sentence around them).
    ///
    /// ```
    /// use tactful_engine::statutory::Jurisdiction;
    ///
    /// let de = Jurisdiction::De.law();
    /// assert_eq!(de.interest, ["§ 288 Abs. 2 BGB", "§ 247 BGB"]);
    /// assert_eq!(de.compensation, ["§ 288 Abs. 5 BGB"]);
    /// assert_eq!(Jurisdiction::Ie.law().short_title, "S.I. No. 580 of 2012");
    /// assert_eq!(Jurisdiction::Nl.law().collection_costs[0], "artikel 6:96 BW");
    /// ```
    pub fn law(self) -> &'static LawReference {
        match self {
            Jurisdiction::Uk => &UK_LAW,
            Jurisdiction::Ie => &IE_LAW,
            Jurisdiction::De => &DE_LAW,
            Jurisdiction::Fr => &FR_LAW,
            Jurisdiction::Nl => &NL_LAW,
            Jurisdiction::Es => &ES_LAW,
            Jurisdiction::Eu => &EU_LAW,
        }
    }
}

/// What a letter cites for one jurisdiction: statute names and provisions as data,
/// written as the law writes them, in its own language. Lists may be empty (a Dutch
/// claim has no fixed compensation, only collection costs).
///
/// - `title`: the instrument's full title; `short_title`: how it is usually cited.
/// - `interest`: the provisions granting the interest and fixing its rate.
/// - `interest_start`: when interest starts without an agreed payment date.
/// - `compensation`: the fixed sum per invoice (or per instalment).
/// - `collection_costs`: collection costs beyond a fixed sum (the Netherlands).
/// - `rate_publication`: where the reference rate is published.
/// - `checked_as_of`: the day up to which these were checked ([`LAWS_CHECKED_AS_OF`]).
///
/// ```
/// use tactful_engine::statutory::Jurisdiction;
///
/// let fr = Jurisdiction::Fr.law();
/// assert_eq!(fr.interest, ["article L. 441-10 du Code de commerce"]);
/// assert_eq!(fr.compensation, ["article D. 441-5 du Code de commerce"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LawReference {
    /// The jurisdiction.
    pub jurisdiction: Jurisdiction,
    /// The instrument's full title.
    pub title: &'static str,
    /// The usual short citation.
    pub short_title: &'static str,
    /// Provisions granting the interest and its rate.
    pub interest: &'static [&'static str],
    /// Provisions on when interest starts without an agreed date.
    pub interest_start: &'static [&'static str],
    /// Provisions on the fixed compensation.
    pub compensation: &'static [&'static str],
    /// Provisions on collection costs beyond a fixed sum.
    pub collection_costs: &'static [&'static str],
    /// Where the reference rate is published.
    pub rate_publication: &'static str,
    /// The day up to which these were checked against the statutes.
    pub checked_as_of: NaiveDate,
}

// Citations: the statutes as published (legislation.gov.uk; irishstatutebook.ie and
// enterprise.gov.ie, which quotes Regulation 9 and the Schedule; gesetze-im-internet.de;
// legifrance.gouv.fr; wetten.overheid.nl; boe.es; eur-lex.europa.eu), checked 2026.

static UK_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::Uk,
    title: "Late Payment of Commercial Debts (Interest) Act 1998",
    short_title: "Late Payment of Commercial Debts (Interest) Act 1998",
    interest: &[
        "Late Payment of Commercial Debts (Interest) Act 1998, s. 1",
        "Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002 (SI 2002/1675)",
    ],
    interest_start: &["Late Payment of Commercial Debts (Interest) Act 1998, s. 4"],
    compensation: &["Late Payment of Commercial Debts (Interest) Act 1998, s. 5A"],
    collection_costs: &[],
    rate_publication: "Bank of England, Bank Rate",
    checked_as_of: LAWS_CHECKED_AS_OF,
};

static IE_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::Ie,
    title: "European Communities (Late Payment in Commercial Transactions) Regulations 2012 (S.I. No. 580 of 2012)",
    short_title: "S.I. No. 580 of 2012",
    interest: &["S.I. No. 580 of 2012, Regulation 4"],
    interest_start: &["S.I. No. 580 of 2012, Regulation 4"],
    compensation: &["S.I. No. 580 of 2012, Regulation 9 and Schedule"],
    collection_costs: &[],
    rate_publication: "European Central Bank, main refinancing operations rate",
    checked_as_of: LAWS_CHECKED_AS_OF,
};

static DE_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::De,
    title: "Bürgerliches Gesetzbuch (BGB)",
    short_title: "BGB",
    interest: &["§ 288 Abs. 2 BGB", "§ 247 BGB"],
    interest_start: &["§ 286 Abs. 3 BGB"],
    compensation: &["§ 288 Abs. 5 BGB"],
    collection_costs: &[],
    rate_publication: "Deutsche Bundesbank, Basiszinssatz",
    checked_as_of: LAWS_CHECKED_AS_OF,
};

static FR_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::Fr,
    title: "Code de commerce",
    short_title: "Code de commerce",
    interest: &["article L. 441-10 du Code de commerce"],
    interest_start: &["article L. 441-10 du Code de commerce"],
    compensation: &["article D. 441-5 du Code de commerce"],
    collection_costs: &[],
    rate_publication: "Banque centrale européenne, taux de refinancement",
    checked_as_of: LAWS_CHECKED_AS_OF,
};

static NL_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::Nl,
    title: "Burgerlijk Wetboek Boek 6",
    short_title: "BW",
    interest: &["artikel 6:119a BW", "artikel 6:120 lid 2 BW"],
    interest_start: &["artikel 6:119a lid 2 BW"],
    compensation: &[],
    collection_costs: &[
        "artikel 6:96 BW",
        "Besluit vergoeding voor buitengerechtelijke incassokosten",
    ],
    rate_publication: "Europese Centrale Bank, herfinancieringsrente",
    checked_as_of: LAWS_CHECKED_AS_OF,
};

static ES_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::Es,
    title: "Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales",
    short_title: "Ley 3/2004",
    interest: &["Ley 3/2004, art. 7"],
    interest_start: &["Ley 3/2004, art. 4", "Ley 3/2004, art. 5"],
    compensation: &["Ley 3/2004, art. 8"],
    collection_costs: &[],
    rate_publication: "Boletín Oficial del Estado, resolución semestral del tipo legal de interés de demora",
    checked_as_of: LAWS_CHECKED_AS_OF,
};

static EU_LAW: LawReference = LawReference {
    jurisdiction: Jurisdiction::Eu,
    title: "Directive 2011/7/EU of the European Parliament and of the Council of 16 February 2011 on combating late payment in commercial transactions",
    short_title: "Directive 2011/7/EU",
    interest: &["Directive 2011/7/EU, Art. 3", "Directive 2011/7/EU, Art. 2(6)"],
    interest_start: &["Directive 2011/7/EU, Art. 3(3)"],
    compensation: &["Directive 2011/7/EU, Art. 6"],
    collection_costs: &[],
    rate_publication: "European Central Bank, main refinancing operations rate",
    checked_as_of: LAWS_CHECKED_AS_OF,
};
