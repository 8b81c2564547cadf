import { expect, type Page, test } from '@playwright/test';
import kk from '../../messages/kk.json' with { type: 'json' };
import ru from '../../messages/ru.json' with { type: 'json' };
import { LONG_EVENT } from './fixtures';

const messages = { kk, ru };

// The residents' form is plain HTML: all of it works with JavaScript off. Each test writes from an
// address of its own, as residents do, so the site's limit per address is one resident's.

const words = {
  kk: {
    text: 'Мәтін',
    name: 'Аты-жөніңіз',
    contact: 'Телефон немесе электрондық пошта',
    send: 'Жіберу',
    sent: 'Хабарлама жіберілді',
    summary: 'Жіберілмеді: төмендегіні түзетіңіз',
    textMissing: 'Мәтінді жазыңыз',
    ask: 'Осы іс-шара туралы сұрақ қою',
    reference: 'Хабарлама нөмірі',
    forget: 'Өшіру',
    forgotten: 'Хабарлама өшірілді',
  },
  ru: {
    text: 'Текст',
    name: 'Имя',
    contact: 'Телефон или электронная почта',
    send: 'Отправить',
    sent: 'Сообщение отправлено',
    summary: 'Сообщение не отправлено. Исправьте ошибки ниже',
    textMissing: 'Введите текст',
    ask: 'Задать вопрос об этом мероприятии',
    reference: 'Номер сообщения',
    forget: 'Удалить',
    forgotten: 'Сообщение удалено',
  },
} as const;

const hostile = '<img src=x onerror="document.title=1">"><script>document.title=2</script> & «жоба»';
// The number is the answer to the POST: no address holds it.
const sentUrl = (locale: string) => new RegExp(`/${locale}/feedback/send$`);
const referenceOf = (page: Page) => page.locator('main strong.font-mono, main .font-mono strong').innerText();

let address = 0;
test.beforeEach(async ({ page }) => {
  address += 1;
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `10.77.${process.pid % 250}.${address}` });
});

