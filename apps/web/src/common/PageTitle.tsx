import { Title } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The page's one h1. Focus moves to it when the page opens, so a screen reader starts there and
 * a keyboard user continues from the top (WCAG 2.4.3). The document title follows it.
 */
export function PageTitle({ children, documentTitle }: { children: ReactNode; documentTitle: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${documentTitle} · GIS`;
  }, [documentTitle]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <Title order={1} size="h2" ref={ref} tabIndex={-1} className="gis-page-title" mb="md">
      {children}
    </Title>
  );
}
