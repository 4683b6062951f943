import type { Command } from 'commander';
import { resolveLocale, translate, type Locale } from '@canbang/core';

/**
 * Adds `--lang vi|en` to a command (the language of its human-facing text; CSV and JSON do not change).
 *
 * @example
 * langOption(program.command('analyze')); // canbang analyze --lang vi
 */
export function langOption(command: Command): Command {
  // English here; `canbang --help` in Vietnamese translates every option text at once (localizeHelp).
  return command.option('--lang <lang>', translate('en', 'option.lang'));
}

/**
 * The language of a command run: `--lang`, else CANBANG_LANG, else LC_ALL / LC_MESSAGES / LANG, else English.
 *
 * @example
 * commandLocale({ lang: 'vi' }); // 'vi'
 */
export function commandLocale(options: object): Locale {
  const lang = (options as { lang?: unknown }).lang;
  return resolveLocale({ flag: typeof lang === 'string' ? lang : undefined, env: process.env });
}

/**
 * The language of the error line, read from raw argv before commander parses it (the error may come from
 * parsing itself); an unknown `--lang` value falls back to the environment, then English.
 *
 * @example
 * argvLocale(['analyze', '--lang=vi']); // 'vi'
 */
export function argvLocale(argv: readonly string[]): Locale {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const flag = at < 0 ? undefined : argv[at]!.includes('=') ? argv[at]!.slice('--lang='.length) : argv[at + 1];
  try {
    return resolveLocale({ flag, env: process.env });
  } catch {
    try {
      return resolveLocale({ env: process.env });
    } catch {
      return 'en';
    }
  }
}
