import { TENANCY_TEXT_LIMITS, normaliseUsername } from '@qcdc/tenancy/domain';
import { useLang } from '../i18n';
import { passes } from '../rules';
import { TextField } from './TextField';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** The server refused it (its message is shown by the form). */
  refused?: boolean;
  testId: string;
}

/** A new account's username, with the server's rule under it (red once typed and broken). */
export function UsernameField({ value, onChange, refused, testId }: Props) {
  const { t } = useLang();
  return (
    <TextField
      label={t('username')}
      value={value}
      onChange={onChange}
      hint={t('usernameHint')}
      invalid={refused || (value !== '' && !passes(() => normaliseUsername(value)))}
      maxLength={TENANCY_TEXT_LIMITS.username}
      autoComplete="off"
      spellCheck={false}
      testId={testId}
    />
  );
}
