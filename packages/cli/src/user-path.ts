import { resolve } from 'node:path';

/**
 * A path the user typed, resolved against the folder the command was run from. `pnpm canbang ...` runs the
 * workspace script from the repository root, but pnpm (like npm) records the user's folder in INIT_CWD:
 * under that script (`npm_lifecycle_event` "canbang") relative paths are resolved against INIT_CWD, so
 * `--data my-folder` means the user's `my-folder`, and messages show the path tried. Elsewhere (the
 * installed `canbang` binary, tests) the process's own working folder is the user's folder.
 *
 * @example
 * // cd ~/work && pnpm --dir ~/canbang canbang analyze --data dien-bien.xlsx
 * userPath('dien-bien.xlsx'); // '/home/me/ke-hoach/dien-bien.xlsx'
 */
export function userPath(path: string): string {
  const base = process.env.npm_lifecycle_event === 'canbang' ? process.env.INIT_CWD : undefined;
  return base ? resolve(base, path) : path;
}
