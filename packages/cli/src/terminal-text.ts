// C0 controls (ESC starts terminal escape sequences; CR/LF/TAB break lines and columns), DEL, C1 controls
// (0x9B is a one-byte CSI on some terminals) and the Unicode bidirectional overrides/isolates that reorder
// what a line appears to say.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from data made safe to print on a terminal: every control character is shown as a visible `\uXXXX`
 * escape instead of being sent raw, so a unit name cannot move the cursor, recolour or clear the screen,
 * hide text or break a line in two. Everything else (Vietnamese letters included) is kept.
 *
 * @example
 * terminalText('Xã A\u001b[2J'); // 'Xã A\\u001b[2J'
 * terminalText('Phường Ba Đình'); // unchanged
 */
export function terminalText(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Multi-line text for a person (a report table, progress) made safe for a terminal: each line escaped as by
 * {@link terminalText}, the line breaks between them kept.
 *
 * @example
 * terminalLines('a\u001b[2J\nb'); // 'a\\u001b[2J\nb'
 */
export function terminalLines(text: string): string {
  return text.split('\n').map(terminalText).join('\n');
}

/**
 * Writes one line to stderr, with control characters escaped (see {@link terminalText}).
 *
 * @example
 * printLine('canbang: warning: units.csv, row 3 ...');
 */
export function printLine(text: string): void {
  process.stderr.write(`${terminalText(text)}\n`);
}
