import { useCallback, useEffect, useRef, useState } from 'react';
import type { Approval, MeasureResult, ShipResult, ShippingScanResult, ShippingState, WrongItem } from '../../../../shared/workflows/shipping';
import { useOptions } from '../../app/options-context';
import { call, RequestFailed, useClient, useEvent } from '../../client/station-context';
import { sentence, useI18n } from '../../i18n/i18n-context';
import { ScanField } from '../../scan/ScanField';
import { useScanHandler } from '../../scan/scan-router';
import { Verdict } from '../../scan/Verdict';
import { QuantityField } from '../../wizard/QuantityField';
import { ScanLog } from '../../wizard/ScanLog';
import { useVerdicts } from '../../wizard/use-verdicts';
import { ApprovalDialog } from './ApprovalDialog';
import { PackagePanel, type ShipRequestFields } from './PackagePanel';
import { ShipLines } from './ShipLines';
import { WrongItemDialog } from './WrongItemDialog';
import { shippedElsewhere, statusWord } from '../../words/statuses';
import { DocumentProgress } from '../../wizard/DocumentProgress';

/**
 * Packing one order: items (and one serial per serialized unit) → confirm → package (weight,
 * dimensions, tracking number) → ship → the next order. Every scan goes through `shipping.scan`;
 * the Scan field keeps focus while a scan is awaited and no dialog is open.
 */
