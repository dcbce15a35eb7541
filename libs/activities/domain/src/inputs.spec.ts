import { z } from 'zod';
import { inputVerdict } from '@qcdc/shared/contracts';
import { activitiesArgs, recordBriefingInput } from './inputs';
import { BRIEFING_TEXT_LIMITS } from './limits';

const verdict = inputVerdict;

const UUID = '2e6b1bf7-8010-4cfd-bf82-b8925025df74';
const briefing = { unitId: UUID, occurredOn: '2006-08-23', topic: 'Quán triệt Chỉ thị 30', documents: null, present: 15, eligible: 16 };

describe('activities input schemas', () => {
  it.each<[string, z.ZodType, unknown, string]>([
    ['a briefing', recordBriefingInput, briefing, 'ok'],
    ['a briefing with documents over two lines', recordBriefingInput, { ...briefing, documents: 'CV 337/LĐLĐ\nCV 12/ĐU' }, 'ok'],
    ['a unit that is not an id', recordBriefingInput, { ...briefing, unitId: 'không-phải-mã' }, 'NOT_FOUND unitId'],
    ['31 February', recordBriefingInput, { ...briefing, occurredOn: '2026-02-31' }, 'BAD_USER_INPUT occurredOn'],
    ['the year 0', recordBriefingInput, { ...briefing, occurredOn: '0000-03-01' }, 'BAD_USER_INPUT occurredOn'],
    ['a NUL in the topic', recordBriefingInput, { ...briefing, topic: 'Phổ biến\u0000' }, 'BAD_USER_INPUT topic'],
    ['a topic of zero-width characters', recordBriefingInput, { ...briefing, topic: '\u200b\u200c\u200d\ufeff' }, 'BAD_USER_INPUT topic'],
    ['a 501-character topic', recordBriefingInput, { ...briefing, topic: 'x'.repeat(501) }, 'BAD_USER_INPUT topic'],
    ['a NUL in the documents', recordBriefingInput, { ...briefing, documents: '\u0000' }, 'BAD_USER_INPUT documents'],
    ['2,001 characters of documents', recordBriefingInput, { ...briefing, documents: 'x'.repeat(2001) }, 'BAD_USER_INPUT documents'],
    ['fewer than none present', recordBriefingInput, { ...briefing, present: -1 }, 'BAD_USER_INPUT present'],
    ['nobody eligible', recordBriefingInput, { ...briefing, eligible: 0 }, 'BAD_USER_INPUT eligible'],
    ['2^31-1 eligible', recordBriefingInput, { ...briefing, eligible: 2_147_483_647 }, 'BAD_USER_INPUT eligible'],
    ['a year', activitiesArgs, { unitId: UUID, year: 2026 }, 'ok'],
    ...[-1, 0, 1999, 2101, 2_147_483_647].map((year): [string, z.ZodType, unknown, string] => [
      `the year ${year}`,
      activitiesArgs,
      { unitId: UUID, year },
      'BAD_USER_INPUT year',
    ]),
  ])('%s: %#', (_name, schema, value, expected) => expect(verdict(schema, value)).toBe(expected));

  it.each(['topic', 'documents'] as const)('takes a %s of the length the web form allows, not one more', (key) => {
    const max = BRIEFING_TEXT_LIMITS[key];
    expect(verdict(recordBriefingInput, { ...briefing, [key]: 'x'.repeat(max) })).toBe('ok');
    expect(verdict(recordBriefingInput, { ...briefing, [key]: 'x'.repeat(max + 1) })).toBe(`BAD_USER_INPUT ${key}`);
  });
});
