import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The WCAG 2.2 AA rules of axe-core, run on the page as loaded. In the page itself (axe's "legacy"
 * mode): the default opens a blank page beside it for every run to join the results of frames, which
 * doubles each check's time, and the site has no frames to join.
 */
export async function wcagViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .setLegacyMode(true)
    // Details of the violations only: collecting every passing node costs about a third of a run.
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations;
}
