import DataLoader from 'dataloader';

/** A batch function behind a per-request DataLoader; implemented by singleton services. */
export interface LoaderSource<K, V> {
  batchLoad(keys: readonly K[]): Promise<(V | null)[]>;
}

/**
 * The DataLoaders of one GraphQL request, created lazily per source, so that a list of N items
 * resolving a relation costs one query, not N; and nothing is cached across requests.
 */
export class RequestLoaders {
  private readonly loaders = new Map<LoaderSource<unknown, unknown>, DataLoader<unknown, unknown>>();

  get<K, V>(source: LoaderSource<K, V>): DataLoader<K, V | null> {
    let loader = this.loaders.get(source as LoaderSource<unknown, unknown>);
    if (!loader) {
      loader = new DataLoader<unknown, unknown>((keys) => source.batchLoad(keys as readonly K[]), { maxBatchSize: 1000 });
      this.loaders.set(source as LoaderSource<unknown, unknown>, loader);
    }
    return loader as DataLoader<K, V | null>;
  }
}

/** Orders rows to match `keys`, with null where a key has no row (the DataLoader contract). */
export function alignToKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Groups rows by key for one-to-many relations, with an empty list for keys without rows. */
export function groupToKeys<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const list = byKey.get(keyOf(row)) ?? [];
    list.push(row);
    byKey.set(keyOf(row), list);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}
