// The North American coupon structures carried by AIs (8110) and (8112) (GS1 US Coupon
// Application Guideline, as checked by the dictionary's "couponcode" and "couponposoffer"):
// all digits, fields in a fixed order, many of them sized by a one-digit Variable Length
// Indicator (VLI) in front.
import { checkYymmdd } from './dates';
import type { LintContext, LintProblem } from './linters';

type Problem = LintProblem | null;

/** Reads a coupon value field by field; every step returns a problem located at the offending digit. */
class CouponReader {
  pos = 0;
  constructor(readonly value: string) {}

  get more(): boolean {
    return this.pos < this.value.length;
  }

  /** The next optional field starts with this indicator digit. */
  nextIs(indicator: string): boolean {
    if (this.value[this.pos] !== indicator) return false;
    this.pos++;
    return true;
  }

  private bad(problem: string, at: number): LintProblem {
    return { code: 'bad_value', problem: `coupon ${problem}`, at };
  }

  private missing(field: string): LintProblem {
    return this.bad(`ends before its ${field}`, this.value.length);
  }

  /** One digit that must be one of `allowed`; returns it. */
  code(field: string, allowed: string): Problem | string {
    const d = this.value[this.pos];
    if (d === undefined) return this.missing(field);
    if (!allowed.includes(d)) return this.bad(`${field} "${d}" is not one of ${allowed.split('').join(', ')}`, this.pos);
    this.pos++;
    return d;
  }

  /** `n` digits. */
  fixed(field: string, n: number): Problem | string {
    if (this.value.length - this.pos < n) return this.bad(`${field} needs ${n} digits, only ${this.value.length - this.pos} left`, this.pos);
    this.pos += n;
    return this.value.slice(this.pos - n, this.pos);
  }

  /** A VLI digit from `allowed`, then VLI + `extra` digits (none when the VLI is `none`). */
  sized(field: string, allowed: string, extra: number, none?: string): Problem {
    const vli = this.code(`${field} length indicator`, allowed);
    if (typeof vli !== 'string') return vli;
    if (vli === none) return null;
    const got = this.fixed(field, Number(vli) + extra);
    return typeof got === 'string' ? null : got;
  }

  date(field: string, ctx: LintContext): Problem | string {
    const at = this.pos;
    const got = this.fixed(field, 6);
    if (typeof got !== 'string') return got;
    const problem = checkYymmdd(got, ctx.referenceYear, false);
    return problem ? this.bad(`${field} "${got}": ${problem}`, at) : got;
  }

  end(): Problem {
    return this.more ? this.bad(`has ${this.value.length - this.pos} digits after its last field`, this.pos) : null;
  }
}

const ANY = '0123456789';
const PURCHASE_CODE = '012349';

function firstNonDigit(value: string): Problem {
  const at = value.search(/[^0-9]/);
  return at < 0 ? null : { code: 'non_numeric', problem: `coupon data must be digits only, found "${value[at]}"`, at };
}

/** Runs steps in order and stops at the first problem. */
function run(steps: readonly (() => Problem | string)[]): Problem {
  for (const step of steps) {
    const r = step();
    if (r !== null && typeof r !== 'string') return r;
  }
  return null;
}

function purchase(c: CouponReader, nth: string, withGcp: boolean): (() => Problem | string)[] {
  return [
    () => c.sized(`${nth} purchase requirement`, '12345', 0),
    () => c.code(`${nth} purchase requirement code`, PURCHASE_CODE),
    () => c.fixed(`${nth} purchase family code`, 3),
    ...(withGcp ? [() => c.sized(`${nth} purchase company prefix`, '01234569', 6, '9')] : []),
  ];
}

/** AI (8110): the coupon code of the North American coupon barcode. */
export function couponCode(value: string, ctx: LintContext): Problem {
  const bad = firstNonDigit(value);
  if (bad) return bad;
  const c = new CouponReader(value);
  let expiry: string | null = null;
  return run([
    () => c.sized('company prefix', '0123456', 6),
    () => c.fixed('offer code', 6),
    () => c.sized('save value', '12345', 0),
    ...purchase(c, '1st', false),
    () => (c.nextIs('1') ? run([() => c.code('additional purchase rules code', '0123'), ...purchase(c, '2nd', true)]) : null),
    () => (c.nextIs('2') ? run(purchase(c, '3rd', true)) : null),
    () => {
      if (!c.nextIs('3')) return null;
      const d = c.date('expiration date', ctx);
      if (typeof d === 'string') expiry = d;
      return d;
    },
    () => {
      if (!c.nextIs('4')) return null;
      const at = c.pos;
      const start = c.date('start date', ctx);
      if (typeof start === 'string' && expiry !== null && start > expiry) {
        return { code: 'bad_value', problem: `coupon start date ${start} is after its expiration date ${expiry}`, at };
      }
      return start;
    },
    () => (c.nextIs('5') ? c.sized('serial number', ANY, 6) : null),
    () => (c.nextIs('6') ? c.sized('retailer company prefix or GLN', '1234567', 6) : null),
    () =>
      c.nextIs('9')
        ? run([
            () => c.code('save value code', '01256'),
            () => c.code('save value applies to item', '012'),
            () => c.code('store coupon flag', ANY),
            () => c.code('do not multiply flag', '01'),
          ])
        : null,
    () => c.end(),
  ]);
}

/** AI (8112): a paperless coupon of the North American positive offer file. */
export function couponPositiveOffer(value: string): Problem {
  const bad = firstNonDigit(value);
  if (bad) return bad;
  const c = new CouponReader(value);
  return run([
    () => c.code('format code', '01'),
    () => c.sized('funder ID', '0123456', 6),
    () => c.fixed('offer code', 6),
    () => c.sized('serial number', ANY, 6),
    () => c.end(),
  ]);
}
