import { z } from 'zod';
import { checkYymmdd } from '../barcode/dates';
import { firstInvalidChar } from '../barcode/charsets';
import { POOL_MODES } from '../domain/types';
import { identifier } from '../domain/identifiers';
import { MAX_BATCH_SIZE, MAX_POOL_SERIAL_LENGTH, MAX_SERIALS_PER_CALL } from './pools';
import { gs1SerialProblem } from './pools-alphabet';

/**
 * Bodies of the commission API (issue 8 items 3-4; the model's "commission serials" request:
 * product_code, product_code_schema "GTIN", batch, expiry_date YYMMDD, serials[]). Every bad
 * field becomes one issue with its path (`serials.3`, `expiry_date`), so a 400 names each.
 */

/** A serial that GS1 AI (21) can carry: 1-20 characters of CSET 82. */
export const gs1SerialSchema = z.string({ message: 'a serial is a string' }).superRefine((value, ctx) => {
  const problem = gs1SerialProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

const productCode = z
  .string({ message: 'product_code is required (a string)' })
  .trim()
  .min(1, 'product_code cannot be empty')
  .max(64, 'product_code has at most 64 characters');

/** YYMMDD as GS1 AI (17) writes it: DD=00 is the last day of the month. */
export const yymmddSchema = z
  .string({ message: 'expiry_date is required (YYMMDD)' })
  .regex(/^\d{6}$/, 'expiry_date must be six digits YYMMDD')
  .superRefine((value, ctx) => {
    if (!/^\d{6}$/.test(value)) return; // the regex above already said so
    const problem = checkYymmdd(value, new Date().getFullYear(), true);
    if (problem) ctx.addIssue({ code: 'custom', message: `expiry_date is not a date: ${problem}` });
  });

/** A product batch/lot as GS1 AI (10) carries it: 1-20 characters of CSET 82. */
const batchSchema = z
  .string({ message: 'batch is a string' })
  .min(1, 'batch cannot be empty (leave it out instead)')
  .max(20, 'batch has at most 20 characters (GS1 AI 10)')
  .refine((v) => firstInvalidChar(v, 'X') < 0, 'batch may only hold GS1 CSET 82 characters');

const serialList = z
  .array(gs1SerialSchema, { message: 'serials is required (an array of strings)' })
  .min(1, 'serials cannot be empty')
  .max(MAX_SERIALS_PER_CALL, `at most ${MAX_SERIALS_PER_CALL.toLocaleString('en-US')} serials per request`);

export const commissionBodySchema = z.object({
  product_code: productCode,
  product_code_schema: z.literal('GTIN', { message: 'product_code_schema must be "GTIN"' }),
  batch: batchSchema.nullish(),
  expiry_date: yymmddSchema,
  serials: serialList,
});
export type CommissionBody = z.output<typeof commissionBodySchema>;

export const requestSerialsBodySchema = z.object({
  product_code: productCode,
  count: z
    .number({ message: 'count is required (a whole number)' })
    .int('count must be a whole number')
    .min(1, 'count is at least 1')
    .max(MAX_SERIALS_PER_CALL, `count is at most ${MAX_SERIALS_PER_CALL}`),
});

export const releaseBodySchema = z.object({
  product_code: productCode,
  serials: serialList,
});

export const productCodeParamsSchema = z.object({ product_code: productCode });

/** `POST /serial-pools`: a pool for a product named by GTIN (batch mode unless said otherwise). */
export const createPoolBodySchema = z.object({
  product_code: productCode,
  product_code_schema: z.literal('GTIN', { message: 'product_code_schema must be "GTIN"' }),
  mode: z.enum(POOL_MODES, { message: 'mode is "batch" or "continuous"' }).optional(),
  length: z.number().int('length must be a whole number').min(1).max(MAX_POOL_SERIAL_LENGTH, `length is at most ${MAX_POOL_SERIAL_LENGTH} (GS1 AI 21)`).optional(),
  limit: z.number().int('limit must be a whole number').min(1).max(1_000_000).optional(),
});

/** `POST /serial-pools/{product_code}/serials`: the Pools screen's rules (a batch of 1-500, one at a time when continuous). */
export const generateBodySchema = z.object({
  count: z
    .number({ message: 'count is required (a whole number)' })
    .int('count must be a whole number')
    .min(1, 'count is at least 1')
    .max(MAX_BATCH_SIZE, `a batch holds at most ${MAX_BATCH_SIZE} serials`),
  batch_name: identifier(100).optional(),
});
