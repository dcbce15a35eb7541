import { z } from 'zod';
import { type Bilingual, badInput, field } from '@qcdc/shared/contracts';
import type { ActivityKindDefinition } from './definition';
import { subject } from './fields';

/** What the law says the head discloses (công khai), the item a disclosure falls under. */
export const DISCLOSURE_ITEMS = [
  'POLICIES',
  'PLANS',
  'BUDGET',
  'PUBLIC_ASSETS',
  'RECRUITMENT',
  'APPOINTMENTS',
  'PAY_RISES',
  'REWARDS_DISCIPLINE',
  'INSPECTION_COMPLAINT_RESULTS',
  'INTERNAL_RULES',
  'OTHER',
] as const;
export type DisclosureItem = (typeof DISCLOSURE_ITEMS)[number];

export const DISCLOSURE_ITEM_NAMES: Record<DisclosureItem, Bilingual> = {
  POLICIES: { vi: 'Chủ trương, chính sách, pháp luật liên quan đến cơ quan', en: 'Policies and laws concerning the unit' },
  PLANS: { vi: 'Kế hoạch công tác', en: 'Work plans' },
  BUDGET: { vi: 'Kinh phí hoạt động và việc sử dụng', en: 'The budget and how it was spent' },
  PUBLIC_ASSETS: { vi: 'Tài sản công', en: 'Public assets' },
  RECRUITMENT: { vi: 'Tuyển dụng', en: 'Recruitment' },
  APPOINTMENTS: { vi: 'Bổ nhiệm, điều động, luân chuyển', en: 'Appointments and transfers' },
  PAY_RISES: { vi: 'Nâng lương, chế độ chính sách', en: 'Pay rises and benefits' },
  REWARDS_DISCIPLINE: { vi: 'Thi đua, khen thưởng, kỷ luật', en: 'Rewards and discipline' },
  INSPECTION_COMPLAINT_RESULTS: { vi: 'Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo', en: 'Results of inspections and complaints' },
  INTERNAL_RULES: { vi: 'Nội quy, quy chế của cơ quan', en: 'Internal rules' },
  OTHER: { vi: 'Nội dung khác', en: 'Other' },
};

/** How a thing is made known. */
export const DISCLOSURE_FORMS = ['POSTING', 'MEETING', 'WRITTEN_NOTICE', 'INTERNAL_WEBSITE'] as const;
export type DisclosureForm = (typeof DISCLOSURE_FORMS)[number];

export const DISCLOSURE_FORM_NAMES: Record<DisclosureForm, Bilingual> = {
  POSTING: { vi: 'niêm yết', en: 'posted up' },
  MEETING: { vi: 'tại hội nghị', en: 'at a meeting' },
  WRITTEN_NOTICE: { vi: 'bằng văn bản', en: 'in writing' },
  INTERNAL_WEBSITE: { vi: 'trên trang thông tin nội bộ', en: 'on the internal website' },
};

/** The items a plan-and-budget disclosure covers, and those a personnel disclosure covers (the rubric counts each). */
export const PLAN_BUDGET_ITEMS: readonly DisclosureItem[] = ['PLANS', 'BUDGET', 'PUBLIC_ASSETS'];
export const PERSONNEL_ITEMS: readonly DisclosureItem[] = ['RECRUITMENT', 'APPOINTMENTS', 'PAY_RISES', 'REWARDS_DISCIPLINE'];

const formsLabel = { vi: 'hình thức công khai', en: 'the forms of disclosure' };

/** Công khai: the head makes a thing known to the staff. */
export const disclosureFacts = z.object({
  item: subject({ vi: 'nội dung công khai', en: 'what was disclosed' }),
  legalItem: field.oneOf({ vi: 'nhóm nội dung theo quy định', en: 'the legal item' }, DISCLOSURE_ITEMS),
  forms: field
    .list(formsLabel, field.oneOf(formsLabel, DISCLOSURE_FORMS), { max: DISCLOSURE_FORMS.length })
    .transform((forms) => [...new Set(forms)]),
});
export type DisclosureFacts = z.output<typeof disclosureFacts>;

export function assertSomeForm(facts: DisclosureFacts): void {
  if (facts.forms.length === 0) {
    throw badInput(
      'Vui lòng chọn ít nhất một hình thức công khai (niêm yết, tại hội nghị, bằng văn bản…).',
      'Choose at least one form of disclosure (posted up, at a meeting, in writing…).',
      { field: 'forms' },
    );
  }
}

export const disclosure: ActivityKindDefinition<DisclosureFacts> = {
  code: 'DISCLOSURE',
  name: { vi: 'Công khai', en: 'Disclosure' },
  facts: disclosureFacts,
  rules: [assertSomeForm],
  figureNames: ['disclosures', 'planBudget', 'personnel'],
  figures: ({ legalItem }) => ({
    disclosures: 1,
    planBudget: PLAN_BUDGET_ITEMS.includes(legalItem) ? 1 : 0,
    personnel: PERSONNEL_ITEMS.includes(legalItem) ? 1 : 0,
  }),
  summary: ({ item, forms }) => `Công khai ${item} (${forms.map((form) => DISCLOSURE_FORM_NAMES[form].vi).join(', ')})`,
};
