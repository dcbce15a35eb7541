import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** The rule, shown under the field; in red while `invalid`. */
  hint?: string;
  invalid?: boolean;
  testId: string;
  /** Spans both columns of a `form-grid`. */
  wide?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  children?: ReactNode;
}

/** A labelled text input with its rule written underneath, the way every administration form asks. */
export function TextField({ label, value, onChange, hint, invalid, testId, wide, inputRef, children, ...input }: Props) {
  return (
    <label className={wide ? 'field wide' : 'field'}>
      {label}
      <input
        {...input}
        ref={inputRef}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={invalid || undefined}
        data-testid={testId}
      />
      {hint && <span className={invalid ? 'hint bad' : 'hint'}>{hint}</span>}
      {children}
    </label>
  );
}
