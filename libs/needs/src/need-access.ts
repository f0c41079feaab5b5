import { Role, type AuthUser, type SqlParams } from '#libs/core';
import type { Need } from './entities/need.entity.js';
import { NeedStatus, NeedVisibility } from './need.enums.js';
import { EDITABLE_STATUSES, NEED_LIFE_CYCLE, type NeedAction } from './need.state-machine.js';

/** What a viewer may read among needs, derived once per request from their memberships. */
export interface NeedAccess {
  loggedIn: boolean;
  /** UNODA moderators and administrators read every need. */
  unoda: boolean;
  /** States for which the viewer is an NPC: they read all of those States' needs. */
  ownStates: string[];
  roles: Role[];
}

/** Statuses anyone allowed by the visibility may read; the rest only the State and UNODA. */
export const LISTED_STATUSES: readonly NeedStatus[] = [
  NeedStatus.PUBLISHED,
  NeedStatus.IN_PROPOSAL,
  NeedStatus.PARTIALLY_FUNDED,
  NeedStatus.FUNDED,
  NeedStatus.CLOSED,
];

export function needAccess(user: AuthUser | undefined): NeedAccess {
  if (!user) return { loggedIn: false, unoda: false, ownStates: [], roles: [] };
  return {
    loggedIn: true,
    unoda: user.hasRole(Role.UNODA_MODERATOR, Role.ADMIN),
    ownStates: user.statesFor(Role.NPC),
    roles: user.roles,
  };
}

export function ownsNeed(access: NeedAccess, need: Pick<Need, 'stateIso3'>): boolean {
  return access.ownStates.includes(need.stateIso3);
}

/** The visibility rules of needs, for one record (the list query applies the same in SQL). */
export function canViewNeed(access: NeedAccess, need: Pick<Need, 'stateIso3' | 'status' | 'visibility'>): boolean {
  if (access.unoda || ownsNeed(access, need)) return true;
  if (!LISTED_STATUSES.includes(need.status)) return false;
  return need.visibility === NeedVisibility.PUBLIC || (access.loggedIn && need.visibility === NeedVisibility.STATES_AND_DONORS);
}

/**
 * The rule of canViewNeed in SQL, over needs (alias `n`) among `statuses`: null when the viewer
 * reads every need (UNODA), else the condition. The needs list and the dashboards apply it.
 */
export function needVisibleSql(access: NeedAccess, statuses: readonly NeedStatus[], sql: SqlParams, n = 'n'): string | null {
  if (access.unoda) return null;
  const visible = [NeedVisibility.PUBLIC, ...(access.loggedIn ? [NeedVisibility.STATES_AND_DONORS] : [])];
  const listed = statuses.filter((s) => LISTED_STATUSES.includes(s));
  const byVisibility = listed.length
    ? `(${n}.visibility = ANY(${sql.param(visible)}::text[])${listed.length < statuses.length ? ` AND ${n}.status = ANY(${sql.param(listed)}::text[])` : ''})`
    : 'false';
  return access.ownStates.length ? `(${byVisibility} OR ${n}.state_iso3 = ANY(${sql.param(access.ownStates)}::text[]))` : byVisibility;
}

/**
 * A State's national reports (and which report a need came from) are for its NPCs and UNODA:
 * the `nationalReports` query and a need's `report` both read this rule.
 */
export function canReadNationalReports(access: NeedAccess, stateIso3: string): boolean {
  return access.unoda || access.ownStates.includes(stateIso3.toUpperCase());
}

/** The State's NPCs and UNODA see a need's workings (return reasons, quality meter). */
export function isPrivileged(access: NeedAccess, need: Pick<Need, 'stateIso3'>): boolean {
  return access.unoda || ownsNeed(access, need);
}

export function availableNeedActions(access: NeedAccess, need: Pick<Need, 'stateIso3' | 'status'>): NeedAction[] {
  if (!access.loggedIn) return [];
  return NEED_LIFE_CYCLE.available(need.status, { roles: access.roles, owns: ownsNeed(access, need) });
}

/**
 * The State's own steps that move no status, as the service enforces them (`update`, `reconfirm`):
 * edit the content while draft, returned or published; say "still needed" while published.
 */
export function ownSteps(access: NeedAccess, need: Pick<Need, 'stateIso3' | 'status'>): { edit: boolean; reconfirm: boolean } {
  const owns = ownsNeed(access, need);
  return { edit: owns && EDITABLE_STATUSES.includes(need.status), reconfirm: owns && need.status === NeedStatus.PUBLISHED };
}
