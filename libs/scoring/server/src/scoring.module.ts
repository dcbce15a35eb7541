import { Module } from '@nestjs/common';
import { RubricRepository } from './rubrics/rubric.repository';
import { RubricResolver } from './rubrics/rubric.resolver';
import { RubricService } from './rubrics/rubric.service';
import { SelfAssessmentRepository } from './self-assessments/self-assessment.repository';
import { SelfAssessmentResolver } from './self-assessments/self-assessment.resolver';
import { SelfAssessmentService } from './self-assessments/self-assessment.service';

/** Scoring: the province's rubrics and the units' self-assessments. */
@Module({
  providers: [
    RubricRepository,
    RubricResolver,
    RubricService,
    SelfAssessmentRepository,
    SelfAssessmentResolver,
    SelfAssessmentService,
  ],
})
export class ScoringModule {}
