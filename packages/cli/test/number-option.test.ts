import { afterEach, describe, expect, it, vi } from 'vitest';
import { runMain as run } from './support/run-main.ts';

const SCENARIO = 'data/scenarios/civil-status-simplification.json';

describe('numeric options: blank text is not 0', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('--seed "" is refused instead of building the dataset with seed 0', async () => {
    const { code, stderr } = await run(['analyze', '--seed', '']);
    expect(code).toBe(2);
    expect(stderr).toContain('canbang --seed: got ""; expected a whole number');
  });

  it('scenario --seed " " and --volume-noise lognormal: are refused', async () => {
    const seed = await run(['scenario', SCENARIO, '--seed', ' ']);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toContain('canbang scenario --seed: got " "; expected a whole number >= 0');
    const noise = await run(['scenario', SCENARIO, '--volume-noise', 'lognormal:']);
    expect(noise.code).toBe(2);
    expect(noise.stderr).toContain('canbang scenario --volume-noise: got "lognormal:"');
    // scenario spells the dataset seed --data-seed; the message names that flag, not analyze's --seed.
    const dataSeed = await run(['scenario', SCENARIO, '--data-seed', 'abc']);
    expect(dataSeed.code).toBe(2);
    expect(dataSeed.stderr).toContain('canbang --data-seed: got "abc"; expected a whole number');
  });

  it('--sweep with an empty value is refused, not swept at 0', async () => {
    const { code, stderr } = await run(['scenario', SCENARIO, '--sweep', 'factor=0.5,,1']);
    expect(code).toBe(2);
    expect(stderr).toContain('expected comma-separated numbers after the =');
  });

  it('bounds and whole numbers keep their messages across commands', async () => {
    const top = await run(['analyze', '--top', '2.5']);
    expect(top.code).toBe(2);
    expect(top.stderr).toContain('canbang --top: got "2.5"; expected a whole number > 0');
    const load = await run(['plan', '--max-load', '0']);
    expect(load.code).toBe(2);
    expect(load.stderr).toContain('canbang plan --max-load: got "0"; expected a number > 0');
    // --lock's staff part is checked here, naming the flag and the text (not "got NaN" from the solver).
    const lock = await run(['plan', '--province', '11', '--lock', '03127:03151:office:abc']);
    expect(lock.code).toBe(2);
    expect(lock.stderr).toContain('canbang plan --lock (staff): got "abc"; expected a whole number >= 1');
  });
});
