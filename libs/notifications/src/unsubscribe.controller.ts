import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '#libs/core';
import { NotificationsService } from './notifications.service.js';
import { renderUnsubscribePage } from './templates/render.js';

/**
 * One-click unsubscribe from e-mails (no login): GET from the link in an e-mail shows the result
 * in the recipient's language; POST is what mail clients send (RFC 8058).
 */
@Public()
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  async page(@Query('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const result = await this.service.unsubscribe(token ?? '');
    await reply
      .status(result.outcome === 'INVALID' ? 400 : 200)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(renderUnsubscribePage(result.language, result.outcome, result.category));
  }

  @Post()
  @HttpCode(200)
  async oneClick(@Query('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const result = await this.service.unsubscribe(token ?? '');
    await reply.status(result.outcome === 'INVALID' ? 400 : 200).send({ outcome: result.outcome });
  }
}
