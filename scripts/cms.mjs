// npm run cms: the web editor on this machine. Decap CMS's local backend (decap-server) on loopback
// beside `npm run dev`: open http://localhost:3000/admin; what is saved there is written to content/
// at once, and the open page of the site shows it. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const children = [
  // Loopback only: the local backend writes files for whoever can reach it.
  spawn('npx', ['decap-server'], {
    stdio: 'inherit',
    env: {
      ...env,
      BIND_HOST: '127.0.0.1',
      PORT: '8081',
      MODE: 'fs',
      GIT_REPO_DIRECTORY: process.cwd(),
      LOG_LEVEL: 'warn',
    },
  }),
  spawn('node', ['scripts/dev.mjs'], { stdio: 'inherit', env }),
];
const stop = () => {
  for (const child of children) child.kill('SIGTERM');
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const child of children) child.on('exit', stop);
