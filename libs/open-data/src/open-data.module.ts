import { Module } from '@nestjs/common';
import { ExportsModule } from './exports/exports.module.js';
import { IatiModule } from './iati/iati.module.js';
import { OpenDataResolver } from './open-data.resolver.js';

/** Open data: the lists' exports, the IATI activity files and what the open-data page shows (docs/OPEN-DATA.md). */
@Module({
  imports: [ExportsModule, IatiModule],
  providers: [OpenDataResolver],
})
export class OpenDataApiModule {}
