import fs from 'node:fs';
import { Browser, chromium } from 'playwright-core';

/**
 * Debian's Chromium (`apt-get install chromium`), never a downloaded build:
 * CHROMIUM_PATH when set, else /usr/bin/chromium. Used by the browser
 * tests and the explorer bench.
 */
export function chromiumPath(): string {
  const executable = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executable)) {
    throw new Error(`Chromium not found at ${executable}: run \`apt-get install chromium\` or set CHROMIUM_PATH.`);
  }
  return executable;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
