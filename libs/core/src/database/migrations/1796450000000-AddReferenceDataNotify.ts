import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose rows every process keeps in memory (libs/reference-data). */
const TABLES = [
    'member_state', 'regional_organisation', 'regional_organisation_member', 'thematic_area', 'mosaic_module',
    'assistance_type', 'currency', 'exchange_rate',
];

/**
 * A statement trigger NOTIFYs `reference_data` with the table's name after any change to the
 * reference data (a seed, a migration, an administrator's exchange rate, even a hand-written
 * UPDATE), so every api and worker process drops its in-memory copy at the commit. PostgreSQL
 * delivers a notification only if the transaction commits, and folds duplicates within one.
 * Written by hand (TypeORM has no triggers).
 */
export class AddReferenceDataNotify1796450000000 implements MigrationInterface {
    name = 'AddReferenceDataNotify1796450000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION notify_reference_data() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('reference_data', TG_TABLE_NAME);
                RETURN NULL;
            END
            $$
        `);
        for (const table of TABLES) {
            await queryRunner.query(`
                CREATE TRIGGER "TR_${table}_notify" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_reference_data()
            `);
        }
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "TR_${table}_notify" ON "${table}"`);
        await queryRunner.query(`DROP FUNCTION notify_reference_data()`);
    }

}
