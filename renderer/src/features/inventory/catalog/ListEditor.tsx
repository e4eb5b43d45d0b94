import type { KeyboardEvent, ReactNode } from 'react';

type ListEditorProps<Item> = {
  legend: string;
  hint?: string;
  error?: string | undefined;
  items: readonly Item[];
  addLabel: string;
  removeLabel(index: number): string;
  onChange(items: Item[]): void;
  empty(): Item;
  /** Enter in a row adds the next one (a scanner ends each code with Enter). */
  addOnEnter?: boolean;
  render(item: Item, index: number, update: (item: Item) => void): ReactNode;
};

/** A short list of rows inside a form (packs, barcodes): add, change, remove, with one message for the list. */
export function ListEditor<Item>({ legend, hint, error, items, addLabel, removeLabel, onChange, empty, addOnEnter, render }: ListEditorProps<Item>) {
  const update = (index: number) => (item: Item) => onChange(items.map((current, at) => (at === index ? item : current)));
  const add = () => onChange([...items, empty()]);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!addOnEnter || event.key !== 'Enter' || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const list = event.currentTarget.parentElement;
    add();
    // Focus the row just added once it is drawn.
    requestAnimationFrame(() => list?.querySelector<HTMLInputElement>('.list-editor-row:last-child input')?.focus());
  };
  return (
    <fieldset className={error ? 'fieldset list-editor field-invalid' : 'fieldset list-editor'}>
      <legend>{legend}</legend>
      <div className="list-editor-rows">
        {items.map((item, index) => (
          <div className="list-editor-row" key={index} onKeyDown={onKeyDown}>
            {render(item, index, update(index))}
            <button type="button" className="button button-small" aria-label={removeLabel(index)} title={removeLabel(index)} onClick={() => onChange(items.filter((_, at) => at !== index))}>
              ×
            </button>
          </div>
        ))}
      </div>
      <button type="button" className="button button-small" onClick={add}>
        {addLabel}
      </button>
      {hint ? <p className="field-hint">{hint}</p> : null}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
