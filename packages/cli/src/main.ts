import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { CanbangInputError, inputErrorMessage, translate, type Locale } from '@canbang/core';
import { registerAnalyze } from './commands/analyze.ts';
import { registerReport } from './commands/report.ts';
import { registerTemplate } from './commands/template.ts';
import { registerScenario } from './commands/scenario.ts';
import { registerPlan } from './commands/plan.ts';
import { printLine } from './terminal-text.ts';
import { clearInputs } from './run-inputs.ts';
import { cliVersion } from './version.ts';
import { argvLocale } from './lang-option.ts';
import { localizeHelp } from './help-text.ts';

/** Exit codes: 0 ok, 1 unexpected failure, 2 bad input or bad usage. */
export const EXIT_BAD_INPUT = 2;

/**
 * Builds the `canbang` program with every subcommand registered, its help and usage errors in `locale`.
 *
 * @example
 * await buildProgram().parseAsync(['analyze', '--province', '11'], { from: 'user' });
 */
export function buildProgram(locale: Locale = 'en'): Command {
  const program = new Command('canbang')
    .description('Workload vs headcount balance of Viet Nam\'s commune-level units (WHO WISN), staff plans and what-if scenarios')
    .version(cliVersion())
    .showHelpAfterError()
    .exitOverride();
  registerAnalyze(program);
  registerReport(program);
  registerTemplate(program);
  registerScenario(program);
  registerPlan(program);
  localizeHelp(program, locale);
  return program;
}

/**
 * Runs the CLI on `argv` (without node and script path) and returns the exit code.
 * Errors are printed as one clear line on stderr, never as a stack trace, unless CANBANG_DEBUG is set.
 *
 * @example
 * process.exitCode = await main(['analyze', '--province', '79']); // 0, or 2 with one line on stderr
 */
export async function main(argv: readonly string[]): Promise<number> {
  clearInputs();
  try {
    await buildProgram(argvLocale(argv)).parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : EXIT_BAD_INPUT;
    if (process.env.CANBANG_DEBUG) console.error(error);
    const locale = argvLocale(argv);
    if (error instanceof CanbangInputError || error instanceof RangeError) {
      const message = error instanceof CanbangInputError ? inputErrorMessage(error, locale) : error.message;
      printLine(translate(locale, 'common.error', { message }));
      return EXIT_BAD_INPUT;
    }
    printLine(translate(locale, 'common.unexpectedError', { message: error instanceof Error ? error.message : String(error) }));
    return 1;
  }
}

// Run directly (`tsx packages/cli/src/main.ts ...`, used by `pnpm canbang`). pathToFileURL percent-encodes
// the path as import.meta.url does, so a checkout under a folder with spaces or accents still runs.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
