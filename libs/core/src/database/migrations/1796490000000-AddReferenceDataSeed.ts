import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The digest of the reference data last seeded (one row): a start whose files give the same rows
 * writes nothing (libs/reference-data/src/reference-data.seeder.ts).
 */
export class AddReferenceDataSeed1796490000000 implements MigrationInterface {
    name = 'AddReferenceDataSeed1796490000000'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE TABLE "reference_data_seed" (
                "id" smallint PRIMARY KEY CHECK ("id" = 1),
                "digest" text NOT NULL,
                "seeded_at" timestamptz NOT NULL
            )
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            DROP TABLE "reference_data_seed"
        `);
    }

}
