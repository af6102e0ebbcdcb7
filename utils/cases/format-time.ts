/**
 * Wall-clock times in the administration's time zone for texts that leave the extension (the
 * executor's assignment, the 59-FZ conversion). Intl only; the machine's own zone never matters.
 */

const partsCache = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('ru-RU', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: string;
  month: string;
  day: string;
  weekday: string;
  hour: string;
  minute: string;
}

export function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    weekday: (parts.weekday ?? '').replace('.', ''),
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
  };
}

/** «17:30, пт 27.11» (the year is added when it differs from `referenceYearOf`'s). */
export function formatDueRu(ms: number, timeZone: string, referenceMs?: number): string {
  const w = wallClock(ms, timeZone);
  const sameYear = referenceMs === undefined || wallClock(referenceMs, timeZone).year === w.year;
  return `${w.hour}:${w.minute}, ${w.weekday} ${w.day}.${w.month}${sameYear ? '' : `.${w.year}`}`;
}

/** «27.11.2025 08:30». */
export function formatDateTimeRu(ms: number, timeZone: string): string {
  const w = wallClock(ms, timeZone);
  return `${w.day}.${w.month}.${w.year} ${w.hour}:${w.minute}`;
}

/** «GMT+3» for Europe/Moscow: says which clock the times are on. */
export function zoneOffsetLabel(ms: number, timeZone: string): string {
  const part = new Intl.DateTimeFormat('ru-RU', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}
