import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  AuditService,
  BadUserInputError,
  ForbiddenError,
  isUnLanguage,
  OutboxService,
  problemAt,
  reason,
  Role,
  todayUtc,
  withMessage,
  type AuthUser,
  type Refusal,
  type TypedEvent,
  type UnLanguage,
} from '#libs/core';
import { ReferenceDataService } from '#libs/reference-data';
import { ImportResultView, NationalReportView, type ImportProblemView } from './dto/need.types.js';
import { NationalReport } from './entities/national-report.entity.js';
import { Need } from './entities/need.entity.js';
import { parseReportFile } from './import/parse-report-file.js';
import { ReportFileError, type ImportFormat, type ParsedReportFile } from './import/report-file.js';
import { NEED_LIMITS, validateNeedFields, type NeedFields } from './need-fields.js';
import { Instrument, NeedStatus } from './need.enums.js';
import { NeedsService, withDefaults } from './needs.service.js';

/** A problem with the file, as the import result lists it, with its reason (for the refusal's fields). */
type RowProblem = Pick<ImportProblemView, 'row' | 'column'> & Refusal;

/** A problem as the result lists it: its English message, and its reason and params for clients to say it in any language. */
const toView = (p: RowProblem): ImportProblemView => ({ row: p.row, column: p.column, message: p.message, reason: p.reason, params: JSON.stringify(p.params) });

export const REPORT_IMPORTED = 'national_report.imported';

/** The payload of each event type of national reports. */
export type ReportEventPayloads = {
  /** A report imported: its State and how many needs it created and updated. */
  'national_report.imported': { stateIso3: string; created: number; updated: number };
};

export interface ImportRequest {
  stateIso3: string;
  format: ImportFormat;
  content: Buffer;
  dryRun: boolean;
  /** Report metadata given beside the file (needed for CSV, which carries none). */
  meta: { instrument?: string | null; reportingYear?: number | null; language?: string | null; sourceReference?: string | null };
}

interface ReportMeta {
  instrument: Instrument;
  reportingYear: number;
  language: UnLanguage;
  sourceReference: string | null;
}

interface PlannedNeed {
  row: number;
  ref: string;
  section: string | null;
  fields: Partial<NeedFields>;
}

const EDITABLE_BY_IMPORT: readonly NeedStatus[] = [NeedStatus.DRAFT, NeedStatus.RETURNED];

/**
 * Imports the assistance section of a national report from a file (docs/IMPORT.md). A dry run
 * only reports; a real import is all or nothing. Needs are matched by their `ref` within the
 * report, so importing the same report again updates its drafts instead of duplicating them.
 */
