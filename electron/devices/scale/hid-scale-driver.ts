import { decodeHidScaleReport, HID_ZERO_REPORT } from '../../../shared/devices/scale/hid-report';
import type { ScaleAck } from '../../../shared/devices/scale/decoded-frame';
import type { BackoffOptions } from '../reconnecting-driver';
import type { HidReportStream, HidScaleSource } from './hid-source';
import { ScaleDriver } from './scale-driver';

/**
 * A USB HID scale (usage page 0x8D). Reports come from an injected source, so the same driver
 * runs on node-hid, the simulated scale, and test doubles. A source error or a failed open
 * makes it `disconnected`; it then reopens with backoff.
 */
export class HidScaleDriver extends ScaleDriver {
  #stream: HidReportStream | undefined;
  #generation = 0;

  constructor(
    private readonly source: HidScaleSource,
    private readonly label = 'HID scale',
    backoff?: BackoffOptions,
  ) {
    super(backoff);
  }

  get description(): string {
    return this.#stream?.description ?? this.label;
  }

  protected async open(): Promise<void> {
    const stream = await this.source();
    const generation = ++this.#generation;
    stream.onReport((report) => {
      if (generation === this.#generation) this.handleFrame(report, decodeHidScaleReport(report));
    });
    stream.onError((err) => {
      if (generation !== this.#generation) return;
      this.#generation++;
      this.connectionLost(new Error(`${stream.description}: ${err.message}`));
    });
    this.#stream = stream;
  }

  protected async close(): Promise<void> {
    this.#generation++;
    const stream = this.#stream;
    this.#stream = undefined;
    await stream?.close();
  }

  /** Scale Control Report with Zero Scale set. There is no tare usage on page 0x8D. */
  override async zero(): Promise<ScaleAck> {
    const stream = this.#stream;
    if (!stream) throw new Error(`${this.description} is not connected`);
    await stream.write(HID_ZERO_REPORT);
    return { command: 'zero', done: true, message: 'zero report sent' };
  }
}
