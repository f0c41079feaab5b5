import { Module } from '@nestjs/common';
import { IdentityModule } from '#libs/identity';
import { NeedsModule } from '#libs/needs';
import { OffersModule } from '#libs/offers';
import { ReferenceDataModule } from '#libs/reference-data';
import { SetupService } from './setup.service.js';

@Module({
  imports: [ReferenceDataModule, IdentityModule, NeedsModule, OffersModule],
  providers: [SetupService],
  exports: [SetupService],
})
export class SetupModule {}
