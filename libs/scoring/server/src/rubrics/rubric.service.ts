import { Injectable } from '@nestjs/common';
import { Caller } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, recordAudit } from '@qcdc/shared/db';
import { DEFAULT_RUBRIC } from '@qcdc/scoring/domain';
import { RubricRepository, RubricRow } from './rubric.repository';

/** The province's rubric per year (the year is checked at the edge: rubricYearArgs). */
@Injectable()
export class RubricService {
  constructor(
    private readonly db: TenantDb,
    private readonly rubrics: RubricRepository,
  ) {}

  byYear(year: number): Promise<RubricRow | null> {
    return this.db.transaction((em) => this.rubrics.findByYear(em, year));
  }

  /** Province admin: takes the default 100-point rubric for a year; a second call returns the existing one. */
  adoptDefault(caller: Caller, year: number): Promise<RubricRow> {
    assertRole(caller, ['PROVINCE_ADMIN']);
    return this.db.transaction(
      async (em) => {
        const name = `Bộ tiêu chí đánh giá thực hiện dân chủ ở cơ sở năm ${year}`;
        const id = await this.rubrics.insert(em, year, name, DEFAULT_RUBRIC);
        const after = { year, name, criteria: DEFAULT_RUBRIC.length };
        if (id) await recordAudit(em, 'scoring', { by: caller, as: ['PROVINCE_ADMIN'], action: 'rubric.adopt-default', objectId: id, after });
        return (await this.rubrics.findByYear(em, year)) as RubricRow;
      },
      { write: true },
    );
  }
}
