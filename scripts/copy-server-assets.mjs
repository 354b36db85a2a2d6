// After `tsc`, copies the non-TypeScript files the server reads at run time into dist/.
import fs from 'node:fs';

for (const path of [
  'server/db/migrations',
  'server/modules/organisations/municipalities/data',
  'server/platform/password-worker.mjs',
  'server/modules/register/import/csv-worker.mjs',
]) {
  fs.cpSync(`src/${path}`, `dist/${path}`, { recursive: true });
}
