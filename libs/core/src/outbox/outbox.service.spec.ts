import type { EntityManager } from 'typeorm';
import { OutboxService } from './outbox.service.js';

describe('OutboxService', () => {
  it('refuses to write an event outside the transaction of its change', async () => {
    const outside = { queryRunner: undefined } as unknown as EntityManager;
    await expect(new OutboxService().record(outside, { type: 'user.invited', aggregateType: 'user', aggregateId: 'u1' })).rejects.toThrow(
      /inside the transaction/,
    );
  });
});
