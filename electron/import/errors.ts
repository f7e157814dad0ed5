import { english, type Message, type MessageArg, type MessageArgs } from '../../shared/i18n/message';

/** Problems found while importing a CSV file. */

/**
 * One bad cell or row; rows count CSV records with the header as row 1. `message` is the English
 * sentence (CLI reports, tests); when it was made from a message, `message_key` + `params` carry it
 * too, so a reply localised by REST (electron/rest/localise.ts) shows it in the client's language.
 * The two are not enumerable: the report's plain shape stays `{ row, column, message }`.
 */
export interface RowError {
  row: number;
  column: string | null;
  message: string;
  readonly message_key?: string;
  readonly params?: MessageArgs;
}

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
/** C0/C1 controls, line and paragraph separators, bidi controls, lone surrogates. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Cell text as a report shows it: characters that would break or reorder a line are written as
 * escapes (`\n`, `\u0000`), so a cell can never forge report lines and one problem is one line.
 */
export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A message's parameters with their text escaped (escapeControls), nested sentences too. */
function escapeArgs(params: MessageArgs): MessageArgs {
  const out: MessageArgs = {};
  for (const [name, v] of Object.entries(params)) out[name] = escapeArg(v);
  return out;
}
function escapeArg(v: MessageArg): MessageArg {
  return typeof v === 'string' ? escapeControls(v) : typeof v === 'number' ? v : { key: v.key, params: escapeArgs(v.params) };
}

/** A row error; a message's key and parameters ride along, out of enumeration (see RowError). */
function rowError(row: number, column: string | null, message: string | Message): RowError {
  const text = typeof message === 'string' ? message : english(message);
  const e: RowError = { row, column: column === null ? null : escapeControls(column), message: escapeControls(text) };
  if (typeof message !== 'string') {
    Object.defineProperties(e, {
      message_key: { value: message.key, enumerable: false },
      params: { value: escapeArgs(message.params), enumerable: false },
    });
  }
  return e;
}

export function formatRowError(e: RowError): string {
  return e.column === null ? `row ${e.row}: ${e.message}` : `row ${e.row}, column ${e.column}: ${e.message}`;
}

/** The file as a whole cannot be read (not UTF-8, bad header, broken CSV): nothing is imported. */
export class ImportFileError extends Error {
  /** The sentence as a message (parameters escaped), when it was given as one; `message` is its English text. */
  readonly text?: Message;

  constructor(message: string | Message) {
    super(escapeControls(typeof message === 'string' ? message : english(message)));
    if (typeof message !== 'string') this.text = { key: message.key, params: escapeArgs(message.params) };
    this.name = 'ImportFileError';
  }
}

/** Collects row errors; the import keeps validating after the first so the report is complete. */
export class RowErrors {
  readonly list: RowError[] = [];

  readonly #cells = new Set<string>();

  /**
   * Messages may quote cell text: it is escaped here, once, for every report that shows it (a
   * message's parameters too). A plain string is for text that is not ours (field issues, a storage error's words).
   */
  add(row: number, column: string | null, message: string | Message): void {
    this.list.push(rowError(row, column, message));
    this.#cells.add(`${row}\u0000${column ?? ''}`);
  }

  /** Adds the error unless this cell already has one (a bad cell is reported once). */
  addOnce(row: number, column: string | null, message: string | Message): void {
    if (!this.#cells.has(`${row}\u0000${column ?? ''}`)) this.add(row, column, message);
  }

  get count(): number {
    return this.list.length;
  }
}
