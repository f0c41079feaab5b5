import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { FastifyAdapter } from '@bull-board/fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Queue } from 'bullmq';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  AppConfig,
  AuthUserLoader,
  EVENTS_QUEUE,
  MAINTENANCE_QUEUE,
  MATCHING_QUEUE,
  NOTIFICATIONS_QUEUE,
  readToken,
  Role,
  signToken,
  type AuthUser,
} from '#libs/core';

export const DASHBOARD_PATH = '/admin/queues';
const COOKIE = 'gis_queue_dashboard';
const LINK_SECONDS = 5 * 60;
const SESSION_SECONDS = 30 * 60;

/**
 * Bull Board, the queue dashboard, for administrators only. A browser cannot send the API's bearer
 * token, so an administrator asks for a link (`queueDashboardLink`, valid 5 minutes); following it
 * sets a signed, HttpOnly session cookie scoped to the dashboard (30 minutes). Every request
 * re-checks that the account is still an active administrator or UNODA moderator (the operators).
 */
@Injectable()
export class QueueDashboard {
  constructor(
    private readonly config: AppConfig,
    private readonly users: AuthUserLoader,
  ) {}

  linkFor(user: AuthUser): string {
    return `${this.config.publicUrl}${DASHBOARD_PATH}?token=${encodeURIComponent(this.sign(user.id, LINK_SECONDS, 'link'))}`;
  }

  /** Mounts the dashboard on the api's Fastify instance, behind the check. */
  async mount(app: NestFastifyApplication): Promise<void> {
    const serverAdapter = new FastifyAdapter();
    serverAdapter.setBasePath(DASHBOARD_PATH);
    const queues = [EVENTS_QUEUE, NOTIFICATIONS_QUEUE, MATCHING_QUEUE, MAINTENANCE_QUEUE].map((name) => new BullMQAdapter(app.get<Queue>(getQueueToken(name))));
    createBullBoard({ queues, serverAdapter, options: { uiConfig: { boardTitle: 'GIS queues' } } });
    const fastify = app.getHttpAdapter().getInstance();
    fastify.addHook('onRequest', async (request, reply) => {
      if (request.url === DASHBOARD_PATH || request.url.startsWith(`${DASHBOARD_PATH}/`) || request.url.startsWith(`${DASHBOARD_PATH}?`))
        await this.guard(request, reply);
    });
    await fastify.register(serverAdapter.registerPlugin() as never, { prefix: DASHBOARD_PATH });
  }

  private async guard(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const linkToken = (request.query as Record<string, string | undefined>)?.token;
    if (linkToken) {
      const userId = this.verify(linkToken, 'link');
      if (!userId || !(await this.isOperator(userId))) return this.refuse(reply);
      const session = this.sign(userId, SESSION_SECONDS, 'session');
      await reply
        .header(
          'set-cookie',
          `${COOKIE}=${session}; Path=${DASHBOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${SESSION_SECONDS}${this.config.isProduction ? '; Secure' : ''}`,
        )
        .redirect(DASHBOARD_PATH, 303);
      return;
    }
    const cookie = (request.headers.cookie ?? '')
      .split(';')
      .map((c) => c.trim())
      .find((c) => c.startsWith(`${COOKIE}=`))
      ?.slice(COOKIE.length + 1);
    const userId = cookie ? this.verify(cookie, 'session') : null;
    if (!userId || !(await this.isOperator(userId))) return this.refuse(reply);
  }

  private async refuse(reply: FastifyReply): Promise<void> {
    await reply
      .status(401)
      .header('content-type', 'text/plain; charset=utf-8')
      .send('Administrators and UNODA moderators only: open the link given by the queueDashboardLink query.');
  }

  private async isOperator(userId: string): Promise<boolean> {
    const user = await this.users.load(userId);
    return !!user && (user.hasRole(Role.ADMIN) || user.hasRole(Role.UNODA_MODERATOR));
  }

  private sign(userId: string, seconds: number, purpose: 'link' | 'session'): string {
    return signToken(this.config.jwtSecret, `queue-dashboard:${purpose}`, { userId }, new Date(Date.now() + seconds * 1000));
  }

  private verify(token: string, purpose: 'link' | 'session'): string | null {
    const read = readToken<{ userId?: unknown }>(this.config.jwtSecret, `queue-dashboard:${purpose}`, token);
    return read.ok && typeof read.payload.userId === 'string' ? read.payload.userId : null;
  }
}
