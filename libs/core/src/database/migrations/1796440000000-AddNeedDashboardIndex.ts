import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The dashboards (libs/dashboards) read every visible need's place, themes, budget and dates:
 * with these columns included beside (status, visibility), an index-only scan instead of reading
 * the wide need rows (bench:web, dashboard_p95_ms: coverage 520 → 280 ms in EXPLAIN ANALYZE on
 * the 50,000 needs). Written by hand (TypeORM cannot express INCLUDE).
 */
export class AddNeedDashboardIndex1796440000000 implements MigrationInterface {
    name = 'AddNeedDashboardIndex1796440000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IX_need_dashboard" ON "need" ("status", "visibility")
                INCLUDE ("id", "state_iso3", "thematic_areas", "budget_usd", "budget_amount", "budget_currency", "valid_until",
                         "published_at", "endorsed_at", "created_at", "report_id")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IX_need_dashboard"
        `);
    }

}
