import { Module } from '@nestjs/common';
import { RecordsRepository } from './records/records.repository';
import { RubricRepository } from './rubrics/rubric.repository';
import { RubricResolver } from './rubrics/rubric.resolver';
import { RubricService } from './rubrics/rubric.service';
import { SelfAssessmentRepository } from './self-assessments/self-assessment.repository';
import { SelfAssessmentResolver } from './self-assessments/self-assessment.resolver';
import { SelfAssessmentService } from './self-assessments/self-assessment.service';
import { ScoringSheetResolver } from './sheets/scoring-sheet.resolver';
import { ScoringSheetService } from './sheets/scoring-sheet.service';

/** Scoring: the province's rubrics, the units' self-assessments with their evidence, and the reviews. */
@Module({
  providers: [
    RecordsRepository,
    RubricRepository,
    RubricResolver,
    RubricService,
    SelfAssessmentRepository,
    SelfAssessmentResolver,
    SelfAssessmentService,
    ScoringSheetResolver,
    ScoringSheetService,
  ],
})
export class ScoringModule {}
