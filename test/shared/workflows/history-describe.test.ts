import { describe, expect, it } from 'vitest';
import { describeEvent } from '../../../shared/workflows/lifecycle-history';
import { dayAfter, isDay } from '../../../shared/workflows/lifecycle-report';
import { dispositionFor, locationText } from '../../../shared/workflows/lifecycle';

const e = (type: Parameters<typeof describeEvent>[0]['type'], document: string | null, details: Record<string, unknown> | null = null, extra = {}) => describeEvent({ type, document, details, ...extra });

describe('describeEvent: one sentence per ledger event', () => {
  it('names the PO, vendor and cost of a receipt, the order and price of a sale', () => {
    expect(e('received', 'PO-1', { unit_cost: 100 }, { vendor: 'ACME' })).toBe('Received on PO-1 from ACME at 100.00');
    expect(e('received', 'PO-3', { unit_cost: 99.5, re_receipt: true })).toBe('Received on PO-3 at 99.50 (a unit shipped before, back in stock)');
    expect(e('received', null)).toBe('Received');
    expect(e('shipped', 'SO-1', { unit_price: 150 })).toBe('Shipped on order SO-1 at 150.00');
    expect(e('shipped', 'SO-1', { unit_price: null })).toBe('Shipped on order SO-1');
  });

  it('tells returns, moves, transfers, counts and adjustments apart', () => {
    expect(e('returned', 'RMA-1', { order: 'SO-1', condition: 'damaged' })).toBe('Returned on RMA-1 (order SO-1), condition damaged');
    expect(e('moved', 'RMA-1', { action: 'restock', to: 'MAIN/A-02' })).toBe('Put back in stock at MAIN/A-02 on RMA-1');
    expect(e('moved', 'RMA-1', { action: 'quarantine', to: 'MAIN' })).toBe('Quarantined at MAIN on RMA-1');
    expect(e('moved', 'TR-1', { from: 'MAIN/A-01', to: 'MAIN/A-02' })).toBe('Moved from MAIN/A-01 to MAIN/A-02 on TR-1');
    expect(e('moved', 'TR-2', { action: 'in_transit', from: 'MAIN', to: 'EAST' })).toBe('Left MAIN for EAST on TR-2 (in transit)');
    expect(e('moved', 'TR-2', { action: 'arrived', to: 'EAST' })).toBe('Arrived at EAST on TR-2');
    expect(e('moved', 'TR-3', { from_sku: 'A', to_sku: 'B', from: 'MAIN', to: 'MAIN' })).toBe('Transferred from SKU A to SKU B on TR-3');
    expect(e('moved', null, { action: 'cycle_count', from: 'MAIN/A-01', to: 'MAIN/B-01' })).toBe('Found at MAIN/B-01 in a cycle count (recorded at MAIN/A-01)');
    expect(e('adjusted', null, { action: 'deleted', reason: 'typo' })).toBe('Deleted: typo');
    expect(e('adjusted', null, { action: 'removed', from: 'MAIN/A-01', reason: 'lost' })).toBe('Removed from stock at MAIN/A-01: lost');
    expect(e('adjusted', 'TR-4', { action: 'retired', to_sku: 'B' })).toBe('Retired by SKU-to-SKU transfer to B on TR-4');
    expect(e('adjusted', null, { action: 'cycle_count_missing', from: 'MAIN/A-01' })).toBe('Not found at MAIN/A-01 in a cycle count: removed from stock');
    expect(e('overridden', null, { reason: 'label torn' })).toBe('Accepted by supervisor override: label torn');
  });
});

describe('dates, locations and dispositions', () => {
  it('accepts real calendar days only, and steps over month and year ends', () => {
    expect(['2024-02-29', '2025-12-31'].map(isDay)).toEqual([true, true]);
    expect(['2023-02-29', '2025-13-01', '2025-1-01', '', '2025-01-01T00:00'].map(isDay)).toEqual([false, false, false, false, false]);
    expect([dayAfter('2024-02-28'), dayAfter('2024-02-29'), dayAfter('2025-12-31')]).toEqual(['2024-02-29', '2024-03-01', '2026-01-01']);
  });

  it('writes locations as WAREHOUSE/BIN and sends damaged and defective units to quarantine', () => {
    expect([locationText('MAIN', 'A-01'), locationText('MAIN', null), locationText(null, 'A-01')]).toEqual(['MAIN/A-01', 'MAIN', '—']);
    expect((['new', 'opened', 'used', 'damaged', 'defective', null] as const).map(dispositionFor)).toEqual(['restock', 'restock', 'restock', 'quarantine', 'quarantine', 'restock']);
  });
});
