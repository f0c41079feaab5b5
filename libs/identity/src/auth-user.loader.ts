import { Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, AuthUserLoader, isUnLanguage, PgListener, ResponseCache, type AuthMembership, type OrganisationType, type Role } from '#libs/core';

interface Row {
  id: string;
  email: string;
  preferred_language: string;
  time_zone: string;
  organisation_id: string | null;
  organisation_type: OrganisationType | null;
  state_iso3: string | null;
  regional_organisation_code: string | null;
  role: Role | null;
}

/** Where triggers on app_user, membership and organisation announce a change (migration AddIdentityNotify). */
export const IDENTITY_CHANNEL = 'identity';

/** A backstop only: every change is notified, and the copies are dropped when the LISTEN is lost. */
const MAX_AGE_MS = 60_000;
/** Users kept at once; the oldest loaded goes first. */
const MAX_USERS = 10_000;

/**
 * Reads an active user and their memberships in one query, and keeps them in this process's
 * memory until they change: a trigger NOTIFYs `identity` with the user's id at the commit of any
 * change to their account or memberships (an empty payload when an organisation changes: every
 * copy goes), whichever process or hand-written SQL made it. While the LISTEN is not in place,
 * every request reads afresh. This process's own changes drop the copy before their mutation
 * answers (`changed`), so the next request of the same process sees them; other processes within
 * the notification's delivery (milliseconds).
 */
@Injectable()
export class IdentityAuthUserLoader extends AuthUserLoader implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(IdentityAuthUserLoader.name);
  private readonly listener: PgListener;
  private readonly kept = new Map<string, { user: Promise<AuthUser | null>; at: number }>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly responses: ResponseCache,
  ) {
    super();
    this.listener = new PgListener(
      dataSource,
      IDENTITY_CHANNEL,
      (userId) => this.changed(userId || null),
      this.logger,
      () => this.changed(null),
    );
  }

  load(userId: string): Promise<AuthUser | null> {
    if (!this.listener.listening) return this.read(userId);
    const kept = this.kept.get(userId);
    if (kept && performance.now() - kept.at <= MAX_AGE_MS) return kept.user;
    if (this.kept.size >= MAX_USERS) this.kept.delete(this.kept.keys().next().value!);
    // Kept from the start of the read, so a change notified while it runs drops it too.
    const user = this.read(userId);
    this.kept.delete(userId);
    this.kept.set(userId, { user, at: performance.now() });
    user.catch(() => {
      if (this.kept.get(userId)?.user === user) this.kept.delete(userId);
    });
    return user;
  }

  /** Drops the copy of `userId` (null: of everyone), after a change committed or notified. */
  changed(userId: string | null): void {
    if (userId) this.kept.delete(userId);
    else this.kept.clear();
    // A kept answer may have been let through with the dropped copy.
    this.responses.drop();
  }

  onApplicationBootstrap(): void {
    this.listener.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.listener.stop();
  }

  private async read(userId: string): Promise<AuthUser | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.preferred_language, u.time_zone,
              o.id AS organisation_id, o.type AS organisation_type, o.state_iso3, o.regional_organisation_code, m.role
         FROM app_user u
         LEFT JOIN membership m ON m.user_id = u.id
         LEFT JOIN organisation o ON o.id = m.organisation_id
        WHERE u.id = $1 AND u.status = 'ACTIVE'`,
      [userId],
    );
    if (!rows.length) return null;
    const memberships: AuthMembership[] = rows
      .filter((r) => r.role && r.organisation_id && r.organisation_type)
      .map((r) => ({
        organisationId: r.organisation_id as string,
        organisationType: r.organisation_type as OrganisationType,
        stateIso3: r.state_iso3,
        regionalOrganisationCode: r.regional_organisation_code,
        role: r.role as Role,
      }));
    const language = isUnLanguage(rows[0].preferred_language) ? rows[0].preferred_language : 'en';
    return new AuthUser(rows[0].id, rows[0].email, language, memberships, rows[0].time_zone);
  }
}
