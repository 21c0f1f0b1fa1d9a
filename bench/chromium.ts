import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { Browser, chromium } from 'playwright-core';
import { projectRoot } from '../src/paths';

/** CHROMIUM_PATH's value that asks for the npm package's browser even where Debian's is installed. */
export const PACKAGED_CHROMIUM = '@sparticuz/chromium';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/**
 * The browser of the browser tests and the explorer bench, never one
 * downloaded at run time: CHROMIUM_PATH when set, else Debian's Chromium
 * (`apt-get install chromium`) when installed, else the build shipped in
 * the npm package @sparticuz/chromium, so `npm install` is enough.
 */
export function chromiumPath(): string {
  const chosen = process.env.CHROMIUM_PATH || (fs.existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : PACKAGED_CHROMIUM);
  if (chosen === PACKAGED_CHROMIUM) return packagedChromium();
  if (!fs.existsSync(chosen)) {
    throw new Error(`Chromium not found at CHROMIUM_PATH=${chosen}: unset it, or set it to ${PACKAGED_CHROMIUM} for the packaged browser.`);
  }
  return chosen;
}

/**
 * The package unpacks its browser into the temporary directory on first
 * use and names it. It is an ES module, which jest's CommonJS runtime
 * cannot load, so a child Node process asks it.
 */
function packagedChromium(): string {
  const script = `import('${PACKAGED_CHROMIUM}').then((m) => m.default.executablePath()).then((file) => process.stdout.write(file))`;
  return execFileSync(process.execPath, ['-e', script], { cwd: projectRoot, encoding: 'utf8' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: ['--no-sandbox', '--disable-dev-shm-usage'] });
}
