// npm run db:retention: deletes what residents entrust to the site once its time is up
// (lib/feedback/retention.ts: contact details, texts of closed cases, held messages and spam, the
// address hashes of the spam checks) and records the run for the inbox; deletes the press office's
// ended sessions and unfinished sign-ins, and the limits' counts whose minute is over. Daily by
// deploy/systemd/qyzylorda-retention.timer, on every node: once for the installation (lib/db/once.ts).
// Prints counts only.
import { databaseSettings, foldDeletions, openDatabase } from '@/lib/db/connect';
import { onceForAll } from '@/lib/db/once';
import { retentionMonths } from '@/lib/env';
import { applyRetention } from '@/lib/feedback/retention';
import { forgetOldCounts } from '@/lib/http/rate-limit';
import { forgetEnded } from '@/lib/inbox/sessions';

const settings = databaseSettings();
const db = await openDatabase(settings);
try {
  const once = await onceForAll(db, settings, { job: 'retention', gapMs: 60 * 60_000 }, async () => {
    const kept = await applyRetention(db, { months: retentionMonths() });
    const { sessions, signIns } = await forgetEnded(db);
    await forgetOldCounts(db);
    await foldDeletions(db, settings);
    return { ...kept, sessions, signIns };
  });
  if (!once.ran)
    console.log(
      once.because === 'running'
        ? 'Retention: another node is running it now; nothing to do here.'
        : 'Retention: already run within the hour (by another node); nothing to do here.',
    );
  else {
    const { contacts, hashes, texts, held, spam, sessions, signIns } = once.result;
    console.log(
      `Retention: ${contacts} contact details deleted, ${texts} texts of closed cases deleted, ` +
        `${held} held messages and ${spam} spam messages deleted, ${hashes} address hashes cleared, ` +
        `${sessions} ended sessions and ${signIns} unfinished sign-ins deleted.`,
    );
  }
} finally {
  await db.destroy();
}
