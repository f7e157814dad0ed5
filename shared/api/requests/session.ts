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

export const sessionRequests = {
  'session.current': request<{ user: SignedInUser | null }>()(z.object({}).strict()),
  /** Signs a user in at this station: receipts and shipments record them. */
  'session.signIn': request<{ user: SignedInUser }>()(z.object({ name, pin }).strict()),
  'session.signOut': request<{ user: null }>()(z.object({}).strict()),
  'users.list': request<{ users: UserView[] }>()(z.object({}).strict()),
  /** Once a supervisor exists, only a signed-in supervisor may add users. */
  'users.add': request<{ user: UserView }>()(z.object({ name, role: z.enum(['operator', 'supervisor']), pin }).strict()),
  /** Whether the station holds no data yet (the UI then offers demo data). */
  'demo.status': request<{ empty: boolean }>()(z.object({}).strict()),
  'demo.seed': request<DemoSeedResult>()(z.object({}).strict()),
};
