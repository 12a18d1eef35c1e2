// Expected figures worked out by hand in the tests, independently of the app: calendar
// arithmetic on YYYY-MM-DD days, money in integer minor units (BigInt), and the exact way
// the app writes dates, amounts and rates in each interface language. (Not a test file:
// the runner only picks up *.test.mjs.)

// ---------------------------------------------------------------------------------------
// Days. Calendar arithmetic on the date alone (UTC noon, so no time zone or daylight-saving
// change can move a day); "today" comes from `localDay()` in harness.mjs or is fixed with
// `openApp(…, { today })`.

const toUtc = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d, 12);
};
const fromUtc = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

/** `iso` plus `days` calendar days. */
export const addDays = (iso, days) => fromUtc(toUtc(iso) + days * DAY_MS);

/** Days from `from` to `to` (positive when `to` is later). */
export const daysBetween = (from, to) => Math.round((toUtc(to) - toUtc(from)) / DAY_MS);

/** 0 = Monday … 6 = Sunday. */
export const weekday = (iso) => (new Date(toUtc(iso)).getUTCDay() + 6) % 7;

/** The next Monday when `iso` is a Saturday or a Sunday (no public holidays). */
export const rollPastWeekend = (iso) => (weekday(iso) === 5 ? addDays(iso, 2) : weekday(iso) === 6 ? addDays(iso, 1) : iso);

// ---------------------------------------------------------------------------------------
// Money. Amounts are BigInt minor units (pence, cents); rates are BigInt hundredths of a
// percent (11.75 % is 1175n).

/** `num / den` rounded half away from zero (the app's "half up"), BigInt. */
export function roundDiv(num, den) {
  if (den < 0n) return roundDiv(-num, -den);
  const sign = num < 0n ? -1n : 1n;
  const abs = num < 0n ? -num : num;
  return sign * ((2n * abs + den) / (2n * den));
}

/**
 * Statutory interest of a claim cut into periods, as the law asks: each period's exact
 * interest is principal × rate × days / (100 × 365); the total is rounded once to the minor
 * unit, and each period shows the rounded running total less the rounded total before it (so
 * the shares add up to the total). `periods`: [{ from, to, reference, margin }] with rates in
 * hundredths of a percent; both days count. Returns the periods with `days`, `rate` and
 * `interest` (minor units), and `interest`, the total.
 */
export function claimInterest(principal, periods) {
  const den = 365n * 100n * 100n; // days a year × percent × hundredths of a percent
  let running = 0n;
  let shown = 0n;
  const rows = periods.map((p) => {
    const days = daysBetween(p.from, p.to) + 1;
    const rate = p.reference + p.margin;
    running += principal * rate * BigInt(days);
    const total = roundDiv(running, den);
    const interest = total - shown;
    shown = total;
    return { ...p, days, rate, interest };
  });
  return { periods: rows, interest: shown };
}

/** One period's interest on its own, rounded (principal × rate × days / 36500). */
export const simpleInterest = (principal, rate, days) => roundDiv(principal * rate * BigInt(days), 365n * 100n * 100n);

/** Dutch collection costs by the BIK scale (Besluit vergoeding voor buitengerechtelijke
 * incassokosten): 15 % of the first €2,500, 10 % of the next €2,500, 5 % of the next €5,000,
 * 1 % of the next €190,000, 0.5 % above; at least €40, at most €6,775. Cents. */
export function bikCosts(principal) {
  const bands = [[250_000n, 15n], [250_000n, 10n], [500_000n, 5n], [19_000_000n, 1n]];
  let rest = principal;
  let tenths = 0n; // cents × percent × 10
  for (const [width, pct] of bands) {
    const base = rest < width ? rest : width;
    tenths += base * pct * 10n;
    rest -= base;
  }
  tenths += rest * 5n;
  const cents = roundDiv(tenths, 1000n);
  return cents < 4_000n ? 4_000n : cents > 677_500n ? 677_500n : cents;
}

// ---------------------------------------------------------------------------------------
// How the app writes things, per interface language.

const NBSP = '\u00a0';
const NNBSP = '\u202f';

