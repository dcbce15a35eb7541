import { z } from 'zod';
import { type Bilingual, field } from '@qcdc/shared/contracts';
import { customaryCount } from '../attendance';
import type { ActivityKindDefinition } from './definition';
import { HEAD_COUNT_MAX, subject } from './fields';

export const PERSONNEL_DECISIONS = ['TRAINING', 'PROMOTION_EXAM', 'RECRUITMENT', 'RESIGNATION', 'PAY_RISE', 'ALLOWANCE', 'LEAVE', 'OTHER'] as const;
export type PersonnelDecision = (typeof PERSONNEL_DECISIONS)[number];

export const PERSONNEL_DECISION_NAMES: Record<PersonnelDecision, Bilingual> = {
  TRAINING: { vi: 'Đào tạo, bồi dưỡng', en: 'Training' },
  PROMOTION_EXAM: { vi: 'Thi nâng ngạch', en: 'Promotion exam' },
  RECRUITMENT: { vi: 'Tuyển dụng', en: 'Recruitment' },
  RESIGNATION: { vi: 'Nghỉ việc', en: 'Resignation' },
  PAY_RISE: { vi: 'Nâng lương', en: 'Pay rise' },
  ALLOWANCE: { vi: 'Phụ cấp', en: 'Allowance' },
  LEAVE: { vi: 'Nghỉ phép', en: 'Leave' },
  OTHER: { vi: 'Khác', en: 'Other' },
};

/** Đào tạo, nâng lương, tuyển dụng…: a decision about people, and how many it concerned. */
export const trainingPersonnelFacts = z.object({
  decision: field.oneOf({ vi: 'loại quyết định', en: 'the kind of decision' }, PERSONNEL_DECISIONS),
  what: subject({ vi: 'nội dung', en: 'what was decided' }),
  people: field.int({ vi: 'số người', en: 'the number of people' }, { min: 1, max: HEAD_COUNT_MAX }),
});
export type TrainingPersonnelFacts = z.output<typeof trainingPersonnelFacts>;

export const trainingPersonnel: ActivityKindDefinition<TrainingPersonnelFacts> = {
  code: 'TRAINING_PERSONNEL',
  name: { vi: 'Đào tạo, bồi dưỡng và công tác cán bộ', en: 'Training and personnel decision' },
  facts: trainingPersonnelFacts,
  rules: [],
  figureNames: ['decisions', 'people'],
  figures: ({ people }) => ({ decisions: 1, people }),
  summary: ({ what, people }) => `${what}: ${customaryCount(people)} đ/c`,
};
