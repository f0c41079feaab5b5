import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The events of one record in order: the notifications' fan-out asks whether an event answers an
 * earlier action of the recipient on the same record, and whether a deal-room message continues a burst.
 */
export class AddOutboxEventAggregateIndex1796475253099 implements MigrationInterface {
    name = 'AddOutboxEventAggregateIndex1796475253099'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE INDEX "IX_outbox_event_aggregate" ON "outbox_event" ("aggregate_id", "aggregate_type", "occurred_at")
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP INDEX "public"."IX_outbox_event_aggregate"
        `);
    }

}
