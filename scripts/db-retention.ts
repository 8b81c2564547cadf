// npm run db:retention: deletes residents' contact details whose time is up (RETENTION_MONTHS after
// they were given, 12 by default) and the address hashes of the spam checks older than a day; records
// the run for the inbox; deletes the press office's ended sessions and unfinished sign-ins, and the
// limits' counts whose minute is over. Daily by
// deploy/systemd/qyzylorda-retention.timer, on every node: once for the installation (lib/db/once.ts).
// Prints counts only.
import { databaseSettings, foldDeletions, openDatabase } from '@/lib/db/connect';
import { onceForAll } from '@/lib/db/once';
import { applyRetention } from '@/lib/feedback/store';
import { forgetOldCounts } from '@/lib/http/rate-limit';
import { forgetEnded } from '@/lib/inbox/sessions';

const settings = databaseSettings();
const db = await openDatabase(settings);
try {
  const once = await onceForAll(db, settings, { job: 'retention', gapMs: 60 * 60_000 }, async () => {
    const { contacts, hashes } = await applyRetention(db);
    const { sessions, signIns } = await forgetEnded(db);
    await forgetOldCounts(db);
    await foldDeletions(db, settings);
    return { contacts, hashes, sessions, signIns };
  });
  if (!once.ran)
    console.log(
      once.because === 'running'
        ? 'Retention: another node is running it now; nothing to do here.'
        : 'Retention: already run within the hour (by another node); nothing to do here.',
    );
  else {
    const { contacts, hashes, sessions, signIns } = once.result;
    console.log(
      `Retention: ${contacts} contact details deleted, ${hashes} address hashes cleared, ` +
        `${sessions} ended sessions and ${signIns} unfinished sign-ins deleted.`,
    );
  }
} finally {
  await db.destroy();
}
