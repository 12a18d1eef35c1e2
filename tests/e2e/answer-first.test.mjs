// End-to-end: answer first (issue #21). A first visit says what to do and offers a
// realistic example in the visitor's language and currency; the today strip says what to
// send now, what can be claimed and writes that message; each tool opens with its result,
// and its settings past the essentials sit in collapsed sections whose summary line states
// the current values. Bounding boxes, not pixels.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { fill, openApp, reveal, useBrowser } from './harness.mjs';

useBrowser();

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const TODAY = '2026-12-07';

const axe = async (page) => {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.help}`), []);
};

/** Each collapsed section's title and summary line, in page order. */
const summaries = (page) => page.locator('details.section > summary').evaluateAll((all) => all.map((s) => [
  s.querySelector('.section-title').textContent,
  s.querySelector('.section-values').textContent,
]));

describe('a first visit', () => {
  test('says what to do; "Try an example" opens a marked example in the visitor\'s language and currency; one click removes it', async () => {
    const { page, check } = await openApp('#/plan', { contextOptions: { locale: 'de-DE' }, today: TODAY });
    const start = page.getByTestId('start-panel');
    await start.filter({ hasText: 'Füllen Sie die Rechnung aus oder probieren Sie ein Beispiel aus' }).waitFor();
    await axe(page);
    await start.getByRole('button', { name: 'Beispiel ausprobieren' }).click();
    const note = page.getByTestId('example-note');
    await note.filter({ hasText: 'Dies ist ein Beispiel: Kunde, Rechnung und Beträge sind erfunden.' }).waitFor();
    assert.equal(await start.isVisible(), false);
    // German names and number format, the visitor's currency (euro, from de-DE), due 22 days ago.
    assert.equal(await page.inputValue('#client-business'), 'Muster GmbH');
    assert.equal(await page.inputValue('#amount'), '4.800');
    assert.equal(await page.inputValue('#currency'), 'EUR');
    assert.equal(await page.inputValue('#due-date'), '2026-11-15');
    assert.equal(await page.getByTestId('invoice-summary').textContent(),
      '4.800,00\u00a0€ von Muster GmbH (RE-2041) war am Sonntag, 15. November 2026 fällig: heute 22 Tage überfällig.');
    // The empty case it replaced is gone; the example is the one case, by its name.
    await page.locator('#case-select').waitFor();
    assert.deepEqual(await page.locator('#case-select option').allTextContents(), ['Beispiel']);
    // The plan of the example: six monthly instalments of 800 €.
    await page.getByTestId('plan-schedule').filter({ hasText: 'Montag, 21. Dezember 2026' }).waitFor();
    await axe(page);
    await note.getByRole('button', { name: 'Beispiel entfernen' }).click();
    await start.waitFor();
    assert.equal(await note.isVisible(), false);
    assert.equal(await page.inputValue('#amount'), '');
    assert.equal(await page.locator('#case-select option').count(), 1);
    assert.notEqual(await page.locator('#case-select option').textContent(), 'Beispiel');
    await check();
  });

  test('the German example\'s discount analysis carries the 2027 reference rate, not published yet, forward and says so', async () => {
    const { page, check } = await openApp('#/discount', { contextOptions: { locale: 'de-DE' }, today: TODAY });
    await page.getByRole('button', { name: 'Beispiel ausprobieren' }).click();
    // 4.800 € due 15 November 2026, expected payment in 60 days (5 February 2027): 82 days
    // at 1,52 % + 9 points = 10,52 %: 4.800 × 10,52 % × 82 / 365 = 113,443… → 113,44 €,
    // and the 40 € flat fee of § 288 Abs. 5 BGB.
    const computed = (await reveal(page.getByTestId('statutory-computed')));
    await computed.filter({ hasText: 'In der Analyse berücksichtigt: 153,44\u00a0€.' }).waitFor();
    const text = await computed.textContent();
    assert.match(text, /10,52\u00a0% pro Jahr für 82 Tage, vom Fälligkeitsdatum bis zur erwarteten Zahlung am Freitag, 5\. Februar 2027, auf 4\.800,00\u00a0€: Zinsen 113,44\u00a0€ und Pauschale 40,00\u00a0€\./);
    assert.ok(text.endsWith('Der Referenzzinssatz ab Freitag, 1. Januar 2027 ist noch nicht veröffentlicht: Diese Zahlen gehen davon aus, dass er bei 1,52\u00a0% bleibt.'), text);
    await page.getByTestId('recommendation').filter({ hasText: 'Ein Angebot von 2\u00a0% lohnt sich' }).waitFor();
    await check();
  });

  test('the German example\'s timeline carries the 2027 reference rate forward into its later steps and says so, without asking for it', async () => {
    const { page, check } = await openApp('#/timeline', { contextOptions: { locale: 'de-DE' }, today: TODAY });
    await page.getByRole('button', { name: 'Beispiel ausprobieren' }).click();
    await page.getByTestId('timeline-rate-assumed').filter({
      hasText: 'Der Referenzzinssatz ab Freitag, 1. Januar 2027 ist noch nicht veröffentlicht: Diese Zahlen gehen davon aus, dass er bei 1,52\u00a0% bleibt.',
    }).waitFor();
    // Nothing asks for a rate nobody can know yet.
    assert.equal(await page.getByText('kein Referenzzinssatz hinterlegt').count(), 0);
    // The handover of 14 January 2027: 60 days from 16 November 2026, all at 1,52 % + 9
    // points = 10,52 %: 4.800 × 10,52 % × 60 / 365 = 83,013… → 83,01 €; Pauschale 40 €.
    const handover = page.locator('[data-testid=timeline-steps] > li').filter({ hasText: 'Donnerstag, 14. Januar 2027' });
    assert.equal(await handover.locator('.step-facts').textContent(),
      '60 Tage überfällig · neu terminiert nach den tatsächlich gesendeten Nachrichten · Gesetzliche Verzugszinsen bis dahin: 83,01\u00a0€; Pauschale 40,00\u00a0€.');
    await check();
  });

  test('the Dutch example names its collection costs (BIK), not a fixed compensation of 0', async () => {
    const { page, check } = await openApp('#/timeline', { contextOptions: { locale: 'nl-NL' }, today: TODAY });
    await page.getByRole('button', { name: 'Voorbeeld proberen' }).click();
    // € 4.800 due 15 November 2026, 22 days late: 4.800 × 10,4 % × 22 / 365 = 30,087… →
    // € 30,09; the BIK scale on € 4.800: 15 % of 2.500 + 10 % of 2.300 = € 605.
    await page.getByTestId('today-claim').filter({
      hasText: 'Vandaag te vorderen: €\u00a0635,09 (€\u00a030,09 wettelijke handelsrente en €\u00a0605,00 incassokosten).',
    }).waitFor();
    const today = page.locator('[data-testid=timeline-steps] > li').filter({ hasText: 'maandag 7 december 2026' });
    assert.equal(await today.locator('.step-facts').textContent(),
      'dag 22 na de vervaldatum · opnieuw gepland vanaf de berichten die echt zijn verstuurd · Wettelijke handelsrente tot die datum: €\u00a030,09; incassokosten: €\u00a0605,00.');
    await check();
  });

  test('"Fill in the invoice" takes the visitor to the amount', async () => {
    const { page, check } = await openApp('#/discount', { today: TODAY });
    await page.getByRole('button', { name: 'Fill in the invoice' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'amount');
    await fill(page, 'Amount due', '1,200');
    // The start panel stays until the case has an amount, a due date or a client.
    await page.getByTestId('start-panel').waitFor({ state: 'hidden' });
    await check();
  });
});

describe('the today strip', () => {
  test('says what to send now, what can be claimed under the law in force, and writes that message', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await page.getByRole('button', { name: 'Try an example' }).click();
    const strip = page.getByTestId('today-strip');
    await strip.waitFor();
    // Due Sunday 15 November 2026, the friendly reminder sent on 22 November unanswered:
    // the second follow-up is due today.
    assert.equal(await page.getByTestId('today-step').textContent(), 'To do today: Second follow-up, by email.');
    // UK law: 11.75% a year (Bank Rate 3.75% + 8 points) on £4,800 for 22 days = £33.99
    // (4,800 × 0.1175 × 22 / 365 = 33.994…), plus £70 for a debt of £1,000–£9,999.99.
    assert.equal(await page.getByTestId('today-claim').textContent(),
      'Can be claimed today: £103.99 (£33.99 statutory interest and £70.00 fixed compensation).');
    await axe(page);
    await strip.getByRole('link', { name: 'Write this message' }).click();
    await page.locator('[data-view=message] #tool-title').waitFor(); // the tool, not its placeholder
    await page.getByTestId('composer-follows').waitFor();
    // In the composer the strip says what to send, without a link to itself.
    assert.equal(await page.getByTestId('today-step').textContent(), 'To do today: Second follow-up, by email.');
    assert.equal(await strip.getByRole('link').count(), 0);
    await check();
  });

  test('is not there before the invoice can be read', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await page.getByTestId('start-panel').waitFor();
    assert.equal(await page.getByTestId('today-strip').count(), 0);
    await check();
  });
});

describe('collapsed sections', () => {
  test('state their values on the summary line, follow what is chosen inside, and say when a field needs a look', async () => {
    const { page, check } = await openApp('#/plan', { today: TODAY });
    await page.getByRole('button', { name: 'Try an example' }).click();
    await page.getByTestId('plan-schedule').waitFor();
    assert.deepEqual(await summaries(page), [
      ['What is owed', 'the invoice amount · Down payment: none'],
      ['More about the instalments', 'Set the instalments by: their number · Instalment sizes: equal'],
      ['Business days', 'England and Wales · the next business day · Saturday and Sunday'],
      ['Interest and fees', 'Interest: none'],
      ['If a payment is missed', 'nothing set'],
      ['Compare options', 'nothing set'],
      ['More about the invoice', 'Your business name: Northwind Design · Client contact name: Sam Patel · '
        + 'Invoice number: INV-2041 · Issue date: 2026-10-16'],
    ]);
    // Only the essentials are open: three fields of the plan.
    const shown = await page.locator('[data-view=plan] form input:visible, [data-view=plan] form select:visible').count();
    assert.equal(shown, 3);
    const days = page.locator('details[data-section=plan-business-days]');
    await days.locator('summary').click();
    await page.locator('#plan-weekend').selectOption({ label: 'Friday and Saturday' });
    await days.locator('summary').click();
    assert.equal(await days.locator('.section-values').textContent(),
      'England and Wales · the next business day · Friday and Saturday');
    const missed = page.locator('details[data-section=plan-missed]');
    await missed.locator('summary').click();
    await fill(page, 'Grace period (days)', 'soon');
    await missed.locator('summary').click();
    assert.equal(await missed.locator('.section-problem').isVisible(), true);
    assert.equal(await missed.locator('.section-problem').textContent(), 'please check');
    await fill(page, 'Grace period (days)', '5');
    assert.equal(await missed.locator('.section-problem').isVisible(), false);
    assert.equal(await missed.locator('.section-values').textContent(), 'Grace period (days): 5');
    await axe(page);
    await check();
  });
});

describe('the answer above the fold', () => {
  // On a 1280×900 desktop and a 390×844 phone, with the example case, each tool's result
  // heading is on the first screen, and the results come before the inputs.
  const HEADINGS = { plan: '#plan-results-title', discount: '#discount-results-title', timeline: '#send-now-title', message: '#preview-title' };
  const SIZES = [{ width: 1280, height: 900 }, { width: 390, height: 844 }];
  for (const [tool, heading] of Object.entries(HEADINGS)) for (const viewport of SIZES) {
    test(`${tool}: the result heading is on the first screen at ${viewport.width}×${viewport.height}`, async () => {
      const { page, check } = await openApp(`#/${tool}`, { contextOptions: { viewport }, today: TODAY });
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.getByTestId('today-strip').waitFor();
      const box = await page.locator(heading).boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= viewport.height, `${heading} at ${box?.y}`);
      // The results come before the inputs.
      const order = await page.locator(heading).evaluate((h) => {
        const form = document.querySelector('.tool-form');
        return form ? Boolean(h.compareDocumentPosition(form) & Node.DOCUMENT_POSITION_FOLLOWING) : null;
      });
      assert.equal(order, true);
      await check();
    });
  }
});

