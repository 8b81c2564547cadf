// npm run db:backup -- <file> [--replace]: a consistent copy of the database while the site runs (lib/db/backup.ts).
// npm run db:backup -- --nightly <folder>: the timer's (deploy/systemd/qyzylorda-backup.timer): once for
// the installation, named by its time, the folder's backups older than BACKUP_DAYS deleted.
// npm run db:restore -- <file>: puts one back (stop the workers first: systemctl stop qyzylorda-site@*),
// and makes again the deletions made since it was taken.
import { BACKUP_DAYS, BackupError, backupDatabase, nightlyBackup, restoreDatabase } from '@/lib/db/backup';
import { databaseSettings } from '@/lib/db/connect';

const args = process.argv.slice(2).filter((a) => a !== '--');
const replace = args.includes('--replace');
const nightly = args.includes('--nightly');
const [command, file] = args.filter((a) => a !== '--replace' && a !== '--nightly');
if (!file || (command !== 'backup' && command !== 'restore') || (nightly && command !== 'backup')) {
  console.error(
    'npm run db:backup -- <file> [--replace] · npm run db:backup -- --nightly <folder> · npm run db:restore -- <file>',
  );
  process.exit(2);
}
try {
  if (nightly) {
    const { file: taken, removed } = await nightlyBackup(file);
    console.log(
      `${taken ? `Backed up to ${taken}` : 'Tonight’s backup was taken by another node'}; ` +
        `${removed.length} backups older than ${BACKUP_DAYS} days deleted here.`,
    );
  } else if (command === 'backup') {
    await backupDatabase(file, databaseSettings(), { replace });
    console.log(`Backed up to ${file}`);
  } else {
    const { deletions, retention } = await restoreDatabase(file);
    console.log(
      `Restored from ${file}; ` +
        (deletions === null
          ? 'the database it replaced could not be read: deletions made since the backup are not known. '
          : `${deletions} deletions made since the backup made again, `) +
        `${retention.contacts + retention.texts + retention.held + retention.spam} items past their time deleted.`,
    );
  }
} catch (error) {
  // One line for the operator; never a stack trace or the database's address.
  console.error(error instanceof BackupError ? error.message : `The ${command} failed (${(error as Error).name})`);
  process.exit(1);
}
