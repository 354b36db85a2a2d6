// Real authenticator tools, as a user's phone would be: zbarimg reads the QR code off the screen,
// oathtool computes the codes (both Debian packages; oathtool is shared with the integration tests).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';

export async function readQrCode(image: Locator): Promise<string> {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'qr-')), 'qr.png');
  await image.screenshot({ path: file });
  return execFileSync('zbarimg', ['--nodbus', '--quiet', '--raw', file], { encoding: 'utf8' }).trim();
}

export { oathtool } from '../../test/support/totp.ts';
