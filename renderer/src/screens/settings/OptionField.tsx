import { useId, useState } from 'react';
import { optionWidget } from '../../../../shared/options/describe';
import { optionDef, type OptionKey } from '../../../../shared/options/registry';
import { SECRET_MASK } from '../../../../shared/options/secret';
import { RequestFailed } from '../../client/station-context';
import { useOptions } from '../../app/options-context';
import { useI18n } from '../../i18n/i18n-context';
import { choiceLabel, optionHelp, optionLabel } from './option-words';

/** One option: a visible label and the control its schema calls for; saved on change. */
export function OptionField({ optionKey }: { optionKey: OptionKey }) {
  if (optionDef(optionKey).secret === true) return <SecretOptionField optionKey={optionKey} />;
  return <PlainOptionField optionKey={optionKey} />;
}

/**
 * A write-only option (a signing secret): a password field that starts empty and never gets the
 * stored value (the station only ever sends the mask); typing a value and pressing Enter or
 * leaving the field replaces it, Clear removes it.
 */
function SecretOptionField({ optionKey }: { optionKey: OptionKey }) {
  const def = optionDef(optionKey);
  const { lang, t } = useI18n();
  const label = optionLabel(t, optionKey);
  // Within a sentence the label is lower case ("Clear label service signing secret"), except in
  // German, whose nouns keep their capitals.
  const inSentence = lang === 'de' ? label : label.toLocaleLowerCase(lang);
  const { values, save } = useOptions();
  const isSet = values[optionKey] === SECRET_MASK;
  const id = useId();
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const commit = async (next: string) => {
    try {
      await save({ [optionKey]: next } as never);
      setError(null);
    } catch (err) {
      setError(err instanceof RequestFailed ? err.message : String(err));
    }
    setDraft('');
  };
  const replace = () => {
    if (draft !== '') void commit(draft);
  };
  return (
    <div className="option option-secret" data-option={optionKey}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete="new-password"
        data-wedge="off"
        value={draft}
        aria-describedby={`${id}-state${def.help ? ` ${id}-help` : ''}`}
        placeholder={isSet ? t('ui-settings.option.secretPlaceholder') : t('ui-settings.option.notSet')}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={replace}
        onKeyDown={(e) => {
          if (e.key === 'Enter') replace();
        }}
      />
      <p className="option-help" id={`${id}-state`}>{isSet ? t('ui-settings.option.secretIsSet') : t('ui-settings.option.secretNotSet')}</p>
      {isSet ? (
        <button type="button" onClick={() => void commit('')}>
          {t('ui-settings.option.clearSecret', { label: inSentence })}
        </button>
      ) : null}
      {def.help ? <p className="option-help" id={`${id}-help`}>{optionHelp(t, optionKey)}</p> : null}
      {error ? <p role="alert" className="option-error">{error}</p> : null}
    </div>
  );
}

function PlainOptionField({ optionKey }: { optionKey: OptionKey }) {
  const def = optionDef(optionKey);
  const widget = optionWidget(def);
  const i18n = useI18n();
  const { t } = i18n;
  const label = optionLabel(t, optionKey);
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

  const help = def.help ? <p className="option-help" id={`${id}-help`}>{optionHelp(t, optionKey)}</p> : null;
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
          <label htmlFor={id}>{label}</label>
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
              {choiceLabel(i18n, optionKey, c)}
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
          placeholder={widget.nullable ? t('ui-settings.option.notSet') : undefined}
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
      <label htmlFor={id}>{label}</label>
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
