import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Logger } from 'nestjs-pino';
import { HttpRefusalFilter, httpRefusal, Public } from '#libs/core';
import { ExportsService } from './exports.service.js';

/**
 * GET /exports/<signed link>: the file, streamed as it is read. The link is the credential (it
 * names its reader, who is loaded afresh), so the route is public and asks for no token.
 */
@Public()
// What the AuthGuard refuses before the handler (a bad Bearer token) is said as the API says it, not a 500.
@UseFilters(HttpRefusalFilter)
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly service: ExportsService,
    private readonly logger: Logger,
  ) {}

  @Get(':token')
  async download(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    try {
      const file = await this.service.open(token);
      file.body.on('error', (error) => this.logger.error({ err: error }, 'An export failed while it was being written', 'Exports'));
      await reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.body);
    } catch (error) {
      const refusal = httpRefusal(error);
      if (refusal.unexpected) this.logger.error({ err: error }, 'An export could not start', 'Exports');
      await reply.status(refusal.status).header('cache-control', 'no-store').send(refusal.body);
    }
  }
}
