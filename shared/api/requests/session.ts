import { z } from 'zod';
import type { UserView } from '../../domain/views';
import { identifier } from '../../domain/identifiers';
import { request } from '../define';

export interface SignedInUser {
  id: number;
  name: string;
  role: 'operator' | 'supervisor';
}

export interface DemoSeedResult {
  seeded: boolean;
  products: number;
  purchaseOrders: number;
  orders: number;
  users: number;
  serialsInStock: number;
}

const pin = z.string().regex(/^\d{4,12}$/, 'a PIN is 4 to 12 digits');
const name = identifier(64);
const badge = z.string().regex(/^[\x21-\x7e]{4,64}$/, 'a badge is 4 to 64 printable characters without spaces');

/** A station user as Settings lists them: whether they have a badge, never the badge or PIN. */
export type StationUser = UserView & { has_badge: boolean };

export const sessionRequests = {
  'session.current': request<{ user: SignedInUser | null }>()(z.object({}).strict()),
  /** Signs a user in at this station (name + PIN, or a badge scan): receipts and shipments record them. */
  'session.signIn': request<{ user: SignedInUser }>()(z.union([z.object({ name, pin }).strict(), z.object({ badge: z.string().min(1).max(200) }).strict()])),
  'session.signOut': request<{ user: null }>()(z.object({}).strict()),
  'users.list': request<{ users: StationUser[] }>()(z.object({}).strict()),
  /** Once a supervisor exists, only a signed-in supervisor may add users (shared/api/access.ts). */
  'users.add': request<{ user: UserView }>()(z.object({ name, role: z.enum(['operator', 'supervisor']), pin, badge: badge.optional() }).strict()),
  /** Gives a user a badge (scanned to sign in without a PIN), or takes it away (null). */
  'users.setBadge': request<{ user: StationUser }>()(z.object({ name, badge: badge.nullable() }).strict()),
  /** Whether the station holds no data yet (the UI then offers demo data). */
  'demo.status': request<{ empty: boolean }>()(z.object({}).strict()),
  'demo.seed': request<DemoSeedResult>()(z.object({}).strict()),
};
