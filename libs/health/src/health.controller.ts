import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, type HealthCheckResult } from '@nestjs/terminus';
import { Public } from '#libs/core';
import { PingHealthIndicators } from './ping.health.js';

/** Probes for orchestrators: live = the process answers; ready = it can reach PostgreSQL and Redis. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly pings: PingHealthIndicators,
  ) {}

  @Get('live')
  @HealthCheck()
  live(): Promise<HealthCheckResult> {
    return this.health.check([]);
  }

  @Get('ready')
  @HealthCheck()
  ready(): Promise<HealthCheckResult> {
    return this.health.check([() => this.pings.database('database'), () => this.pings.redisServer('redis')]);
  }
}
