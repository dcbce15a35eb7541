import { rolesForUnitKind } from '@qcdc/tenancy/domain';
import type { Role } from '../../gql/graphql';
import { useLang } from '../../shared/i18n';
import { unitGroups, type OrgUnit } from './org-tree';

/** The place of work of a role: the committee, a bloc or a unit, grouped by bloc. */
export function UnitSelect(props: { units: OrgUnit[]; value: string; onChange: (id: string) => void; refused?: boolean; testId: string }) {
  const { t } = useLang();
  return (
    <label className="field">
      {t('userUnit')}
      <select value={props.value} onChange={(e) => props.onChange(e.target.value)} aria-invalid={props.refused || undefined} data-testid={props.testId}>
        <option value="">{t('chooseUnit')}</option>
        {unitGroups(props.units).map(({ head, members }) => (
          <optgroup key={head.id} label={head.kind === 'BLOC' ? head.name : t(`orgKind_${head.kind}`)}>
            {members.map((u) => (
              <option key={u.id} value={u.id}>
                {u.kind === 'UNIT' ? `${u.name} (${u.code})` : `${u.name} — ${t(`orgKind_${u.kind}`)}`}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <span className="hint">{t('userUnitHint')}</span>
    </label>
  );
}

/** The roles the chosen place of work allows, as the server requires. */
export function RoleSelect(props: {
  units: OrgUnit[];
  orgUnitId: string;
  value: Role | '';
  onChange: (role: Role) => void;
  refused?: boolean;
  testId: string;
}) {
  const { t } = useLang();
  const unit = props.units.find((u) => u.id === props.orgUnitId);
  const roles = unit ? rolesForUnitKind(unit.kind) : [];
  return (
    <label className="field">
      {t('userRole')}
      <select
        value={props.value}
        onChange={(e) => props.onChange(e.target.value as Role)}
        disabled={!unit}
        aria-invalid={props.refused || undefined}
        data-testid={props.testId}
      >
        {!unit && <option value="">{t('chooseUnitFirst')}</option>}
        {roles.map((role) => (
          <option key={role} value={role}>
            {t(`role_${role}`)}
          </option>
        ))}
      </select>
      {props.value && props.value !== 'PLATFORM_ADMIN' && <span className="hint">{t(`roleHint_${props.value}`)}</span>}
    </label>
  );
}
