import { Inject, Injectable } from '@nestjs/common';
import mammoth from 'mammoth';
import { CLOCK } from '@qcdc/shared/config';
import { Caller, Clock, Role, badInput, conflict, notFound } from '@qcdc/shared/contracts';
import { TenantDb, assertRole, assertUnitInScope, recordAudit } from '@qcdc/shared/db';
import { ImportLegacyReport, LegacyReportDraft, legacyFileKind, parseLegacyReport } from '@qcdc/reports/domain';
import { PeriodRepository } from '../periods/period.repository';
import { ReportRepository, ReportRow } from '../reports/report.repository';
import { LegacyImportRepository } from './legacy.repository';

const READERS_OF_PAST_REPORTS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD', 'PROVINCE_ADMIN'];
const WRITERS: Role[] = ['UNIT_REPORTER', 'UNIT_HEAD'];

/** A past report read for a person to check: the parser's draft and its warnings' messages. */
export interface LegacyParse {
  draft: LegacyReportDraft;
  warnings: string[];
}

/** Past reports (the 2006 structure) read from text or a file, and confirmed into a unit's draft. */
@Injectable()
export class LegacyImportService {
  constructor(
    private readonly db: TenantDb,
    private readonly drafts: LegacyImportRepository,
    private readonly periods: PeriodRepository,
    private readonly reports: ReportRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** Reads pasted text; writes nothing (the transaction is the session's check: a signed-out token stops here). */
  parseText(caller: Caller, text: string): Promise<LegacyParse> {
    assertRole(caller, READERS_OF_PAST_REPORTS);
    return this.db.transaction(async () => {
      const draft = parseLegacyReport(text);
      return { draft, warnings: draft.warnings.map((w) => w.message) };
    });
  }

  /** Reads an uploaded file: a Word document through mammoth's raw text, or UTF-8 text; writes nothing. */
  async parseFile(caller: Caller, bytes: Buffer): Promise<LegacyParse> {
    assertRole(caller, READERS_OF_PAST_REPORTS);
    const kind = legacyFileKind(bytes);
    return this.parseText(caller, kind === 'DOCX' ? await docxText(bytes) : bytes.toString('utf8'));
  }

  /**
   * Creates the unit's DRAFT for the period from what the person confirmed (template DECREE_71_2006). A report
   * that exists and is more than an empty draft is the person's work: CONFLICT, nothing written.
   */
  import(caller: Caller, input: ImportLegacyReport): Promise<{ report: ReportRow; roles: Role[] }> {
    return this.db.transaction(
      async (em) => {
        await assertUnitInScope(em, caller, input.unitId, WRITERS);
        const period = await this.periods.findById(em, input.periodId);
        if (!period) throw notFound('Không tìm thấy kỳ báo cáo. Vui lòng tải lại trang.', 'There is no such reporting period. Reload the page.', { field: 'periodId' });
        if (period.status !== 'OPEN') {
          throw badInput(
            'Kỳ báo cáo đã đóng, không nhận báo cáo mới. Hãy chọn kỳ khác hoặc liên hệ quản trị tỉnh để mở lại kỳ.',
            'The reporting period is closed. Choose another period or ask the province administrator to reopen it.',
            { field: 'periodId', reason: 'PERIOD_CLOSED' },
          );
        }
        const write = { ...input, templateCode: 'DECREE_71_2006' as const, header: input.header ?? null, by: caller.userId, at: this.clock.now() };
        const slot = await this.drafts.lockSlot(em, input.unitId, input.periodId);
        if (slot && !slot.empty) throw alreadyReported();
        if (slot) await this.drafts.fill(em, slot, write);
        else if (!(await this.drafts.insert(em, write))) throw alreadyReported();
        const report = (await this.reports.find(em, input.unitId, input.periodId)) as ReportRow;
        await recordAudit(em, 'reports', {
          by: caller, as: WRITERS, within: input.unitId, action: 'report.import-legacy', objectId: report.id,
          before: slot && { status: slot.status },
          after: { status: report.status, templateCode: write.templateCode, sections: Object.keys(input.prose), imported: input.imported },
        });
        // The importer is the unit's reporter or head (assertUnitInScope): what it may do next follows from those roles.
        return { report, roles: WRITERS.filter((role) => caller.memberships.some((m) => m.role === role)) };
      },
      { write: true },
    );
  }
}

const alreadyReported = () =>
  conflict(
    'Đơn vị đã có báo cáo cho kỳ này. Hãy mở báo cáo đó để sửa, hoặc chọn kỳ khác để nhập báo cáo cũ.',
    'The unit already has a report for this period. Open it to edit, or choose another period for the past report.',
    { field: 'periodId', reason: 'REPORT_EXISTS' },
  );

async function docxText(bytes: Buffer): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer: bytes })).value;
  } catch {
    throw badInput(
      'Không đọc được tệp Word này (tệp hỏng hoặc không phải .docx). Hãy mở tệp trong Word, lưu lại thành .docx, hoặc dán nội dung báo cáo.',
      'This Word file cannot be read (damaged or not a .docx). Open it in Word and save it as .docx, or paste the report’s text.',
      { field: 'file', reason: 'FILE_UNREADABLE' },
    );
  }
}
