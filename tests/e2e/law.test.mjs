// End-to-end: the law where the debtor is (issue #18). One law select shared by the
// timeline, the discount analysis and the composer: "automatic" follows the invoice currency
// and the message language (EUR + German → Germany, + French → France, + Dutch → the
// Netherlands), or one of seven laws is chosen; the statutory claim is shown line by line.
//
// Every figure below is worked out here by hand (figures.mjs): the reference rates are the
// published ones, written out per half-year, and the browser's clock is fixed on a day
// inside the rate tables (`today`), so the periods, days and amounts never depend on the
// day the suite runs.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { openApp, useBrowser, reveal } from './harness.mjs';
import { addDays, bikCosts, claimInterest, longDate, money, pct, plain } from './figures.mjs';

useBrowser();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// A Friday inside every rate table the claims below need (Basiszinssatz and ECB rate up to
// the second half of 2026), with 60 days after it (the discount's expected payment) still
// inside them.
const TODAY = '2026-10-30';

// Reference rates in hundredths of a percent, as published.
const BASISZINSSATZ = { '2025-07-01': 127n, '2026-01-01': 127n, '2026-07-01': 152n }; // § 247 BGB, Bundesbank
const ECB_MRO = { '2025-07-01': 215n, '2026-01-01': 215n, '2026-07-01': 240n }; // in force on each 1 January / 1 July
const MARGIN = { de: 900n, fr: 1000n, nl: 800n }; // § 288 Abs. 2 BGB; L. 441-10 C. com.; art. 6:119a BW

async function axe(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
}

async function interfaceIn(page, lang) {
  await (await reveal(page.locator('#ui-lang'))).selectOption(lang);
  await page.locator(`html[lang=${lang}]`).waitFor();
}

async function invoice(page, amount, dueDate) {
  await (await reveal(page.locator('#amount'))).fill(amount);
  await (await reveal(page.locator('#currency'))).selectOption('EUR');
  await (await reveal(page.locator('#due-date'))).fill(dueDate);
}

/** Every row of a claim breakdown, cell by cell (head, periods, totals). */
const breakdown = (page, testId) => page.getByTestId(testId).locator('tr')
  .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

/**
 * The rows a breakdown must show: `periods` with their published reference rates, the
 * compensation, the collection costs (the Netherlands) and the total, in `lang`.
 */
function expectedRows({ lang, head, labels, principal, periods, compensation, costs = null }) {
  const claim = claimInterest(principal, periods);
  const eur = (cents) => money(cents, lang, '€');
  const rows = [head, ...claim.periods.map((p) => [
    longDate(p.from, lang), longDate(p.to, lang), String(p.days),
    pct(p.reference, lang), plain(p.margin, lang), pct(p.rate, lang), eur(p.interest),
  ])];
  rows.push([labels.interest, eur(claim.interest)], [labels.compensation, eur(compensation)]);
  if (costs !== null) rows.push([labels.costs, eur(costs)]);
  rows.push([labels.total, eur(claim.interest + compensation + (costs ?? 0n))]);
  return rows;
}

/** Periods cut at each 1 January and 1 July from `from` to `to`, rates from `table`. */
function halfYears(from, to, table, margin) {
  const periods = [];
  let start = from;
  while (start <= to) {
    const [y, m] = start.split('-').map(Number);
    const halfEnd = m <= 6 ? `${y}-06-30` : `${y}-12-31`;
    const end = halfEnd < to ? halfEnd : to;
    const reference = table[m <= 6 ? `${y}-01-01` : `${y}-07-01`];
    assert.ok(reference !== undefined, `a published rate for the half-year of ${start}`);
    periods.push({ from: start, to: end, reference, margin });
    start = addDays(end, 1);
  }
  return periods;
}

