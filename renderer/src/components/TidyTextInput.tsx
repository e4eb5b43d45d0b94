import type { FocusEvent, InputHTMLAttributes, Ref } from 'react';
import './components.css';

export type TidyTextInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  /** The text as typed. */
  value: string;
  onChange(text: string): void;
  ref?: Ref<HTMLInputElement>;
};

/**
 * A text field that keeps exactly what was typed and, on leaving it, shows a valid value
 * in its tidy form (`tidy` returns the text unchanged when it cannot read it), so the form
 * can point at anything wrong without losing it.
 */
export function TidyTextInput({
  value,
  onChange,
  onBlur,
  tidy,
  ref,
  ...rest
}: TidyTextInputProps & { tidy(text: string): string }) {
  return (
    <input
      {...rest}
      ref={ref}
      type="text"
      autoComplete="off"
      spellCheck={false}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={(event: FocusEvent<HTMLInputElement>) => {
        const tidied = tidy(value);
        if (tidied !== value) onChange(tidied);
        onBlur?.(event);
      }}
    />
  );
}
