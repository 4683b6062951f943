import { Help, type Command } from 'commander';
import { translate, type Locale, type MessageKey } from '@canbang/core';
import { HELP_VI } from './help-vi.ts';

// commander's own words in help and usage errors, in the catalogue.
const TITLES: Readonly<Record<string, MessageKey>> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Commands:': 'help.commands',
  'Arguments:': 'help.arguments',
  'Global Options:': 'help.globalOptions',
};

// commander's usage errors, each with the catalogue key of its words (its parts kept as written).
const COMMANDER_ERRORS: readonly (readonly [RegExp, MessageKey, readonly string[]])[] = [
  [/^error: unknown option '(.*)'$/, 'help.error.unknownOption', ['option']],
  [/^error: unknown command '(.*)'$/, 'help.error.unknownCommand', ['command']],
  [/^error: option '(.*)' argument missing$/, 'help.error.argumentMissing', ['option']],
  [/^error: missing required argument '(.*)'$/, 'help.error.missingArgument', ['argument']],
  [/^error: too many arguments(?: for '(.*)')?\. Expected (\d+) arguments? but got (\d+)\.$/, 'help.error.tooManyArguments', ['command', 'expected', 'got']],
  [/^\(Did you mean (?:one of )?(.*)\?\)$/, 'help.error.didYouMean', ['suggestion']],
];

/**
 * A usage error of commander (unknown option, missing value, ...) in `locale`, line by line; a line it does not
 * know stays as commander wrote it.
 *
 * @example
 * commanderErrorText("error: unknown option '--provnce'\n(Did you mean --province?)\n", 'vi');
 * // "lỗi: không có tuỳ chọn '--provnce'\n(Có phải là --province?)\n"
 */
export function commanderErrorText(text: string, locale: Locale): string {
  if (locale === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      for (const [pattern, key, names] of COMMANDER_ERRORS) {
        const match = pattern.exec(line);
        if (match) return translate(locale, key, Object.fromEntries(names.map((name, i) => [name, match[i + 1] ?? 'canbang'])));
      }
      return line;
    })
    .join('\n');
}

/**
 * A help text of {@link HELP_VI} in `locale` (the English text itself in English); a text without a translation
 * stays English (the help test lists them).
 *
 * @example
 * helpText('only this province', 'vi'); // 'chỉ tỉnh, thành phố này (mã hoặc tên)'
 */
export function helpText(english: string, locale: Locale): string {
  return locale === 'vi' && Object.hasOwn(HELP_VI, english) ? HELP_VI[english]! : english;
}

/**
 * Puts `canbang --help` and every command's help in `locale`: descriptions of commands, options and arguments,
 * commander's headings ("Usage:", "Options:"), "(default: ...)", its usage errors, and the help and version options. Called
 * once on the built program, so the English stays beside each option where it is defined.
 *
 * @example
 * localizeHelp(buildProgram(), 'vi'); // canbang plan --help lists "Tuỳ chọn:" in Vietnamese
 */
export function localizeHelp(program: Command, locale: Locale): void {
  if (locale === 'en') return;
  const base = new Help();
  const defaultWord = translate(locale, 'help.default');
  for (const command of [program, ...program.commands]) {
    command.description(helpText(command.description(), locale));
    for (const option of command.options) option.description = helpText(option.description, locale);
    for (const argument of command.registeredArguments) argument.description = helpText(argument.description, locale);
    command.helpOption('-h, --help', helpText('display help for command', locale));
    command.configureOutput({ outputError: (text, write) => write(commanderErrorText(text, locale)) });
    command.configureHelp({
      styleTitle: (title) => (Object.hasOwn(TITLES, title) ? translate(locale, TITLES[title]!) : title),
      // commander writes "(default: 30)" after a description: the same in the reader's words.
      optionDescription: (option) => base.optionDescription(option).replace(/\((default|choices|preset|env): /g, (_, word: string) => `(${word === 'default' ? defaultWord : word}: `),
    });
  }
  program.helpCommand('help [command]', helpText('display help for command', locale));
  const version = program.options.find((o) => o.long === '--version');
  if (version) version.description = helpText(version.description, locale);
}
