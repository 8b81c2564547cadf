/*
 * Runs once when a server process starts (`next start`, each worker of npm start): the database is
 * opened and migrated before the first request, one process at a time (lib/db/connect.ts), so that a
 * worker that cannot reach it says so at once rather than at a resident's first message. One that
 * cannot still serves every page: the form answers 503 and the inbox says it cannot answer now, in the reader's language, and
 * try the database again at their next request (a failure thrown from here would make every page a 500).
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { database } = await import('./lib/db/connect');
  try {
    await database();
  } catch (error) {
    // One line, without the address (it may hold a password).
    const reason = error instanceof Error ? error.message.replace(/\w+:\/\/\S+/g, '…') : 'error';
    console.error(
      `database: not reachable at start (${reason}); the form answers 503 and the inbox says so until it is`,
    );
  }
  const { stampKeys } = await import('./lib/feedback/keys');
  try {
    stampKeys();
  } catch (error) {
    console.error(
      `site secret: ${error instanceof Error ? error.message : 'unreadable'}; the form answers 503 until it is`,
    );
  }
}
