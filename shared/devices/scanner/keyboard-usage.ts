// Keyboard/Keypad usage page 0x07 (HID Usage Tables 1.5, §10) → characters of the US layout,
// the layout scanners assume by default in keyboard mode.

/** [unshifted, shifted] for each usage that types a character. */
const US: Record<number, readonly [string, string]> = {};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
for (let i = 0; i < 26; i++) {
  const ch = LETTERS[i] as string;
  US[0x04 + i] = [ch, ch.toUpperCase()]; // 0x04 Keyboard a and A … 0x1D Keyboard z and Z
}
const DIGITS = '1234567890';
const DIGITS_SHIFTED = '!@#$%^&*()';
for (let i = 0; i < 10; i++) US[0x1e + i] = [DIGITS[i] as string, DIGITS_SHIFTED[i] as string]; // 0x1E '1 !' … 0x27 '0 )'

const PUNCTUATION: [number, string, string][] = [
  [0x2c, ' ', ' '], // Spacebar
  [0x2d, '-', '_'],
  [0x2e, '=', '+'],
  [0x2f, '[', '{'],
  [0x30, ']', '}'],
  [0x31, '\\', '|'],
  [0x32, '\\', '|'], // Non-US # and ~: the US layout gives it the backslash key's characters
  [0x33, ';', ':'],
  [0x34, "'", '"'],
  [0x35, '`', '~'],
  [0x36, ',', '<'],
  [0x37, '.', '>'],
  [0x38, '/', '?'],
  // Keypad (scanners assume Num Lock on): 0x54 '/', 0x55 '*', 0x56 '-', 0x57 '+', 0x59..0x62 '1'..'0', 0x63 '.', 0x67 '='
  [0x54, '/', '/'],
  [0x55, '*', '*'],
  [0x56, '-', '-'],
  [0x57, '+', '+'],
  [0x63, '.', '.'],
  [0x67, '=', '='],
];
for (const [usage, plain, shifted] of PUNCTUATION) US[usage] = [plain, shifted];
for (let i = 0; i < 10; i++) US[0x59 + i] = [DIGITS[i] as string, DIGITS[i] as string];

export const USAGE_ENTER = 0x28;
export const USAGE_KEYPAD_ENTER = 0x58;
export const USAGE_TAB = 0x2b;

/** Keypad digit value for Alt+keypad code entry (0x59 '1' … 0x61 '9', 0x62 '0'), else null. */
export function keypadDigit(usage: number): number | null {
  if (usage >= 0x59 && usage <= 0x61) return usage - 0x58;
  if (usage === 0x62) return 0;
  return null;
}

/** Modifier byte bits of a boot keyboard report (HID 1.11 Appendix B.1; usages 0xE0–0xE7). */
export const MOD_CTRL = 0x01 | 0x10;
export const MOD_SHIFT = 0x02 | 0x20;
export const MOD_ALT = 0x04 | 0x40;
export const MOD_GUI = 0x08 | 0x80;

/**
 * The character a key press types on a US keyboard with the given modifiers, or null when it
 * types none. Ctrl turns `@`, `A`–`Z`, `[`, `\`, `]`, `^`, `_` into the C0 control codes
 * (Ctrl+] → GS 0x1D, how keyboard-mode scanners send FNC1).
 */
export function usageToChar(usage: number, modifiers: number): string | null {
  const entry = US[usage];
  if (!entry) return null;
  if (modifiers & (MOD_ALT | MOD_GUI)) return null;
  const ch = modifiers & MOD_SHIFT ? entry[1] : entry[0];
  if (!(modifiers & MOD_CTRL)) return ch;
  const code = ch.charCodeAt(0);
  if ((code >= 0x40 && code <= 0x5f) || (code >= 0x61 && code <= 0x7a)) return String.fromCharCode(code & 0x1f);
  return null;
}
