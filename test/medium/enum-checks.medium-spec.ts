import { Client } from 'pg';
import { ACTIVITY_KINDS, EVIDENCE_CONTENT_TYPES } from '@qcdc/activities/domain';
import {
  RENDER_JOB_STATUSES,
  RENDER_SUBJECTS,
  REPORT_ACTIONS,
  REPORT_FILE_MEDIA,
  REPORT_STATUSES,
  REPORT_TEMPLATE_CODES,
} from '@qcdc/reports/domain';
import { ROLLUP_DIMENSIONS, STANDING_STATUSES } from '@qcdc/rollups/domain';
import { RUBRIC_STATUSES, SCORING_METHODS } from '@qcdc/scoring/domain';
import {
  BANDS,
  BOARD_KINDS,
  BOARD_ROLES,
  ORG_UNIT_KINDS,
  PERIOD_KINDS,
  PERIOD_STATUSES,
  ROLES,
  TENANT_KINDS,
  TENANT_STATUSES,
} from '@qcdc/shared/contracts';
import { ownerClient } from '@qcdc/shared/testing';
import { IMPORT_STATUSES, LINK_PURPOSES, SESSION_END_REASONS } from '@qcdc/tenancy/domain';

/**
 * Each enum is defined once, as a TypeScript list; the SQL CHECK that guards its column must allow exactly
 * the same values. A migration that adds an enum CHECK adds its line here, naming the list it repeats.
 */
const ENUM_CHECKS: Record<string, readonly string[]> = {
  'tenancy.tenants.kind': TENANT_KINDS,
  'tenancy.tenants.status': TENANT_STATUSES,
  'tenancy.org_units.kind': ORG_UNIT_KINDS,
  'tenancy.memberships.role': ROLES,
  'tenancy.user_tokens.purpose': LINK_PURPOSES,
  'tenancy.sessions.end_reason': SESSION_END_REASONS,
  'tenancy.unit_profile_boards.kind': BOARD_KINDS,
  'tenancy.unit_profile_seats.role': BOARD_ROLES,
  'tenancy.imports.status': IMPORT_STATUSES,
  'reports.reporting_periods.kind': PERIOD_KINDS,
  'reports.reporting_periods.status': PERIOD_STATUSES,
  'reports.reports.status': REPORT_STATUSES,
  'reports.reports.template_code': REPORT_TEMPLATE_CODES,
  'reports.report_history.action': REPORT_ACTIONS,
  'reports.render_jobs.subject': RENDER_SUBJECTS,
  'reports.render_jobs.status': RENDER_JOB_STATUSES,
  'reports.report_files.media': REPORT_FILE_MEDIA,
  'activities.activities.kind': ACTIVITY_KINDS,
  'activities.evidence_files.content_type': EVIDENCE_CONTENT_TYPES,
  'scoring.rubrics.status': RUBRIC_STATUSES,
  'scoring.criteria.method': SCORING_METHODS,
  'rollups.unit_standings.status': STANDING_STATUSES,
  'rollups.unit_standings.band': BANDS,
  'rollups.cells.dimension': ROLLUP_DIMENSIONS,
};

interface EnumCheck {
  column: string;
  values: string[];
}

const LITERAL = /'((?:[^']|'')*)'::[a-z ]+/g;
const literals = (list: string) => [...list.matchAll(LITERAL)].map((m) => m[1].replace(/''/g, "'"));

/**
 * The value lists in a CHECK as PostgreSQL prints it (pg_get_constraintdef). `col IN ('A', 'B')` prints as
 * `col = ANY (ARRAY['A'::text, 'B'::text])` (with casts around a varchar column), and `col IN ('A')` as the
 * whole constraint `CHECK ((col = 'A'::text))`. An equality inside a larger expression, such as
 * `(kind = 'X') = (parent_id IS NULL)`, is a rule between columns, not an enum.
 */
