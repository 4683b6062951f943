/**
 * Checks the offline browser harness (test/support/browser.ts) itself: a page that tries to reach
 * the internet, throws and logs an error must have all three recorded, while local resources load.
 */
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { isLocalUrl, launchBrowser, openPage, serveStatic, type StaticServer } from '../support/browser.ts';

describe('offline browser harness', () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'canbang-browser-'));
    writeFileSync(join(dir, 'local.js'), 'document.body.dataset.local = "yes";\n');
    writeFileSync(
      join(dir, 'index.html'),
      '<!doctype html><meta charset="utf-8"><body><p id="name">Phường Hải Châu</p>' +
        '<script src="local.js"></script>' +
        '<script src="https://cdn.example.invalid/lib.js"></script>' +
        '<script>console.error("boom-console"); setTimeout(() => { throw new Error("boom-page"); });</script>',
    );
    server = await serveStatic(dir);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('classifies local and outside URLs', () => {
    expect(isLocalUrl('http://127.0.0.1:4000/a.js')).toBe(true);
    expect(isLocalUrl('http://localhost/a.js')).toBe(true);
    expect(isLocalUrl('data:text/plain,x')).toBe(true);
    expect(isLocalUrl('https://fonts.googleapis.com/css')).toBe(false);
    expect(isLocalUrl('http://127.0.0.1.evil.com/')).toBe(false);
  });

  it('serves local files, blocks and records outside requests, collects errors', async () => {
    const { page, problems } = await openPage(browser, `${server.url}/`);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.body.dataset.local)).toBe('yes');
    // NFC Vietnamese text survives the server (UTF-8 content type) unchanged.
    expect(await page.textContent('#name')).toBe('Phường Hải Châu'.normalize('NFC'));
    expect(problems.blockedRequests).toEqual(['https://cdn.example.invalid/lib.js']);
    expect(problems.pageErrors.join('\n')).toContain('boom-page');
    expect(problems.consoleErrors.join('\n')).toContain('boom-console');
    await page.close();
  });

  it('opens a plain file path and answers 404 outside the root', async () => {
    const { page, problems } = await openPage(browser, join(dir, 'index.html'), { waitUntil: 'load' });
    expect(page.url().startsWith('file://')).toBe(true);
    expect(problems.blockedRequests).toEqual(['https://cdn.example.invalid/lib.js']);
    await page.close();
    const res = await fetch(`${server.url}/..%2F..%2Fetc%2Fpasswd`);
    expect(res.status).toBe(404);
    expect((await fetch(`${server.url}/%E0`)).status).toBe(400); // malformed escape: an answer, not a crash
  });
});
