import { EventEmitter } from 'node:events';

/**
 * Electron's MessagePortMain, in one process: two entangled ports. When one end is handed to
 * another process (the backend child, a page), `relay` carries what arrives for that end there,
 * and what that process posts comes back through `postMessage` of the same end.
 */
export class StandInPort extends EventEmitter {
  peer: StandInPort | null = null;
  /** Set when this end was transferred: delivers messages to wherever it went. */
  relay: ((data: unknown) => void) | null = null;
  #started = false;
  #closed = false;
  readonly #queue: unknown[] = [];

  postMessage(data: unknown): void {
    if (this.#closed) return;
    this.peer?.receive(structuredClone(data));
  }

  receive(data: unknown): void {
    if (this.#closed) return;
    if (this.relay) this.relay(data);
    else if (this.#started) setImmediate(() => this.emit('message', { data, ports: [] }));
    else this.#queue.push(data);
  }

  start(): void {
    this.#started = true;
    for (const data of this.#queue.splice(0)) setImmediate(() => this.emit('message', { data, ports: [] }));
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const peer = this.peer;
    this.peer = null;
    if (peer) {
      peer.peer = null;
      peer.#closed = true;
      setImmediate(() => peer.emit('close'));
    }
  }
}

export class MessageChannelMain {
  readonly port1 = new StandInPort();
  readonly port2 = new StandInPort();

  constructor() {
    this.port1.peer = this.port2;
    this.port2.peer = this.port1;
  }
}

let nextPortId = 1;
export const newPortId = () => nextPortId++;
