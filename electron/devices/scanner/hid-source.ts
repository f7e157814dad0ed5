// The seam between the HID scanner drivers and the OS: node-hid in production
// (node-hid-source.ts), an injected fake in tests that feeds raw reports.

export interface HidDeviceInfo {
  path: string;
  vendorId: number;
  productId: number;
  /** Top-level usage page of the interface when the platform reports it (0x8C HID POS, 0x01 keyboards). */
  usagePage?: number;
  usage?: number;
  interface?: number;
  product?: string;
  manufacturer?: string;
  serialNumber?: string;
}

/** An opened device: input reports (report ID first for numbered reports) and failures. */
export interface HidReportStream {
  onReport(listener: (report: Uint8Array) => void): void;
  /** Read failures, including the device being unplugged. */
  onError(listener: (err: Error) => void): void;
  close(): Promise<void>;
}

export interface HidDeviceSource {
  list(): Promise<HidDeviceInfo[]>;
  open(path: string): Promise<HidReportStream>;
}
