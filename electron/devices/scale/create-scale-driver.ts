import type { ScaleConfig } from '../../../shared/devices/scale/config';
import type { BackoffOptions } from '../reconnecting-driver';
import { HidScaleDriver } from './hid-scale-driver';
import { hex4, type HidScaleSource } from './hid-source';
import { nodeHidScaleSource } from './node-hid-source';
import type { ScaleDriver } from './scale-driver';
import { SerialScaleDriver } from './serial-scale-driver';
import { SimulatedHidScaleDriver } from './simulator/simulated-hid-scale-driver';
import { SimulatorScaleDriver } from './simulator/simulator-scale-driver';

export interface ScaleDriverDeps {
  /** Replaces node-hid for `hid` (tests, demo mode with SimulatedHidScale). */
  hidSource?: HidScaleSource;
  backoff?: BackoffOptions;
}

/**
 * One driver per configured scale. Throws on a config that can never work (e.g. a continuous
 * pattern that does not compile); device problems surface later as `error`/`status` events.
 */
export function createScaleDriver(config: ScaleConfig, deps: ScaleDriverDeps = {}): ScaleDriver {
  switch (config.protocol) {
    case 'hid': {
      const label = config.path ? `HID scale at ${config.path}` : config.vendorId != null ? `HID scale ${hex4(config.vendorId)}` : 'HID scale';
      const sel = { vendorId: config.vendorId ?? null, productId: config.productId ?? null, ...(config.path ? { path: config.path } : {}) };
      return new HidScaleDriver(deps.hidSource ?? nodeHidScaleSource(sel), label, deps.backoff);
    }
    case 'simulator':
      return new SimulatorScaleDriver(config.pollMs);
    case 'hid-simulator':
      return new SimulatedHidScaleDriver();
    default:
      return new SerialScaleDriver(config, deps.backoff);
  }
}
