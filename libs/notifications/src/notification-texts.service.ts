import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig, pickLocalized, type LocalizedText, type UnLanguage } from '#libs/core';
import { invitationExpiries, InvitationsService, organisationNames } from '#libs/identity';
import { needLabels } from '#libs/needs';
import { offerLabels } from '#libs/offers';
import { meetingLabels, proposalLabels } from '#libs/proposals';
import { ReferenceDataService } from '#libs/reference-data';
import type { NotificationPayload } from './event-payloads.js';
import { NOTIFICATION_ROUTES, type NotificationCategory } from './notification-routes.js';
import { roleName } from './templates/labels.js';
import { languageOrDefault, renderMessage, type Message, type TemplateVariables } from './templates/render.js';

/** A notification with its event, as stored: what rendering needs. */
export interface StoredNotification {
  id: string;
  eventType: string;
  category: NotificationCategory;
  createdAt: Date;
  readAt: Date | null;
  aggregateType: string;
  aggregateId: string;
  /** As the event's type says (DomainEventPayloads); read here as any of them. */
  payload: NotificationPayload;
}

export interface RenderedNotification extends StoredNotification {
  message: Message;
  link: string;
}

/** The reader, as far as wording goes. */
export interface Reader {
  language: string;
  timeZone: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : typeof value === 'number' ? String(value) : null);

/**
 * Turns stored notifications into words and links for one reader: reads the records they are
 * about in a few batched queries (titles, references, names; events carry ids, not text), then
 * fills the message of each event type in the reader's language (English when unknown). A record
 * deleted since leaves its placeholders empty rather than failing.
 */
