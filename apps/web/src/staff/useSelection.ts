import { useState } from 'react';

/** Rows chosen for a batch: toggle one, all of `ids` or none, drop some (those decided). */
export function useSelection() {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  return {
    selected,
    toggle: (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id]))),
    toggleAll: (ids: string[]) => setSelected((s) => (ids.every((id) => s.has(id)) ? new Set() : new Set(ids))),
    drop: (ids: string[]) => setSelected((s) => new Set([...s].filter((id) => !ids.includes(id)))),
    clear: () => setSelected(new Set()),
  };
}
