/**
 * Main-thread responsiveness in page tests: the longest task the browser reports through
 * PerformanceObserver `longtask` (tasks over 50 ms; a page that never blocks for 50 ms reports none).
 *
 * {@link recordLongTasks} installs the observer before any page script runs, so tasks during the first
 * load are seen; {@link longestTask} reads the longest one since the last {@link resetLongTasks}.
 *
 * @example
 * ```ts
 * await recordLongTasks(context);
 * const page = await context.newPage();
 * await page.goto(url);
 * expect(await longestTask(page)).toBeLessThan(200);
 * ```
 */
import type { BrowserContext, Page } from 'playwright-core';

/** Installs a `longtask` observer in every page the context opens, before the page's own scripts. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const store: number[] = [];
    (globalThis as unknown as { __canbangLongTasks: number[] }).__canbangLongTasks = store;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) store.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest main-thread task (ms) recorded since the page opened or the last reset; 0 when none. */
export async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, ...((globalThis as unknown as { __canbangLongTasks?: number[] }).__canbangLongTasks ?? [])));
}

/** Forgets the tasks recorded so far (measure one interaction at a time). */
export async function resetLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (globalThis as unknown as { __canbangLongTasks?: number[] }).__canbangLongTasks?.splice(0);
  });
}
