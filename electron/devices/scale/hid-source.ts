/**
 * An open HID scale as the driver sees it. The real one wraps node-hid (node-hid-source.ts);
 * tests and demo mode inject their own (simulator/simulated-hid-scale.ts).
 */
export interface HidReportStream {
  /** e.g. "HID scale 0922:8003 at /dev/hidraw2", for messages. */
  readonly description: string;
  /** Input reports, report id first. */
  onReport(listener: (report: Uint8Array) => void): void;
  /** The device failed or was unplugged; the stream is unusable afterwards. */
  onError(listener: (err: Error) => void): void;
  /** Send an output report (report id first). */
  write(report: readonly number[]): Promise<void>;
  close(): Promise<void>;
}

/** Finds and opens the scale; throws when it is absent or cannot be opened. */
export type HidScaleSource = () => Promise<HidReportStream>;

export interface HidScaleSelector {
  vendorId?: number | null;
  productId?: number | null;
  /** OS device path (e.g. /dev/hidraw2); wins over VID/PID. */
  path?: string;
}

export function hex4(n: number): string {
  return n.toString(16).padStart(4, '0');
}
