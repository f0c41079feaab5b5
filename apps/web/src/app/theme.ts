import { createTheme, type CSSVariablesResolver } from '@mantine/core';

/** Calm and dense: a work tool. Colours keep AA contrast on white (checked by the axe scan). */
export const theme = createTheme({
  primaryColor: 'unBlue',
  primaryShade: 8,
  colors: {
    unBlue: ['#e7f0fa', '#cfe0f4', '#a0c1e9', '#6e9fdc', '#4783d1', '#2f71ca', '#2167c8', '#1557b1', '#1c4e80', '#0f3a66'],
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Naskh Arabic", "WenQuanYi Micro Hei", sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
});

/** Mantine's dimmed grey and error red are below 4.5:1 on white: darker shades, for WCAG AA. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: { '--mantine-color-dimmed': t.colors.gray[7], '--mantine-color-error': t.colors.red[9] },
  dark: {},
});
