import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  type Relation,
} from 'typeorm';
import { Organisation } from '#libs/identity';

/** Stands for "any" in a criteria's lists, so every list can be matched by one indexed overlap. */
export const ANY = '*';

/**
 * A donor's saved search: which needs its policy covers. Each list holds codes, or only ANY;
 * `places` holds States (ISO alpha-3) and M49 areas (`M49:002`). When a need is published or
 * changed, the criteria it fits are found with one query: every list overlaps the need's codes
 * plus ANY (GIN indexes), and the budget band holds.
 */
@Entity()
@Index('IX_standing_criteria_organisation', ['organisationId'])
@Index('IX_standing_criteria_thematic_areas', { synchronize: false })
@Index('IX_standing_criteria_assistance_types', { synchronize: false })
@Index('IX_standing_criteria_places', { synchronize: false })
@Index('IX_standing_criteria_languages', { synchronize: false })
export class StandingCriteria {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ type: 'text' })
  name: string;

  /** Paused criteria are kept but match nothing. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'text', array: true })
  thematicAreas: string[];

  @Column({ type: 'text', array: true })
  assistanceTypes: string[];

  @Column({ type: 'text', array: true })
  places: string[];

  /** UN languages a need must be readable in (original or translation). */
  @Column({ type: 'text', array: true })
  languages: string[];

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetUsdMin: string | null;

  @Column({ type: 'numeric', precision: 15, scale: 2, nullable: true })
  budgetUsdMax: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
