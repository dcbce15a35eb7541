import { type AppError, type Bilingual, badInput } from '@qcdc/shared/contracts';

/** A problem the submit button shows: BLOCKING stops the submission, WARNING asks the head to confirm. */
export interface SubmissionProblem {
  severity: 'BLOCKING' | 'WARNING';
  reason: 'CRITERION_BLANK' | 'SECTION_EMPTY' | 'HEADER_INCOMPLETE' | 'FLAGGED';
  /** The criterion's code, the section's key, or the flag's code. */
  ref: string;
  message: Bilingual;
}

export interface SubmissionCheckInput {
  /** The rubric's leaf criteria (those that are scored). */
  leafCriteria: readonly { code: string; title: string }[];
  /** The unit's self-score per criterion code; null or absent is blank. */
  scores: Readonly<Record<string, number | null | undefined>>;
  /** The template's sections that need prose (`proseRequired`). */
  requiredSections: readonly { key: string; number: string; title: string }[];
  /** The prose per section key. */
  prose: Readonly<Record<string, string | null | undefined>>;
  /** The scoring's flags on the report (evidence missing, a figure out of range …): warnings only. */
  flags: readonly { code: string; message: Bilingual }[];
  /** The signer's name in the header, when the check covers the header (blank blocks: the head signs by name). */
  signerName?: string | null;
}

/** What stands between a draft and its submission, blocking problems first. Pure: the web and the service share it. */
export function submissionProblems(input: SubmissionCheckInput): SubmissionProblem[] {
  const blankCriteria = input.leafCriteria
    .filter((c) => input.scores[c.code] === null || input.scores[c.code] === undefined)
    .map<SubmissionProblem>((c) => ({
      severity: 'BLOCKING',
      reason: 'CRITERION_BLANK',
      ref: c.code,
      message: {
        vi: `Tiêu chí ${c.code} (${c.title}) chưa được chấm điểm. Vui lòng chấm điểm trước khi gửi.`,
        en: `Criterion ${c.code} (${c.title}) has no score. Score it before submitting.`,
      },
    }));
  const emptySections = input.requiredSections
    .filter((s) => !input.prose[s.key]?.trim())
    .map<SubmissionProblem>((s) => ({
      severity: 'BLOCKING',
      reason: 'SECTION_EMPTY',
      ref: s.key,
      message: {
        vi: `Mục ${s.number} (${s.title}) chưa có nội dung. Vui lòng viết mục này trước khi gửi.`,
        en: `Section ${s.number} (${s.title}) is empty. Write it before submitting.`,
      },
    }));
  const header: SubmissionProblem[] =
    input.signerName !== undefined && !input.signerName?.trim()
      ? [
          {
            severity: 'BLOCKING',
            reason: 'HEADER_INCOMPLETE',
            ref: 'header.signature.name',
            message: {
              vi: 'Chưa có họ tên người ký. Vui lòng điền phần chữ ký ở cuối báo cáo trước khi gửi.',
              en: "The signer's name is missing. Fill in the signature at the end of the report before submitting.",
            },
          },
        ]
      : [];
  const flags = input.flags.map<SubmissionProblem>((f) => ({ severity: 'WARNING', reason: 'FLAGGED', ref: f.code, message: f.message }));
  return [...blankCriteria, ...emptySections, ...header, ...flags];
}

/** The error a submission with blocking problems gets: BAD_USER_INPUT SUBMISSION_INCOMPLETE listing them; null when none. */
export function submissionError(problems: readonly SubmissionProblem[]): AppError | null {
  const blocking = problems.filter((p) => p.severity === 'BLOCKING');
  const [first] = blocking;
  if (!first) return null;
  return badInput(
    `Báo cáo chưa thể gửi: còn ${blocking.length} mục cần hoàn thành. ${first.message.vi}`,
    `The report cannot be submitted yet: ${blocking.length} item(s) to complete. ${first.message.en}`,
    { reason: 'SUBMISSION_INCOMPLETE', field: first.reason === 'CRITERION_BLANK' ? 'scores' : 'prose', problems: blocking },
  );
}
