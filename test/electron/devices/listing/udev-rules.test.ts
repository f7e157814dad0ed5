import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SCALE_VENDOR_IDS, SCANNER_VENDOR_IDS } from '../../../../electron/devices/listing/kind';

const rules = readFileSync(fileURLToPath(new URL('../../../../build/udev/60-scanbay.rules', import.meta.url)), 'utf8');
const ruleLines = rules.split('\n').filter((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));

describe('build/udev/60-scanbay.rules', () => {
  it('grants hidraw access to every scanner and scale vendor the device listing recognises', () => {
    for (const vid of [...SCANNER_VENDOR_IDS, ...SCALE_VENDOR_IDS]) {
      const hex = vid.toString(16).padStart(4, '0');
      expect(ruleLines).toContain(`SUBSYSTEM=="hidraw", ATTRS{idVendor}=="${hex}", MODE="0660", GROUP="plugdev", TAG+="uaccess"`);
    }
  });

  it('has only well-formed match/assign rules (0660, a group, uaccess)', () => {
    for (const line of ruleLines) {
      expect(line).toMatch(/^SUBSYSTEM=="(hidraw|usb|tty)", ATTRS\{idVendor\}=="[0-9a-f]{4}", MODE="0660", GROUP="(plugdev|dialout)", TAG\+="uaccess"$/);
    }
  });
});
