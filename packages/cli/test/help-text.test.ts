import { describe, expect, it } from 'vitest';
import { buildProgram } from '@canbang/cli';
import { commanderErrorText, helpText } from '../src/help-text.ts';
import { HELP_VI } from '../src/help-vi.ts';

// Every description the English program shows: commands, options, arguments, the version option.
function descriptions(): string[] {
  const program = buildProgram('en');
  return [program, ...program.commands].flatMap((c) => [c.description(), ...c.options.map((o) => o.description), ...c.registeredArguments.map((a) => a.description)]);
}

describe('canbang --help in Vietnamese', () => {
  it('has a Vietnamese text for every command, option and argument, and no entry for one that is gone', () => {
    const shown = new Set(descriptions());
    expect([...shown].filter((d) => !Object.hasOwn(HELP_VI, d))).toEqual([]);
    // commander's own help option text is translated too (it is not in the program's options list).
    expect(Object.keys(HELP_VI).filter((d) => !shown.has(d) && d !== 'display help for command')).toEqual([]);
  });

  it('the Vietnamese program shows the Vietnamese texts; English stays as written', () => {
    const vi = buildProgram('vi');
    const plan = vi.commands.find((c) => c.name() === 'plan')!;
    expect(plan.options.find((o) => o.long === '--province')!.description).toBe('chỉ tỉnh, thành phố này (mã hoặc tên)');
    expect(plan.helpInformation()).toMatch(/^Cách dùng: canbang plan \[options\]\n/);
    expect(plan.helpInformation()).toContain('(mặc định: "transfer")');
    expect(helpText('only this province', 'en')).toBe('only this province');
  });

  it("commander's usage errors: known ones in Vietnamese, others as written", () => {
    expect(commanderErrorText("error: unknown option '--provnce'\n(Did you mean --province?)\n", 'vi')).toBe("lỗi: không có tuỳ chọn '--provnce'\n(Có phải là --province?)\n");
    expect(commanderErrorText("error: option '--top <n>' argument missing\n", 'vi')).toBe("lỗi: tuỳ chọn '--top <n>' thiếu giá trị\n");
    expect(commanderErrorText("error: too many arguments for 'analyze'. Expected 0 arguments but got 1.\n", 'vi')).toBe("lỗi: quá nhiều tham số cho 'analyze': cần 0, nhận được 1.\n");
    expect(commanderErrorText('something else\n', 'vi')).toBe('something else\n');
    expect(commanderErrorText("error: unknown command 'x'\n", 'en')).toBe("error: unknown command 'x'\n");
  });
});