export function ShipWizard({ initial, opened, onOpen, onLeave }: { initial: ShippingState; opened: string | null; onOpen(state: ShippingState, message: string): void; onLeave(): void }) {
  const client = useClient();
  const { t, number, dateTime } = useI18n();
  const { values } = useOptions();
  // The order scan's verdict is the first one shown.
  const verdicts = useVerdicts(opened ? { verdict: 'accepted', message: opened } : null);
  const { show, notice } = verdicts;
  const [state, setState] = useState(initial);
  const [qty, setQty] = useState('1');
  const [wrong, setWrong] = useState<WrongItem | null>(null);
  const [approval, setApproval] = useState<Approval | null>(null);
  const [asking, setAsking] = useState(false);
  const [tracking, setTracking] = useState<string | null>(null);
  const order = state.order_number;
  const { step } = state;
  const dialogOpen = wrong !== null || asking;

  const fail = useCallback((err: unknown) => notice('rejected', err instanceof RequestFailed ? err.message : String(err)), [notice]);
  // Answers to this wizard's own requests count up `own`; a refetch started before one of them
  // came back is dropped (that answer is at least as new), so a refetch never undoes a scan.
  const own = useRef(0);
  const current = useRef(state);
  useEffect(() => {
    current.current = state;
  }, [state]);
  const mine = (next: ShippingState) => {
    own.current += 1;
    current.current = next;
    setState(next);
  };
  // The order changed elsewhere (another window or REST at this station, another station on the
  // shared database): read its state again. Typed fields (weight, tracking) keep what is typed.
  const refresh = useCallback(
    (via: 'station' | 'api') => {
      const mark = own.current;
      call(client, 'shipping.state', { order_number: order }).then(
        (next) => {
          if (own.current !== mark) return;
          const before = current.current;
          setState(next);
          if (before.step.kind !== 'shipped' && next.step.kind === 'shipped') notice('rejected', shippedElsewhere(order, via, t));
        },
        () => undefined,
      );
    },
    [client, order, notice, t],
  );
  // Shipped (here or elsewhere): the package form is gone, and focus with it when it was in the
  // form; the Scan field takes it back for the next order.
  const shippedNow = state.step.kind === 'shipped';
  useEffect(() => {
    const focused = document.activeElement;
    if (shippedNow && (focused === null || focused === document.body)) document.querySelector<HTMLInputElement>('[data-scan-field]')?.focus();
  }, [shippedNow]);
  useEvent('order.changed', useCallback((e: { order_number: string; source: 'station' | 'api' }) => e.order_number === order && refresh(e.source), [order, refresh]));
  useEvent('data.changed', useCallback((e: { areas: string[] }) => e.areas.includes('documents') && refresh('station'), [refresh]));

  const answer = (code: string, r: ShippingScanResult) => {
    show(code, r);
    mine(r.state);
    setWrong(r.wrong_item);
    setApproval(r.approval);
  };

  const act = async (fn: () => Promise<ShippingState>, done: string) => {
    try {
      mine(await fn());
      notice('accepted', done);
    } catch (err) {
      fail(err);
    }
  };
  const confirm = () => act(() => call(client, 'shipping.confirm', { order_number: order }), t('ui-ship.wizard.isConfirmed', { order }));
  useScanHandler(async ({ code }) => {
    try {
      if (step.kind === 'shipped') {
        const r = await call(client, 'shipping.open', { order_number: code });
        show(code, r);
        if (!r.state) return;
        onOpen(r.state, sentence(t, r));
        // Another order means a new wizard (keyed by order number): later scans are for it.
        return r.state.order_number === order ? undefined : 'leave';
      }
      if (step.kind === 'package') {
        const r = await call(client, 'shipping.tracking', { order_number: order, code });
        show(code, r);
        if (r.tracking_number) setTracking(r.tracking_number);
        return;
      }
      if (step.kind === 'confirm' && code.trim() === order) return await confirm();
      const n = Number(qty);
      const withQty = values['shipping.allowMultipleQty'] && Number.isInteger(n) && n > 1 ? { qty: n } : {};
      const r = await call(client, 'shipping.scan', { order_number: order, code, ...withQty });
      answer(code, r);
      if (r.verdict === 'accepted' && withQty.qty !== undefined) setQty('1');
    } catch (err) {
      fail(err);
    }
  }, !dialogOpen);

  // The last ship (or package) request, sent again with a supervisor's approval after
  // weight_out_of_tolerance, or by Retry after the label service failed.
  const lastShip = useRef<{ request: 'shipping.ship' | 'shipping.measurePackage'; fields: ShipRequestFields }>({ request: 'shipping.ship', fields: {} });
  const [retry, setRetry] = useState(false);
  const shipped = (r: ShipResult | MeasureResult) => {
    mine(r.state);
    setApproval(r.approval);
    setRetry(r.reason === 'label_service_failed');
    if (r.verdict === 'accepted') setTracking(null);
    show(lastShip.current.request === 'shipping.ship' ? t('ui-ship.wizard.logShip', { order }) : t('ui-ship.wizard.logPackage', { order }), r);
  };
  const send = (extra: { override?: { reason: string; pin?: string } } = {}) => call(client, lastShip.current.request, { order_number: order, ...lastShip.current.fields, ...extra });
  const sendWeightApproval = (override: { reason: string; pin?: string }) => send({ override });
  const ship = async (req: ShipRequestFields, request: 'shipping.ship' | 'shipping.measurePackage' = 'shipping.ship') => {
    lastShip.current = { request, fields: req };
    try {
      shipped(await send());
    } catch (err) {
      fail(err);
    }
  };
  const resend = async () => {
    try {
      shipped(await send());
    } catch (err) {
      fail(err);
    }
  };
  const newPackage = async () => {
    try {
      answer(t('ui-ship.wizard.newPackage'), await call(client, 'shipping.scan', { order_number: order, code: 'PKG+' }));
    } catch (err) {
      fail(err);
    }
  };
  const partial = (on: boolean) => act(() => call(client, 'shipping.partial', { order_number: order, on }), on ? t('ui-ship.wizard.shipPackedOf', { order }) : t('ui-ship.wizard.backToPackingOf', { order }));
  const many = state.packages.length > 1 || state.current_package > 1;

  return (
    <div className="wizard">
      <div className="wizard-main">
        <p className="po-header">
          <strong>{order}</strong> · {statusWord(state.display_status, t)}
          {state.warehouse ? ` · ${t('ui-ship.wizard.warehouse', { warehouse: state.warehouse })}` : ''} · {state.confirmed ? t('ui-ship.wizard.confirmed') : t('ui-ship.wizard.notConfirmed')} ·{' '}
          {t('ui-ship.wizard.unitsScanned', { scanned: state.scanned, required: state.required })}
          {many && step.kind !== 'shipped' ? <span data-testid="current-package"> · {t('ui-ship.wizard.currentPackage', { no: state.current_package })}</span> : null}
        </p>
        <div className="scan-dock">
          <ScanField active={!dialogOpen} prompt={step.kind === 'package' && tracking ? t('ui-ship.wizard.trackingPrompt', { tracking }) : sentence(t, { message: state.prompt, message_key: state.prompt_key, params: state.prompt_params })} />
          <Verdict view={verdicts.view} />
        </div>
        {values['shipping.allowMultipleQty'] && step.kind === 'items' ? (
          <QuantityField label={t('ui-ship.wizard.qty')} value={qty} onChange={setQty} />
        ) : null}
        <DocumentProgress
          label={t('ui-ship.wizard.progress')}
          done={state.scanned}
          total={state.required}
          complete={step.kind === 'shipped' ? t('ui-ship.wizard.hasShipped', { order }) : t('ui-ship.wizard.allScanned', { order })}
        />
        {approval && !asking ? (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => setAsking(true)}>
              {approval.kind === 'serial_override'
                ? t('ui-ship.wizard.overrideSerial', { serial: approval.serial ?? '' })
                : approval.kind === 'weight_override'
                  ? t('ui-ship.wizard.approveWeight')
                  : t('ui-ship.wizard.approveReplacement', { sku: approval.sku })}
            </button>
          </div>
        ) : null}
        {step.kind === 'confirm' ? (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void confirm()}>
              {t('ui-ship.wizard.confirmOrder')}
            </button>
          </div>
        ) : null}
        {retry && step.kind === 'package' ? (
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void resend()}>
              {t('ui-ship.wizard.retry')}
            </button>
          </div>
        ) : null}
        {step.kind === 'package' ? (
          <PackagePanel key={`${step.package_no}/${step.package_count}`} step={step} scannedTracking={tracking} onShip={(req) => ship(req, step.package_no < step.package_count ? 'shipping.measurePackage' : 'shipping.ship')} />
        ) : null}
        {many && step.kind !== 'shipped' && state.packages.length > 0 ? (
          <ul className="package-list" aria-label={t('ui-ship.wizard.packages')}>
            {state.packages.map((p) => (
              <li key={p.package_no}>
                {t('ui-ship.wizard.packageContents', { no: p.package_no, items: p.items.map((i) => `${i.sku} ×${number(i.qty)}`).join(', ') })}
                {p.serials.length ? ` · ${t('ui-ship.wizard.packageSerials', { serials: p.serials.join(', ') })}` : ''}
              </li>
            ))}
          </ul>
        ) : null}
        {step.kind === 'shipped' && state.shipment ? (
          <p className="ship-done" data-testid="shipment">
            {t('ui-ship.wizard.shipment', { id: state.shipment.id })} · {dateTime(state.shipment.shipped_at)} ·{' '}
            {state.shipment.weight_grams === null ? t('ui-ship.wizard.noWeight') : t('ui-ship.grams', { grams: state.shipment.weight_grams })}
            {state.shipment.tracking_number ? ` · ${t('ui-ship.wizard.shipmentTracking', { tracking: state.shipment.tracking_number })}` : ''} ·{' '}
            {t('ui-ship.wizard.packedBy', { who: state.shipment.packed_by ?? t('ui-ship.wizard.nobody'), station: state.shipment.station })}
          </p>
        ) : null}
        <div className="button-row">
          {step.kind === 'serial' ? (
            <button type="button" onClick={() => void act(() => call(client, 'shipping.cancelPending', { order_number: order }), t('ui-ship.wizard.pendingNotPacked'))}>
              {t('ui-ship.wizard.cancelPending')}
            </button>
          ) : null}
          {step.kind === 'items' && state.scanned > 0 ? (
            <button type="button" onClick={() => void newPackage()}>
              {t('ui-ship.wizard.newPackage')}
            </button>
          ) : null}
          {step.kind === 'items' && state.can_ship_partial ? (
            <button type="button" onClick={() => void partial(true)}>
              {t('ui-ship.wizard.shipPacked')}
            </button>
          ) : null}
          {step.kind === 'package' && state.scanned < state.required ? (
            <button type="button" onClick={() => void partial(false)}>
              {t('ui-ship.wizard.backToPacking')}
            </button>
          ) : null}
          <button type="button" onClick={onLeave}>
            {step.kind === 'shipped' ? t('ui-ship.wizard.done') : t('ui-ship.wizard.backToOrderScan')}
          </button>
        </div>
        <ShipLines lines={state.lines} step={step} />
      </div>
      <ScanLog entries={verdicts.log} />
      {wrong ? <WrongItemDialog item={wrong} orderNumber={order} onAcknowledge={() => setWrong(null)} /> : null}
      {asking && approval ? (
        <ApprovalDialog
          orderNumber={order}
          approval={approval}
          onCancel={() => setAsking(false)}
          send={approval.kind === 'weight_override' ? sendWeightApproval : undefined}
          onSent={(r) => {
            setAsking(false);
            shipped(r as ShipResult | MeasureResult);
          }}
          onDone={(code, r) => {
            setAsking(false);
            answer(code, r);
          }}
        />
      ) : null}
    </div>
  );
}
