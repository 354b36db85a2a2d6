// After `tsc`, copies the non-TypeScript files the server reads at run time into dist/.
import fs from 'node:fs';

for (const dir of ['server/db/migrations', 'server/modules/organisations/municipalities/data']) {
  fs.cpSync(`src/${dir}`, `dist/${dir}`, { recursive: true });
}
