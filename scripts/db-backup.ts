// npm run db:backup -- <file> [--replace]: a consistent copy of the database while the site runs (lib/db/backup.ts).
// npm run db:restore -- <file>: puts one back (stop the workers first: systemctl stop qyzylorda-site@*).
import { BackupError, backupDatabase, restoreDatabase } from '@/lib/db/backup';
import { databaseSettings } from '@/lib/db/connect';

const args = process.argv.slice(2).filter((a) => a !== '--');
const replace = args.includes('--replace');
const [command, file] = args.filter((a) => a !== '--replace');
if (!file || (command !== 'backup' && command !== 'restore')) {
  console.error('npm run db:backup -- <file> [--replace] · npm run db:restore -- <file>');
  process.exit(2);
}
try {
  if (command === 'backup') await backupDatabase(file, databaseSettings(), { replace });
  else await restoreDatabase(file);
  console.log(`${command === 'backup' ? 'Backed up to' : 'Restored from'} ${file}`);
} catch (error) {
  // One line for the operator; never a stack trace or the database's address.
  console.error(error instanceof BackupError ? error.message : `The ${command} failed (${(error as Error).name})`);
  process.exit(1);
}
