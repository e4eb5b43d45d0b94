/** A small whole-number input with its label after it ("[10] backups"). */
export function NumberField(props: { label: string; value: string; invalid: boolean; disabled?: boolean; onChange: (value: string) => void }) {
  return (
    <label className="number-field">
      <input
        type="number"
        inputMode="numeric"
        min={0}
        step={1}
        value={props.value}
        disabled={props.disabled}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => props.onChange(event.target.value)}
      />
      <span>{props.label}</span>
    </label>
  );
}
