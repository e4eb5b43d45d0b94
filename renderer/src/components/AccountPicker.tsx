import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { matchAccounts, type AccountOption } from './accountOptions';
import './components.css';

type AccountPickerProps = {
  id?: string;
  options: readonly AccountOption[];
  /** The chosen account's id, or '' for none. */
  value: string;
  onChange(accountId: string): void;
  'aria-label'?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  disabled?: boolean;
  placeholder?: string;
  className?: string;
  ref?: Ref<HTMLInputElement>;
  /** Where a group account is a fair answer (a parent account, a report); entries never post to one. */
  groupsSelectable?: boolean;
};

/**
 * A combobox for an account: type a code or part of a name, pick with the arrow keys and
 * Enter (or Tab, which takes the highlighted match), Escape puts back what was there.
 * While the list is open, Enter belongs to the picker and does not reach the form.
 * Group accounts are listed for orientation but skipped: typing "10" + Enter takes the
 * first account under "1000 Assets", not the group itself.
 */
export function AccountPicker(props: AccountPickerProps) {
  const { options, value, onChange, disabled, placeholder, className, ref, groupsSelectable = false } = props;
  const { t } = useTranslation();
  const listId = useId();
  const chosen = useMemo(() => options.find((option) => option.id === value), [options, value]);
  const [text, setText] = useState(chosen?.label ?? '');
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);

  // Outside edits (another line chosen, the form reset) show in the field.
  useEffect(() => {
    if (!editing) setText(chosen?.label ?? '');
  }, [chosen, editing]);

  const matches = useMemo(() => (editing ? matchAccounts(options, text) : [...options]), [options, text, editing]);
  const selectable = (option: AccountOption | undefined) => option !== undefined && (groupsSelectable || !option.group);
  const activeOption = open ? matches[Math.min(active, matches.length - 1)] : undefined;

  useEffect(() => {
    if (!open || !activeOption) return;
    listRef.current?.querySelector(`[data-option-id="${CSS.escape(activeOption.id)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, activeOption]);

  const choose = (option: AccountOption | undefined) => {
    setOpen(false);
    setEditing(false);
    if (option) {
      setText(option.label);
      if (option.id !== value) onChange(option.id);
    } else {
      setText(chosen?.label ?? '');
    }
  };

  /** Opens the list at the nearest selectable option from index, looking in the direction of travel. */
  const openAt = (index: number, step: 1 | -1 = 1, among: readonly AccountOption[] = matches) => {
    setOpen(true);
    let at = Math.max(0, Math.min(index, among.length - 1));
    while (at >= 0 && at < among.length && !selectable(among[at])) at += step;
    if (at < 0 || at >= among.length) at = active; // nothing selectable that way: stay
    setActive(Math.max(0, Math.min(at, among.length - 1)));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) openAt(Math.max(0, matches.findIndex((option) => option.id === value)));
        else openAt(active + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open) openAt(active - 1, -1);
        break;
      case 'Enter':
        if (open && selectable(activeOption) && !event.ctrlKey && !event.metaKey) {
          event.preventDefault();
          event.stopPropagation();
          choose(activeOption);
        }
        break;
      case 'Escape':
        if (open || editing) {
          event.preventDefault();
          event.stopPropagation();
          choose(undefined);
        }
        break;
    }
  };

  const onBlur = () => {
    if (!editing) return setOpen(false);
    if (text.trim() === '') {
      setOpen(false);
      setEditing(false);
      if (value !== '') onChange('');
      return;
    }
    choose(selectable(activeOption) ? activeOption : matches.find(selectable));
  };

  return (
    <div className={['combobox', className].filter(Boolean).join(' ')}>
      <input
        ref={ref}
        id={props.id}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-label={props['aria-label']}
        aria-invalid={props['aria-invalid']}
        aria-describedby={props['aria-describedby']}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
        disabled={disabled}
        placeholder={placeholder ?? t('components.accountPicker.placeholder')}
        value={text}
        onFocus={(event) => event.target.select()}
        onChange={(event) => {
          setText(event.target.value);
          setEditing(true);
          openAt(0, 1, matchAccounts(options, event.target.value));
        }}
        onClick={() => (open ? setOpen(false) : openAt(Math.max(0, matches.findIndex((option) => option.id === value))))}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
      />
      <ul id={listId} role="listbox" ref={listRef} className="combobox-list" hidden={!open}>
        {open && matches.length === 0 ? <li className="combobox-empty">{t('components.accountPicker.noMatch')}</li> : null}
        {open
          ? matches.map((option) => (
              <li
                key={option.id}
                id={`${listId}-${option.id}`}
                data-option-id={option.id}
                role="option"
                aria-selected={option.id === activeOption?.id}
                aria-disabled={selectable(option) ? undefined : true}
                className={['combobox-option', option.archived ? 'is-archived' : '', selectable(option) ? '' : 'is-group'].filter(Boolean).join(' ')}
                style={{ paddingInlineStart: `${0.6 + option.depth * 0.9}rem` }}
                onMouseDown={(event) => {
                  event.preventDefault();
                  if (selectable(option)) choose(option);
                }}
              >
                {option.code ? <span className="combobox-code">{option.code}</span> : null}
                <span>{option.name}</span>
              </li>
            ))
          : null}
      </ul>
    </div>
  );
}
