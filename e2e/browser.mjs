// Debian's Chromium, headless, with a fresh profile and the flags that keep
// it from reaching out to the network on its own. Never a downloaded
// browser: playwright-core only drives the one the machine has.
import { chromium } from 'playwright-core';

export const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

export function launch() {
  return chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
