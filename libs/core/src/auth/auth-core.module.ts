import { createSecretKey } from 'node:crypto';
import { Global, Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.js';
import { ACCESS_TOKEN_AUDIENCE, ACCESS_TOKEN_ISSUER, AccessTokenService } from './access-token.service.js';

/**
 * Token handling. The guards (guards.ts) are installed as APP_GUARDs by the api app, next to the
 * identity feature that provides their AuthUserLoader.
 */
@Global()
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [AppConfig],
      // A KeyObject, not the string: given a string, jsonwebtoken first tries to read it as a
      // public key on every verification (and fails), which cost a tenth of the api's CPU.
      useFactory: (config: AppConfig) => ({
        secret: createSecretKey(Buffer.from(config.jwtSecret, 'utf8')),
        signOptions: { algorithm: 'HS256', audience: ACCESS_TOKEN_AUDIENCE, issuer: ACCESS_TOKEN_ISSUER },
        verifyOptions: { algorithms: ['HS256'], audience: ACCESS_TOKEN_AUDIENCE, issuer: ACCESS_TOKEN_ISSUER },
      }),
    }),
  ],
  providers: [AccessTokenService],
  exports: [AccessTokenService],
})
export class AuthCoreModule {}