for (const locale of ['kk', 'ru'] as const) {
  const w = words[locale];

  test(`${locale}: a question is sent, thanked with its number, and sending it again is the same one`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.text, { exact: true }).fill(hostile);
    await page.getByRole('button', { name: w.send }).click();
    await expect(page).toHaveURL(sentUrl(locale));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.sent);
    const reference = await referenceOf(page);
    // Back and sent again (a double click, an impatient reader): the same message, the same number.
    await page.goBack();
    await page.getByLabel(w.text, { exact: true }).fill(hostile);
    await page.getByRole('button', { name: w.send }).click();
    await expect(page).toHaveURL(sentUrl(locale));
    await expect(page.locator('main')).toContainText(reference);
    // The other language's link leads to its lookup page, where the number works too.
    const other = locale === 'kk' ? 'ru' : 'kk';
    await expect(page.locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', `/${other}/feedback/status`);
    // The way to what became of it, from this page.
    await page.getByRole('link', { name: messages[locale].Feedback.statusLink }).click();
    await expect(page).toHaveURL(`/${locale}/feedback/status`);
  });

  test(`${locale}: a message is looked up by its number typed as people type it, and a wrong number is told apart`, async ({
    page,
  }) => {
    const f = messages[locale].Feedback;
    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.text, { exact: true }).fill(`${locale}: lookup ${Date.now()}`);
    await page.getByRole('button', { name: w.send }).click();
    const reference = await referenceOf(page);

    // Lower case, spaces, a long dash, and Cyrillic letters where Latin ones look the same.
    const typed = reference
      .toLowerCase()
      .replace(/-/g, ' — ')
      .replace(/[aehkmoptx]/g, (c) => ({ a: 'а', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х' })[c]!);
    await page.goto(`/${locale}/feedback/status`);
    await page.getByLabel(w.reference, { exact: true }).fill(typed);
    await page.getByRole('button', { name: f.lookUp }).click();
    await expect(page).toHaveURL(`/${locale}/feedback/look`);
    const result = page.locator('section[aria-labelledby="result-title"]');
    await expect(result.getByRole('heading', { level: 2 })).toHaveText(f.resultTitle);
    await expect(result).toContainText(f.now.new);
    await expect(result.getByRole('listitem')).toHaveText([new RegExp(f.timeline.received)]);
    await expect(page.locator('main')).not.toContainText(reference);

    // A number of the right shape that nobody was given, and one of the wrong shape: said at the field.
    for (const [wrong, status] of [
      ['ZZZZ-ZZZZ-ZZZZ', 404],
      ['12-34', 422],
    ] as const) {
      await page.goto(`/${locale}/feedback/status`);
      await page.getByLabel(w.reference, { exact: true }).fill(wrong);
      const answered = page.waitForResponse((r) => r.url().endsWith('/feedback/look'));
      await page.getByRole('button', { name: f.lookUp }).click();
      expect((await answered).status()).toBe(status);
      await expect(page.getByRole('alert').getByRole('heading')).toHaveText(f.lookupErrorSummary);
      await expect(page.locator('#reference-error')).toHaveText(f.errors.referenceInvalid);
      await expect(page.getByLabel(w.reference, { exact: true })).toHaveValue(wrong);
    }
  });

  test(`${locale}: what is missing is listed at the top, each linked to its field, and what was typed stays`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.name, { exact: true }).fill(hostile);
    await page.getByLabel(w.contact, { exact: true }).fill('not a contact');
    await page.getByRole('button', { name: w.send }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('heading')).toHaveText(w.summary);
    await expect(summary.getByRole('link', { name: w.textMissing })).toHaveAttribute('href', '#text');
    await expect(summary.getByRole('link')).toHaveCount(3);
    await expect(page).toHaveTitle(locale === 'kk' ? /^Қате: / : /^Ошибка: /);
    // Escaped, not run: the title was not changed by the hostile name, which is shown as typed.
    await expect(page.getByLabel(w.name, { exact: true })).toHaveValue(hostile);
    await expect(page.getByLabel(w.text, { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });

  test(`${locale}: a question about a meeting names it, and a sent message can be deleted by its number`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/events/${LONG_EVENT}`);
    await page.getByRole('link', { name: w.ask }).click();
    await expect(page).toHaveURL(`/${locale}/events/${LONG_EVENT}/ask`);
    await expect(page.locator('[data-event-title]')).toBeVisible();
    await page.getByLabel(w.text, { exact: true }).fill(`${locale}: сұрақ`);
    await page.getByRole('button', { name: w.send }).click();
    await expect(page).toHaveURL(sentUrl(locale));
    const reference = await referenceOf(page);

    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.reference, { exact: true }).fill(reference.toLowerCase());
    await page.getByRole('button', { name: w.forget }).click();
    await expect(page).toHaveURL(`/${locale}/feedback/send`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.forgotten);

    // Looked up, it says it was deleted, and nothing of it is left to show.
    await page.goto(`/${locale}/feedback/status`);
    await page.getByLabel(w.reference, { exact: true }).fill(reference);
    await page.getByRole('button', { name: messages[locale].Feedback.lookUp }).click();
    await expect(page.locator('main [role="status"]')).toContainText(
      messages[locale].Feedback.deleted.split('{date}')[0]!.trim(),
    );
    await expect(page.locator('#result-title')).toHaveCount(0);

    // The same number deleted again (the answer reloaded): the same answer, not an error.
    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.reference, { exact: true }).fill(reference);
    await page.getByRole('button', { name: w.forget }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.forgotten);

    // A number nobody was given: the page says the deletion failed, not the sending.
    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.reference, { exact: true }).fill('ZZZZ-ZZZZ-ZZZZ');
    await page.getByRole('button', { name: w.forget }).click();
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText(messages[locale].Feedback.forgetErrorSummary);
  });
}
