import { create } from 'zustand';

/** A short message after an action, optionally with one action such as Undo or Open. */
export type Notice = {
  id: number;
  text: string;
  tone: 'done' | 'problem';
  action?: { label: string; run(): void | Promise<void> };
};

type NoticeState = { notices: Notice[] };

export const useNoticeStore = create<NoticeState>(() => ({ notices: [] }));

let nextId = 1;
const timers = new Map<number, number>();

/** How long a notice stays: long enough to read a line, short enough not to sit on the form. */
export const noticeDuration = { plain: 4_000, withAction: 8_000 } as const;

/** Shows a notice for a few seconds (longer when it offers an action); returns its id. */
export function notify(notice: Omit<Notice, 'id' | 'tone'> & { tone?: Notice['tone'] }): number {
  const id = nextId++;
  useNoticeStore.setState((state) => ({ notices: [...state.notices.slice(-2), { tone: 'done', ...notice, id }] }));
  const ms = notice.action ? noticeDuration.withAction : noticeDuration.plain;
  if (typeof window !== 'undefined') timers.set(id, window.setTimeout(() => dismissNotice(id), ms));
  return id;
}

export function dismissNotice(id: number): void {
  const timer = timers.get(id);
  if (timer !== undefined) window.clearTimeout(timer);
  timers.delete(id);
  useNoticeStore.setState((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) }));
}