const NUMBERS = {
  en: { decimal: '.', group: ',' },
  de: { decimal: ',', group: '.' },
  fr: { decimal: ',', group: NNBSP },
  nl: { decimal: ',', group: '.' },
};

function digits(minor, lang) {
  const { decimal, group } = NUMBERS[lang];
  const abs = minor < 0n ? -minor : minor;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${minor < 0n ? '-' : ''}${whole}${decimal}${cents}`;
}

/** An amount in minor units as the app writes it: `£1,234.56`, `1.234,56 €`, `€ 1.234,56`. */
export function money(minor, lang = 'en', symbol = '£') {
  const text = digits(minor < 0n ? -minor : minor, lang);
  const sign = minor < 0n ? '-' : '';
  switch (lang) {
    case 'en': return `${sign}${symbol}${text}`;
    case 'nl': return `${sign}${symbol}${NBSP}${text}`;
    default: return `${sign}${text}${NBSP}${symbol}`;
  }
}

/** A rate in hundredths of a percent as a plain number, trailing zeros dropped: `10.27`, `9`. */
export function plain(hundredths, lang = 'en') {
  const whole = hundredths / 100n;
  const frac = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}${NUMBERS[lang].decimal}${frac}` : `${whole}`;
}

/** A rate as the claim breakdown writes it: `10,27 %` (a no-break space before the sign). */
export const pct = (hundredths, lang = 'en') => `${plain(hundredths, lang)}${NBSP}%`;

const DATES = {
  en: {
    weekdays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
    write: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
  },
  de: {
    weekdays: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    months: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
    write: (w, d, m, y) => `${w}, ${d}. ${m} ${y}`,
  },
  fr: {
    weekdays: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    months: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    write: (w, d, m, y) => `${w} ${d === 1 ? '1er' : d} ${m} ${y}`,
  },
  nl: {
    weekdays: ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'],
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    write: (w, d, m, y) => `${w} ${d} ${m} ${y}`,
  },
};

/** A day as the app writes it with its weekday: `Friday 30 October 2026`, `Freitag, 30. Oktober 2026`. */
export function longDate(iso, lang = 'en') {
  const [y, m, d] = iso.split('-').map(Number);
  const names = DATES[lang];
  return names.write(names.weekdays[weekday(iso)], d, names.months[m - 1], y);
}

/** The same without the weekday: `30 October 2026`. */
export function dayMonthYear(iso) {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${DATES.en.months[m - 1]} ${y}`;
}

// ---------------------------------------------------------------------------------------
// Exact fractions (BigInt numerator and denominator), for figures the app works out in
// decimal arithmetic and rounds at the end.

const gcd = (a, b) => { let x = a < 0n ? -a : a; let y = b < 0n ? -b : b; while (y) [x, y] = [y, x % y]; return x; };

/** The fraction n/d, reduced. */
export function frac(n, d = 1n) {
  const [nn, dd] = [BigInt(n), BigInt(d)];
  const sign = dd < 0n ? -1n : 1n;
  const g = gcd(nn, dd) || 1n;
  return { n: (sign * nn) / g, d: (sign * dd) / g };
}
export const add = (a, b) => frac(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a, b) => frac(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a, b) => frac(a.n * b.n, a.d * b.d);
export const div = (a, b) => frac(a.n * b.d, a.d * b.n);

/** `q` rounded half away from zero to `decimals` decimals, as an integer of that scale. */
export const roundFrac = (q, decimals) => roundDiv(q.n * 10n ** BigInt(decimals), q.d);

/** A scaled integer (`value` × 10^`from`) rounded half away from zero to `to` decimals. */
export const rescale = (value, from, to) => roundDiv(value, 10n ** BigInt(from - to));

/** A scaled integer as a plain number with at most its decimals, trailing zeros dropped. */
export function plainScaled(value, decimals, lang = 'en') {
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  const scale = 10n ** BigInt(decimals);
  const whole = (abs / scale).toString().replace(/\B(?=(\d{3})+(?!\d))/g, NUMBERS[lang].group);
  const rest = (abs % scale).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${sign}${whole}${rest ? NUMBERS[lang].decimal + rest : ''}`;
}
