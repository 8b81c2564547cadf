// npm run db:retention: deletes residents' contact details whose time is up (RETENTION_MONTHS after
// they were given, 12 by default) and the address hashes of the spam checks older than a day; records
// the run for the inbox; deletes the press office's ended sessions and unfinished sign-ins. Daily by
// deploy/systemd/qyzylorda-retention.timer. Prints counts only.
import { foldDeletions, openDatabase } from '@/lib/db/connect';
import { applyRetention } from '@/lib/feedback/store';
import { forgetEnded } from '@/lib/inbox/sessions';

const db = await openDatabase();
try {
  const { contacts, hashes } = await applyRetention(db);
  const { sessions, signIns } = await forgetEnded(db);
  await foldDeletions(db);
  console.log(
    `Retention: ${contacts} contact details deleted, ${hashes} address hashes cleared, ` +
      `${sessions} ended sessions and ${signIns} unfinished sign-ins deleted.`,
  );
} finally {
  await db.destroy();
}
