// Loaded (--import) into the stand-in's utility process: Electron's `process.parentPort` and
// MessagePortMain over the Node IPC channel of child_process.fork.
import { EventEmitter } from 'node:events';

const ports = new Map();

class ChildPort extends EventEmitter {
  #started = false;
  #queue = [];
  constructor(id) {
    super();
    this.id = id;
  }
  postMessage(data) {
    process.send?.({ t: 'port', id: this.id, data });
  }
  deliver(data) {
    if (this.#started) this.emit('message', { data, ports: [] });
    else this.#queue.push(data);
  }
  start() {
    this.#started = true;
    for (const data of this.#queue.splice(0)) this.emit('message', { data, ports: [] });
  }
  close() {
    ports.delete(this.id);
    process.send?.({ t: 'port-close', id: this.id });
  }
}

const parentPort = new EventEmitter();
parentPort.postMessage = (data) => process.send?.({ t: 'msg', data });
// Like Electron: messages wait until a 'message' listener is there.
const waiting = [];
parentPort.on('newListener', (event) => {
  if (event === 'message') setImmediate(() => waiting.splice(0).forEach((e) => parentPort.emit('message', e)));
});
Object.defineProperty(process, 'parentPort', { value: parentPort, enumerable: true });

process.on('message', (m) => {
  if (m?.t === 'msg') {
    const event = { data: m.data, ports: (m.ports ?? []).map((id) => {
      const port = new ChildPort(id);
      ports.set(id, port);
      return port;
    }) };
    if (parentPort.listenerCount('message') > 0) parentPort.emit('message', event);
    else waiting.push(event);
  } else if (m?.t === 'port') ports.get(m.id)?.deliver(m.data);
  else if (m?.t === 'port-close') {
    const port = ports.get(m.id);
    ports.delete(m.id);
    port?.emit('close');
  }
});
// Like a utility process, it lives until it exits or is killed (the IPC channel keeps it up), and
// dies with the app.
process.on('disconnect', () => process.exit(1));
