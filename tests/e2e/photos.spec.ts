import { expect, test } from '@playwright/test';
import { imageSize, locales, PHOTO_ARTICLE, text } from './fixtures';

// The fixture's photo report: a lead photo, then three photos in the text (one a phone's, turned by
// EXIF and carrying the camera's name; one as WhatsApp names files).
for (const locale of locales) {
  test(`${locale}: photos are figures with their credit, sized, lazy below the lead photo`, async ({ page }) => {
    await page.goto(`/${locale}/news/${PHOTO_ARTICLE}`);
    const figures = page.locator('article figure.photo');
    await expect(figures).toHaveCount(4);
    const lead = figures.first().locator('img');
    await expect(lead).toHaveAttribute('alt', text[locale].photoLeadAlt);
    await expect(lead).toHaveAttribute('fetchpriority', 'high');
    await expect(lead).not.toHaveAttribute('loading', 'lazy');
    for (const i of [1, 2, 3]) {
      const img = figures.nth(i).locator('img');
      await expect(img).toHaveAttribute('loading', 'lazy');
      await expect(img).toHaveAttribute('decoding', 'async');
      await expect(img).toHaveAttribute('width', /^\d+$/);
      await expect(img).toHaveAttribute('height', /^\d+$/);
      await expect(figures.nth(i).locator('figcaption')).toHaveText(/^(Сурет|Фото): /);
      await expect(figures.nth(i).locator('source[type="image/avif"]')).toHaveAttribute('srcset', /\.avif 360w/);
      await expect(figures.nth(i).locator('source[type="image/webp"]')).toHaveAttribute('srcset', /\.webp 360w/);
    }
    // The paragraphs around the photos are numbered as if the photos were not there.
    await expect(page.locator('article .prose-article > p')).toHaveCount(13);
    await expect(page.locator('#p-13')).toContainText(locale === 'kk' ? 'Бесінші абзац' : 'Пятый абзац');
  });
}

test("a phone's photo is served upright, without its metadata, and never as the original", async ({
  page,
  request,
}) => {
  await page.goto(`/ru/news/${PHOTO_ARTICLE}`);
  const phonePhoto = page.locator('article figure.photo').nth(2).locator('img');
  // Stored lying on its side (4000×3000, EXIF orientation 6): the site shows it upright.
  await expect(phonePhoto).toHaveAttribute('width', '3000');
  await expect(phonePhoto).toHaveAttribute('height', '4000');
  const sources = await page
    .locator('article figure.photo')
    .nth(2)
    .evaluate((figure) =>
      [...figure.querySelectorAll('source, img')].map(
        (el) => (el.getAttribute('srcset') ?? '').split(', ').at(-1)?.split(' ')[0],
      ),
    );
  expect(sources).toHaveLength(3);
  for (const src of sources) {
    const response = await request.get(src!);
    expect(response.status(), src).toBe(200);
    expect(response.headers()['cache-control'], src).toMatch(/immutable/);
    const size = await imageSize(await response.body());
    expect(size.exif, `${src}: no EXIF`).toBe(false);
    expect(size.width!, src).toBeLessThan(size.height!);
  }
  // The originals stay on the server.
  for (const path of ['/images/README.md', '/images/photo.jpg', `/news/${PHOTO_ARTICLE}/speaker.jpg`]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test.describe('on a phone', () => {
  test.skip(({ isMobile }) => !isMobile, 'measured in the phone project');

  test('the photo report does not move as its photos load, and loads them as the reader scrolls', async ({ page }) => {
    const photoRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/photos/')) photoRequests.push(r.url());
    });
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shifts: number }).shifts += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`/kk/news/${PHOTO_ARTICLE}`, { waitUntil: 'networkidle' });
    // Before scrolling: the lead photo and what is near it, not the photos screens below.
    expect(photoRequests.length).toBeLessThan(4);
    for (let y = 0; y < 12; y++) {
      await page.mouse.wheel(0, 800);
      await page.waitForTimeout(150);
    }
    await page.waitForLoadState('networkidle');
    expect(photoRequests).toHaveLength(4);
    await expect(page.locator('article figure.photo img').last()).toHaveJSProperty('complete', true);
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
  });
});
