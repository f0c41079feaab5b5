import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AccessTokenService } from './access-token.service.js';

/**
 * Token handling. The guards (guards.ts) are installed as APP_GUARDs by the api app, next to the
 * identity feature that provides their AuthUserLoader.
 */
@Global()
@Module({
  imports: [JwtModule.register({})],
  providers: [AccessTokenService],
  exports: [AccessTokenService],
})
export class AuthCoreModule {}