describe('page length', () => {
  // Issue #21, point 5: with the example case, each tool at its defaults fits in two screens
  // at 1280×900 and in four at 390×844.
  const LIMIT = { 1280: 2 * 900, 390: 4 * 844 };
  for (const tool of ['plan', 'discount', 'timeline', 'message']) for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
    const limit = LIMIT[viewport.width];
    test(`${tool} at ${viewport.width}×${viewport.height} with the example: at most ${limit} px tall`, async () => {
      const { page, check } = await openApp(`#/${tool}`, { contextOptions: { viewport }, today: TODAY });
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.getByTestId('today-strip').waitFor();
      await page.locator('.cases-panel').waitFor();
      await page.waitForTimeout(300);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= limit, `${tool} is ${height} px tall at ${viewport.width} (at most ${limit})`);
      await check();
    });
  }
  // The embed with two tools, on a phone: each in four screens.
  for (const tool of ['plan', 'discount']) {
    test(`the embed with two tools: ${tool} at 390×844 with the example, at most ${LIMIT[390]} px tall`, async () => {
      const viewport = { width: 390, height: 844 };
      const { page, check } = await openApp(`?embed=1&tools=plan,discount#/${tool}`, { contextOptions: { viewport }, today: TODAY });
      await page.getByRole('button', { name: 'Try an example' }).click();
      await page.getByTestId('today-strip').waitFor();
      await page.waitForTimeout(300);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      assert.ok(height <= LIMIT[390], `the embed's ${tool} is ${height} px tall (at most ${LIMIT[390]})`);
      await check();
    });
  }
});
