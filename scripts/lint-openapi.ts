// Lints the OpenAPI document as an integrator's tools read it (issue of the contract, decision
// 0020): builds the app on an empty embedded database, writes /api/docs/json to a temporary file,
// and runs Redocly's recommended rules and Spectral's spectral:oas ruleset on it. Exits 1 when
// either reports an error or a warning.
// Usage: npx tsx scripts/lint-openapi.ts
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';

const config = loadConfig({
  NODE_ENV: 'test',
  LOG_LEVEL: 'silent',
  DATA_DIR: 'memory://',
  SECRET_KEY: randomBytes(32).toString('hex'),
  PUBLIC_URL: 'https://nachtregister.example.nl',
});
const { app } = await buildApp(config, { startWorker: false });
await app.ready();
const document = (await app.inject('/api/docs/json')).json();
await app.close();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nachtregister-openapi-'));
const file = path.join(dir, 'openapi.json');
fs.writeFileSync(file, JSON.stringify(document, null, 2));
fs.writeFileSync(path.join(dir, '.spectral.yaml'), 'extends: ["spectral:oas"]\n');

const bin = (name: string) => path.join(process.cwd(), 'node_modules/.bin', name);
const run = (command: string, args: string[]) => spawnSync(command, args, { cwd: dir, stdio: 'inherit' }).status === 0;
const redocly = run(bin('redocly'), ['lint', file, '--format=stylish', '--max-problems=1000']);
const spectral = run(bin('spectral'), ['lint', file, '--ruleset', path.join(dir, '.spectral.yaml'), '--fail-severity=warn']);
fs.rmSync(dir, { recursive: true, force: true });
if (!redocly || !spectral) {
  console.error(`OpenAPI lint failed:${redocly ? '' : ' Redocly'}${spectral ? '' : ' Spectral'}`);
  process.exit(1);
}
console.log('OpenAPI document: no errors and no warnings from Redocly (recommended) and Spectral (spectral:oas).');
