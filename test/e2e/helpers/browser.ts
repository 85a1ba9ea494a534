/**
 * Debian's Chromium driven by playwright-core. Without /usr/bin/chromium the e2e suite is
 * skipped with a printed reason, except in CI where that is a failure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

/** Where Debian installs Chromium. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when Chromium is available. */
export function hasChromium(): boolean {
  return fs.existsSync(CHROMIUM);
}

/** Decide whether to run: throws in CI without Chromium, prints the reason when skipping. */
export function chromiumMissing(): boolean {
  if (hasChromium()) return false;
  if (process.env.CI) {
    throw new Error(`End-to-end tests need Chromium at ${CHROMIUM} (apt-get install chromium); CI must not skip them.`);
  }
  console.warn(`[e2e] SKIPPED: Chromium not found at ${CHROMIUM}. Install it (apt-get install chromium) to run these tests.`);
  return true;
}

/** A headless Chromium with a fresh profile; `close` also removes the profile. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rancang-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1440, height: 900 },
    locale: 'id-ID',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // Never throttle the page as a background tab (its timers and animation frames go on).
      '--disable-renderer-backgrounding',
      '--disable-background-timer-throttling',
      '--disable-backgrounding-occluded-windows',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Folder for screenshots of this run (kept after the run for a human to look at). */
export function screenshotDir(): string {
  const dir = process.env.RANCANG_E2E_SHOTS ?? path.join(os.tmpdir(), 'rancang-e2e-shots');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}
