import { z } from 'zod';
import { type Bilingual, field } from '@qcdc/shared/contracts';
import type { ActivityKindDefinition } from './definition';
import { flag, notes, subject } from './fields';

/** Who inspected or supervised. */
export const INSPECTORS = ['PEOPLES_INSPECTION', 'UNION', 'PARTY_COMMITTEE', 'HIGHER_LEVEL'] as const;
export type Inspector = (typeof INSPECTORS)[number];

export const INSPECTOR_NAMES: Record<Inspector, Bilingual> = {
  PEOPLES_INSPECTION: { vi: 'Ban Thanh tra nhân dân', en: "The People's Inspection Board" },
  UNION: { vi: 'Công đoàn', en: 'The trade union' },
  PARTY_COMMITTEE: { vi: 'Cấp ủy', en: 'The Party committee' },
  HIGHER_LEVEL: { vi: 'Cấp trên', en: 'A higher level' },
};

/** Kiểm tra, giám sát: the staff watch over how the rules are kept. */
export const inspectionFacts = z.object({
  by: field.oneOf({ vi: 'đơn vị kiểm tra, giám sát', en: 'who inspected' }, INSPECTORS),
  subject: subject({ vi: 'nội dung kiểm tra, giám sát', en: 'what was inspected' }),
  findings: notes({ vi: 'kết quả, kiến nghị', en: 'the findings' }),
  closed: flag({ vi: 'tình trạng (đã kết thúc hay chưa)', en: 'whether it is closed' }),
  /** Whether it found a serious violation (the rubric's veto); absent on inspections recorded before it was asked. */
  seriousViolation: flag({ vi: 'có phát hiện vi phạm nghiêm trọng hay không', en: 'whether it found a serious violation' })
    .nullish()
    .transform((value) => value ?? false),
});
export type InspectionFacts = z.output<typeof inspectionFacts>;

export const inspection: ActivityKindDefinition<InspectionFacts> = {
  code: 'INSPECTION',
  name: { vi: 'Kiểm tra, giám sát', en: 'Inspection or supervision' },
  facts: inspectionFacts,
  rules: [],
  figureNames: ['inspections', 'closed', 'open', 'peoplesInspection', 'seriousViolations'],
  figures: ({ by, closed, seriousViolation }) => ({
    inspections: 1,
    closed: closed ? 1 : 0,
    open: closed ? 0 : 1,
    peoplesInspection: by === 'PEOPLES_INSPECTION' ? 1 : 0,
    seriousViolations: seriousViolation ? 1 : 0,
  }),
  summary: ({ by, subject, closed }) => `${INSPECTOR_NAMES[by].vi} giám sát ${subject}${closed ? '' : ' (chưa kết thúc)'}`,
};
