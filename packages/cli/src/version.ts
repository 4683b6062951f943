import { readFileSync } from 'node:fs';

/**
 * The `@canbang/cli` version from its package.json (one level above both src/ and dist/).
 *
 * @example
 * cliVersion(); // '0.1.0'
 */
export function cliVersion(): string {
  return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}
