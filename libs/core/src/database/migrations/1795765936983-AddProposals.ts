import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Proposals, the needs and matches they carry, their parties, revisions and documents. Generated
 * by TypeORM from the entities, plus by hand: the sequence of proposal references, and the need
 * statuses a proposal moves needs through (IN_PROPOSAL, PARTIALLY_FUNDED, FUNDED).
 */

export class AddProposals1795765936983 implements MigrationInterface {
    name = 'AddProposals1795765936983'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE SEQUENCE "proposal_reference_seq"`);
        // Entries and events of one transaction keep the order they were written in.
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "occurred_at" SET DEFAULT clock_timestamp()`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "occurred_at" SET DEFAULT clock_timestamp()`);
        await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "CK_need_status"`);
        await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "CK_need_status" CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'IN_PROPOSAL', 'PARTIALLY_FUNDED', 'FUNDED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'))`);
        await queryRunner.query(`
            CREATE TABLE "proposal" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "reference" text NOT NULL,
                "title" text NOT NULL,
                "summary" text NOT NULL,
                "implementing_agency" text NOT NULL,
                "currency" character(3) NOT NULL,
                "target_amount" numeric(15, 2) NOT NULL,
                "status" text NOT NULL,
                "status_changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "status_reason" text,
                "technical_review" boolean NOT NULL DEFAULT false,
                "review_deadline" date,
                "funding_deadline" date,
                "allow_over_funding" boolean NOT NULL DEFAULT false,
                "regional_centre_code" text,
                "created_by_user_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "version" integer NOT NULL,
                CONSTRAINT "CK_proposal_target" CHECK (target_amount > 0),
                CONSTRAINT "CK_proposal_status" CHECK (
                    status IN (
                        'DRAFT',
                        'AWAITING_ENDORSEMENT',
                        'RETURNED',
                        'TECHNICAL_REVIEW',
                        'OPEN_FOR_FUNDING',
                        'UNDER_NEGOTIATION',
                        'PARTIALLY_FUNDED',
                        'FUNDED',
                        'IN_IMPLEMENTATION',
                        'COMPLETED',
                        'CLOSED',
                        'WITHDRAWN',
                        'DECLINED',
                        'ON_HOLD',
                        'EXPIRED'
                    )
                ),
                CONSTRAINT "PK_ca872ecfe4fef5720d2d39e4275" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IX_proposal_status" ON "proposal" ("status", "status_changed_at")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_proposal_reference" ON "proposal" ("reference")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_document" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "name" text NOT NULL,
                "version" integer NOT NULL,
                "url" text NOT NULL,
                "media_type" text,
                "note" text,
                "added_by_user_id" uuid,
                "added_by_organisation_id" uuid,
                "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_5e5bb044678565c7d5a59f2041e" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_proposal_document_version" ON "proposal_document" ("proposal_id", "name", "version")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_match" (
                "proposal_id" uuid NOT NULL,
                "match_id" uuid NOT NULL,
                CONSTRAINT "PK_dc584aa572d2d65419d0b0efc1f" PRIMARY KEY ("proposal_id", "match_id")
            )
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_need" (
                "proposal_id" uuid NOT NULL,
                "need_id" uuid NOT NULL,
                CONSTRAINT "PK_363539f2e0d6ad237c23ddef774" PRIMARY KEY ("proposal_id", "need_id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IX_proposal_need_need" ON "proposal_need" ("need_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_party" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                "kind" text NOT NULL,
                "state_iso3" character(3),
                "endorsed_at" TIMESTAMP WITH TIME ZONE,
                "endorsed_by_user_id" uuid,
                "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "CK_proposal_party_kind" CHECK (
                    kind IN ('STATE', 'DONOR', 'UNODA', 'REGIONAL_CENTRE')
                ),
                CONSTRAINT "PK_1ca6136e3f9db0a3c951b50250c" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE INDEX "IX_proposal_party_organisation" ON "proposal_party" ("organisation_id")
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_proposal_party" ON "proposal_party" ("proposal_id", "organisation_id")
        `);
        await queryRunner.query(`
            CREATE TABLE "proposal_revision" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "proposal_id" uuid NOT NULL,
                "number" integer NOT NULL,
                "status" text NOT NULL,
                "scope" text NOT NULL,
                "tranches" jsonb NOT NULL,
                "total" numeric(15, 2) NOT NULL,
                "note" text,
                "proposed_by_user_id" uuid,
                "proposed_by_organisation_id" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "agreed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "CK_proposal_revision_total" CHECK (total > 0),
                CONSTRAINT "CK_proposal_revision_status" CHECK (
                    status IN ('DRAFT', 'OPEN', 'AGREED', 'SUPERSEDED')
                ),
                CONSTRAINT "PK_e371e30b05eacfd7703f99f7324" PRIMARY KEY ("id")
            )
        `);
        await queryRunner.query(`
            CREATE UNIQUE INDEX "UQ_proposal_revision_number" ON "proposal_revision" ("proposal_id", "number")
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal"
            ADD CONSTRAINT "FK_f25c78031f5c7d05aafff97bc7e" FOREIGN KEY ("currency") REFERENCES "currency"("code") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_document"
            ADD CONSTRAINT "FK_abcd98fe664e2ad06630b6c834b" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_match"
            ADD CONSTRAINT "FK_dabc6adf92f5752bcc45177cbba" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_match"
            ADD CONSTRAINT "FK_a5afb52b68697a8e369b712d6b9" FOREIGN KEY ("match_id") REFERENCES "match"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_need"
            ADD CONSTRAINT "FK_2027cb10e920f0e2d304cc88497" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_need"
            ADD CONSTRAINT "FK_8196eef71830ab8365662299f5c" FOREIGN KEY ("need_id") REFERENCES "need"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_party"
            ADD CONSTRAINT "FK_027b9078c93d2be3c169bc68386" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_party"
            ADD CONSTRAINT "FK_22527894bb66aca4b563c41682d" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_revision"
            ADD CONSTRAINT "FK_ebc20568e42537b25195e99e2eb" FOREIGN KEY ("proposal_id") REFERENCES "proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`
            ALTER TABLE "proposal_revision" DROP CONSTRAINT "FK_ebc20568e42537b25195e99e2eb"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_party" DROP CONSTRAINT "FK_22527894bb66aca4b563c41682d"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_party" DROP CONSTRAINT "FK_027b9078c93d2be3c169bc68386"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_need" DROP CONSTRAINT "FK_8196eef71830ab8365662299f5c"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_need" DROP CONSTRAINT "FK_2027cb10e920f0e2d304cc88497"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_match" DROP CONSTRAINT "FK_a5afb52b68697a8e369b712d6b9"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_match" DROP CONSTRAINT "FK_dabc6adf92f5752bcc45177cbba"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal_document" DROP CONSTRAINT "FK_abcd98fe664e2ad06630b6c834b"
        `);
        await queryRunner.query(`
            ALTER TABLE "proposal" DROP CONSTRAINT "FK_f25c78031f5c7d05aafff97bc7e"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_proposal_revision_number"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_revision"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_proposal_party"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IX_proposal_party_organisation"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_party"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IX_proposal_need_need"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_need"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_match"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_proposal_document_version"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal_document"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."UQ_proposal_reference"
        `);
        await queryRunner.query(`
            DROP INDEX "public"."IX_proposal_status"
        `);
        await queryRunner.query(`
            DROP TABLE "proposal"
        `);
        await queryRunner.query(`ALTER TABLE "need" DROP CONSTRAINT "CK_need_status"`);
        await queryRunner.query(`ALTER TABLE "need" ADD CONSTRAINT "CK_need_status" CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'CLOSED', 'WITHDRAWN', 'EXPIRED'))`);
        await queryRunner.query(`ALTER TABLE "outbox_event" ALTER COLUMN "occurred_at" SET DEFAULT now()`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ALTER COLUMN "occurred_at" SET DEFAULT now()`);
        await queryRunner.query(`DROP SEQUENCE "proposal_reference_seq"`);
    }

}
