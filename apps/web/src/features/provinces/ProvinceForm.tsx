import { useState, type FormEvent } from 'react';
import {
  TENANCY_TEXT_LIMITS,
  assertPasswordAcceptable,
  normaliseProvinceCode,
  normaliseUsername,
} from '@qcdc/tenancy/domain';
import { CreateProvinceDocument, ProvincesDocument } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { useLang, type T } from '../../shared/i18n';
import { passes, refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { NewPasswordField } from '../../shared/ui/NewPasswordField';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useDraft } from '../../shared/useDraft';
import { UsernameField } from '../../shared/ui/UsernameField';

interface ProvinceDraft {
  code: string;
  name: string;
  adminDisplayName: string;
  adminUsername: string;
  adminPassword: string;
}

const empty = (): ProvinceDraft => ({ code: '', name: '', adminDisplayName: '', adminUsername: '', adminPassword: '' });

function problemOf(d: ProvinceDraft, t: T, say: (m: { vi: string; en: string }) => string): string | null {
  const code = refusalOf(() => normaliseProvinceCode(d.code));
  if (code) return say(code.messages);
  if (!d.name.trim()) return t('errProvinceName');
  if (!d.adminDisplayName.trim()) return t('errFullName');
  const refusal =
    refusalOf(() => normaliseUsername(d.adminUsername)) ?? refusalOf(() => assertPasswordAcceptable(d.adminPassword));
  return refusal && say(refusal.messages);
}

/** "Thêm tỉnh, thành phố": the province, and its first administrator. */
export function ProvinceForm({ onCreated }: { onCreated: (id: string) => void }) {
  const { t, say } = useLang();
  // Kept on the device until saved, but for the password, which never is.
  const draft = useDraft<ProvinceDraft>('province', empty, { omit: ['adminPassword'] });
  const d = draft.value;
  const setD = draft.update;
  const [problem, setProblem] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; username: string }>();
  const create = useGraphMutation(CreateProvinceDocument, { invalidates: [ProvincesDocument] });

  const change = (patch: Partial<ProvinceDraft>) => {
    setD({ ...d, ...patch });
    setProblem(null);
    setCreated(undefined);
  };
  // A field the server named in its refusal.
  const refused = (field: string) => create.error?.field === field;

  function submit(e: FormEvent) {
    e.preventDefault();
    create.reset();
    const found = problemOf(d, t, say);
    setProblem(found);
    if (found) return;
    const input = {
      code: normaliseProvinceCode(d.code),
      name: d.name.trim(),
      adminUsername: normaliseUsername(d.adminUsername),
      adminPassword: d.adminPassword,
      adminDisplayName: d.adminDisplayName.trim(),
    };
    create.mutate(
      { input },
      {
        onSuccess: ({ createProvince }) => {
          setCreated({ name: input.name, username: input.adminUsername });
          void draft.clear(empty());
          onCreated(createProvince.id);
        },
      },
    );
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
  return (
    <form onSubmit={submit} noValidate data-testid="province-form">
      <p className="hint">{t('provinceFormIntro')}</p>
      <div className="form-grid">
        <TextField
          label={t('provinceCode')}
          value={d.code}
          onChange={(code) => change({ code })}
          hint={t('provinceCodeHint')}
          invalid={refused('code') || (d.code !== '' && !passes(() => normaliseProvinceCode(d.code)))}
          maxLength={TENANCY_TEXT_LIMITS.provinceCode}
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
          maxLength={TENANCY_TEXT_LIMITS.provinceName}
          testId="province-name"
        />
        <h3 className="form-heading">{t('firstAdminTitle')}</h3>
        <TextField
          label={t('fullName')}
          value={d.adminDisplayName}
          onChange={(adminDisplayName) => change({ adminDisplayName })}
          invalid={refused('adminDisplayName')}
          maxLength={TENANCY_TEXT_LIMITS.displayName}
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
        error={create.error ?? undefined}
        success={created && t('provinceCreated', created)}
        successTestId="province-created"
      />
      <div className="actions">
        <SubmitButton busy={create.isPending} label={t('createProvince')} busyLabel={t('creating')} testId="create-province" />
      </div>
    </form>
  );
}
