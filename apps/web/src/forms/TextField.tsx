import { useId, type HTMLInputTypeAttribute, type Ref } from 'react';
import './forms.css';

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({
  label,
  value,
  onChange,
  error,
  hint,
  type = 'text',
  required = false,
  autoComplete,
  maxLength,
  inputRef,
  className,
  inputMode,
  autoCapitalize,
  placeholder,
}: {
  label: string;
  value: string;
  onChange(value: string): void;
  /** The translated error to show, if any. */
  error?: string | null;
  hint?: string;
  type?: HTMLInputTypeAttribute;
  required?: boolean;
  autoComplete?: string;
  maxLength?: number;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  inputMode?: 'text' | 'numeric';
  /** `characters` for codes typed on a phone. */
  autoCapitalize?: 'off' | 'characters' | 'words';
  placeholder?: string;
}) {
  const id = useId();
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <div className={`form-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {hint && (
        <span id={`${id}-hint`} className="form-hint">
          {hint}
        </span>
      )}
      <input
        id={id}
        ref={inputRef}
        type={type}
        value={value}
        required={required}
        autoComplete={autoComplete}
        maxLength={maxLength}
        inputMode={inputMode}
        autoCapitalize={autoCapitalize}
        placeholder={placeholder}
        spellCheck={autoCapitalize === 'characters' ? false : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}
