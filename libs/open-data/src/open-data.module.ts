import { Module } from '@nestjs/common';
import { IatiModule } from './iati/iati.module.js';
import { OpenDataResolver } from './open-data.resolver.js';

/** Open data: the IATI activity files and what the open-data page shows (docs/OPEN-DATA.md). */
@Module({
  imports: [IatiModule],
  providers: [OpenDataResolver],
})
export class OpenDataApiModule {}
