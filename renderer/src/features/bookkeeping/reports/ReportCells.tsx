import { Fragment } from 'react';
import { accountPathSeparator } from '../../../../../shared/ledger/accounts';
import { amountText } from './reportText';
import type { RegionalFormat } from '../../../../../shared/i18n/regional';

type AmountCellProps = {
  minor: number;
  currency: string;
  regional: RegionalFormat;
  /** Where a click on the figure leads (its postings); none in print. */
  href?: string | undefined;
  /** Describes the link, e.g. "Open the register of Bank account". */
  linkTitle?: string | undefined;
  /** Leave zero blank (debit and credit columns). */
  blankZero?: boolean;
  testId?: string;
};

/** A figure in a report table, right-aligned in tabular digits; a link to its postings on screen. */
export function AmountCell({ minor, currency, regional, href, linkTitle, blankZero, testId }: AmountCellProps) {
  if (minor === 0 && blankZero) return <td className="num" data-testid={testId} />;
  const text = amountText(minor, currency, regional);
  return (
    <td className={minor < 0 ? 'num is-negative' : 'num'} data-testid={testId}>
      {href && minor !== 0 ? (
        <a className="drill" href={href} title={linkTitle}>
          {text}
        </a>
      ) : (
        text
      )}
    </td>
  );
}

/** An account path that may wrap after each ':' but never inside a name. */
export function AccountPath({ path }: { path: string }) {
  const parts = path.split(accountPathSeparator);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? (
            <>
              {accountPathSeparator}
              <wbr />
            </>
          ) : null}
          {part}
        </Fragment>
      ))}
    </>
  );
}

/** The account column: code and path (or name), indented by depth in a tree. */
export function AccountCell({ code, label, depth = 0, isPath = false }: { code?: string | undefined; label: string; depth?: number; isPath?: boolean }) {
  return (
    <th scope="row" className={`account depth-${Math.min(depth, 4)}`}>
      {code ? <span className="code">{code}</span> : null}
      {isPath ? <AccountPath path={label} /> : label}
    </th>
  );
}

/**
 * A column heading with a period in it ("Closing 01/01/2025 – 03/31/2025"): the period
 * stays on one line, so a narrow heading wraps before the dates, not inside them.
 */
export function PeriodHeading({ text, period }: { text: string; period: string }) {
  const at = text.indexOf(period);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <span className="nowrap">{period}</span>
      {text.slice(at + period.length)}
    </>
  );
}

/** Whether a report's totals agree, in words, impossible to miss when they do not. */
export function BalanceNote({ balanced, text, testId }: { balanced: boolean; text: string; testId?: string }) {
  return (
    <p className={balanced ? 'balance-note' : 'balance-note is-off'} role={balanced ? undefined : 'alert'} data-testid={testId}>
      <span aria-hidden="true">{balanced ? '✓ ' : '⚠ '}</span>
      {text}
    </p>
  );
}
