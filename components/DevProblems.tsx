import generated from '@/.generated/content-problems.json';
import type { problemLines } from '@/lib/authoring/messages';

const report = generated as ReturnType<typeof problemLines>[];

/**
 * In `npm run dev` only: what content:check last found, on top of the open page, in the same words as
 * in the terminal. The runner writes the report after every change; the page reloads with it.
 */
export function DevProblems() {
  if (process.env.NODE_ENV !== 'development' || report.length === 0) return null;
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
