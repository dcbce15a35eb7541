import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { appNow, currentTenant, execute, firstOf, qb, rowsOf, sql } from '@qcdc/shared/db';
import { ImportExisting, ImportProblem, ImportRawTable, ImportStatus, OrgUnitKind, PlannedUnit, PlannedUser } from '@qcdc/tenancy/domain';

/** An import as stored: where it stands and what its dry run found. */
export interface ImportRow {
  id: string;
  createdBy: string;
  fileName: string;
  status: ImportStatus;
  rowCount: number;
  problemCount: number;
  problems: ImportProblem[];
  unitsCreated: number;
  usersCreated: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS = [
  'id',
  'created_by as createdBy',
  'file_name as fileName',
  'status',
  'row_count as rowCount',
  'problem_count as problemCount',
  'problems',
  'units_created as unitsCreated',
  'users_created as usersCreated',
  'created_at as createdAt',
  'updated_at as updatedAt',
] as const;

type Raw = Omit<ImportRow, 'status' | 'problems'> & { status: string; problems: unknown };
const asImport = (row: Raw): ImportRow => ({ ...row, status: row.status as ImportStatus, problems: row.problems as ImportProblem[] });

/** A unit to insert with its id made beforehand (its people and children refer to it in the same import). */
export type UnitToInsert = PlannedUnit & { id: string; parentId: string };
/** A person to insert, invited: no password until they accept. */
export type UserToInsert = PlannedUser & { id: string; orgUnitId: string };

/**
 * The imports of the current tenant, and the set-based statements that apply one: each table filled by one
 * statement per batch (`unnest` of arrays), never a round trip per row.
 */
@Injectable()
export class ImportRepository {
  async insert(em: EntityManager, row: { createdBy: string; fileName: string; tables: ImportRawTable[]; rowCount: number }): Promise<ImportRow> {
    const inserted = await firstOf(
      em,
      qb
        .insertInto('tenancy.imports')
        .values({
          tenant_id: currentTenant(),
          created_by: row.createdBy,
          file_name: row.fileName,
          status: 'CHECKING',
          tables: JSON.stringify(row.tables),
          row_count: row.rowCount,
        })
        .returning(COLUMNS),
    );
    return asImport(inserted as Raw);
  }

  async find(em: EntityManager, id: string, options: { forUpdate?: boolean } = {}): Promise<ImportRow | null> {
    let query = qb.selectFrom('tenancy.imports').select(COLUMNS).where('id', '=', id);
    if (options.forUpdate) query = query.forUpdate();
    const row = await firstOf(em, query);
    return row ? asImport(row) : null;
  }

  /** The file's tables as read at the upload. */
  async tables(em: EntityManager, id: string): Promise<ImportRawTable[]> {
    const row = await firstOf(em, qb.selectFrom('tenancy.imports').select('tables').where('id', '=', id));
    return (row?.tables ?? []) as unknown as ImportRawTable[];
  }

  async update(
    em: EntityManager,
    id: string,
    change: { status: ImportStatus; problems?: ImportProblem[]; problemCount?: number; unitsCreated?: number; usersCreated?: number },
  ): Promise<void> {
    await execute(
      em,
      qb
        .updateTable('tenancy.imports')
        .set({
          status: change.status,
          updated_at: appNow(),
          ...(change.problems ? { problems: JSON.stringify(change.problems) } : {}),
          ...(change.problemCount !== undefined ? { problem_count: change.problemCount } : {}),
          ...(change.unitsCreated !== undefined ? { units_created: change.unitsCreated } : {}),
          ...(change.usersCreated !== undefined ? { users_created: change.usersCreated } : {}),
        })
        .where('id', '=', id),
    );
  }

  /** What the checks need of the province's tree and people: every unit (with today's name and parent), usernames and emails. */
  async existing(em: EntityManager): Promise<Omit<ImportExisting, 'unitTypes'>> {
    const units = await rowsOf(
      em,
      qb
        .selectFrom('tenancy.org_units as o')
        .leftJoin('tenancy.org_unit_links as l', (j) => j.onRef('l.unit_id', '=', 'o.id').on(sql<boolean>`l.valid @> qcdc.today()`))
        .leftJoin('tenancy.org_unit_names as n', (j) => j.onRef('n.unit_id', '=', 'o.id').on(sql<boolean>`n.valid @> qcdc.today()`))
        .select([
          'o.id',
          'o.code',
          sql<string>`coalesce(n.name, o.name)`.as('name'),
          'o.kind',
          sql<string | null>`CASE WHEN l.unit_id IS NULL THEN o.parent_id ELSE l.parent_id END`.as('parentId'),
          'o.opened_on as openedOn',
          'o.closed_on as closedOn',
        ]),
    );
    const people = await rowsOf(em, qb.selectFrom('tenancy.users').select(['username', sql<string | null>`lower(email)`.as('email')]));
    const today = await firstOf(em, qb.selectNoFrom(sql<string>`qcdc.today()`.as('today')));
    return {
      units: units.map((u) => ({ ...u, kind: u.kind as OrgUnitKind })),
      usernames: new Set(people.map((p) => p.username)),
      emails: new Set(people.map((p) => p.email).filter((e): e is string => e !== null)),
      today: (today as { today: string }).today,
    };
  }

