// The province's unit types (loại hình đơn vị) as the screens use them: the catalogue, read once and shared
// through the query cache, and the name of a type's code in the language shown.
import { COMMITTEE_UNIT_TYPE } from '@qcdc/tenancy/domain';
import { UnitTypesDocument, type UnitTypeFieldsFragment } from '../../gql/graphql';
import { useGraphQuery } from '../../shared/api/query';
import { useLang, type Lang } from '../../shared/i18n';

export type UnitTypeEntry = UnitTypeFieldsFragment;

/**
 * A type's name in `lang`: `committee` for the committee's and the blocs' COMMITTEE, the catalogue's name
 * of any other; a code the catalogue does not have (not read yet) is shown as it is.
 */
export function unitTypeLabel(code: string, catalogue: readonly UnitTypeEntry[], lang: Lang, committee: string): string {
  if (code === COMMITTEE_UNIT_TYPE) return committee;
  const type = catalogue.find((t) => t.code === code);
  if (!type) return code;
  return lang === 'vi' ? type.name : type.nameEn;
}

/** The catalogue (empty until read), its query (to wait for it or show its error), and a code's name. */
export function useUnitTypes() {
  const { t, lang } = useLang();
  const query = useGraphQuery(UnitTypesDocument, {});
  const catalogue = query.data?.unitTypes ?? [];
  const labelOf = (code: string) => unitTypeLabel(code, catalogue, lang, t('unitTypeCommittee'));
  return { query, catalogue, labelOf };
}

export type UnitTypes = Pick<ReturnType<typeof useUnitTypes>, 'catalogue' | 'labelOf'>;
