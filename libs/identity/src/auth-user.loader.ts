import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuthUser, AuthUserLoader, isUnLanguage, type AuthMembership, type OrganisationType, type Role } from '#libs/core';

interface Row {
  id: string;
  email: string;
  preferred_language: string;
  organisation_id: string | null;
  organisation_type: OrganisationType | null;
  state_iso3: string | null;
  regional_organisation_code: string | null;
  role: Role | null;
}

/** Reads an active user and their memberships in one query, once per request. */
@Injectable()
export class IdentityAuthUserLoader extends AuthUserLoader {
  constructor(private readonly dataSource: DataSource) {
    super();
  }

  async load(userId: string): Promise<AuthUser | null> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT u.id, u.email, u.preferred_language,
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
    return new AuthUser(rows[0].id, rows[0].email, language, memberships);
  }
}
