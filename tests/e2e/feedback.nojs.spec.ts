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
const sentUrl = (locale: string) => new RegExp(`/${locale}/feedback/sent/[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$`);
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
    // The other language's link shows the same number.
    const other = locale === 'kk' ? 'ru' : 'kk';
    await expect(page.locator(`a[hreflang="${other}"]`)).toHaveAttribute(
      'href',
      `/${other}/feedback/sent/${reference}`,
    );
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
    await expect(page).toHaveURL(`/${locale}/feedback/forgotten`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w.forgotten);
    const gone = await page.request.get(`/${locale}/feedback/sent/${reference}`);
    expect(gone.status()).toBe(404);

    // The same number again: nothing to delete, and the page says the deletion failed, not the sending.
    await page.goto(`/${locale}/feedback`);
    await page.getByLabel(w.reference, { exact: true }).fill(reference);
    await page.getByRole('button', { name: w.forget }).click();
    await expect(page.getByRole('alert').getByRole('heading')).toHaveText(messages[locale].Feedback.forgetErrorSummary);
  });
}
