/**
 * Where the browser tests find the server that global-setup.ts started, and what it made there.
 * The global setup runs in Playwright's runner process and passes these on to the workers through
 * the environment.
 */
export const WEB_TEST_PORT = Number(process.env.WEB_TEST_PORT ?? 3399);
export const BASE_URL = `http://localhost:${WEB_TEST_PORT}`;
export const DEMO_PASSWORD = 'gis-demo-2026';

/** Demo accounts (libs/setup/src/demo-data.ts). */
export const DEMO = {
  admin: { email: 'admin@example.org', name: 'Demo Administrator' },
  moderator: { email: 'moderator@example.org', name: 'Demo UNODA Moderator' },
  npc: { email: 'npc.ghana@example.org', name: 'Demo NPC of Ghana' },
  donor: { email: 'donor.germany@example.org', name: 'Demo Donor (Germany)' },
  reviewer: { email: 'reviewer.unrec@example.org', name: 'Demo UNREC Reviewer' },
} as const;

/** Records the global setup found or made through the API, for the pages that show them. */
export interface Fixtures {
  /** A published PUBLIC need written in French (Senegal's, demo data), with an English machine translation. */
  frenchNeed: { id: string; title: string };
  /** A published offer of the demo donor. */
  offer: { id: string; title: string };
  /** The demo donor organisation (Germany), whose profile is public. */
  donor: { id: string; name: string };
  /** A funded proposal of Ghana: public. */
  proposal: { id: string; title: string; reference: string };
  /** A suggested match UNODA's moderator may see. */
  match: { id: string };
  /** A scheduled GIS meeting with the proposal on its agenda. */
  meeting: { id: string; title: string };
}

const FIXTURES_VAR = 'GIS_WEB_E2E_FIXTURES';
const MAIL_VAR = 'GIS_WEB_E2E_MAIL_URL';

export function fixtures(): Fixtures {
  const raw = process.env[FIXTURES_VAR];
  if (!raw) throw new Error(`${FIXTURES_VAR} is not set: run the browser tests through "npm run test:browser" (global setup)`);
  return JSON.parse(raw) as Fixtures;
}

export function publishFixtures(value: Fixtures): void {
  process.env[FIXTURES_VAR] = JSON.stringify(value);
}

/** The HTTP face of the SMTP sink: GET <url>?to=<address> lists the mails received for that address. */
export function mailSinkUrl(): string {
  const url = process.env[MAIL_VAR];
  if (!url) throw new Error(`${MAIL_VAR} is not set: run the browser tests through "npm run test:browser" (global setup)`);
  return url;
}

export function publishMailSinkUrl(url: string): void {
  process.env[MAIL_VAR] = url;
}
