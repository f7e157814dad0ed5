import { z } from 'zod';
import type { MeasureResult, OrderRow, ShipResult, ShippingOpenResult, ShippingScanResult, ShippingState } from '../../workflows/shipping';
import { DIMENSION_UNITS, WEIGHT_UNITS } from '../../workflows/shipping-weight';
import type { Verdict } from '../../workflows/verdict';
import { identifier } from '../../domain/identifiers';
import { request } from '../define';

const order = identifier(100);
/** Scans are validated by the workflow (a 10 KB scan gets a `too_long` verdict, not a request error). */
const code = z.string().max(20_000);
const qty = z.number().int().min(1).max(100_000);

/** A supervisor's approval (or, without a PIN requirement, the packer's own) with the reason. */
export const approvalSchema = z
  .object({ pin: z.string().max(64).optional(), reason: z.string().trim().min(1).max(500) })
  .strict();

export const weightSchema = z.object({ value: z.number().positive().max(1_000_000), unit: z.enum(WEIGHT_UNITS) }).strict();
const side = z.number().positive().max(10_000);
export const dimsSchema = z.object({ length: side, width: side, height: side, unit: z.enum(DIMENSION_UNITS).default('mm') }).strict();
export const trackingSchema = z.string().trim().min(1).max(100);

/** One package of a REST ship body: which serials and items went into it (the rest of a one-package body goes into it). */
export const packageSchema = z
  .object({
    weight: weightSchema.optional(),
    dims: dimsSchema.optional(),
    tracking_number: trackingSchema.optional(),
    serials: z.array(z.string().trim().min(1).max(200)).max(10_000).optional(),
    items: z.array(z.object({ sku: identifier(100), qty }).strict()).max(1_000).optional(),
  })
  .strict();
export const packagesSchema = z.array(packageSchema).min(1).max(100);

/** A package weighed at the bench: the scale's reading or a typed weight, dimensions and tracking number. */
const benchPackage = {
  weight: weightSchema.optional(),
  from_scale: z.boolean().optional(),
  dims: dimsSchema.optional(),
  tracking_number: trackingSchema.optional(),
  tracking_typed: z.boolean().optional(),
  override: approvalSchema.optional(),
};

/** The Scan & Ship wizard (Ship screen); REST `POST /orders/{order}/scans|ship` calls the same workflow. */
export const shippingRequests = {
  'shipping.orders': request<{ orders: OrderRow[] }>()(
    z.object({ query: z.string().max(200).optional(), include_shipped: z.boolean().optional(), limit: z.number().int().min(1).max(500).optional() }).strict(),
  ),
  'shipping.open': request<ShippingOpenResult>()(z.object({ order_number: z.string().max(20_000) }).strict()),
  /** The order's wizard state now, read only (nothing journaled): the Ship wizard refetches it on `order.changed` / `data.changed`. */
  'shipping.state': request<ShippingState>()(z.object({ order_number: order }).strict()),
  /** With `sku` (REST, pack stations), `code` is a serial of that product. */
  'shipping.scan': request<ShippingScanResult>()(z.object({ order_number: order, code, sku: identifier(100).optional(), qty: qty.optional(), override: approvalSchema.optional() }).strict()),
  /** A tracking number scanned at the package step: checked (not a product or document code) and logged. */
  'shipping.tracking': request<Verdict<null> & { tracking_number: string | null }>()(z.object({ order_number: order, code }).strict()),
  'shipping.cancelPending': request<ShippingState>()(z.object({ order_number: order }).strict()),
  'shipping.confirm': request<ShippingState>()(z.object({ order_number: order }).strict()),
  /** `shipping.allowPartial`: go to the package step with what is packed (`on`), or back to packing. */
  'shipping.partial': request<ShippingState>()(z.object({ order_number: order, on: z.boolean() }).strict()),
  /** Prints a shipped order's labels or packing slip again (Orders view); the latest shipment unless `shipment_id`. */
  'shipping.reprint': request<{ ok: boolean; message: string }>()(
    z.object({ order_number: order, what: z.enum(['labels', 'packing_slip']), shipment_id: z.number().int().positive().optional() }).strict(),
  ),
  /** One package of several, weighed before the next (the last one ships with `shipping.ship`). */
  'shipping.measurePackage': request<MeasureResult>()(z.object({ order_number: order, ...benchPackage }).strict()),
  /**
   * REST `POST /orders/{order}/ship` (ERPs, pack stations): one package, or `packages` naming what
   * went into each; the bench's scale and expected-weight check do not apply.
   */
  'shipping.shipOrder': request<ShipResult>()(
    z
      .object({ order_number: order, weight: weightSchema.optional(), dims: dimsSchema.optional(), tracking_number: trackingSchema.optional(), packages: packagesSchema.optional() })
      .strict(),
  ),
  'shipping.ship': request<ShipResult>()(
    z
      .object({
        order_number: order,
        /** Typed weight; or `from_scale` for the scale's current (stable) reading. */
        weight: weightSchema.optional(),
        from_scale: z.boolean().optional(),
        dims: dimsSchema.optional(),
        tracking_number: trackingSchema.optional(),
        /** The tracking number was typed, not scanned (refused unless manual input is allowed). */
        tracking_typed: z.boolean().optional(),
        /** A supervisor's approval of a weight outside the expected range (after `weight_out_of_tolerance`). */
        override: approvalSchema.optional(),
      })
      .strict(),
  ),
};
