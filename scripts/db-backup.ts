// npm run db:backup -- <file>: a consistent copy of the database while the site runs (lib/db/backup.ts).
// npm run db:restore -- <file>: puts one back (stop the workers first: systemctl stop qyzylorda-site@*).
import { backupDatabase, restoreDatabase } from '@/lib/db/backup';

const [command, file] = process.argv.slice(2).filter((a) => a !== '--');
if (!file || (command !== 'backup' && command !== 'restore')) {
  console.error('npm run db:backup -- <file> · npm run db:restore -- <file>');
  process.exit(2);
}
if (command === 'backup') await backupDatabase(file);
else await restoreDatabase(file);
console.log(`${command === 'backup' ? 'Backed up to' : 'Restored from'} ${file}`);
