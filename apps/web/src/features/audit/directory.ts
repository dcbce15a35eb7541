// Names for the ids in the log: who acted, the unit of their membership, the object. The province
// administrator's screen reads them from the province's users and org tree, the platform administrator's
// from the provinces; an id the screen cannot name is shown as it is.
import { COMMITTEE_UNIT_TYPE } from '@qcdc/tenancy/domain';
import type { Viewer } from '../../app/workspaces';
import { OrgUnitsDocument, ProvincesDocument, UsersDocument } from '../../gql/graphql';
import type { ApiError } from '../../shared/api/errors';
import { useGraphQuery } from '../../shared/api/query';
import { useUnitTypes } from '../admin/unit-types';

export interface Person {
  id: string;
  displayName: string;
  username: string;
}

export interface AuditDirectory {
  /** The people the log can be filtered by, by name. */
  people: Person[];
  personOf: (id: string) => Person | undefined;
  /** The name of an org unit ("Văn phòng Đảng ủy Khối (VP-DUK)"). */
  unitName: (id: string) => string | undefined;
  /** The name of the object an entry is about, when the screen knows objects of that kind. */
  objectName: (type: string, id: string) => string | undefined;
  /** A name for an id in a changed value (a parent unit, a person, a province). */
  nameOf: (id: string) => string | undefined;
  /** The name of a unit type's code, in the chosen language (the province's catalogue). */
  unitTypeName: (code: string) => string | undefined;
  /** Names that could not be read, with a way to try again; the log shows ids meanwhile. */
  problems: { error: ApiError; retry: () => void }[];
}

interface Names {
  people: Person[];
  units?: { id: string; code: string; name: string }[];
  provinces?: { id: string; code: string; name: string }[];
  unitTypeName?: AuditDirectory['unitTypeName'];
  problems: AuditDirectory['problems'];
}

function directoryOf({ people, units = [], provinces = [], unitTypeName = () => undefined, problems }: Names): AuditDirectory {
  const personById = new Map(people.map((p) => [p.id, p]));
  const unitById = new Map(units.map((u) => [u.id, `${u.name} (${u.code})`]));
  const provinceById = new Map(provinces.map((p) => [p.id, p.name]));
  const personName = (id: string) => {
    const person = personById.get(id);
    return person && `${person.displayName} (${person.username})`;
  };
  const objectName = (type: string, id: string) =>
    type === 'org-unit'
      ? unitById.get(id)
      : type === 'user'
        ? personName(id)
        : type === 'province'
          ? provinceById.get(id)
          : type === 'unit-type'
            ? unitTypeName(id)
            : undefined;
  return {
    people: [...people].sort((a, b) => a.displayName.localeCompare(b.displayName, 'vi') || a.username.localeCompare(b.username)),
    personOf: (id) => personById.get(id),
    unitName: (id) => unitById.get(id),
    objectName,
    nameOf: (id) => unitById.get(id) ?? personName(id) ?? provinceById.get(id),
    unitTypeName,
    problems,
  };
}

const problemOf = (query: { error: ApiError | null; refetch: () => unknown }) =>
  query.error ? [{ error: query.error, retry: () => void query.refetch() }] : [];

/** The province administrator's: everyone with a role in the province, its org tree and its unit types. */
export function useProvinceDirectory(viewer: Viewer): AuditDirectory {
  const users = useGraphQuery(UsersDocument, {});
  const units = useGraphQuery(OrgUnitsDocument, {});
  const unitTypes = useUnitTypes();
  const known = new Set([COMMITTEE_UNIT_TYPE, ...unitTypes.catalogue.map((type) => type.code)]);
  const people = users.data?.users ?? [];
  const me = people.some((p) => p.id === viewer.userId) ? [] : [{ id: viewer.userId, displayName: viewer.displayName, username: viewer.username }];
  return directoryOf({
    people: [...people, ...me],
    units: units.data?.orgUnits,
    unitTypeName: (code) => (known.has(code) ? unitTypes.labelOf(code) : undefined),
    problems: [...problemOf(users), ...problemOf(units), ...problemOf(unitTypes.query)],
  });
}

/** The platform administrator's: the provinces, and themselves (the platform has no list of its people). */
export function usePlatformDirectory(viewer: Viewer): AuditDirectory {
  const provinces = useGraphQuery(ProvincesDocument, {});
  return directoryOf({
    people: [{ id: viewer.userId, displayName: viewer.displayName, username: viewer.username }],
    provinces: provinces.data?.provinces,
    problems: problemOf(provinces),
  });
}
