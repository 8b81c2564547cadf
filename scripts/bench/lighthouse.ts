import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumLaunchOptions, chromiumPath } from '../../tests/chromium';

/*
 * Lighthouse 12 (mobile, its default simulated throttling) on every page type in both languages,
 * through Debian's Chromium: performance, accessibility, best practices, SEO, and the layout shift.
 * (Not the 404 page: Lighthouse does not audit a page answered with an error status.)
 */

export type LighthouseRow = {
  page: string;
  /** The run gave no scores, twice (Lighthouse's own failure, not the page's): shown as failed. */
  failed?: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
  fcpMs: number;
  lcpMs: number;
  /** What kept a category below 100. */
  findings: string[];
};

export async function lighthouseRows(origin: string, pages: Record<string, string>): Promise<LighthouseRow[]> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumLaunchOptions.args],
  });
  const rows: LighthouseRow[] = [];
  try {
    for (const [name, path] of Object.entries(pages)) {
      // A run that failed (a category without a score, a runtime error) is run once more; a second
      // failure is reported as such, never as zeros.
      let lhr;
      let failure = '';
      for (let attempt = 0; attempt < 2 && !lhr; attempt++) {
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
        });
        const scored = Object.values(result?.lhr.categories ?? {}).every((c) => typeof c.score === 'number');
        failure = result?.lhr.runtimeError?.message ?? (scored ? '' : 'a category without a score');
        if (result?.lhr && scored && !result.lhr.runtimeError) lhr = result.lhr;
      }
      if (!lhr) {
        rows.push({
          page: name,
          failed: failure || 'no result',
          performance: 0,
          accessibility: 0,
          bestPractices: 0,
          seo: 0,
          cls: 0,
          fcpMs: 0,
          lcpMs: 0,
          findings: [],
        });
        continue;
      }
      const run = lhr;
      const score = (id: string) => Math.round((run.categories[id]?.score ?? 0) * 100);
      const findings = Object.values(lhr.categories)
        .flatMap((category) => category.auditRefs)
        .filter((ref) => ref.weight > 0)
        .map((ref) => run.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => audit!.id);
      rows.push({
        page: name,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        cls: Number(run.audits['cumulative-layout-shift']?.numericValue ?? 0),
        fcpMs: Number(run.audits['first-contentful-paint']?.numericValue ?? 0),
        lcpMs: Number(run.audits['largest-contentful-paint']?.numericValue ?? 0),
        findings: [...new Set(findings)],
      });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

export function lighthouseTable(rows: LighthouseRow[]): string[] {
  return [
    '| Lighthouse 12, mobile | performance | accessibility | best practices | SEO | CLS | LCP |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) =>
      r.failed
        ? `| ${r.page} | failed twice: ${r.failed} | | | | | |`
        : `| ${r.page} | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.cls.toFixed(3)} | ${(r.lcpMs / 1000).toFixed(2)} s |`,
    ),
    ...(rows.some((r) => r.failed)
      ? [
          '',
          `Lighthouse failed to measure: ${rows
            .filter((r) => r.failed)
            .map((r) => r.page)
            .join(', ')}.`,
        ]
      : []),
    '',
    ...([...new Set(rows.flatMap((r) => r.findings))].length > 0
      ? [`Audits below full marks somewhere: ${[...new Set(rows.flatMap((r) => r.findings))].join(', ')}.`]
      : ['Every weighted audit at full marks on every page.']),
  ];
}
