import type { Command } from 'commander';
import { BAND_PRESETS, CanbangInputError, type BandPresetName, type Bands } from '@canbang/core';
import { numberOption } from './number-option.ts';

/**
 * Adds `--bands <preset>` next to `--overloaded-below` / `--underloaded-above` (which the command defines).
 *
 * @example
 * bandsPresetOption(command); // canbang analyze --bands wisn_ratio_one
 */
export function bandsPresetOption(command: Command): Command {
  return command.option('--bands <preset>', `named status bands: ${Object.keys(BAND_PRESETS).join(' | ')} (instead of --overloaded-below / --underloaded-above)`);
}

/**
 * The bands a command runs with: the `--bands` preset, or the two ratio options. A preset together with an explicit
 * ratio option is an error (which one would win is not obvious), as is an unknown preset name.
 *
 * @example
 * bandsFromOptions(command, options, 'canbang analyze'); // { overloadedBelow: 0.9, underloadedAbove: 1.1 }
 */
export function bandsFromOptions(command: Command, options: { bands?: string; overloadedBelow?: string; underloadedAbove?: string }, source: string): Bands {
  if (options.bands !== undefined) {
    const preset = BAND_PRESETS[options.bands as BandPresetName];
    if (!Object.hasOwn(BAND_PRESETS, options.bands) || !preset) {
      throw new CanbangInputError({ source: `${source} --bands`, value: options.bands, expected: `one of ${Object.keys(BAND_PRESETS).join(', ')}` });
    }
    for (const [key, flag] of [['overloadedBelow', '--overloaded-below'], ['underloadedAbove', '--underloaded-above']] as const) {
      if (command.getOptionValueSource(key) === 'cli') {
        throw new CanbangInputError({ source: `${source} ${flag}`, value: options[key], expected: `no ${flag} together with --bands ${options.bands}` });
      }
    }
    return { ...preset.bands };
  }
  return {
    overloadedBelow: numberOption(options.overloadedBelow!, `${source} --overloaded-below`, { above: 0 }),
    underloadedAbove: numberOption(options.underloadedAbove!, `${source} --underloaded-above`, { above: 0 }),
  };
}
