import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import {
  AuditService,
  type AuthUser,
  BadUserInputError,
  ForbiddenError,
  isUnLanguage,
  OutboxService,
  Role,
  todayUtc,
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

export const REPORT_IMPORTED = 'national_report.imported';

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
      throw new ForbiddenError(`Only the NPCs of ${stateIso3} can import its national reports.`);
    }
    await this.referenceData.assertMemberStates('input.stateIso3', [stateIso3]);

    let file: ParsedReportFile;
    try {
      file = await parseReportFile(request.content, request.format);
    } catch (error) {
      if (error instanceof ReportFileError) throw new BadUserInputError({ field: 'input.contentBase64', message: error.message });
      throw error;
    }

    const errors: ImportProblemView[] = [];
    const warnings: ImportProblemView[] = [];
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
        warnings.push({ row: p.row, column: file.records.find((r) => r.row === p.row)?.columnOf('ref') ?? 'ref', message: `need ${p.ref} is ${need.status}: left as it is (edit it in the platform)` });
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
      errors,
      warnings,
    });
    if (request.dryRun) return result;
    if (errors.length || !meta) {
      throw new BadUserInputError(
        errors.map((e) => ({ field: e.row ? `row ${e.row}, ${e.column}` : (e.column ?? 'file'), message: e.message })),
        `The file was not imported: ${errors.length} problem(s), nothing written. ${errors
          .slice(0, 5)
          .map((e) => (e.row ? `Row ${e.row}, ${e.column}: ${e.message}` : `${e.column}: ${e.message}`))
          .join('; ')}${errors.length > 5 ? '; ...' : ''}`,
      );
    }

    const report = await this.dataSource.transaction(async (manager) => {
      let saved = existingReport;
      if (saved) {
        saved.language = meta.language;
        saved.sourceReference = meta.sourceReference ?? saved.sourceReference;
        saved = await manager.save(saved);
      } else {
        saved = await manager.save(
          manager.create(NationalReport, { stateIso3, ...meta, submittedByUserId: actor?.id ?? null }),
        );
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
      await this.outbox.record(manager, {
        type: REPORT_IMPORTED,
        aggregateType: 'national_report',
        aggregateId: reportId,
        actorUserId: actor?.id ?? null,
        payload: { stateIso3, created: toCreate.length, updated: toUpdate.length },
      });
      return saved;
    });
    result.report = NationalReportView.from(report);
    return result;
  }

  /** The report's metadata from the file, else from the request; problems go to `errors`. */
  private reportMeta(file: ParsedReportFile, request: ImportRequest, stateIso3: string, errors: ImportProblemView[]): ReportMeta | null {
    const problem = (column: string, message: string) => errors.push({ row: null, column, message });
    const fileState = file.report.state;
    if (fileState !== undefined && String(fileState).trim().toUpperCase() !== stateIso3) {
      problem('report.state', `the file is the report of ${String(fileState)}, not of ${stateIso3}`);
    }
    const pick = (fromFile: unknown, given: unknown, column: string): unknown => {
      const a = fromFile === undefined || fromFile === null || fromFile === '' ? undefined : fromFile;
      const b = given === undefined || given === null || given === '' ? undefined : given;
      if (a !== undefined && b !== undefined && String(a).trim().toLowerCase() !== String(b).trim().toLowerCase()) {
        problem(column, `the file says ${String(a)} but the import was asked for ${String(b)}`);
      }
      return a ?? b;
    };
    const instrument = String(pick(file.report.instrument, request.meta.instrument, 'report.instrument') ?? '').trim().toUpperCase();
    const year = Number(pick(file.report.year, request.meta.reportingYear, 'report.year'));
    const language = String(pick(file.report.language, request.meta.language, 'report.language') ?? '').trim().toLowerCase();
    const source = pick(file.report.sourceReference, request.meta.sourceReference, 'report.sourceReference');
    const before = errors.length;
    if (instrument !== Instrument.POA && instrument !== Instrument.ITI) problem('report.instrument', 'must be POA or ITI (in the file, or given with the import)');
    const thisYear = Number(todayUtc().slice(0, 4));
    if (!Number.isInteger(year) || year < 2001 || year > thisYear + 1) problem('report.year', `must be a reporting year from 2001 to ${thisYear + 1}`);
    if (!isUnLanguage(language)) problem('report.language', 'must be one of ar, zh, en, fr, ru, es');
    if (source !== undefined && (typeof source !== 'string' || source.length > 500)) problem('report.sourceReference', 'must be a text of at most 500 characters');
    if (errors.length > before) return null;
    return {
      instrument: instrument as Instrument,
      reportingYear: year,
      language: language as UnLanguage,
      sourceReference: typeof source === 'string' ? source.trim() : null,
    };
  }

  /** Checks every row against the same rules as the API; collects problems by row and column. */
  private async checkRows(file: ParsedReportFile, errors: ImportProblemView[]): Promise<PlannedNeed[]> {
    const known = await this.referenceData.codeSets();
    const today = todayUtc();
    const seen = new Map<string, number>();
    const planned: PlannedNeed[] = [];
    for (const record of file.records) {
      const rowErrors: ImportProblemView[] = [];
      const ref = typeof record.fields.ref === 'string' || typeof record.fields.ref === 'number' ? String(record.fields.ref).trim() : '';
      if (!ref) rowErrors.push({ row: record.row, column: record.columnOf('ref'), message: 'is required: a reference of the need within the report' });
      else if (ref.length > NEED_LIMITS.ref) rowErrors.push({ row: record.row, column: record.columnOf('ref'), message: `must be at most ${NEED_LIMITS.ref} characters` });
      else if (seen.has(ref)) rowErrors.push({ row: record.row, column: record.columnOf('ref'), message: `${ref} is already used by row ${seen.get(ref)}` });
      else seen.set(ref, record.row);
      const sectionRaw = record.fields.section;
      const section = sectionRaw === undefined || sectionRaw === null || String(sectionRaw).trim() === '' ? null : String(sectionRaw).trim();
      if (section && section.length > NEED_LIMITS.section) rowErrors.push({ row: record.row, column: record.columnOf('section'), message: `must be at most ${NEED_LIMITS.section} characters` });
      const { ref: _ref, section: _section, ...raw } = record.fields;
      const { fields, problems } = validateNeedFields(raw, known, { partial: false, today });
      for (const p of problems) rowErrors.push({ row: record.row, column: record.columnOf(p.field), message: p.message });
      if (rowErrors.length) errors.push(...rowErrors);
      else planned.push({ row: record.row, ref, section, fields });
    }
    return planned;
  }
}
