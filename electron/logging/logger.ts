import pino, { type Logger, type LoggerOptions as PinoOptions } from 'pino';
import { logFilePath } from './paths';
import { redactSecrets, redactText } from './redact';
import { RotatingFile } from './rotating-file';

export type { Logger };

/** Which process wrote a line: the Electron main process, its station backend, `scanbay serve`, a CLI command. */
export type LogProcess = 'app' | 'backend' | 'serve' | 'cli';

export interface CreateLoggerOptions {
  proc: LogProcess;
  /** Log to `<dataDir>/logs/scanbay.log`; without it, only stderr. */
  dataDir?: string;
  /** Mirror lines at this level and above to stderr as `scanbay: message` (false: none). Default `warn`. */
  stderr?: pino.Level | false;
  /** Default `info`, or $SCANBAY_LOG_LEVEL. */
  level?: pino.Level;
  maxBytes?: number;
  keep?: number;
}

export const LOG_MAX_BYTES = 5 * 1024 * 1024;
export const LOG_KEEP = 4;

export interface StationLogger extends Logger {
  /** The log file, when this logger writes one. */
  readonly file?: string;
}

/**
 * pino, JSON lines: `{"level":"error","time":"…","proc":"backend","pid":…,"msg":"…",…context}`.
 * Every argument passes through the secret redaction before it is formatted.
 */
export function createLogger(opts: CreateLoggerOptions): StationLogger {
  const streams: pino.StreamEntry[] = [];
  let file: RotatingFile | undefined;
  if (opts.dataDir) {
    file = new RotatingFile(logFilePath(opts.dataDir), { maxBytes: opts.maxBytes ?? LOG_MAX_BYTES, keep: opts.keep ?? LOG_KEEP });
    streams.push({ level: 'trace', stream: file });
  }
  const stderr = opts.stderr ?? 'warn';
  if (stderr) streams.push({ level: stderr, stream: { write: writeHuman } });
  const level = opts.level ?? (process.env.SCANBAY_LOG_LEVEL as pino.Level | undefined) ?? 'info';
  const options: PinoOptions = {
    level,
    base: { proc: opts.proc, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((a) => redactSecrets(a)) as Parameters<typeof method>);
      },
    },
  };
  const logger = pino(options, streams.length > 0 ? pino.multistream(streams) : { write: () => undefined }) as StationLogger;
  if (file) Object.defineProperty(logger, 'file', { value: file.path, enumerable: false });
  return logger;
}

/** A logger that writes nothing (tests, one-shot commands without a data dir). */
export function silentLogger(proc: LogProcess = 'cli'): StationLogger {
  return createLogger({ proc, stderr: false });
}

/**
 * The terminal mirror: the message (and the error's) on one line, as ScanBay printed before logs
 * existed. A line logged with `echo: false` (the caller has already told the user) stays in the file.
 */
function writeHuman(line: string): void {
  try {
    const o = JSON.parse(line) as { msg?: string; err?: { message?: string }; echo?: boolean };
    if (o.echo === false) return;
    const msg = o.msg ?? '';
    const err = o.err?.message && !msg.includes(o.err.message) ? `: ${o.err.message}` : '';
    process.stderr.write(`scanbay: ${redactText(msg)}${err}\n`);
  } catch {
    process.stderr.write(line);
  }
}

/** The old `log(message)` hook of the station, kept so every such call lands in the log file. */
export function legacyLog(logger: Logger): (message: string) => void {
  return (message) => logger.warn(message.replace(/^scanbay: /, ''));
}
