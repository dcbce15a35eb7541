import { submissionError, submissionProblems } from './submission-problems';

const base = {
  leafCriteria: [
    { code: '1.1', title: 'Có kế hoạch thực hiện' },
    { code: '1.2', title: 'Quán triệt văn bản' },
  ],
  scores: { '1.1': 5, '1.2': 0 } as Record<string, number | null>,
  requiredSections: [{ key: 'B', number: 'B', title: 'Định hướng' }],
  prose: { B: 'Tiếp tục quán triệt.' } as Record<string, string>,
  flags: [] as { code: string; message: { vi: string; en: string } }[],
};
const flag = { code: 'EVIDENCE_MISSING', message: { vi: 'Thiếu minh chứng tiêu chí 1.2', en: 'Evidence missing for 1.2' } };

describe('submissionProblems', () => {
  it.each([
    ['everything scored and written (a zero is a score)', {}, []],
    ['a blank criterion', { scores: { '1.1': 5, '1.2': null } }, ['BLOCKING CRITERION_BLANK 1.2']],
    ['a criterion never scored', { scores: { '1.2': 1 } }, ['BLOCKING CRITERION_BLANK 1.1']],
    ['an empty required section', { prose: { B: ' \n ' } }, ['BLOCKING SECTION_EMPTY B']],
    ['a section never written', { prose: {} }, ['BLOCKING SECTION_EMPTY B']],
    ['a flag', { flags: [flag] }, ['WARNING FLAGGED EVIDENCE_MISSING']],
    ['a signer named', { signerName: 'Cao Danh Vọng' }, []],
    ['no signer named', { signerName: '  ' }, ['BLOCKING HEADER_INCOMPLETE header.signature.name']],
    ['all at once', { scores: {}, prose: {}, flags: [flag] }, [
      'BLOCKING CRITERION_BLANK 1.1',
      'BLOCKING CRITERION_BLANK 1.2',
      'BLOCKING SECTION_EMPTY B',
      'WARNING FLAGGED EVIDENCE_MISSING',
    ]],
  ])('%s', (_name, change, expected) => {
    const problems = submissionProblems({ ...base, ...change });
    expect(problems.map((p) => `${p.severity} ${p.reason} ${p.ref}`)).toEqual(expected);
  });
});

describe('submissionError', () => {
  it('is null with warnings only', () => expect(submissionError(submissionProblems({ ...base, flags: [flag] }))).toBeNull());
  it('names the first blocking problem', () => {
    const err = submissionError(submissionProblems({ ...base, prose: {} }));
    expect([err?.code, err?.details['reason'], err?.details['field'], err?.message]).toEqual([
      'BAD_USER_INPUT',
      'SUBMISSION_INCOMPLETE',
      'prose',
      'Báo cáo chưa thể gửi: còn 1 mục cần hoàn thành. Mục B (Định hướng) chưa có nội dung. Vui lòng viết mục này trước khi gửi.',
    ]);
  });
});
