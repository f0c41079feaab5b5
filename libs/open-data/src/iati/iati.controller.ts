import { Controller, Get, Param, Res, UseFilters } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CurrentUser, HttpRefusalFilter, Public, type AuthUser } from '#libs/core';
import { IatiService, type IatiFile } from './iati.service.js';

/** Where the IATI files are served (IATI_ACTIVITIES_PATH + `.xml`). */
export const IATI_ACTIVITIES_PATH = '/iati/activities';

/**
 * The IATI 2.03 activity files: anyone may read them; a Bearer token (read by the AuthGuard as
 * on /graphql) shows what that person may see besides. Refusals are JSON (HttpRefusalFilter).
 */
@Public()
@UseFilters(HttpRefusalFilter)
@Controller('iati')
export class IatiController {
  constructor(private readonly service: IatiService) {}

  @Get('activities.xml')
  async all(@CurrentUser() user: AuthUser | undefined, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.service.activities(user));
  }

  /** `/iati/activities/<proposal id>.xml`. */
  @Get('activities/:file')
  async one(@Param('file') file: string, @CurrentUser() user: AuthUser | undefined, @Res() reply: FastifyReply): Promise<void> {
    await send(reply, await this.service.activity(file.replace(/\.xml$/, ''), user));
  }
}

async function send(reply: FastifyReply, file: IatiFile): Promise<void> {
  await reply
    .header('content-type', 'application/xml; charset=utf-8')
    // What a token shows differs from what the public reads: no shared cache may mix them.
    .header('vary', 'Authorization')
    .header('cache-control', 'no-cache')
    .header('x-iati-activities', String(file.activities))
    .send(file.xml);
}
