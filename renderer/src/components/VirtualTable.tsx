import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import './components.css';

export type VirtualColumn<Row> = {
  key: string;
  header: string;
  /** A CSS grid track: '7rem', 'minmax(8rem, 1fr)'. */
  width: string;
  align?: 'start' | 'end';
  render(row: Row): ReactNode;
};

type VirtualTableProps<Row> = {
  /** Names the table for screen readers. */
  label: string;
  rows: readonly Row[];
  columns: readonly VirtualColumn<Row>[];
  rowKey(row: Row): string;
  /** Enter or a click on a row opens it. */
  onOpenRow?(row: Row): void;
  rowClassName?(row: Row): string | undefined;
  /** Height of one row in pixels (rows do not wrap). */
  rowHeight?: number;
  /** Most height of the scrolling area, any CSS length; a short list takes only what it needs. */
  height?: string;
  /** Instead of `height`: reach down to the window's bottom, leaving this many pixels below (for a footer or a count line). */
  fillWindow?: number;
  /** A row under the table, e.g. totals; stays in view below the scrolling rows. */
  footer?: ReactNode;
  testId?: string;
  /** Brings this row into view when it changes (e.g. the line a scan found). */
  scrollTo?: number;
};

/**
 * A table of any length: only the rows in view are in the page, so thousands scroll
 * smoothly. One row at a time takes the keyboard focus (arrows, Page Up/Down, Home, End);
 * Enter opens it.
 */
export function VirtualTable<Row>(props: VirtualTableProps<Row>) {
  const { label, rows, columns, rowKey, onOpenRow, rowClassName, rowHeight = 36, footer, testId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const filled = useWindowFill(scrollRef, props.fillWindow, rows.length);
  const height = filled ?? props.height ?? '60vh';
  const [current, setCurrent] = useState(0);
  const [focusPending, setFocusPending] = useState(false);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  });
  const template = columns.map((column) => column.width).join(' ');
  const { scrollTo } = props;
  useEffect(() => {
    if (scrollTo !== undefined && scrollTo >= 0) virtualizer.scrollToIndex(scrollTo, { align: 'center' });
  }, [scrollTo, virtualizer]);
  const at = Math.min(current, Math.max(0, rows.length - 1));

  useEffect(() => {
    if (!focusPending) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${at}"]`);
    if (row) {
      row.focus({ preventScroll: true });
      setFocusPending(false);
    }
  });

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, rows.length - 1));
    setCurrent(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
    setFocusPending(true);
  };

  const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, PageDown: at + page, PageUp: at - page, Home: 0, End: rows.length - 1 };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
    } else if (event.key === 'Enter' && onOpenRow && rows[at]) {
      event.preventDefault();
      onOpenRow(rows[at]);
    }
  };

  return (
    <div className="vtable" role="table" aria-label={label} aria-rowcount={rows.length + 1} data-testid={testId}>
      <div role="rowgroup" className="vtable-head">
        <div role="row" aria-rowindex={1} className="vtable-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <div key={column.key} role="columnheader" className={column.align === 'end' ? 'vtable-cell is-end' : 'vtable-cell'}>
              {column.header}
            </div>
          ))}
        </div>
      </div>
      <div ref={scrollRef} className="vtable-body" style={{ height: `min(${rows.length * rowHeight + 2}px, ${height})` }} onKeyDown={onKeyDown}>
        <div role="rowgroup" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            const classes = ['vtable-row', 'vtable-data', rowClassName?.(row)].filter(Boolean).join(' ');
            return (
              <div
                key={rowKey(row)}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                tabIndex={item.index === at ? 0 : -1}
                className={classes}
                style={{ gridTemplateColumns: template, height: rowHeight, transform: `translateY(${item.start}px)` }}
                onClick={() => {
                  setCurrent(item.index);
                  onOpenRow?.(row);
                }}
                onFocus={() => setCurrent(item.index)}
              >
                {columns.map((column) => (
                  <div key={column.key} role="cell" className={column.align === 'end' ? 'vtable-cell is-end' : 'vtable-cell'}>
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
      {footer ? (
        <div role="rowgroup" className="vtable-foot">
          {footer}
        </div>
      ) : null}
    </div>
  );
}

/** The px height from the element's top to the window's bottom less `reserve`, following window resizes; undefined when not asked. */
function useWindowFill(ref: RefObject<HTMLElement | null>, reserve: number | undefined, rowCount: number): string | undefined {
  const [available, setAvailable] = useState<number>();
  useLayoutEffect(() => {
    if (reserve === undefined) return undefined;
    const measure = () => {
      const top = ref.current?.getBoundingClientRect().top ?? 0;
      // Never so small that the list becomes a slit on a short window.
      setAvailable(Math.max(200, Math.floor(window.innerHeight - top - reserve)));
    };
    measure();
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, [ref, reserve, rowCount]);
  return reserve === undefined || available === undefined ? undefined : `${available}px`;
}

/** A footer row lined up with the table's columns. */
export function VirtualTableFooterRow({ template, children }: { template: string; children: ReactNode }) {
  return (
    <div role="row" className="vtable-row" style={{ gridTemplateColumns: template }}>
      {children}
    </div>
  );
}
