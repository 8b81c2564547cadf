/*
 * Runs once when a server process starts (`next start`, each worker of npm start): the database is
 * opened and migrated before the first request, one process at a time (lib/db/connect.ts), so that a
 * worker that cannot reach it says so at once rather than at a resident's first message.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { database } = await import('./lib/db/connect');
  await database();
}
