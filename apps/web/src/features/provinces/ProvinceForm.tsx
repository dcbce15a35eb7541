import { useState, type FormEvent } from 'react';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { gql } from '../../shared/api/graphql';
import { useLang, type T } from '../../shared/i18n';
import { isAcceptablePassword, isProvinceCode, isUsername } from '../../shared/input-rules';
import { NewPasswordField } from '../../shared/ui/NewPasswordField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { UsernameField } from '../../shared/ui/UsernameField';
import { useSubmit } from '../../shared/useSubmit';

const CREATE_PROVINCE = `mutation CreateProvince($input: CreateProvinceInput!) {
  createProvince(input: $input) { id code }
}`;

interface ProvinceDraft {
  code: string;
  name: string;
  adminDisplayName: string;
  adminUsername: string;
  adminPassword: string;
}

const empty = (): ProvinceDraft => ({ code: '', name: '', adminDisplayName: '', adminUsername: '', adminPassword: '' });

function problemOf(d: ProvinceDraft, t: T): string | null {
  if (!isProvinceCode(d.code)) return t('errProvinceCode');
  if (!d.name.trim()) return t('errProvinceName');
  if (!d.adminDisplayName.trim()) return t('errFullName');
  if (!isUsername(d.adminUsername)) return t('errUsername');
  if (!isAcceptablePassword(d.adminPassword)) return t('errPassword');
  return null;
}

/** "Thêm tỉnh, thành phố": the province, and its first administrator. */
export function ProvinceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t } = useLang();
  const [d, setD] = useState<ProvinceDraft>(empty);
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; username: string }>();
  const { busy, error, clearError, send } = useSubmit();

  const change = (patch: Partial<ProvinceDraft>) => {
    setD({ ...d, ...patch });
    setProblem(null);
    setCreated(undefined);
  };
  // A field the server named in its refusal.
  const refused = (field: string) => error?.field === field;

  async function submit(e: FormEvent) {
    e.preventDefault();
    clearError();
    const found = problemOf(d, t);
    setProblem(found);
    if (found) return;
    await send(async () => {
      const input = {
        code: d.code.trim().toLowerCase(),
        name: d.name.trim(),
        adminUsername: d.adminUsername.trim().toLowerCase(),
        adminPassword: d.adminPassword,
        adminDisplayName: d.adminDisplayName.trim(),
      };
      const data = await gql<{ createProvince: { id: string; code: string } }>(CREATE_PROVINCE, { input });
      setCreated({ name: input.name, username: input.adminUsername });
      setD(empty());
      onCreated(data.createProvince.id);
    });
  }

  return (
    <form onSubmit={submit} noValidate data-testid="province-form">
      <p className="hint">{t('provinceFormIntro')}</p>
      <div className="form-grid">
        <TextField
          label={t('provinceCode')}
          value={d.code}
          onChange={(code) => change({ code })}
          hint={t('provinceCodeHint')}
          invalid={refused('code') || (d.code !== '' && !isProvinceCode(d.code))}
          maxLength={32}
          autoComplete="off"
          spellCheck={false}
          testId="province-code"
        />
        <TextField
          label={t('provinceName')}
          value={d.name}
          onChange={(name) => change({ name })}
          hint={t('provinceNameHint')}
          invalid={refused('name')}
          maxLength={120}
          testId="province-name"
        />
        <h3 className="form-heading">{t('firstAdminTitle')}</h3>
        <TextField
          label={t('fullName')}
          value={d.adminDisplayName}
          onChange={(adminDisplayName) => change({ adminDisplayName })}
          invalid={refused('adminDisplayName')}
          maxLength={120}
          testId="province-admin-name"
        />
        <UsernameField
          value={d.adminUsername}
          onChange={(adminUsername) => change({ adminUsername })}
          refused={refused('username')}
          testId="province-admin-username"
        />
        <NewPasswordField
          value={d.adminPassword}
          onChange={(adminPassword) => change({ adminPassword })}
          refused={refused('password')}
          testId="province-admin-password"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="province-problem"
        error={error}
        success={created && t('provinceCreated', created)}
        successTestId="province-created"
      />
      <div className="actions">
        <SubmitButton busy={busy} label={t('createProvince')} busyLabel={t('creating')} testId="create-province" />
      </div>
    </form>
  );
}
