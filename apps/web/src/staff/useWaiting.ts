import { useIntl } from 'react-intl';

/** How long something has waited, in its largest whole unit (minutes, hours or days), in the reader's language. */
export function useWaiting(): (seconds: number) => string {
  const intl = useIntl();
  return (seconds) => {
    const [value, unit] =
      seconds >= 86_400
        ? [Math.floor(seconds / 86_400), 'day']
        : seconds >= 3_600
          ? [Math.floor(seconds / 3_600), 'hour']
          : [Math.max(1, Math.floor(seconds / 60)), 'minute'];
    return intl.formatNumber(value, { style: 'unit', unit, unitDisplay: 'long' });
  };
}
