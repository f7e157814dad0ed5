/**
 * Incremental RFC 4180 record reader: text goes in as chunks (split anywhere, even inside a quoted
 * field or between CR and LF), complete records come out. Quoted fields may hold commas, doubled
 * quotes and line breaks; records end at LF, CRLF or a lone CR; a leading BOM is dropped; records
 * whose cells are all blank (empty lines) are skipped. Malformed text throws CsvSyntaxError with
 * its line. Written for the import path, where a general-purpose parser cost more than the
 * database writes.
 */

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

const State = {
  FieldStart: 0,
  Unquoted: 1,
  Quoted: 2,
  /** A quote inside a quoted field: the field's end, or the first half of a doubled quote. */
  QuoteInQuoted: 3,
  /** A CR ended a record: a following LF belongs to it. */
  AfterCr: 4,
} as const;
type State = (typeof State)[keyof typeof State];

export class CsvSyntaxError extends Error {
  override readonly name = 'CsvSyntaxError';
}

export class CsvRecordReader {
  #state: State = State.FieldStart;
  #field = '';
  #record: string[] = [];
  #recordChars = 0;
  #out: string[][] = [];
  #line = 1;
  #quoteLine = 1;
  #started = false;

  /** @param maxRecordChars a longer record stops the reader (a guard against a runaway quote). */
  constructor(private readonly maxRecordChars = 1_000_000) {}

  /** Reads the next piece of text; returns the records it completed. */
  push(text: string): string[][] {
    if (!this.#started && text.length > 0) {
      this.#started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (this.#state) {
        case State.FieldStart:
          if (text.charCodeAt(i) === QUOTE) {
            this.#state = State.Quoted;
            this.#quoteLine = this.#line;
            i++;
          } else this.#state = State.Unquoted;
          break;
        case State.Unquoted: {
          let j = i;
          let c = 0;
          for (; j < n; j++) {
            c = text.charCodeAt(j);
            if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
          }
          this.#field += text.slice(i, j);
          this.#guard();
          if (j === n) {
            i = n;
            break;
          }
          if (c === QUOTE) throw this.#error('a quote inside a field that does not start with one (quote the whole field)');
          this.#endField();
          i = j + 1;
          if (c === COMMA) this.#state = State.FieldStart;
          else this.#endRecord(c);
          break;
        }
        case State.Quoted: {
          const q = text.indexOf('"', i);
          const stop = q === -1 ? n : q;
          for (let k = text.indexOf('\n', i); k !== -1 && k < stop; k = text.indexOf('\n', k + 1)) this.#line++;
          this.#field += text.slice(i, stop);
          this.#guard();
          i = stop;
          if (q !== -1) {
            this.#state = State.QuoteInQuoted;
            i++;
          }
          break;
        }
        case State.QuoteInQuoted: {
          const c = text.charCodeAt(i++);
          if (c === QUOTE) {
            this.#field += '"';
            this.#state = State.Quoted;
          } else if (c === COMMA) {
            this.#endField();
            this.#state = State.FieldStart;
          } else if (c === LF || c === CR) {
            this.#endField();
            this.#endRecord(c);
          } else throw this.#error('text after the closing quote of a field (a quote inside a quoted field is written "")');
          break;
        }
        case State.AfterCr:
          if (text.charCodeAt(i) === LF) i++;
          this.#state = State.FieldStart;
          break;
      }
    }
    return this.#take();
  }

  /** The end of the text: returns the last record, or throws if a quoted field is still open. */
  end(): string[][] {
    switch (this.#state) {
      case State.Quoted:
        throw new CsvSyntaxError(`the quoted field that starts on line ${this.#quoteLine} is never closed`);
      case State.Unquoted:
      case State.QuoteInQuoted:
        this.#endField();
        this.#endRecord(-1);
        break;
      case State.FieldStart:
        // "a,b," at the very end: the last (empty) field.
        if (this.#record.length > 0) {
          this.#endField();
          this.#endRecord(-1);
        }
        break;
      case State.AfterCr:
        break;
    }
    this.#state = State.FieldStart;
    return this.#take();
  }

  #endField(): void {
    this.#recordChars += this.#field.length;
    this.#record.push(this.#field);
    this.#field = '';
  }

  /** `c` is the character that ended the record (-1 at the end of the text). */
  #endRecord(c: number): void {
    const record = this.#record;
    this.#record = [];
    this.#recordChars = 0;
    if (c !== -1) this.#line++;
    this.#state = c === CR ? State.AfterCr : State.FieldStart;
    for (const cell of record) {
      if (cell.trim() !== '') {
        this.#out.push(record);
        return;
      }
    }
  }

  #guard(): void {
    if (this.#recordChars + this.#field.length > this.maxRecordChars) {
      throw this.#error(`a record longer than ${this.maxRecordChars} characters (is a quote left open?)`);
    }
  }

  #error(what: string): CsvSyntaxError {
    return new CsvSyntaxError(`${what} on line ${this.#line}`);
  }

  #take(): string[][] {
    const out = this.#out;
    this.#out = [];
    return out;
  }
}
