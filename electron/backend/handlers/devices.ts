import { StationError } from '../../../shared/api/errors';
import { msg } from '../../../shared/i18n/message';
import { SimulatedHidScaleDriver } from '../../devices/scale/simulator/simulated-hid-scale-driver';
import { SimulatorScaleDriver } from '../../devices/scale/simulator/simulator-scale-driver';
import { SimulatedScanner } from '../../devices/scanner/create-driver';
import type { Handlers } from '../dispatcher';
import type { Station } from '../station';

export function devicesHandlers(station: Station): Pick<Handlers, 'devices.state' | 'devices.scaleCommand' | 'devices.captureForField' | 'devices.simulate'> {
  const { devices } = station;
  return {
    'devices.state': () => ({
      devices: devices.list(),
      scale: devices.scaleSnapshot(),
      lastScannerFrame: devices.lastRaw('scanner'),
      lastScaleFrame: devices.lastRaw('scale'),
    }),
    'devices.scaleCommand': async ({ command }) => {
      const scale = devices.scale;
      if (!scale) throw new StationError('unavailable', msg('errors-station.devices.noScale'));
      try {
        await (command === 'zero' ? scale.zero() : scale.tare());
      } catch (err) {
        throw new StationError('unavailable', msg('errors-station.devices.commandFailed', { command, detail: err instanceof Error ? err.message : String(err) }));
      }
      return { done: true };
    },
    'devices.captureForField': ({ active }, ctx) => {
      if (!ctx.link) throw new StationError('validation', msg('errors-station.devices.captureNeedsScreen'));
      if (!active) {
        devices.capture.end(ctx.link);
        return { active: false, expiresInMs: 0 };
      }
      return { active: true, expiresInMs: devices.capture.begin(ctx.link) };
    },
    'devices.simulate': ({ scan, scale }) => {
      if (scan !== undefined) {
        const scanner = devices.scanner;
        if (!(scanner instanceof SimulatedScanner)) throw new StationError('unavailable', msg('errors-station.devices.scannerNotSimulator'));
        scanner.scan(scan.replaceAll('<GS>', '\u001d'));
      }
      if (scale !== undefined) {
        const driver = devices.scale;
        if (!(driver instanceof SimulatorScaleDriver || driver instanceof SimulatedHidScaleDriver)) {
          throw new StationError('unavailable', msg('errors-station.devices.scaleNotSimulator'));
        }
        const r = driver.set(scale);
        if (!r.ok) throw new StationError('validation', r.error);
      }
      return { done: true };
    },
  };
}
