import type { ScaleUnit } from './reading';

/** Protocols spoken over a serial port (RS-232 or USB-serial). */
export type SerialScaleProtocol = 'mt-sics' | 'toledo-8217' | 'nci' | 'continuous' | 'adam' | 'sma' | 'and-polled' | 'kern';
export type ScaleProtocol = SerialScaleProtocol | 'hid' | 'simulator' | 'hid-simulator';
export const SERIAL_SCALE_PROTOCOLS: readonly SerialScaleProtocol[] = ['mt-sics', 'toledo-8217', 'nci', 'continuous', 'adam', 'sma', 'and-polled', 'kern'];

export type Parity = 'none' | 'even' | 'odd';

export interface SerialLineSettings {
  baudRate: number;
  dataBits: 7 | 8;
  parity: Parity;
  stopBits: 1 | 2;
}

/** Line settings not given fall back to the protocol's defaults (`SERIAL_DEFAULTS`). */
interface SerialScaleBase extends Partial<SerialLineSettings> {
  path: string;
  /** Delay between weight requests for polled protocols. */
  pollMs?: number;
  /**
   * Unit of frames that carry none (Toledo weight records, continuous lines without a unit, a
   * KERN weight in motion, overload answers). Toledo without it: implied by the decimals.
   */
  unit?: ScaleUnit;
}

export type ScaleConfig =
  | ({ protocol: Exclude<SerialScaleProtocol, 'continuous'> } & SerialScaleBase)
  | ({ protocol: 'continuous'; /** A custom line pattern (continuous.ts); absent: the `auto` formats. */ pattern?: string } & SerialScaleBase)
  | { protocol: 'hid'; vendorId?: number | null; productId?: number | null; /** OS device path, wins over VID/PID. */ path?: string }
  | { protocol: 'simulator'; pollMs?: number }
  | { protocol: 'hid-simulator' };

export type SerialScaleConfig = Extract<ScaleConfig, { path: string; protocol: SerialScaleProtocol }>;

/**
 * Factory settings per protocol. MT-SICS: 9600 8N1, no handshake (balance RS232 defaults as listed
 * by the Atlantis-Software/mt-sics README, "Mettler Toledo RS232 Setup");
 * Toledo 8217: 9600 7E1 (DIVA Service Manual §6.1.4); NCI: 7 data bits and 1 stop bit are
 * fixed, 9600 even parity is the usual factory setting (DIVA §6.1.1.1); continuous: 9600 8N1;
 * Adam: 4800 8N1 (AZextra manual §3.10, Odoo's driver), polled every 500 ms like Odoo does;
 * A&D: 2400 7E1 (factory serial-interface settings); SMA and KERN: 9600 8N1, set on the scale.
 */
export const SERIAL_DEFAULTS: Record<SerialScaleProtocol, SerialLineSettings & { pollMs: number }> = {
  'mt-sics': { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, pollMs: 200 },
  'toledo-8217': { baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 1, pollMs: 200 },
  nci: { baudRate: 9600, dataBits: 7, parity: 'even', stopBits: 1, pollMs: 200 },
  continuous: { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, pollMs: 0 },
  adam: { baudRate: 4800, dataBits: 8, parity: 'none', stopBits: 1, pollMs: 500 },
  sma: { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, pollMs: 200 },
  'and-polled': { baudRate: 2400, dataBits: 7, parity: 'even', stopBits: 1, pollMs: 200 },
  kern: { baudRate: 9600, dataBits: 8, parity: 'none', stopBits: 1, pollMs: 200 },
};

export function isSerialProtocol(p: string): p is SerialScaleProtocol {
  return (SERIAL_SCALE_PROTOCOLS as readonly string[]).includes(p);
}

/** Effective line settings for a serial config. */
export function lineSettings(config: SerialScaleConfig): SerialLineSettings & { pollMs: number } {
  const d = SERIAL_DEFAULTS[config.protocol];
  return {
    baudRate: config.baudRate ?? d.baudRate,
    dataBits: config.dataBits ?? d.dataBits,
    parity: config.parity ?? d.parity,
    stopBits: config.stopBits ?? d.stopBits,
    pollMs: config.pollMs ?? d.pollMs,
  };
}
