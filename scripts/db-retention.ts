// npm run db:retention: deletes residents' contact details whose time is up (RETENTION_MONTHS after
// they were given, 12 by default) and the address hashes of the spam checks older than a day; records
// the run for the inbox. Daily by deploy/systemd/qyzylorda-retention.timer. Prints counts only.
import { openDatabase } from '@/lib/db/connect';
import { applyRetention } from '@/lib/feedback/store';

const db = await openDatabase();
try {
  const { contacts, hashes } = await applyRetention(db);
  console.log(`Retention: ${contacts} contact details deleted, ${hashes} address hashes cleared.`);
} finally {
  await db.destroy();
}
