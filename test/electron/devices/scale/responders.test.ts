import { describe, expect, it } from 'vitest';
import type { SerialScaleConfig, SerialScaleProtocol } from '../../../../shared/devices/scale/config';
import type { DecodedScaleFrame } from '../../../../shared/devices/scale/decoded-frame';
import { serialProtocol } from '../../../../electron/devices/scale/serial-protocols';
import { createResponder } from '../../../../electron/devices/scale/simulator/responders';
import { applySimCommand, initialSimState } from '../../../../electron/devices/scale/simulator/sim-state';

/** Ask a simulated scale once and decode its answer with the real framer and decoder. */
async function ask(protocol: SerialScaleProtocol, lines: string[], expect: 'weight' | 'zero' | 'tare' = 'weight'): Promise<DecodedScaleFrame[]> {
  const state = initialSimState();
  for (const l of lines) expectOk(applySimCommand(state, l));
  const responder = createResponder(protocol, state);
  const proto = serialProtocol({ protocol, path: '/dev/null' } as SerialScaleConfig);
  const cmd = { weight: proto.weigh, zero: proto.zero, tare: proto.tare }[expect];
  const out = cmd === undefined ? (responder.tick?.() ?? Buffer.alloc(0)) : responder.receive(Buffer.from(cmd, 'latin1'));
  const framer = proto.createFramer();
  const frames: DecodedScaleFrame[] = [];
  framer.on('data', (f: Buffer) => frames.push(proto.decode(f, { expect, fallbackUnit: state.unit })));
  framer.end(out);
  await new Promise((r) => framer.on('finish', r));
  await new Promise((r) => setImmediate(r));
  return frames;
}

function expectOk(r: { ok: boolean }): void {
  if (!r.ok) throw new Error('bad simulator command');
}

const ALL: SerialScaleProtocol[] = ['mt-sics', 'toledo-8217', 'nci', 'continuous', 'sma', 'and-polled'];

describe('simulated scales answer like the protocol (decoded by the real decoders)', () => {
  for (const p of ALL) {
    it(`${p}: weight, motion, overload`, async () => {
      expect(await ask(p, ['1.234 kg'])).toMatchObject([{ kind: 'reading', reading: { weight: 1.234, unit: 'kg', status: 'stable' } }]);
      expect(await ask(p, ['1.234 kg', 'motion'])).toMatchObject([{ reading: { status: 'motion' } }]);
      expect(await ask(p, ['1 kg', 'over'])).toMatchObject([{ reading: { status: 'over' } }]);
      expect(await ask(p, ['0 kg'])).toMatchObject([{ reading: { weight: 0, status: 'zero' } }]);
    });

    it(`${p}: noise before the answer is skipped`, async () => {
      expect(await ask(p, ['2.5 kg', 'garbage'])).toMatchObject([{ reading: { weight: 2.5 } }]);
    });
  }

  it('pound weights keep their unit where the protocol can say so', async () => {
    expect(await ask('toledo-8217', ['0.5 lb'])).toMatchObject([{ reading: { weight: 0.5, unit: 'lb', grams: 226.796 } }]);
    expect(await ask('nci', ['0.5 lb'])).toMatchObject([{ reading: { weight: 0.5, unit: 'lb' } }]);
    expect(await ask('mt-sics', ['0.5 lb'])).toMatchObject([{ reading: { weight: 0.5, unit: 'lb' } }]);
  });

  it('zero and tare are acknowledged', async () => {
    for (const p of ['mt-sics', 'toledo-8217', 'nci'] as const) {
      expect(await ask(p, ['0.2 kg'], 'zero')).toMatchObject([{ kind: 'ack', ack: { command: 'zero', done: true } }]);
      expect(await ask(p, ['0.2 kg', 'motion'], 'zero')).toMatchObject([{ kind: 'ack', ack: { command: 'zero', done: false } }]);
    }
    expect(await ask('mt-sics', ['0.2 kg'], 'tare')).toMatchObject([{ kind: 'ack', ack: { command: 'tare', done: true } }]);
  });

  it('rejects operator lines it does not understand', () => {
    expect(applySimCommand(initialSimState(), '3 stone')).toMatchObject({ ok: false });
    expect(applySimCommand(initialSimState(), 'dance')).toMatchObject({ ok: false, error: expect.stringContaining('motion') });
  });

  it('Adam: a settled weight is printed once, then silence while it is unchanged; back at zero it is news again', async () => {
    const state = initialSimState();
    const adam = createResponder('adam', state);
    const proto = serialProtocol({ protocol: 'adam', path: '/dev/null' });
    const P = () => adam.receive(Buffer.from(proto.weigh ?? '', 'latin1')).toString('latin1');
    applySimCommand(state, '1.25 kg');
    expect(P()).toBe('        1.25 kg \r\n');
    expect(P()).toBe('');
    applySimCommand(state, 'motion');
    expect(P()).toBe('');
    applySimCommand(state, '0 kg');
    expect(P()).toBe('');
    applySimCommand(state, '1.25 kg');
    expect(P()).toBe('        1.25 kg \r\n');
  });

  it('KERN: w answers the weight, without its unit while in motion; overload is "Error"', async () => {
    const state = initialSimState();
    const kern = createResponder('kern', state);
    const w = () => kern.receive(Buffer.from('w', 'latin1')).toString('latin1');
    applySimCommand(state, '1.234 kg');
    expect(w()).toBe('       1.234 kg \r\n');
    applySimCommand(state, 'motion');
    expect(w()).toBe('       1.234    \r\n');
    applySimCommand(state, 'over');
    expect(w()).toBe('           Error\r\n');
    expect(kern.receive(Buffer.from('t', 'latin1')).length).toBe(0);
  });

  it('the new protocols decode their simulators: Adam, KERN by the real framers and decoders', async () => {
    expect(await ask('adam', ['1.234 kg'])).toMatchObject([{ kind: 'reading', reading: { weight: 1.234, unit: 'kg', status: 'stable' } }]);
    expect(await ask('kern', ['1.234 kg'])).toMatchObject([{ kind: 'reading', reading: { weight: 1.234, unit: 'kg', status: 'stable' } }]);
    expect(await ask('kern', ['1.234 kg', 'motion'])).toMatchObject([{ reading: { status: 'motion' } }]);
    expect(await ask('sma', ['0.2 kg'], 'zero')).toMatchObject([{ kind: 'ack', ack: { command: 'zero', done: true } }]);
    expect(await ask('and-polled', ['0.2 kg'], 'zero')).toMatchObject([{ kind: 'ack', ack: { command: 'zero', done: true } }]);
    expect(await ask('and-polled', ['0.5 lb'])).toMatchObject([{ reading: { weight: 0.5, unit: 'lb' } }]);
  });
});
