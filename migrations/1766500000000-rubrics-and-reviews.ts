import { MigrationInterface, QueryRunner } from 'typeorm';
import { tenantIsolation } from './sql';

/**
 * Rubrics a province drafts and publishes, self-assessments with evidence, and reviewers' scores beside them.
 *
 * - `criteria` keep their tree (`parent_code`), their scoring method with its parameters (`method_params`, the
 *   domain's ScoringMethod; `method` stays its kind), the activity kinds that evidence them and the code of
 *   last year's criterion they continue. The criteria there were come from the default rubric: they get its
 *   methods and kinds by code.
 * - `rubrics` get a version (optimistic concurrency on the draft), the day they were published, their band
 *   thresholds and veto rules. The rubrics there were stay PUBLISHED (units scored against them) with the
 *   default bands and no veto rules, as they were scored.
 * - `criterion_evidence`: what a self-score of a criterion rests on, an activity or an evidence file, by id.
 *   Neither has a foreign key: both live in the activities service, which the scoring service checks through
 *   its read models when the link is saved.
 * - `review_scores`: a reviewer's points and comment per criterion, kept beside the self-score, never over it;
 *   `self_assessments.review_version` counts the reviews' saves; `self_assessments.vetoes` keeps the veto rules
 *   that capped the band when it was saved.
 */