function enumChecksIn(definition: string): EnumCheck[] {
  const found: EnumCheck[] = [];
  const anyArray = /\(?(\w+)\)?(?:::[a-z ]+)? = ANY \(\(?ARRAY\[((?:'(?:[^']|'')*'::[a-z ]+(?:, )?)+)\]/g;
  for (const m of definition.matchAll(anyArray)) {
    // `(status IN ('DONE', 'FAILED')) = (finished_at IS NOT NULL)` ties two columns: a rule, not the enum.
    const rest = definition.slice((m.index ?? 0) + m[0].length);
    if (/^\]?\)+ = /.test(rest)) continue;
    found.push({ column: m[1], values: literals(m[2]) });
  }
  const single = /^CHECK \(\(\(?(\w+)\)?(?:::[a-z ]+)? = ('(?:[^']|'')*'::[a-z ]+)\)\)$/.exec(definition);
  if (single) found.push({ column: single[1], values: literals(single[2]) });
  return found;
}

describe('enumChecksIn (how the catalogue prints a CHECK)', () => {
  it.each([
    ["CHECK ((a = ANY (ARRAY['X'::text, 'Y'::text])))", [{ column: 'a', values: ['X', 'Y'] }]],
    ["CHECK ((b = 'Z'::text))", [{ column: 'b', values: ['Z'] }]],
    [
      "CHECK (((c)::text = ANY ((ARRAY['P'::character varying, 'Q'::character varying])::text[])))",
      [{ column: 'c', values: ['P', 'Q'] }],
    ],
    ["CHECK ((f = ANY (ARRAY['x''y'::text, 'a,b'::text])))", [{ column: 'f', values: ["x'y", 'a,b'] }]],
    ["CHECK (((kind = 'PROVINCE_COMMITTEE'::text) = (parent_id IS NULL)))", []],
    ["CHECK (((status = ANY (ARRAY['DONE'::text, 'FAILED'::text])) = (finished_at IS NOT NULL)))", []],
    ["CHECK ((code ~ '^[a-z0-9][a-z0-9-]{1,31}$'::text))", []],
    ['CHECK (((year >= 2000) AND (year <= 2100)))', []],
  ])('%s', (definition, expected) => {
    expect(enumChecksIn(definition)).toEqual(expected);
  });
});

describe('enum CHECKs in the migrated database', () => {
  let owner: Client;
  let checks: { key: string; constraint: string; values: string[] }[];

  beforeAll(async () => {
    owner = await ownerClient();
    const { rows } = await owner.query<{ table: string; constraint: string; definition: string }>(
      `SELECT n.nspname || '.' || c.relname AS table, con.conname AS constraint,
              pg_get_constraintdef(con.oid) AS definition
         FROM pg_constraint con
         JOIN pg_class c ON c.oid = con.conrelid
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE con.contype = 'c' AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname NOT LIKE 'pg\\_%'
        ORDER BY 1, 2`,
    );
    checks = rows.flatMap((r) =>
      enumChecksIn(r.definition).map((e) => ({ key: `${r.table}.${e.column}`, constraint: r.constraint, values: e.values })),
    );
  });

  afterAll(() => owner.end());

  it('finds the enum CHECKs of the foundation', () => {
    // A parser that silently found nothing would pass every comparison below.
    expect(checks.map((c) => c.key)).toEqual(expect.arrayContaining(['tenancy.memberships.role', 'activities.activities.kind']));
  });

  it('allows exactly the values of its TypeScript list, for every enum CHECK', () => {
    const sorted = (values: readonly string[]) => [...values].sort();
    const problems = checks.flatMap(({ key, constraint, values }) => {
      const list = ENUM_CHECKS[key];
      if (!list) {
        return [
          `${key} (constraint ${constraint}) checks against [${values.join(', ')}], but no TypeScript list is named ` +
            `for it. Define the list once (in the owning domain lib or @qcdc/shared/contracts) and add ` +
            `'${key}': <LIST> to ENUM_CHECKS in test/medium/enum-checks.medium-spec.ts.`,
        ];
      }
      if (JSON.stringify(sorted(values)) !== JSON.stringify(sorted(list))) {
        return [
          `${key} (constraint ${constraint}) allows [${sorted(values).join(', ')}] but its TypeScript list is ` +
            `[${sorted(list).join(', ')}]. Change the CHECK in a new migration, or the list, so they agree.`,
        ];
      }
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('has a CHECK for every list named in ENUM_CHECKS', () => {
    const checked = new Set(checks.map((c) => c.key));
    const stale = Object.keys(ENUM_CHECKS).filter((key) => !checked.has(key));
    expect(stale.map((key) => `${key} is in ENUM_CHECKS but the database has no enum CHECK on it`)).toEqual([]);
  });
});
