// A scanner on a serial line (RS-232, or USB CDC-ACM which appears as /dev/ttyACM*): each scan
// is the data and a terminator. Reconnects when the port disappears (unplug) with backoff.

import { splitAimPrefix } from '../../../shared/devices/scanner/aim';
import { bytesToText } from '../../../shared/devices/scanner/bytes-text';
import type { SerialScannerConfig } from '../../../shared/devices/scanner/config';
import { LineFramer } from '../../../shared/devices/scanner/line-framer';
import { isPermissionError, permissionError } from './device-errors';
import { ScannerDriver, type DecoderOutput, type ScannerDriverOptions } from './scanner-driver';
import { openSerialPort, type OpenSerialPort, type SerialConnection } from './serial-port-source';

export class SerialScannerDriver extends ScannerDriver {
  readonly source = 'serial' as const;
  readonly #config: SerialScannerConfig;
  readonly #openPort: OpenSerialPort;
  readonly #framer: LineFramer;
  #conn: SerialConnection | undefined;

  constructor(config: SerialScannerConfig, openPort: OpenSerialPort = openSerialPort, opts: ScannerDriverOptions = {}) {
    super(opts);
    this.#config = config;
    this.#openPort = openPort;
    this.#framer = new LineFramer({ terminator: config.terminator ?? 'any' });
    this.deviceId = `serial:${config.port}`;
  }

  protected async open(): Promise<void> {
    const { port } = this.#config;
    if (port.trim() === '') throw new Error('No serial port is set for the scanner (Settings → Devices).');
    let conn: SerialConnection;
    try {
      conn = await this.#openPort({
        path: port,
        baudRate: this.#config.baudRate,
        dataBits: this.#config.dataBits ?? 8,
        parity: this.#config.parity ?? 'none',
        stopBits: this.#config.stopBits ?? 1,
      });
    } catch (err) {
      if (isPermissionError(err)) throw permissionError(port, err, 'serial');
      throw new Error(`Cannot open scanner port ${port}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    this.#framer.reset();
    this.#conn = conn;
    let lost = false;
    conn.onLost((err) => {
      if (this.#conn !== conn || lost) return;
      lost = true;
      this.connectionLost(new Error(`Scanner port ${port} went away: ${err.message}`, { cause: err }));
    });
    conn.onData((chunk) => {
      if (this.#conn !== conn) return;
      this.handleOutputs(this.#frame(chunk));
    });
  }

  protected async close(): Promise<void> {
    const conn = this.#conn;
    this.#conn = undefined;
    if (conn) await conn.close();
  }

  #frame(chunk: Uint8Array): DecoderOutput[] {
    return this.#framer.push(chunk).map((out): DecoderOutput => {
      if (out.kind === 'overflow') {
        return {
          kind: 'rejected',
          error: { code: 'line-too-long', message: 'no terminator in a long run of bytes: check baud rate and terminator' },
          bytes: out.raw,
        };
      }
      const { symbology, data } = splitAimPrefix(bytesToText(out.line));
      return { kind: 'scan', symbology, data, bytes: out.raw };
    });
  }
}
