import { useId, useState } from 'react';
import { assertPasswordAcceptable } from '@qcdc/tenancy/domain';
import { useLang } from '../i18n';
import { passes } from '../rules';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** The server refused it (its message is shown by the form). */
  refused?: boolean;
  testId: string;
}

/**
 * A password an administrator sets for someone else: hidden by default (shared offices), with a box to
 * show it so it can be checked before it is handed over. Never kept in a draft.
 */
export function NewPasswordField({ value, onChange, refused, testId }: Props) {
  const { t } = useLang();
  const id = useId();
  const [shown, setShown] = useState(false);
  const invalid = refused || (value !== '' && !passes(() => assertPasswordAcceptable(value)));
  return (
    <div className="field">
      <label htmlFor={id}>{t('password')}</label>
      <input
        id={id}
        type={shown ? 'text' : 'password'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="new-password"
        aria-invalid={invalid || undefined}
        data-testid={testId}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={shown}
          onChange={(e) => setShown(e.target.checked)}
          data-testid={`${testId}-show`}
        />
        {t('showPassword')}
      </label>
      <span className={invalid ? 'hint bad' : 'hint'}>{t('newPasswordHint')}</span>
    </div>
  );
}