@Injectable()
export class ReportImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly referenceData: ReferenceDataService,
    private readonly needs: NeedsService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
  ) {}

  /** `actor` null: an operator on the command line. */
  async import(request: ImportRequest, actor: AuthUser | null): Promise<ImportResultView> {
    const stateIso3 = request.stateIso3.toUpperCase();
    if (actor && !actor.canActForState(stateIso3, [Role.NPC])) {
      throw new ForbiddenError(reason('nationalReport.importForbidden', { state: stateIso3 }));
    }
    await this.referenceData.assertMemberStates('input.stateIso3', [stateIso3]);

    let file: ParsedReportFile;
    try {
      file = await parseReportFile(request.content, request.format);
    } catch (error) {
      if (error instanceof ReportFileError) throw new BadUserInputError(problemAt('input.contentBase64', error.refusal));
      throw error;
    }

    const errors: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const meta = this.reportMeta(file, request, stateIso3, errors);
    const planned = await this.checkRows(file, errors);

    const existingReport = meta
      ? await this.dataSource.getRepository(NationalReport).findOneBy({
          stateIso3,
          instrument: meta.instrument,
          reportingYear: meta.reportingYear,
        })
      : null;
    const existing = existingReport
      ? await this.dataSource.getRepository(Need).find({
          where: { reportId: existingReport.id, sourceRef: In(planned.map((p) => p.ref)) },
        })
      : [];
    const byRef = new Map(existing.map((n) => [n.sourceRef as string, n]));
    const toCreate = planned.filter((p) => !byRef.has(p.ref));
    const toUpdate = planned.filter((p) => EDITABLE_BY_IMPORT.includes(byRef.get(p.ref)?.status as NeedStatus));
    for (const p of planned) {
      const need = byRef.get(p.ref);
      if (need && !EDITABLE_BY_IMPORT.includes(need.status)) {
        const column = file.records.find((r) => r.row === p.row)?.columnOf('ref') ?? 'ref';
        warnings.push({ row: p.row, column, ...reason('import.leftAlone', { ref: p.ref, status: need.status }) });
      }
    }

    const result = Object.assign(new ImportResultView(), {
      dryRun: request.dryRun,
      valid: errors.length === 0,
      report: existingReport ? NationalReportView.from(existingReport) : null,
      rows: file.records.length,
      created: toCreate.length,
      updated: toUpdate.length,
      skipped: planned.length - toCreate.length - toUpdate.length,
      errors: errors.map(toView),
      warnings: warnings.map(toView),
    });
    if (request.dryRun) return result;
    if (errors.length || !meta) {
      throw new BadUserInputError(
        errors.map((e) => problemAt(e.row ? `row ${e.row}, ${e.column}` : (e.column ?? 'file'), e)),
        withMessage(
          reason('import.notImported', { count: errors.length }),
          `The file was not imported: ${errors.length} problem(s), nothing written. ${errors
            .slice(0, 5)
            .map((e) => (e.row ? `Row ${e.row}, ${e.column}: ${e.message}` : `${e.column}: ${e.message}`))
            .join('; ')}${errors.length > 5 ? '; ...' : ''}`,
        ),
      );
    }

    const report = await this.dataSource.transaction(async (manager) => {
      let saved = existingReport;
      if (saved) {
        saved.language = meta.language;
        saved.sourceReference = meta.sourceReference ?? saved.sourceReference;
        saved = await manager.save(saved);
      } else {
        saved = await manager.save(manager.create(NationalReport, { stateIso3, ...meta, submittedByUserId: actor?.id ?? null }));
      }
      const reportId = saved.id;
      if (toCreate.length) {
        await manager.insert(
          Need,
          toCreate.map((p) => ({
            ...withDefaults(p.fields),
            stateIso3,
            reportId,
            reportSection: p.section,
            sourceRef: p.ref,
            originalLanguage: p.fields.language ?? meta.language,
            status: NeedStatus.DRAFT,
            createdByUserId: actor?.id ?? null,
          })),
        );
      }
      for (const p of toUpdate) {
        const need = byRef.get(p.ref) as Need;
        Object.assign(need, withDefaults(p.fields), { reportSection: p.section, originalLanguage: p.fields.language ?? meta.language });
        await manager.save(need);
      }
      const ids = (await manager.find(Need, { where: { reportId, sourceRef: In(planned.map((p) => p.ref)) }, select: { id: true } })).map((n) => n.id);
      await this.needs.refreshUsdEquivalents(manager, { needIds: ids });
      await this.needs.refreshQualityScores(manager, ids);
      await this.audit.record(manager, {
        actorUserId: actor?.id ?? null,
        action: 'national_report.imported',
        entityType: 'national_report',
        entityId: reportId,
        reason: actor ? null : 'command-line import',
        data: { format: request.format, rows: file.records.length, created: toCreate.length, updated: toUpdate.length, skipped: result.skipped },
      });
      const event: TypedEvent<ReportEventPayloads> = {
        type: REPORT_IMPORTED,
        aggregateType: 'national_report',
        aggregateId: reportId,
        actorUserId: actor?.id ?? null,
        payload: { stateIso3, created: toCreate.length, updated: toUpdate.length },
      };
      await this.outbox.record(manager, event);
      return saved;
    });
    result.report = NationalReportView.from(report);
    return result;
  }

  /** The report's metadata from the file, else from the request; problems go to `errors`. */
  private reportMeta(file: ParsedReportFile, request: ImportRequest, stateIso3: string, errors: RowProblem[]): ReportMeta | null {
    const problem = (column: string, refusal: Refusal) =>
      errors.push({ row: null, column, reason: refusal.reason, params: refusal.params, message: refusal.message });
    const fileState = file.report.state;
    if (fileState !== undefined && String(fileState).trim().toUpperCase() !== stateIso3) {
      problem('report.state', reason('import.otherState', { fileState: String(fileState), state: stateIso3 }));
    }
    const pick = (fromFile: unknown, given: unknown, column: string): unknown => {
      const a = fromFile === undefined || fromFile === null || fromFile === '' ? undefined : fromFile;
      const b = given === undefined || given === null || given === '' ? undefined : given;
      if (a !== undefined && b !== undefined && String(a).trim().toLowerCase() !== String(b).trim().toLowerCase()) {
        problem(column, reason('import.metaMismatch', { inFile: String(a), asked: String(b) }));
      }
      return a ?? b;
    };
    const instrument = String(pick(file.report.instrument, request.meta.instrument, 'report.instrument') ?? '')
      .trim()
      .toUpperCase();
    const year = Number(pick(file.report.year, request.meta.reportingYear, 'report.year'));
    const language = String(pick(file.report.language, request.meta.language, 'report.language') ?? '')
      .trim()
      .toLowerCase();
    const source = pick(file.report.sourceReference, request.meta.sourceReference, 'report.sourceReference');
    const before = errors.length;
    if (instrument !== Instrument.POA && instrument !== Instrument.ITI) problem('report.instrument', reason('import.instrument'));
    const thisYear = Number(todayUtc().slice(0, 4));
    if (!Number.isInteger(year) || year < 2001 || year > thisYear + 1) problem('report.year', reason('import.year', { max: thisYear + 1 }));
    if (!isUnLanguage(language)) problem('report.language', reason('import.language'));
    if (source !== undefined && (typeof source !== 'string' || source.length > 500))
      problem('report.sourceReference', reason('import.sourceReference', { max: 500 }));
    if (errors.length > before) return null;
    return {
      instrument: instrument as Instrument,
      reportingYear: year,
      language: language as UnLanguage,
      sourceReference: typeof source === 'string' ? source.trim() : null,
    };
  }

  /** Checks every row against the same rules as the API; collects problems by row and column. */
  private async checkRows(file: ParsedReportFile, errors: RowProblem[]): Promise<PlannedNeed[]> {
    const known = await this.referenceData.codeSets();
    const today = todayUtc();
    const seen = new Map<string, number>();
    const planned: PlannedNeed[] = [];
    for (const record of file.records) {
      const rowErrors: RowProblem[] = [];
      const ref = typeof record.fields.ref === 'string' || typeof record.fields.ref === 'number' ? String(record.fields.ref).trim() : '';
      const at = (column: string, refusal: Refusal) =>
        rowErrors.push({ row: record.row, column, reason: refusal.reason, params: refusal.params, message: refusal.message });
      if (!ref) at(record.columnOf('ref'), reason('import.refRequired'));
      else if (ref.length > NEED_LIMITS.ref) at(record.columnOf('ref'), reason('field.tooLong', { max: NEED_LIMITS.ref }));
      else if (seen.has(ref)) at(record.columnOf('ref'), reason('import.refTaken', { ref, row: seen.get(ref)! }));
      else seen.set(ref, record.row);
      const sectionRaw = record.fields.section;
      const section = sectionRaw === undefined || sectionRaw === null || String(sectionRaw).trim() === '' ? null : String(sectionRaw).trim();
      if (section && section.length > NEED_LIMITS.section) at(record.columnOf('section'), reason('field.tooLong', { max: NEED_LIMITS.section }));
      const { ref: _ref, section: _section, ...raw } = record.fields;
      const { fields, problems } = validateNeedFields(raw, known, { partial: false, today });
      for (const p of problems) at(record.columnOf(p.field), p);
      if (rowErrors.length) errors.push(...rowErrors);
      else planned.push({ row: record.row, ref, section, fields });
    }
    return planned;
  }
}
