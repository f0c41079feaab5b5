import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Role } from '#libs/core';
import { Organisation } from './organisation.entity.js';
import { User } from './user.entity.js';

/** A user's role in an organisation; a user may hold several, in several organisations. */
@Entity()
@Check('CK_membership_role', `role IN ('NPC', 'DONOR', 'UNODA_MODERATOR', 'REGIONAL_REVIEWER', 'ADMIN')`)
@Index('UQ_membership_user_organisation_role', ['userId', 'organisationId', 'role'], { unique: true })
@Index('IX_membership_organisation', ['organisationId'])
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, (u) => u.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user: Relation<User>;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ type: 'text' })
  role: Role;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
