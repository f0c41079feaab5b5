import { Module } from '@nestjs/common';
import { IatiController } from './iati.controller.js';
import { IatiService } from './iati.service.js';

/** IATI 2.03 activity files of the proposals (docs/OPEN-DATA.md). */
@Module({
  controllers: [IatiController],
  providers: [IatiService],
  exports: [IatiService],
})
export class IatiModule {}
