import type { MessageArgs } from '../i18n/message';
import type { OrderStatus, Tracking } from '../domain/types';
import type { MessageKey } from '../i18n/catalog';
import type { ExpectedWeight } from './expected-weight';
import type { PackageWeighing } from './package-weight';
import type { ReasonCode, Verdict } from './verdict';

/**
 * One row of the order as the Scan & Ship wizard shows it: an ordinary line, a kit parent, or one
 * component of a kit line (a kit line of qty 2 needs twice each component's quantity).
 */
export interface ShippingLine {
  /** Stable key: the order line id, or `line/product` for a kit component. */
  row: string;
  line_id: number;
  line_no: number;
  kind: 'item' | 'kit' | 'component';
  sku: string;
  name: string;
  tracking: Tracking;
  /** Units to scan into the box (kits: complete kits). */
  required: number;
  scanned: number;
  remaining: number;
  /** One serial per unit is asked for at this bench. */
  serial_required: boolean;
  /** Serials scanned on this row. */
  serials: string[];
  /** The SKU ordered before a replacement took the line. */
  replaced_from: string | null;
  /** Component rows: the kit SKU; whether this is the kit's main component. */
  kit_sku: string | null;
  is_main: boolean;
}

/** Lengths in millimetres. */
export interface DimsMm {
  length: number;
  width: number;
  height: number;
}

/** One package of the packing not shipped yet: what went into it. */
export interface PackageContents {
  package_no: number;
  units: number;
  serials: string[];
  items: { sku: string; qty: number }[];
}

/** A package weighed (and measured) at the bench before the order ships. */
export interface MeasuredPackage {
  package_no: number;
  weight_grams: number | null;
  dims_mm: DimsMm | null;
  tracking_number: string | null;
}

/** A shipped package: its contents, measures, tracking number and label. */
export interface ShippedPackage extends PackageContents {
  weight_grams: number | null;
  dims_mm: DimsMm | null;
  tracking_number: string | null;
  label: { format: 'zpl' | 'pdf'; data: string } | null;
}

/** A shipment's packing slip: lines with the serials shipped on each, and the packages. */
export interface PackingSlip {
  order_number: string;
  shipment_id: number;
  shipped_at: string;
  station: string;
  ship_to: Record<string, string> | null;
  lines: { line_no: number; sku: string; name: string; ordered: number; shipped: number; serials: string[] }[];
  packages: ShippedPackage[];
}

/** What the wizard waits for next. */
export type ShippingStep =
  | { kind: 'items' }
  | { kind: 'serial'; row: string; sku: string; index: number; of: number }
  /** Everything is scanned; the packer confirms the order (automatic confirmation is off). */
  | { kind: 'confirm' }
  /** Weigh, dimensions, tracking number, ship; the weight must be read after `started_at` (package-weight.ts). */
  | ({
      kind: 'package';
      expected: ExpectedWeight;
      /** The package weighed now (1-based) of `package_count`; earlier ones are in `measured`. */
      package_no: number;
      package_count: number;
      measured: MeasuredPackage[];
    } & PackageWeighing)
  | { kind: 'shipped' };

/** Status shown in the Orders view. */
export type OrderDisplayStatus = 'unpicked' | 'picked' | 'in_progress' | 'shipped' | 'cancelled';

export interface ShipmentSummary {
  id: number;
  shipped_at: string;
  tracking_number: string | null;
  packed_by: string | null;
  station: string;
  weight_grams: number | null;
  packages: ShippedPackage[];
}

export interface ShippingState {
  order_number: string;
  status: OrderStatus;
  display_status: OrderDisplayStatus;
  picked: boolean;
  confirmed: boolean;
  warehouse: string | null;
  lines: ShippingLine[];
  /** Units over all visible rows. */
  required: number;
  scanned: number;
  step: ShippingStep;
  /** The sentence above the Scan field (English), and its key and parameters for the station's language. */
  prompt: string;
  prompt_key: MessageKey;
  prompt_params: MessageArgs;
  /** The latest shipment of the order, once shipped. */
  shipment: ShipmentSummary | null;
  /** Packages of the packing not shipped yet, and the one items go into now. */
  packages: PackageContents[];
  current_package: number;
  /** `shipping.allowPartial` and something is packed: the packer may ship it and leave the rest open. */
  can_ship_partial: boolean;
}

export interface ItemRef {
  sku: string;
  name: string;
}

/** What the wrong-item message box shows. */
export interface WrongItem {
  code: string;
  /** The product scanned, or null for a code the catalog does not know. */
  scanned: ItemRef | null;
  expected: (ItemRef & { remaining: number })[];
}

/** A refusal a supervisor (or the packer, when no PIN is required) may lift by sending the scan (or, for a weight, the ship request) again with `override`. */
export interface Approval {
  kind: 'serial_override' | 'replacement' | 'weight_override';
  pin_required: boolean;
  /** The serial refused (serial overrides). */
  serial: string | null;
  /** The product (serial override, replacement); for a weight override, the order number. */
  sku: string;
  /** The ordered SKU a replacement takes the place of. */
  replaces: string | null;
}

export interface ShippingScanResult extends Verdict<ShippingLine> {
  state: ShippingState;
  wrong_item: WrongItem | null;
  approval: Approval | null;
}

export interface ShippingOpenResult extends Verdict<null> {
  state: ShippingState | null;
}

/**
 * A reply's sentence, as in a Verdict: `message` in English (REST: the client's language), and its
 * key and parameters (shared/i18n) for the station's language. `message_key` is null for a
 * sentence made of several messages (it is then English only).
 */
export interface ReplySentence {
  message: string;
  message_key: MessageKey | null;
  params: MessageArgs;
}

/** Shipped (`accepted`), or refused by a rule a supervisor may lift (`weight_out_of_tolerance`, with `approval`). */
export type ShipResult =
  | ({ verdict: 'accepted'; reason: null; shipment_id: number; order_number: string; state: ShippingState; approval: null } & ReplySentence)
  | ({ verdict: 'rejected'; reason: ReasonCode; shipment_id: null; order_number: string; state: ShippingState; approval: Approval | null } & ReplySentence);

/** One package of several weighed at the bench (`shipping.measurePackage`), or refused like a ship. */
export interface MeasureResult extends ReplySentence {
  verdict: 'accepted' | 'rejected';
  reason: ReasonCode | null;
  state: ShippingState;
  approval: Approval | null;
}

/** What printing a shipment's labels or packing slip did (Ship, Reprint in the Orders view). */
export interface PrintResult extends ReplySentence {
  ok: boolean;
}

export interface OrderRow {
  order_number: string;
  status: OrderDisplayStatus;
  picked: boolean;
  confirmed: boolean;
  warehouse: string | null;
  lines: number;
  units: number;
  scanned_units: number;
  updated_at: string;
}
