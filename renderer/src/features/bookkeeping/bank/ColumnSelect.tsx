import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type ColumnSelectProps = {
  label: string;
  value: number | null;
  titles: readonly string[];
  /** Offers "not in the file" (for optional columns). */
  optional?: boolean;
  onChange(column: number | null): void;
};

/** Which column of the file holds a field: "4 · Списание". */
export function ColumnSelect({ label, value, titles, optional, onChange }: ColumnSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value === null ? '' : String(value)} onChange={(event) => onChange(event.target.value === '' ? null : Number(event.target.value))}>
        <option value="">{optional ? t('bank.mapping.notInFile') : t('bank.mapping.chooseColumn')}</option>
        {titles.map((title, column) => (
          <option key={column} value={column}>
            {title ? t('bank.mapping.columnNamed', { number: column + 1, name: title }) : t('bank.mapping.column', { number: column + 1 })}
          </option>
        ))}
      </select>
    </div>
  );
}
