import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** Marks an event as handled by one consumer, so a redelivered event is not handled twice. */
@Entity()
export class EventConsumption {
  @PrimaryColumn('uuid')
  eventId: string;

  @PrimaryColumn({ type: 'text' })
  consumer: string;

  @CreateDateColumn({ type: 'timestamptz' })
  processedAt: Date;
}
