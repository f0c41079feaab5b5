import { Module, type DynamicModule } from '@nestjs/common';
import { AppConfig, CoreModule } from '#libs/core';
import { MatchingModule } from '#libs/matching';
import { NeedsModule } from '#libs/needs';
import { SetupModule } from '#libs/setup';

@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: CliModule, imports: [CoreModule.forRoot(config, 'cli', { queues: false }), SetupModule, NeedsModule, MatchingModule] };
  }
}
