/**
 * Offline browser harness for page smoke tests (notebooks, HTML report).
 *
 * - {@link launchBrowser} starts Debian Chromium (`/usr/bin/chromium`) through playwright-core; no
 *   browser is ever downloaded.
 * - {@link openPage} opens a URL or file with every non-local request blocked: only 127.0.0.1,
 *   localhost, file:, data: and blob: are allowed; anything else is aborted and RECORDED, so a test
 *   can fail on a page that silently tried to reach a CDN. Page errors and console errors are
 *   collected too.
 * - {@link serveStatic} serves a directory from 127.0.0.1 on a random free port.
 *
 * @example
 * ```ts
 * const server = await serveStatic('notebooks/dist');
 * const browser = await launchBrowser();
 * const { page, problems } = await openPage(browser, `${server.url}/index.html`);
 * expect(problems.blockedRequests).toEqual([]);
 * await browser.close(); await server.close();
 * ```
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs Chromium (`apt-get install chromium`; `.ci/run` does it). */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Flags that keep Chromium headless and silent on the network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches headless Debian Chromium.
 * @example
 * ```ts
 * const browser = await launchBrowser();
 * ```
 */
export async function launchBrowser(executablePath: string = CHROMIUM_PATH): Promise<Browser> {
  if (!existsSync(executablePath)) {
    throw new Error(
      `launchBrowser: Chromium not found at ${executablePath}; expected the Debian package ` +
        '(apt-get install -y chromium, as .ci/run does)',
    );
  }
  return chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
}

/** Everything that went wrong while a page loaded. */
export interface PageProblems {
  /** Uncaught exceptions thrown in the page. */
  pageErrors: string[];
  /** `console.error` messages (includes failed local resource loads). */
  consoleErrors: string[];
  /** Outside URLs the page tried to fetch; they were aborted. */
  blockedRequests: string[];
}

/** Options for {@link openPage}. */
export interface OpenPageOptions {
  /** Viewport size; default 1280 x 900. */
  viewport?: { width: number; height: number };
  /** Playwright load state to wait for; default `'networkidle'`. */
  waitUntil?: 'load' | 'domcontentloaded' | 'networkidle';
  /** Navigation timeout in ms; default 60 000. */
  timeoutMs?: number;
  /** Runs on the new context before the page opens (e.g. scripts that must see the first load). */
  prepare?: (context: BrowserContext) => Promise<void>;
}

/** Default {@link OpenPageOptions}. */
export const DEFAULT_OPEN_PAGE_OPTIONS: Required<OpenPageOptions> = {
  viewport: { width: 1280, height: 900 },
  waitUntil: 'networkidle',
  timeoutMs: 60_000,
  prepare: async () => undefined,
};

/**
 * True when a URL may be loaded offline: 127.0.0.1, localhost, file:, data:, blob: (and about:).
 * @example
 * ```ts
 * isLocalUrl('http://127.0.0.1:4000/x.js'); // true
 * isLocalUrl('https://cdn.jsdelivr.net/npm/d3'); // false
 * ```
 */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (['file:', 'data:', 'blob:', 'about:'].includes(parsed.protocol)) return true;
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:' && parsed.protocol !== 'ws:') return false;
  return parsed.hostname === '127.0.0.1' || parsed.hostname === 'localhost' || parsed.hostname === '[::1]';
}

/**
 * Opens `target` (an http(s) URL, a `file:` URL or a local file path) in a new page with every
 * non-local request blocked and recorded; returns the page and the problems seen while loading.
 * The `problems` arrays keep filling while the page stays open.
 * @example
 * ```ts
 * const { page, problems } = await openPage(browser, 'out/report.html');
 * ```
 */
export async function openPage(
  browser: Browser,
  target: string,
  options: OpenPageOptions = {},
): Promise<{ page: Page; problems: PageProblems }> {
  const opts = { ...DEFAULT_OPEN_PAGE_OPTIONS, ...options };
  const problems: PageProblems = { pageErrors: [], consoleErrors: [], blockedRequests: [] };
  const context = await browser.newContext({ viewport: opts.viewport, acceptDownloads: true });
  await opts.prepare(context);
  const page = await context.newPage();
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (isLocalUrl(url)) return route.continue();
    problems.blockedRequests.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.stack ?? String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('close', () => void context.close().catch(() => undefined));
  const url = /^[a-z]+:/i.test(target) ? target : pathToFileURL(resolve(target)).href;
  await page.goto(url, { waitUntil: opts.waitUntil, timeout: opts.timeoutMs });
  return { page, problems };
}

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.arrow': 'application/vnd.apache.arrow.file',
  '.parquet': 'application/octet-stream',
};

/** A running static server. */
export interface StaticServer {
  /** Base URL without trailing slash, e.g. `http://127.0.0.1:43211`. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `root` from 127.0.0.1 on a random free port. `/dir/` serves `dir/index.html`;
 * `/page` falls back to `page.html` (like Observable's clean URLs). Paths outside root give 404.
 * @example
 * ```ts
 * const server = await serveStatic('notebooks/dist');
 * console.log(server.url); // http://127.0.0.1:NNNNN
 * ```
 */
export async function serveStatic(root: string): Promise<StaticServer> {
  const base = resolve(root);
  const server: Server = createServer((req, res) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      // A malformed escape (e.g. /%E0) would otherwise throw inside the handler and take the test run down.
      res.writeHead(400, { 'content-type': 'text/plain' }).end('bad request');
      return;
    }
    let file = join(base, pathname);
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(404).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    else if (!existsSync(file) && existsSync(`${file}.html`)) file = `${file}.html`;
    if (!existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('serveStatic: no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
