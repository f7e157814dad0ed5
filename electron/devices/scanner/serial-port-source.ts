// The seam between the serial scanner driver and the port: `serialport` in production, an
// injected opener in tests that need to simulate failures (a real pty is used for the rest).

import type { Parity } from '../../../shared/devices/scanner/config';

export interface SerialPortSettings {
  path: string;
  baudRate: number;
  dataBits: 7 | 8;
  parity: Parity;
  stopBits: 1 | 2;
}

export interface SerialConnection {
  onData(listener: (chunk: Uint8Array) => void): void;
  /** The port closed without `close()` being called (unplugged, pty gone) or failed. */
  onLost(listener: (err: Error) => void): void;
  close(): Promise<void>;
}

export type OpenSerialPort = (settings: SerialPortSettings) => Promise<SerialConnection>;

/** Opens a real port with `serialport`. */
export const openSerialPort: OpenSerialPort = async (settings) => {
  const { SerialPort } = await import('serialport');
  const port = new SerialPort({ ...settings, autoOpen: false });
  await new Promise<void>((resolve, reject) => port.open((err) => (err ? reject(err) : resolve())));
  let closing = false;
  const lostListeners: ((err: Error) => void)[] = [];
  const lost = (err: Error) => {
    if (closing) return;
    closing = true;
    for (const l of lostListeners) l(err);
  };
  // serialport emits 'error' for read failures (EIO when a pty's other end goes away) and
  // 'close' with a disconnected error when the device disappears.
  port.on('error', (err: Error) => lost(err));
  port.on('close', (err: Error | null) => lost(err ?? new Error(`port ${settings.path} closed`)));
  return {
    onData(listener) {
      port.on('data', (chunk: Uint8Array) => listener(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength).slice()));
    },
    onLost(listener) {
      lostListeners.push(listener);
    },
    async close() {
      if (closing && !port.isOpen) return;
      closing = true;
      if (!port.isOpen) return;
      await new Promise<void>((resolve) => port.close(() => resolve()));
    },
  };
};
