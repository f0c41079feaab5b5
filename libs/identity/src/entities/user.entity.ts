import { Check, Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn, type Relation } from 'typeorm';
import type { UnLanguage } from '#libs/core';
import { Membership } from './membership.entity.js';

export enum UserStatus {
  /** Invited, has not set a password yet. */
  INVITED = 'INVITED',
  ACTIVE = 'ACTIVE',
  /** Cannot log in; tokens already issued stop working at once. */
  DISABLED = 'DISABLED',
}

/** A person. Table `app_user` because `user` is reserved in PostgreSQL. */
@Entity({ name: 'app_user' })
@Check('CK_app_user_status', `status IN ('INVITED', 'ACTIVE', 'DISABLED')`)
@Check('CK_app_user_language', `preferred_language IN ('ar', 'zh', 'en', 'fr', 'ru', 'es')`)
@Check('CK_app_user_email_lower', `email = lower(email)`)
@Index('UQ_app_user_email', ['email'], { unique: true })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased, so uniqueness and login ignore case. */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  displayName: string;

  /** argon2id hash; null until the invitation is accepted. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ type: 'text', default: 'en' })
  preferredLanguage: UnLanguage;

  /** IANA time zone, for digests and deadlines. */
  @Column({ type: 'text', default: 'UTC' })
  timeZone: string;

  @Column({ type: 'text', default: UserStatus.INVITED })
  status: UserStatus;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @OneToMany(() => Membership, (m) => m.user)
  memberships: Relation<Membership>[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
