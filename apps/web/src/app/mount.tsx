import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import type { Catalogue } from './LocaleProvider';

/** Draws the app into `element` (main.tsx calls it once the app, the catalogue and the page are in). */
export function mount(element: HTMLElement, catalogue: Catalogue): void {
  createRoot(element).render(
    <StrictMode>
      <App catalogue={catalogue} />
    </StrictMode>,
  );
}
