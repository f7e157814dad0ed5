/**
 * `fn` remembering only its last call: when called again with the same arguments (by identity) it
 * returns the last result. Rows of one bulk write (a 10,000-serial commission) repeat one details
 * text row after row, so parsing, spreading or serialising it once is enough; a single scan's one
 * row costs nothing extra (no table is kept).
 */
export function memoLast<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}