@Injectable()
export class NotificationTexts {
  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
    private readonly referenceData: ReferenceDataService,
  ) {}

  /** Intl formatters cost far more to build than to use: one set per language and time zone. */
  private readonly formatters = new Map<string, { dates: Intl.DateTimeFormat; times: Intl.DateTimeFormat; percent: Intl.NumberFormat }>();

  private formattersFor(language: UnLanguage, timeZone: string) {
    const key = `${language} ${timeZone}`;
    let found = this.formatters.get(key);
    if (!found) {
      found = {
        dates: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }),
        times: new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: safeZone(timeZone) }),
        percent: new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }),
      };
      // Bounded: 6 languages times the time zones readers chose.
      if (this.formatters.size < 1000) this.formatters.set(key, found);
    }
    return found;
  }

  async render(items: readonly StoredNotification[], reader: Reader): Promise<RenderedNotification[]> {
    if (!items.length) return [];
    const language = languageOrDefault(reader.language);
    const ids = (pick: (n: StoredNotification) => unknown) => [...new Set(items.map(pick).filter((v): v is string => typeof v === 'string' && !!v))];
    // The record of that type: the event's own, else the one its payload names (no event names a meeting or a match in its payload).
    const of = (n: StoredNotification, type: string, field?: keyof NotificationPayload) =>
      n.aggregateType === type ? n.aggregateId : field && n.payload[field];
    const read = <T>(labels: (db: DataSource, ids: string[]) => Promise<T[]>, values: string[]) =>
      values.length ? labels(this.dataSource, values) : Promise.resolve([] as T[]);
    // Each feature reads its own tables (need-queries.ts, offer-queries.ts, proposal-queries.ts, identity-queries.ts).
    const aggregateIds = (type: string, field?: keyof NotificationPayload) => ids((n) => of(n, type, field));
    const payloadIds = (field: keyof NotificationPayload) => ids((n) => n.payload[field]);
    const [needs, offers, proposals, meetings, organisations, invitations] = await Promise.all([
      read(needLabels, aggregateIds('need', 'needId')),
      read(offerLabels, aggregateIds('offer', 'offerId')),
      read(proposalLabels, aggregateIds('proposal', 'proposalId')),
      read(meetingLabels, aggregateIds('meeting')),
      read(organisationNames, payloadIds('organisationId')),
      read(invitationExpiries, payloadIds('invitationId')),
    ]);
    const find = <T extends { id: string }>(list: T[], id: unknown) => list.find((r) => r.id === id);
    const { dates, times, percent } = this.formattersFor(language, reader.timeZone);
    // State names from the reference data in memory.
    const stateNames = new Map<string, LocalizedText>();
    for (const iso3 of [...payloadIds('stateIso3'), ...needs.map((n) => n.stateIso3)]) {
      const state = stateNames.has(iso3) ? null : await this.referenceData.findMemberState(iso3);
      if (state) stateNames.set(iso3, state.names);
    }

    return items.map((n) => {
      const p = n.payload;
      const need = find(needs, of(n, 'need', 'needId'));
      const offer = find(offers, of(n, 'offer', 'offerId'));
      const proposal = find(proposals, of(n, 'proposal', 'proposalId'));
      const meeting = find(meetings, of(n, 'meeting'));
      const state = stateNames.get(String(p.stateIso3)) ?? (need ? stateNames.get(need.stateIso3) : undefined);
      const amount = text(p.amount);
      const currency = text(p.currency);
      const day = text(p.validUntil) ?? text(p.deadline);
      const startsAt = meeting?.startsAt ?? (text(p.startsAt) ? new Date(String(p.startsAt)) : null);
      const variables: TemplateVariables = {
        needTitle: need?.title ?? null,
        stateName: state ? pickLocalized(state, language) : null,
        offerTitle: offer?.title ?? null,
        organisationName: find(organisations, p.organisationId)?.name ?? offer?.organisation ?? null,
        reference: proposal?.reference ?? text(p.reference),
        proposalTitle: proposal?.title ?? null,
        meetingTitle: meeting?.title ?? text(p.title),
        startsAt: startsAt && !Number.isNaN(startsAt.getTime()) ? times.format(startsAt) : null,
        reason: text(p.reason),
        amount: amount && currency ? formatMoney(language, amount, currency) : null,
        revision: text(p.revision),
        date: day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? dates.format(new Date(`${day}T00:00:00Z`)) : null,
        daysLeft: text(p.daysLeft),
        score: text(p.score) ? percent.format(String(p.score) as Intl.StringNumericLiteral) : null,
        role: typeof p.role === 'string' ? roleName(language, p.role) : null,
      };
      const invitation = find(invitations, p.invitationId);
      return { ...n, message: renderMessage(n.eventType, language, variables), link: this.link(n, invitation) };
    });
  }

  /** Where the reader goes from the notification: the record in the web client. */
  private link(n: StoredNotification, invitation: { id: string; expiresAt: Date } | undefined): string {
    const base = this.config.publicUrl;
    const target = NOTIFICATION_ROUTES[n.eventType]?.link;
    const id = (type: string, field?: keyof NotificationPayload) =>
      encodeURIComponent(String((n.aggregateType === type ? n.aggregateId : field && n.payload[field]) ?? ''));
    switch (target) {
      case 'need':
        return `${base}/needs/${id('need', 'needId')}`;
      case 'offer':
        return `${base}/offers/${id('offer', 'offerId')}`;
      case 'match':
        return `${base}/matches/${id('match')}`;
      case 'proposal':
        return `${base}/proposals/${id('proposal', 'proposalId')}`;
      case 'meeting':
        return `${base}/meetings/${id('meeting')}`;
      case 'invitation':
        return invitation ? this.invitations.acceptUrlFor(invitation) : `${base}/`;
      default:
        return `${base}/notifications`;
    }
  }
}

/** Exact money in the reader's language; the plain amount and code if the currency is unknown to Intl. */
function formatMoney(language: UnLanguage, amount: string, currency: string): string {
  try {
    return new Intl.NumberFormat(language, { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);
  } catch {
    return `${amount} ${currency}`;
  }
}

function safeZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}
