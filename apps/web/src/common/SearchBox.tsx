import { TextInput } from '@mantine/core';
import { useEffect, useEffectEvent, useState } from 'react';

/** Typing pauses this long before the search runs: short, for a search that feels live. */
const SEARCH_DELAY_MS = 100;

/**
 * A list's search box. It keeps the text being typed: a keystroke draws the box again, not the
 * filters and the list (tens of ms each on a busy 2-core machine, which delayed the search). A
 * search from elsewhere (the header's box, history, a shared link) replaces the text rather than
 * being undone by it.
 */
export function SearchBox({ value, onSearch, label, description }: { value: string; onSearch: (q: string) => void; label: string; description: string }) {
  const [text, setText] = useState(value);
  // The last search this box sent (as the URL keeps it: trimmed); any other value came from elsewhere.
  const [sent, setSent] = useState(value);
  if (value !== sent) {
    setSent(value);
    setText(value);
  }
  const search = useEffectEvent((q: string) => {
    setSent(q.trim());
    onSearch(q);
  });
  useEffect(() => {
    if (text.trim() === value) return;
    const timer = setTimeout(() => search(text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return <TextInput type="search" dir="auto" mb="md" label={label} description={description} value={text} onChange={(e) => setText(e.currentTarget.value)} />;
}
