import { existsSync, readFileSync } from 'node:fs';
import { type problemLines, REPORT_FILE } from '@/lib/content-check/messages';
import { env } from '@/lib/env';

/**
 * In `npm run dev` only: what content:check last found, on top of the open page, in the same words as
 * in the terminal (scripts/dev.mjs runs the check after every change and leaves its report).
 */
export function DevProblems() {
  if (env().NODE_ENV !== 'development' || !existsSync(REPORT_FILE)) return null;
  const report = JSON.parse(readFileSync(REPORT_FILE, 'utf8')) as ReturnType<typeof problemLines>[];
  if (report.length === 0) return null;
  return (
    <section role="alert" className="border-b-4 border-accent bg-accent/15 px-4 py-4 text-ink">
      <div className="mx-auto max-w-5xl space-y-3">
        {report.map((p, i) => (
          <p key={i} className="text-sm">
            <code className="font-semibold">{p.where}</code>
            <span className="block">{p.kk}</span>
            <span className="block">{p.ru}</span>
          </p>
        ))}
      </div>
    </section>
  );
}
