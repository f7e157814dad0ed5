import { HidScaleDriver } from '../hid-scale-driver';
import { SimulatedHidScale } from './simulated-hid-scale';

/**
 * Protocol `hid-simulator`: the HID scale driver reading 6-byte reports from an in-process
 * simulated USB scale, through the same decoder as a real one (demo mode, Settings → Devices).
 */
export class SimulatedHidScaleDriver extends HidScaleDriver {
  readonly scale: SimulatedHidScale;

  constructor(scale = new SimulatedHidScale()) {
    super(scale.source, 'simulated HID scale');
    this.scale = scale;
  }

  set(line: string): { ok: true } | { ok: false; error: string } {
    return this.scale.set(line);
  }
}