export class RubricsAndReviews1766500000000 implements MigrationInterface {
  name = 'RubricsAndReviews1766500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE scoring.rubrics
        ADD COLUMN version int NOT NULL DEFAULT 1 CHECK (version >= 1),
        ADD COLUMN published_at timestamptz,
        ADD COLUMN bands jsonb NOT NULL DEFAULT '{"tot": 90, "kha": 70, "trungBinh": 50}',
        ADD COLUMN vetoes jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN updated_at timestamptz,
        ADD COLUMN updated_by uuid;
      UPDATE scoring.rubrics SET published_at = created_at WHERE status = 'PUBLISHED';
      ALTER TABLE scoring.rubrics
        ALTER COLUMN status SET DEFAULT 'DRAFT',
        ADD CONSTRAINT rubrics_published CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL)),
        ADD CONSTRAINT rubrics_bands_object CHECK (jsonb_typeof(bands) = 'object'),
        ADD CONSTRAINT rubrics_vetoes_array CHECK (jsonb_typeof(vetoes) = 'array');

      ALTER TABLE scoring.criteria
        ADD COLUMN parent_code text,
        ADD COLUMN method_params jsonb NOT NULL DEFAULT '{"kind": "MANUAL"}',
        ADD COLUMN activity_kinds text[] NOT NULL DEFAULT '{}',
        ADD COLUMN previous_code text;
      UPDATE scoring.criteria c SET method_params = d.method, method = d.method->>'kind', activity_kinds = d.kinds
        FROM (VALUES
          ('1.1', '{"kind":"MANUAL"}'::jsonb, '{}'::text[]),
          ('1.2', '{"kind":"RATIO","part":"BRIEFING_PRESENT","whole":"BRIEFING_ELIGIBLE","fullAt":0.9,"whenNone":"ZERO"}', '{BRIEFING}'),
          ('2.1', '{"kind":"COUNT_AT_LEAST","measure":"PLAN_BUDGET_DISCLOSURES","atLeast":2}', '{DISCLOSURE}'),
          ('2.2', '{"kind":"COUNT_AT_LEAST","measure":"PERSONNEL_DISCLOSURES","atLeast":1}', '{DISCLOSURE,TRAINING_PERSONNEL}'),
          ('3.1', '{"kind":"COUNT_AT_LEAST","measure":"STAFF_DECISIONS_TAKEN","atLeast":1}', '{STAFF_DECISION}'),
          ('4.1', '{"kind":"COUNT_AT_LEAST","measure":"CONSULTATIONS_HELD","atLeast":2}', '{CONSULTATION}'),
          ('4.2', '{"kind":"MANUAL"}', '{CONSULTATION}'),
          ('5.1', '{"kind":"COUNT_AT_LEAST","measure":"PEOPLES_INSPECTION_SESSIONS","atLeast":2}', '{INSPECTION}'),
          ('5.2', '{"kind":"DEDUCTION","measure":"INSPECTION_FINDINGS_OPEN","pointsEach":2}', '{INSPECTION}'),
          ('6.1', '{"kind":"YES_NO","measure":"STAFF_CONFERENCES_HELD"}', '{STAFF_CONFERENCE}'),
          ('6.2', '{"kind":"MANUAL"}', '{STAFF_CONFERENCE}'),
          ('7.1', '{"kind":"YES_NO","measure":"SIX_MONTH_REVIEW_HELD"}', '{}'),
          ('7.2', '{"kind":"RATIO","part":"COMPLAINTS_RESOLVED","whole":"COMPLAINTS_IN_JURISDICTION","fullAt":1,"whenNone":"FULL"}', '{COMPLAINT_CASE}')
        ) AS d (code, method, kinds)
        WHERE c.code = d.code;
      ALTER TABLE scoring.criteria
        ADD CONSTRAINT criteria_method_check CHECK (method IN ('MANUAL', 'YES_NO', 'RATIO', 'COUNT_AT_LEAST', 'DEDUCTION')),
        ADD CONSTRAINT criteria_method_params CHECK (method_params->>'kind' = method),
        ADD CONSTRAINT criteria_not_own_parent CHECK (parent_code IS NULL OR parent_code <> code);

      CREATE TABLE scoring.criterion_evidence (
        tenant_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        assessment_id uuid NOT NULL,
        criterion_id uuid NOT NULL,
        activity_id uuid,
        evidence_file_id uuid,
        PRIMARY KEY (tenant_id, id),
        CONSTRAINT criterion_evidence_one_target CHECK ((activity_id IS NULL) <> (evidence_file_id IS NULL)),
        FOREIGN KEY (tenant_id, assessment_id, criterion_id)
          REFERENCES scoring.self_assessment_scores (tenant_id, assessment_id, criterion_id) ON DELETE CASCADE
      );
      CREATE INDEX criterion_evidence_by_score ON scoring.criterion_evidence (tenant_id, assessment_id, criterion_id);
      ${tenantIsolation('scoring.criterion_evidence')}

      ALTER TABLE scoring.self_assessments
        ADD COLUMN review_version int NOT NULL DEFAULT 0 CHECK (review_version >= 0),
        ADD COLUMN vetoes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(vetoes) = 'array');
      CREATE TABLE scoring.review_scores (
        tenant_id uuid NOT NULL,
        assessment_id uuid NOT NULL,
        criterion_id uuid NOT NULL,
        points numeric(6, 2) NOT NULL CHECK (points >= 0),
        comment text,
        reviewed_by uuid NOT NULL,
        reviewed_at timestamptz NOT NULL DEFAULT qcdc.now(),
        PRIMARY KEY (tenant_id, assessment_id, criterion_id),
        FOREIGN KEY (tenant_id, assessment_id) REFERENCES scoring.self_assessments (tenant_id, id),
        FOREIGN KEY (tenant_id, criterion_id) REFERENCES scoring.criteria (tenant_id, id)
      );
      ${tenantIsolation('scoring.review_scores')}

      GRANT SELECT, INSERT, UPDATE, DELETE ON scoring.criterion_evidence, scoring.review_scores TO qcdc_scoring;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      DROP TABLE scoring.review_scores;
      ALTER TABLE scoring.self_assessments DROP COLUMN review_version, DROP COLUMN vetoes;
      DROP TABLE scoring.criterion_evidence;
      ALTER TABLE scoring.criteria
        DROP CONSTRAINT criteria_method_check, DROP CONSTRAINT criteria_method_params, DROP CONSTRAINT criteria_not_own_parent,
        DROP COLUMN parent_code, DROP COLUMN method_params, DROP COLUMN activity_kinds, DROP COLUMN previous_code;
      UPDATE scoring.criteria SET method = 'MANUAL';
      DELETE FROM scoring.criteria c USING scoring.rubrics r
        WHERE r.tenant_id = c.tenant_id AND r.id = c.rubric_id AND r.status = 'DRAFT';
      DELETE FROM scoring.rubrics WHERE status = 'DRAFT';
      ALTER TABLE scoring.rubrics
        DROP CONSTRAINT rubrics_published, DROP CONSTRAINT rubrics_bands_object, DROP CONSTRAINT rubrics_vetoes_array,
        ALTER COLUMN status SET DEFAULT 'PUBLISHED',
        DROP COLUMN version, DROP COLUMN published_at, DROP COLUMN bands, DROP COLUMN vetoes,
        DROP COLUMN updated_at, DROP COLUMN updated_by;
    `);
  }
}