const HEAD = {
  de: ['Von', 'Bis', 'Tage', 'Referenzzinssatz', 'Aufschlag (Prozentpunkte)', 'Zinssatz p. a.', 'Zinsen'],
  en: ['From', 'To', 'Days', 'Reference rate', 'Margin (points)', 'Rate a year', 'Interest'],
  nl: ['Van', 'Tot en met', 'Dagen', 'Referentierente', 'Opslag (procentpunten)', 'Rente per jaar', 'Rente'],
};
const LABELS = {
  de: { interest: 'Verzugszinsen', compensation: 'Pauschale', costs: 'Inkassokosten', total: 'Forderung insgesamt' },
  en: { interest: 'Statutory interest', compensation: 'Fixed compensation', costs: 'Collection costs', total: 'Total claim' },
  nl: { interest: 'Wettelijke handelsrente', compensation: 'Vaste vergoeding', costs: 'Incassokosten', total: 'Totaal te vorderen' },
};

describe('the law that applies', () => {
  test('German interface, invoice in euro: German law by name, each half-year at its Basiszinssatz + 9 points; another law chosen in the discount view holds in the timeline and the composer', async () => {
    const { page, check } = await openApp('#/timeline', { today: TODAY });
    await interfaceIn(page, 'de');
    // €12,345.67 due Sunday 30 November 2025: interest from 1 December 2025, across
    // 1 January (same Basiszinssatz, a new period all the same) and 1 July 2026 (1.27 → 1.52).
    await invoice(page, '12345,67', '2025-11-30');
    const automatic = 'Deutschland: §§ 286, 288 BGB (nach Währung und Sprache der Nachricht)';
    await page.getByTestId('law-in-force').filter({ hasText: automatic }).waitFor();
    assert.equal(await page.locator('#law').inputValue(), '');
    assert.equal(await page.locator('#law option:checked').textContent(), automatic);
    assert.equal(await page.getByTestId('law-in-force').textContent(), automatic);
    assert.equal(await page.getByTestId('statutory-rate').textContent(),
      'Gesetzlicher Zinssatz: 10,27 % pro Jahr (Referenzzinssatz 1,27 % + 9 Punkte).');

    const principal = 1_234_567n;
    const german = (periods) => expectedRows({
      lang: 'de', head: HEAD.de, labels: LABELS.de, principal, periods, compensation: 4_000n,
    });
    const details = page.getByTestId('timeline-claim-details');
    await details.locator('summary').click();
    await page.getByTestId('timeline-claim').waitFor({ state: 'visible' });
    const deToday = german(halfYears('2025-12-01', TODAY, BASISZINSSATZ, MARGIN.de));
    assert.deepEqual(await breakdown(page, 'timeline-claim'), deToday);
    // By hand: 12,345.67 × (10.27 % × 31 + 10.27 % × 181 + 10.52 % × 122) / 365
    // = 107.6847… + 628.7396… + 434.1076… = 1,170.5319… → 1,170.53; shown per period as
    // 107.68, 628.74 (736.42 − 107.68) and 434.11 (1,170.53 − 736.42).
    assert.deepEqual(deToday.slice(1, 4).map((row) => row.slice(2)), [
      ['31', '1,27\u00a0%', '9', '10,27\u00a0%', '107,68\u00a0€'],
      ['181', '1,27\u00a0%', '9', '10,27\u00a0%', '628,74\u00a0€'],
      ['122', '1,52\u00a0%', '9', '10,52\u00a0%', '434,11\u00a0€'],
    ]);
    assert.deepEqual(deToday.slice(4), [['Verzugszinsen', '1.170,53\u00a0€'], ['Pauschale', '40,00\u00a0€'],
      ['Forderung insgesamt', '1.210,53\u00a0€']]);
    await axe(page);

    // The discount view: France instead (ECB rate + 10 points). Its claim runs to the
    // expected payment, today + 60 days.
    await page.locator('#tab-discount').click();
    await page.locator('[data-view=discount]').waitFor();
    assert.equal(await page.locator('#discount-law').inputValue(), '');
    await (await reveal(page.locator('#discount-law'))).selectOption('fr');
    const france = 'Frankreich: Art. L. 441-10 und D. 441-5 Code de commerce';
    assert.equal(await page.locator('#discount-law option:checked').textContent(), france);
    const expected = addDays(TODAY, 60);
    assert.equal(expected, '2026-12-29');
    const frExpected = german(halfYears('2025-12-01', expected, ECB_MRO, MARGIN.fr));
    await page.locator('[data-view=discount] details.claim summary').click();
    await page.getByTestId('discount-claim').filter({ hasText: longDate(expected, 'de') }).waitFor();
    assert.deepEqual(await breakdown(page, 'discount-claim'), frExpected);
    assert.deepEqual(frExpected.slice(1, 4).map((row) => row.slice(2, 6)), [
      ['31', '2,15\u00a0%', '10', '12,15\u00a0%'], ['181', '2,15\u00a0%', '10', '12,15\u00a0%'], ['182', '2,4\u00a0%', '10', '12,4\u00a0%'],
    ]);

    // The timeline follows: France, chosen (no longer automatic), to today.
    await page.locator('#tab-timeline').click();
    await page.getByTestId('law-in-force').filter({ hasText: france }).waitFor();
    assert.equal(await page.getByTestId('law-in-force').textContent(), france);
    assert.equal(await page.locator('#law').inputValue(), 'fr');
    const frToday = german(halfYears('2025-12-01', TODAY, ECB_MRO, MARGIN.fr));
    assert.deepEqual(await breakdown(page, 'timeline-claim'), frToday);
    // And so does the composer, with the same claim.
    await page.locator('#tab-message').click();
    await page.getByTestId('message-claim').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#message-law').inputValue(), 'fr');
    assert.equal(await page.locator('#message-law option:checked').textContent(), france);
    assert.deepEqual(await breakdown(page, 'message-claim'), frToday);
    // Back to automatic from the composer: Germany again everywhere.
    await (await reveal(page.locator('#message-law'))).selectOption('');
    await page.getByTestId('message-claim').filter({ hasText: '1,52\u00a0%' }).waitFor({ state: 'attached' });
    assert.deepEqual(await breakdown(page, 'message-claim'), deToday);
    await page.locator('#tab-timeline').click();
    await page.getByTestId('law-in-force').filter({ hasText: automatic }).waitFor();
    assert.deepEqual(await breakdown(page, 'timeline-claim'), deToday);
    await check();
  });

  test('French as the message language, invoice in euro: French law by name, ECB rate + 10 points per half-year', async () => {
    const { page, check } = await openApp('#/message', { today: TODAY });
    // €8,000 due Monday 15 December 2025: interest from the 16th, across 1 January and
    // 1 July 2026 (ECB rate 2.15 → 2.40).
    await invoice(page, '8,000', '2025-12-15');
    const ireland = 'Ireland: Late Payment in Commercial Transactions Regulations 2012 (S.I. 580/2012) (follows the currency and the message language)';
    assert.equal(await page.locator('#message-law option:checked').textContent(), ireland, 'euro and English: Ireland');
    await (await reveal(page.locator('#message-lang'))).selectOption('fr');
    await page.locator('[data-testid=preview][lang=fr]').waitFor();
    const automatic = 'France: articles L. 441-10 and D. 441-5 of the Code de commerce (follows the currency and the message language)';
    await page.locator('#message-law option:checked', { hasText: 'France' }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#message-law option:checked').textContent(), automatic);

    const periods = halfYears('2025-12-16', TODAY, ECB_MRO, MARGIN.fr);
    const rows = expectedRows({ lang: 'en', head: HEAD.en, labels: LABELS.en, principal: 800_000n, periods, compensation: 4_000n });
    // By hand: 8,000 × (12.15 % × 16 + 12.15 % × 181 + 12.40 % × 122) / 365 = 42.6082… +
    // 482.0055… + 331.5726… = 856.1863… → €856.19, shown per period as 42.61, 482.00
    // (524.61 − 42.61) and 331.58 (856.19 − 524.61): rounded once, not per period.
    assert.deepEqual(rows.slice(1), [
      ['Tuesday 16 December 2025', 'Wednesday 31 December 2025', '16', '2.15\u00a0%', '10', '12.15\u00a0%', '€42.61'],
      ['Thursday 1 January 2026', 'Tuesday 30 June 2026', '181', '2.15\u00a0%', '10', '12.15\u00a0%', '€482.00'],
      ['Wednesday 1 July 2026', 'Friday 30 October 2026', '122', '2.4\u00a0%', '10', '12.4\u00a0%', '€331.58'],
      ['Statutory interest', '€856.19'], ['Fixed compensation', '€40.00'], ['Total claim', '€896.19'],
    ]);
    await page.getByTestId('message-claim').filter({ hasText: '12.4' }).waitFor({ state: 'attached' });
    assert.deepEqual(await breakdown(page, 'message-claim'), rows);

    // The timeline agrees: the same law, by name, and the same claim.
    await page.locator('#tab-timeline').click();
    await page.getByTestId('law-in-force').filter({ hasText: automatic }).waitFor();
    assert.equal(await page.locator('#law option:checked').textContent(), automatic);
    assert.equal(await page.getByTestId('statutory-rate').textContent(),
      'Statutory interest rate: 12.15% a year (reference rate 2.15% + 10 points).');
    await page.getByTestId('timeline-claim-details').locator('summary').click();
    assert.deepEqual(await breakdown(page, 'timeline-claim'), rows);
    // The message in English again: Ireland again.
    await page.locator('#tab-message').click();
    await (await reveal(page.locator('#message-lang'))).selectOption('en-GB');
    await page.locator('#message-law option:checked', { hasText: 'Ireland' }).waitFor({ state: 'attached' });
    assert.equal(await page.locator('#message-law option:checked').textContent(), ireland);
    await check();
  });

  test('Dutch interface, invoice in euro: Dutch law by name, ECB rate + 8 points, and collection costs by the BIK scale', async () => {
    const { page, check } = await openApp('#/timeline', { today: TODAY });
    await interfaceIn(page, 'nl');
    // €10,000 due Tuesday 31 March 2026: interest from 1 April, across 1 July 2026.
    await invoice(page, '10000', '2026-03-31');
    const automatic = 'Nederland: artikelen 6:119a en 6:96 BW (volgt de valuta en de taal van het bericht)';
    await page.getByTestId('law-in-force').filter({ hasText: automatic }).waitFor();
    assert.equal(await page.locator('#law option:checked').textContent(), automatic);
    await page.getByTestId('timeline-claim-details').locator('summary').click();
    await page.getByTestId('timeline-claim').waitFor({ state: 'visible' });

    const principal = 1_000_000n;
    // 15 % of 2,500 + 10 % of 2,500 + 5 % of 5,000 = 375 + 250 + 250 = €875.
    const costs = bikCosts(principal);
    assert.equal(costs, 87_500n);
    const periods = halfYears('2026-04-01', TODAY, ECB_MRO, MARGIN.nl);
    // Under Dutch law the €40 is part of the collection costs (art. 6:96 lid 4 BW): no
    // separate compensation.
    const rows = expectedRows({ lang: 'nl', head: HEAD.nl, labels: LABELS.nl, principal, periods, compensation: 0n, costs });
    // By hand: 10,000 × (10.15 % × 91 + 10.40 % × 122) / 365 = 253.0548… + 347.6164… =
    // 600.6712… → €600.67 (shares 253.05, 347.62); with €875 costs, €1,475.67.
    assert.deepEqual(rows.slice(1), [
      ['woensdag 1 april 2026', 'dinsdag 30 juni 2026', '91', '2,15\u00a0%', '8', '10,15\u00a0%', '€\u00a0253,05'],
      ['woensdag 1 juli 2026', 'vrijdag 30 oktober 2026', '122', '2,4\u00a0%', '8', '10,4\u00a0%', '€\u00a0347,62'],
      ['Wettelijke handelsrente', '€\u00a0600,67'], ['Vaste vergoeding', '€\u00a00,00'],
      ['Incassokosten', '€\u00a0875,00'], ['Totaal te vorderen', '€\u00a01.475,67'],
    ]);
    assert.deepEqual(await breakdown(page, 'timeline-claim'), rows);
    await axe(page);
    // The composer and the discount view show the same law.
    await page.locator('#tab-message').click();
    await page.getByTestId('message-claim').waitFor({ state: 'attached' });
    assert.equal(await page.locator('#message-law option:checked').textContent(), automatic);
    assert.deepEqual(await breakdown(page, 'message-claim'), rows);
    await check();
  });

  test('the letter before court cites the law of the debtor: letzte Mahnung (§§ 286, 288 BGB), mise en demeure (art. L. 441-10, D. 441-5 C. com.), sommatie (art. 6:82, 6:119a, 6:96 BW)', async () => {
    const { page, check } = await openApp('#/message', { today: TODAY });
    // €12,345.67 due Sunday 30 November 2025, as in the German case above: the claim to
    // today is €1,170.53 interest and the €40 flat fee.
    await invoice(page, '12345.67', '2025-11-30');
    await (await reveal(page.locator('#template'))).selectOption('formal-demand');
    const subject = page.getByTestId('preview-subject');
    const body = page.getByTestId('preview-body');
    const letter = async (lang, title) => {
      await (await reveal(page.locator('#message-lang'))).selectOption(lang);
      await page.locator(`[data-testid=preview][lang=${lang}]`).waitFor();
      await subject.filter({ hasText: title }).waitFor();
      return { subject: await subject.textContent(), body: await body.textContent() };
    };
    const claimIt = async (on) => {
      const box = page.locator('#message-claim-statutory');
      if (on) await box.check(); else await box.uncheck();
    };

    // German: the law follows the euro and the German message.
    await claimIt(false);
    let de = await letter('de', 'Letzte Mahnung');
    assert.equal(await page.locator('#message-law option:checked').textContent(),
      'Germany: §§ 286, 288 BGB (follows the currency and the message language)');
    assert.equal(de.subject, 'Letzte Mahnung: Rechnung über 12.345,67\u00a0€');
    assert.ok(de.body.includes('Mit dieser letzten Mahnung fordern wir Sie auf, den offenen Betrag von 12.345,67\u00a0€ bis zum 13. November 2026 zu zahlen. Sie befinden sich mit der Zahlung in Verzug (§ 286 BGB). Wir behalten uns vor, Verzugszinsen (§ 288 Abs. 2 BGB) und die Pauschale nach § 288 Abs. 5 BGB geltend zu machen.'), de.body);
    await claimIt(true);
    await body.filter({ hasText: '1.210,53' }).waitFor();
    de = await letter('de', 'Letzte Mahnung');
    assert.ok(de.body.includes('Für die Dauer des Verzugs schulden Sie Verzugszinsen in Höhe von 9 Prozentpunkten über dem jeweiligen Basiszinssatz (§ 288 Abs. 2 BGB, § 247 BGB) sowie die Pauschale von 40,00\u00a0€ (§ 288 Abs. 5 BGB). Mit Stand vom 30. Oktober 2026 betragen die Zinsen 1.170,53\u00a0€, zusammen mit der Pauschale 1.210,53\u00a0€ zusätzlich zum offenen Betrag.'), de.body);
    assert.ok(de.body.includes('werden wir ohne weitere Ankündigung das gerichtliche Mahnverfahren einleiten'), de.body);

    // French: a mise en demeure, sent by registered letter, 15 days, ECB rate + 10 points:
    // 12,345.67 × (12.15 % × 31 + 12.15 % × 181 + 12.40 % × 122) / 365 = 127.3971… +
    // 743.8350… + 511.6857… = 1,382.9179… → €1,382.92.
    const fr = await letter('fr', 'Mise en demeure');
    assert.equal(await page.locator('#message-law option:checked').textContent(),
      'France: articles L. 441-10 and D. 441-5 of the Code de commerce (follows the currency and the message language)');
    assert.equal(fr.subject, 'Mise en demeure de payer\u00a0: facture de 12\u202f345,67\u00a0€');
    assert.ok(fr.body.startsWith('Par lettre recommandée avec demande d’avis de réception'), fr.body);
    assert.ok(fr.body.includes('Par la présente, qui vaut mise en demeure de payer, nous vous demandons de nous régler la somme de 12\u202f345,67\u00a0€ au plus tard le 14 novembre 2026. En application de l’article L.\u00a0441-10 du Code de commerce, des pénalités de retard sont exigibles de plein droit, sans qu’un rappel soit nécessaire, au taux de la Banque centrale européenne majoré de 10\u00a0points, soit actuellement 12,4\u00a0% l’an\u00a0; au 30 octobre 2026, elles s’élèvent à 1\u202f382,92\u00a0€. S’y ajoute l’indemnité forfaitaire pour frais de recouvrement de 40,00\u00a0€ prévue à l’article D.\u00a0441-5 du même code, soit 1\u202f422,92\u00a0€ en sus du principal.'), fr.body);

    // Dutch: a sommatie with the notice of default (art. 6:82 BW), statutory commercial
    // interest (art. 6:119a BW, ECB rate + 8 points) and the BIK collection costs (art. 6:96
    // BW): 15 % of 2,500 + 10 % of 2,500 + 5 % of 5,000 + 1 % of 2,345.67 = €898.46.
    // Interest: 12,345.67 × (10.15 % × 31 + 10.15 % × 181 + 10.40 % × 122) / 365 =
    // 106.4264… + 621.3930… + 429.1557… = 1,156.9752… → €1,156.98.
    const nl = await letter('nl', 'Sommatie en ingebrekestelling');
    assert.equal(await page.locator('#message-law option:checked').textContent(),
      'Netherlands: articles 6:119a and 6:96 BW (follows the currency and the message language)');
    assert.ok(nl.body.includes('Hierbij sommeren wij u het openstaande bedrag van €\u00a012.345,67 te betalen binnen veertien dagen na de dag waarop u deze brief ontvangt. Voor zover u nog niet in verzuim bent, stellen wij u hierbij in gebreke (artikel 6:82 BW). Over het openstaande bedrag bent u vanaf de dag na de vervaldatum de wettelijke handelsrente verschuldigd (artikel 6:119a BW); op 30 oktober 2026 bedraagt deze €\u00a01.156,98.'), nl.body);
    assert.ok(nl.body.includes('€\u00a0898,46'), nl.body);
    assert.ok(nl.body.includes('(artikel 6:96 BW'), nl.body);
    for (const text of [de.subject, de.body, fr.subject, fr.body, nl.body]) {
      assert.doesNotMatch(text, /\{\{|\{%|\[[A-Z]/, 'no placeholder left');
    }
    await axe(page);
    await check();
  });

  test('the embed parameter law=nl preselects the Netherlands', async () => {
    const { page, check } = await openApp('?embed=1&law=nl&currency=EUR#/timeline', { today: TODAY });
    await page.locator('[data-view=timeline]').waitFor();
    // Chosen, not automatic: euro in English would otherwise give Ireland.
    const netherlands = 'Netherlands: articles 6:119a and 6:96 BW';
    assert.equal(await page.locator('#law').inputValue(), 'nl');
    assert.equal(await page.locator('#law option:checked').textContent(), netherlands);
    await (await reveal(page.locator('#amount'))).fill('10,000');
    await (await reveal(page.locator('#due-date'))).fill('2026-03-31');
    await page.getByTestId('law-in-force').filter({ hasText: netherlands }).waitFor();
    assert.equal(await page.getByTestId('law-in-force').textContent(), netherlands);
    const totals = await page.getByTestId('timeline-claim').locator('tfoot tr')
      .evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    assert.deepEqual(totals, [['Statutory interest', '€600.67'], ['Fixed compensation', '€0.00'],
      ['Collection costs', '€875.00'], ['Total claim', '€1,475.67']]);
    await page.locator('#tab-discount').click();
    assert.equal(await page.locator('#discount-law').inputValue(), 'nl');
    await page.locator('#tab-message').click();
    assert.equal(await page.locator('#message-law').inputValue(), 'nl');
    await check();
  });
});
