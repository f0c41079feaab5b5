import { Global, Module } from '@nestjs/common';
import { ResponseCache } from './response-cache.js';

/** One response cache per process: the api's GraphQL plugin reads it, the keepers of in-memory copies drop it. */
@Global()
@Module({ providers: [ResponseCache], exports: [ResponseCache] })
export class ResponseCacheModule {}
