import { useState, type FormEvent } from 'react';
import { TENANCY_TEXT_LIMITS, assertEmail, rolesForUnitKind } from '@qcdc/tenancy/domain';
import { InviteUserDocument, UsersDocument, type Role } from '../../gql/graphql';
import { useGraphMutation } from '../../shared/api/query';
import { useLang } from '../../shared/i18n';
import { passes, refusalOf } from '../../shared/rules';
import { FormOutcome } from '../../shared/ui/FormOutcome';
import { SubmitButton } from '../../shared/ui/SubmitButton';
import { TextField } from '../../shared/ui/TextField';
import { useDraft } from '../../shared/useDraft';
import { type OrgUnit } from './org-tree';
import { RoleSelect, UnitSelect } from './UnitRoleFields';

interface InviteDraft {
  orgUnitId: string;
  role: Role | '';
  displayName: string;
  email: string;
}

/**
 * "Mời người dùng qua email": the person's name, email and first role at one place of work. The server
 * mails a single-use link; the person chooses a username and a password themselves.
 */
export function InviteForm({ units, onInvited }: { units: OrgUnit[]; onInvited: (id: string) => void }) {
  const { t, say } = useLang();
  const draft = useDraft<InviteDraft>('invite', () => ({ orgUnitId: '', role: '', displayName: '', email: '' }));
  const d = draft.value;
  const [problem, setProblem] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; username: string }>();
  const invite = useGraphMutation(InviteUserDocument, { invalidates: [UsersDocument] });
  const change = (patch: Partial<InviteDraft>) => {
    draft.update({ ...d, ...patch });
    setProblem(null);
    setInvited(undefined);
  };
  const refused = (field: string) => invite.error?.field === field;

  function submit(e: FormEvent) {
    e.preventDefault();
    invite.reset();
    const refusal = d.email.trim() ? refusalOf(() => assertEmail(d.email)) : null;
    const found =
      !d.orgUnitId || !d.role
        ? t('errUnitRequired')
        : !d.displayName.trim()
          ? t('errFullName')
          : !d.email.trim()
            ? t('errEmailRequired')
            : refusal && say(refusal.messages);
    setProblem(found);
    if (found || !d.role) return;
    const input = { email: d.email.trim(), displayName: d.displayName.trim(), role: d.role, orgUnitId: d.orgUnitId };
    invite.mutate(
      { input },
      {
        onSuccess: ({ inviteUser }) => {
          setInvited({ email: input.email, username: inviteUser.username });
          void draft.clear({ ...d, displayName: '', email: '' });
          onInvited(inviteUser.id);
        },
      },
    );
  }

  if (!draft.ready) return <p className="hint">{t('loading')}</p>;
  return (
    <form onSubmit={submit} noValidate data-testid="invite-form">
      <p className="hint">{t('inviteFormIntro')}</p>
      <div className="form-grid">
        <UnitSelect
          units={units}
          value={d.orgUnitId}
          onChange={(orgUnitId) => {
            const kind = units.find((u) => u.id === orgUnitId)?.kind;
            const allowed: Role[] = kind ? rolesForUnitKind(kind) : [];
            change({ orgUnitId, role: d.role && allowed.includes(d.role) ? d.role : (allowed[0] ?? '') });
          }}
          refused={refused('orgUnitId')}
          testId="invite-unit"
        />
        <RoleSelect units={units} orgUnitId={d.orgUnitId} value={d.role} onChange={(role) => change({ role })} refused={refused('role')} testId="invite-role" />
        <TextField
          label={t('fullName')}
          value={d.displayName}
          onChange={(displayName) => change({ displayName })}
          invalid={refused('displayName')}
          maxLength={TENANCY_TEXT_LIMITS.displayName}
          testId="invite-display-name"
        />
        <TextField
          label={t('inviteEmail')}
          type="email"
          value={d.email}
          onChange={(email) => change({ email })}
          invalid={refused('email') || (d.email.trim() !== '' && !passes(() => assertEmail(d.email)))}
          maxLength={TENANCY_TEXT_LIMITS.email}
          autoComplete="off"
          testId="invite-email"
        />
      </div>
      <FormOutcome
        problem={problem}
        problemTestId="invite-problem"
        error={invite.error ?? undefined}
        onRetry={invite.retry}
        success={invited && t('invited', invited)}
        successTestId="invite-sent"
      />
      <div className="actions">
        <SubmitButton busy={invite.isPending} label={t('inviteButton')} busyLabel={t('inviting')} testId="invite-submit" />
      </div>
    </form>
  );
}
