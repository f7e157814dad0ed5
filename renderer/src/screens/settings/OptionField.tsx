import { useId, useState } from 'react';
import { optionWidget } from '../../../../shared/options/describe';
import { optionDef, type OptionKey } from '../../../../shared/options/registry';
import { RequestFailed } from '../../client/station-context';
import { useOptions } from '../../app/options-context';

/** One option: a visible label and the control its schema calls for; saved on change. */
export function OptionField({ optionKey }: { optionKey: OptionKey }) {
  const def = optionDef(optionKey);
  const widget = optionWidget(def);
  const { values, save } = useOptions();
  const value = values[optionKey] as unknown;
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState(() => toText(value));
  // Shown at once on click (optimistic); set back if the station refuses the change.
  const [checked, setChecked] = useState(value === true);
  // When the stored value changes (here, from the CLI, REST or another window) the field follows.
  const [shown, setShown] = useState(value);
  if (!Object.is(shown, value)) {
    setShown(value);
    setDraft(toText(value));
    setChecked(value === true);
  }

  const commit = async (next: unknown) => {
    try {
      await save({ [optionKey]: next } as never);
      setError(null);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
      setDraft(toText(value));
      setChecked(value === true);
    }
  };

  const help = def.help ? <p className="option-help" id={`${id}-help`}>{def.help}</p> : null;
  const described = def.help ? `${id}-help` : undefined;
  let control;
  switch (widget.kind) {
    case 'boolean':
      return (
        <div className="option option-boolean" data-option={optionKey}>
          <input
            id={id}
            type="checkbox"
            checked={checked}
            aria-describedby={described}
            onChange={(e) => {
              setChecked(e.target.checked);
              void commit(e.target.checked);
            }}
          />
          <label htmlFor={id}>{def.label}</label>
          {help}
          {error ? <p role="alert" className="option-error">{error}</p> : null}
        </div>
      );
    case 'choice':
      control = (
        <select
          id={id}
          value={String(value)}
          aria-describedby={described}
          onChange={(e) => void commit(widget.choices.find((c) => String(c) === e.target.value))}
        >
          {widget.choices.map((c) => (
            <option key={c} value={c}>
              {c}
            </option>
          ))}
        </select>
      );
      break;
    case 'list':
      control = (
        <textarea
          id={id}
          rows={3}
          value={draft}
          aria-describedby={described}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit(draft.split('\n').map((s) => s.trim()).filter(Boolean))}
        />
      );
      break;
    default:
      control = (
        <input
          id={id}
          type={widget.kind === 'number' ? 'number' : 'text'}
          value={draft}
          aria-describedby={described}
          placeholder={widget.nullable ? 'not set' : undefined}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit(fromText(draft, widget.kind === 'number', widget.nullable))}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit(fromText(draft, widget.kind === 'number', widget.nullable));
          }}
        />
      );
  }
  return (
    <div className="option" data-option={optionKey}>
      <label htmlFor={id}>{def.label}</label>
      {control}
      {help}
      {error ? <p role="alert" className="option-error">{error}</p> : null}
    </div>
  );
}

function toText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join('\n');
  return String(value);
}

function fromText(text: string, numeric: boolean, nullable: boolean): unknown {
  const t = text.trim();
  if (t === '' && nullable) return null;
  return numeric && t !== '' ? Number(t) : t;
}
