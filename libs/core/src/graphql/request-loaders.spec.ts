import { alignToKeys, groupToKeys, RequestLoaders, type LoaderSource } from './request-loaders.js';

interface Organisation {
  id: string;
  name: string;
}
interface Membership {
  organisationId: string;
  userId: string;
}

const byId = (o: Organisation) => o.id;

class OrganisationSource implements LoaderSource<string, Organisation> {
  readonly calls: (readonly string[])[] = [];
  async batchLoad(keys: readonly string[]): Promise<(Organisation | null)[]> {
    this.calls.push(keys);
    return alignToKeys(
      keys,
      keys.filter((k) => k !== 'missing').map((id) => ({ id, name: `Org ${id}` })),
      byId,
    );
  }
}

describe('alignToKeys', () => {
  it('orders rows as the keys, with null where a key has no row', () => {
    const rows = [
      { id: 'b', name: 'UNREC' },
      { id: 'a', name: 'Ghana' },
    ];
    expect(alignToKeys(['a', 'x', 'b'], rows, byId)).toEqual([rows[1], null, rows[0]]);
  });

  it('gives a result for every key, also repeated ones', () => {
    const row = { id: 'a', name: 'Ghana' };
    expect(alignToKeys(['a', 'a'], [row], byId)).toEqual([row, row]);
    expect(alignToKeys([], [row], byId)).toEqual([]);
  });
});

describe('groupToKeys', () => {
  it('groups rows by key in key order, with an empty list for keys without rows', () => {
    const rows: Membership[] = [
      { organisationId: 'o1', userId: 'u1' },
      { organisationId: 'o2', userId: 'u2' },
      { organisationId: 'o1', userId: 'u3' },
    ];
    expect(groupToKeys(['o2', 'o3', 'o1'], rows, (m) => m.organisationId)).toEqual([[rows[1]], [], [rows[0], rows[2]]]);
  });
});

describe('RequestLoaders', () => {
  it('returns the same DataLoader for the same source and another for another source', () => {
    const loaders = new RequestLoaders();
    const source = new OrganisationSource();
    expect(loaders.get(source)).toBe(loaders.get(source));
    expect(loaders.get(new OrganisationSource())).not.toBe(loaders.get(source));
  });

  it('does not share loaders between requests', () => {
    const source = new OrganisationSource();
    expect(new RequestLoaders().get(source)).not.toBe(new RequestLoaders().get(source));
  });

  it('batches the loads of one tick into one batchLoad call', async () => {
    const source = new OrganisationSource();
    const loader = new RequestLoaders().get(source);
    const results = await Promise.all([loader.load('a'), loader.load('missing'), loader.load('b'), loader.load('a')]);
    expect(source.calls).toEqual([['a', 'missing', 'b']]);
    expect(results).toEqual([{ id: 'a', name: 'Org a' }, null, { id: 'b', name: 'Org b' }, { id: 'a', name: 'Org a' }]);
  });

  it('caches within a request', async () => {
    const source = new OrganisationSource();
    const loader = new RequestLoaders().get(source);
    await loader.load('a');
    await loader.load('a');
    expect(source.calls).toHaveLength(1);
  });
});