  /**
   * Units whose parents exist already (an earlier batch or the province); the trigger on org_units adds
   * each one's first link, name and ancestors, as for a unit made in the form.
   */
  async insertUnits(em: EntityManager, units: readonly UnitToInsert[]): Promise<void> {
    if (units.length === 0) return;
    await execute(
      em,
      qb
        .insertInto('tenancy.org_units')
        .columns(['tenant_id', 'id', 'parent_id', 'code', 'name', 'kind', 'unit_type', 'opened_on', 'expected_from'])
        .expression(
          qb
            .selectFrom(
              sql<{ id: string; parent_id: string; code: string; name: string; kind: string; unit_type: string; opened_on: string }>`(SELECT * FROM unnest(
                ${units.map((u) => u.id)}::uuid[], ${units.map((u) => u.parentId)}::uuid[], ${units.map((u) => u.code)}::text[],
                ${units.map((u) => u.name)}::text[], ${units.map((u) => u.kind)}::text[], ${units.map((u) => u.unitType)}::text[],
                ${units.map((u) => u.openedOn)}::date[]) AS t(id, parent_id, code, name, kind, unit_type, opened_on))`.as('u'),
            )
            .select([
              currentTenant().as('tenant_id'),
              'u.id',
              'u.parent_id',
              'u.code',
              'u.name',
              'u.kind',
              'u.unit_type',
              'u.opened_on',
              sql<string>`u.opened_on`.as('expected_from'),
            ]),
        ),
    );
  }

  /** People invited (no password), each with one membership. */
  async insertUsers(em: EntityManager, users: readonly UserToInsert[]): Promise<void> {
    if (users.length === 0) return;
    await execute(
      em,
      qb
        .insertInto('tenancy.users')
        .columns(['tenant_id', 'id', 'username', 'display_name', 'email'])
        .expression(
          qb
            .selectFrom(
              sql<{ id: string; username: string; display_name: string; email: string }>`(SELECT * FROM unnest(
                ${users.map((u) => u.id)}::uuid[], ${users.map((u) => u.username)}::text[], ${users.map((u) => u.displayName)}::text[],
                ${users.map((u) => u.email)}::text[]) AS t(id, username, display_name, email))`.as('u'),
            )
            .select([currentTenant().as('tenant_id'), 'u.id', 'u.username', 'u.display_name', 'u.email']),
        ),
    );
    await execute(
      em,
      qb
        .insertInto('tenancy.memberships')
        .columns(['tenant_id', 'user_id', 'role', 'org_unit_id'])
        .expression(
          qb
            .selectFrom(
              sql<{ user_id: string; role: string; org_unit_id: string }>`(SELECT * FROM unnest(
                ${users.map((u) => u.id)}::uuid[], ${users.map((u) => u.role)}::text[], ${users.map((u) => u.orgUnitId)}::uuid[])
                AS t(user_id, role, org_unit_id))`.as('m'),
            )
            .select([currentTenant().as('tenant_id'), 'm.user_id', 'm.role', 'm.org_unit_id']),
        ),
    );
  }

  /** The invitation links of new people (nobody had one before, so none is revoked). */
  async insertInvitations(em: EntityManager, links: readonly { userId: string; tokenId: string; secretHash: Buffer; expiresAt: Date }[]): Promise<void> {
    if (links.length === 0) return;
    await execute(
      em,
      qb
        .insertInto('tenancy.user_tokens')
        .columns(['tenant_id', 'id', 'user_id', 'purpose', 'secret_hash', 'expires_at'])
        .expression(
          qb
            .selectFrom(
              sql<{ id: string; user_id: string; secret_hash: Buffer; expires_at: Date }>`(SELECT * FROM unnest(
                ${links.map((l) => l.tokenId)}::uuid[], ${links.map((l) => l.userId)}::uuid[],
                ${links.map((l) => '\\x' + l.secretHash.toString('hex'))}::bytea[], ${links.map((l) => l.expiresAt.toISOString())}::timestamptz[])
                AS t(id, user_id, secret_hash, expires_at))`.as('k'),
            )
            .select([currentTenant().as('tenant_id'), 'k.id', 'k.user_id', sql<string>`'INVITATION'`.as('purpose'), 'k.secret_hash', 'k.expires_at']),
        ),
    );
  }
}
