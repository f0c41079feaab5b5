import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Triggers NOTIFY `identity` at the commit of any change to who a signed-in person is, so every
 * api and worker process drops its copy (libs/identity, IdentityAuthUserLoader): a person's row
 * or memberships with their user id; an organisation (its type, State or regional code decide
 * access), or a TRUNCATE, with an empty payload meaning everyone. PostgreSQL delivers a
 * notification only if the transaction commits, and folds duplicates within one. Written by hand
 * (TypeORM has no triggers).
 */
export class AddIdentityNotify1796480000000 implements MigrationInterface {
    name = 'AddIdentityNotify1796480000000';

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            CREATE FUNCTION notify_identity_user() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                changed record := CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
            BEGIN
                -- Separate statements: PL/pgSQL plans each when it runs, and the two tables' rows differ.
                IF TG_TABLE_NAME = 'app_user' THEN
                    PERFORM pg_notify('identity', changed.id::text);
                ELSE
                    PERFORM pg_notify('identity', changed.user_id::text);
                END IF;
                RETURN NULL;
            END
            $$
        `);
        await queryRunner.query(`
            CREATE FUNCTION notify_identity_everyone() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                PERFORM pg_notify('identity', '');
                RETURN NULL;
            END
            $$
        `);
        for (const table of ['app_user', 'membership']) {
            await queryRunner.query(`
                CREATE TRIGGER "TR_${table}_notify" AFTER INSERT OR UPDATE OR DELETE ON "${table}"
                    FOR EACH ROW EXECUTE FUNCTION notify_identity_user()
            `);
            await queryRunner.query(`
                CREATE TRIGGER "TR_${table}_notify_truncate" AFTER TRUNCATE ON "${table}"
                    FOR EACH STATEMENT EXECUTE FUNCTION notify_identity_everyone()
            `);
        }
        await queryRunner.query(`
            CREATE TRIGGER "TR_organisation_notify" AFTER UPDATE OR DELETE OR TRUNCATE ON "organisation"
                FOR EACH STATEMENT EXECUTE FUNCTION notify_identity_everyone()
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP TRIGGER "TR_organisation_notify" ON "organisation"`);
        for (const table of ['app_user', 'membership']) {
            await queryRunner.query(`DROP TRIGGER "TR_${table}_notify_truncate" ON "${table}"`);
            await queryRunner.query(`DROP TRIGGER "TR_${table}_notify" ON "${table}"`);
        }
        await queryRunner.query(`DROP FUNCTION notify_identity_everyone()`);
        await queryRunner.query(`DROP FUNCTION notify_identity_user()`);
    }

}
