import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Logger } from 'nestjs-pino';
import { HttpRefusalFilter, Public } from '#libs/core';
import { ExportsService } from './exports.service.js';

/**
 * GET /exports/<signed link>: the file, streamed as it is read. The link is the credential (it
 * names its reader, who is loaded afresh), so the route is public and asks for no token. A refusal
 * (the link's or the AuthGuard's, e.g. a bad Bearer token) is JSON, as HttpRefusalFilter says it.
 */
@Public()
@UseFilters(HttpRefusalFilter)
@Controller('exports')
export class ExportsController {
  constructor(
    private readonly service: ExportsService,
    private readonly logger: Logger,
  ) {}

  @Get(':token')
  async download(@Param('token') token: string, @Res() reply: FastifyReply): Promise<void> {
    const file = await this.service.open(token);
    // Past the headers a failure can only cut the download short: it is logged.
    file.body.on('error', (error) => this.logger.error({ err: error }, 'An export failed while it was being written', 'Exports'));
    await reply
      .header('content-type', file.contentType)
      .header('content-disposition', `attachment; filename="${file.fileName}"`)
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(file.body);
  }
}
