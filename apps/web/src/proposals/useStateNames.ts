import { useMemo } from 'react';
import { useFilterChoices } from '../reference/useFilterChoices';

/** Member States' names in the reader's language, by ISO alpha-3 (the code until they load). */
export function useStateNames(): (iso3: string) => string {
  const choices = useFilterChoices();
  const names = useMemo(() => new Map(choices?.memberStates.map((s) => [s.iso3, s.name]) ?? []), [choices]);
  return (iso3) => names.get(iso3) ?? iso3;
}
