import type { TFunction } from 'i18next';
import type { RequestStanding } from '../../../../../shared/purchasing/requests';

/** Where a request stands, in words: "Rejected: we have plenty", "Ordered on PO-2026-0004 (partially received)". */
export function standingText(standing: RequestStanding, t: TFunction): string {
  switch (standing.kind) {
    case 'open':
    case 'approved':
      return t(`purchasing.requests.standing.${standing.kind}`);
    case 'rejected':
      return t('purchasing.requests.standing.rejected', { reason: standing.reason });
    case 'ordered':
      return t('purchasing.requests.standing.ordered', { number: standing.orderNumber, progress: t(`purchasing.requests.progress.${standing.progress}`) });
  }
}
