import { encodeHidScaleReport } from '../../../../shared/devices/scale/hid-report';
import type { HidReportStream, HidScaleSource } from '../hid-source';
import { applySimCommand, initialSimState, simStatus, type SimState } from './sim-state';

/**
 * An in-process HID scale: every `intervalMs` it sends a real 6-byte data report built from its
 * state, which the driver decodes with the same decoder as a USB scale. `unplug()` makes the
 * open stream fail; `refuseOpens(n)` makes the next n opens fail (tests, demo mode).
 */
export class SimulatedHidScale {
  readonly state: SimState = initialSimState();
  opens = 0;
  #refuse = 0;
  #fail: ((err: Error) => void) | undefined;
  readonly written: number[][] = [];

  constructor(private readonly intervalMs = 100) {}

  /** Operator line; `unplug` fails the open stream and refuses opens until `plug`. */
  set(line: string): { ok: true } | { ok: false; error: string } {
    const r = applySimCommand(this.state, line);
    if (r.ok && this.state.unplugged) this.unplug('simulated HID scale unplugged');
    return r;
  }

  /** The report the scale sends now (exponent from the typed decimals, default 10^-2). */
  report(): number[] {
    const decimals = Math.min(4, this.state.decimals ?? 2);
    return encodeHidScaleReport(this.state.weight, this.state.unit, simStatus(this.state, true), -decimals);
  }

  refuseOpens(n: number): void {
    this.#refuse = n;
  }

  unplug(reason = 'device disconnected'): void {
    this.#fail?.(new Error(reason));
  }

  readonly source: HidScaleSource = async () => {
    this.opens++;
    if (this.state.unplugged) throw new Error('simulated HID scale is unplugged');
    if (this.#refuse > 0) {
      this.#refuse--;
      throw new Error('simulated HID scale is not connected');
    }
    return this.#open();
  };

  #open(): HidReportStream {
    const reportListeners: ((r: Uint8Array) => void)[] = [];
    const errorListeners: ((e: Error) => void)[] = [];
    const timer = setInterval(() => {
      const report = new Uint8Array(this.report());
      for (const l of reportListeners) l(report);
    }, this.intervalMs);
    const close = async (): Promise<void> => {
      clearInterval(timer);
      if (this.#fail === fail) this.#fail = undefined;
    };
    const fail = (err: Error): void => {
      void close();
      for (const l of errorListeners) l(err);
    };
    this.#fail = fail;
    return {
      description: 'simulated HID scale',
      onReport: (l) => reportListeners.push(l),
      onError: (l) => errorListeners.push(l),
      write: async (report) => {
        this.written.push([...report]);
        // Zero Scale bit in the control report (see HID_ZERO_REPORT).
        if (report[0] === 0x02 && ((report[1] ?? 0) & 0x02) !== 0 && !this.state.motion) this.state.weight = 0;
      },
      close,
    };
  }
}
