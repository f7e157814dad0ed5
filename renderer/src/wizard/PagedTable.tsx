import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n-context';

export interface Column<Row> {
  header: string;
  cell(row: Row): ReactNode;
  numeric?: boolean;
}

const PAGE = 200;
const ROW_PX = 36;

/**
 * A virtualized table that fetches pages on demand: only the rows in view (plus a margin) are in
 * the DOM and only their pages are loaded, so 100,000 or 1,000,000 rows scroll smoothly. Keep the
 * table semantics (aria-rowcount/aria-rowindex) so screen readers know the real size.
 * Remount it (a new `key`) when the query changes.
 */
export function PagedTable<Row>({
  label,
  columns,
  fetchPage,
  rowKey,
  height = 480,
}: {
  label: string;
  columns: Column<Row>[];
  fetchPage(offset: number, limit: number): Promise<{ total: number; rows: Row[] }>;
  rowKey(row: Row, index: number): string;
  height?: number;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [pages, setPages] = useState<Map<number, Row[]>>(() => new Map());
  const requested = useRef(new Set<number>());
  const [error, setError] = useState<string | null>(null);

  const virtualizer = useVirtualizer({ count: total ?? 0, getScrollElement: () => scroller.current, estimateSize: () => ROW_PX, overscan: 30 });
  const items = virtualizer.getVirtualItems();

  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    const wanted = total === null ? [0] : Array.from({ length: Math.floor(last / PAGE) - Math.floor(first / PAGE) + 1 }, (_, i) => Math.floor(first / PAGE) + i);
    for (const page of wanted) {
      if (requested.current.has(page)) continue;
      requested.current.add(page);
      fetchPage(page * PAGE, PAGE).then(
        (r) => {
          setTotal(r.total);
          setPages((prev) => new Map(prev).set(page, r.rows));
        },
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      );
    }
  }, [first, last, total, fetchPage]);

  const rowAt = (i: number): Row | undefined => pages.get(Math.floor(i / PAGE))?.[i % PAGE];
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div>
      <p className="table-count" aria-live="polite">{total === null ? t('ui-common.loading') : t('ui-common.count.rows', { count: total })}</p>
      {error ? <p role="alert">{error}</p> : null}
      <div ref={scroller} className="paged-table" style={{ height, overflow: 'auto' }} tabIndex={0} aria-label={t('ui-common.pagedTable.scrollable', { label })}>
        <table aria-label={label} aria-rowcount={(total ?? 0) + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.header} scope="col" className={c.numeric ? 'num' : undefined}>{c.header}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
            {items.map((item) => {
              const row = rowAt(item.index);
              return (
                <tr key={row ? rowKey(row, item.index) : `loading-${item.index}`} aria-rowindex={item.index + 2} style={{ height: ROW_PX }}>
                  {row ? columns.map((c) => <td key={c.header} className={c.numeric ? 'num' : undefined}>{c.cell(row)}</td>) : <td colSpan={columns.length}>…</td>}
                </tr>
              );
            })}
            {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
          </tbody>
        </table>
      </div>
    </div>
  );
}
