// `npm run bench`: runs every benchmark in this folder, one after the other. support.ts and
// server.ts are their helpers (server.ts, the app under load, listens until told to stop).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.dirname(fileURLToPath(import.meta.url));
for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && !['run.ts', 'support.ts', 'server.ts'].includes(f))) {
  console.log(`\n## ${file}`);
  execFileSync(process.execPath, ['--import', 'tsx', path.join(dir, file)], { stdio: 'inherit' });
}
