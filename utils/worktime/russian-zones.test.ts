import { describe, expect, it } from 'vitest';
import { RUSSIAN_TIME_ZONES } from './russian-zones';
import { isValidTimeZone, zoneOffsetMs } from './zone';

describe('RUSSIAN_TIME_ZONES', () => {
  it('lists known zones once each, west to east', () => {
    const ids = RUSSIAN_TIME_ZONES.map((z) => z.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(isValidTimeZone(id), id).toBe(true);
    const offsets = RUSSIAN_TIME_ZONES.map((z) => z.utcOffsetHours);
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    expect(ids).toEqual(expect.arrayContaining(['Europe/Moscow', 'Asia/Krasnoyarsk', 'Asia/Yakutsk', 'Europe/Kaliningrad', 'Asia/Kamchatka']));
  });

  it('states offsets that match the browser’s tzdata in winter and summer', () => {
    for (const zone of RUSSIAN_TIME_ZONES) {
      for (const month of [0, 6]) expect(zoneOffsetMs(Date.UTC(2026, month, 15), zone.id) / 3_600_000, zone.id).toBe(zone.utcOffsetHours);
    }
  });

  it('labels offsets from Moscow and from UTC', () => {
    const label = (id: string) => RUSSIAN_TIME_ZONES.find((z) => z.id === id)!.offsetLabel;
    expect(label('Europe/Moscow')).toBe('МСК (UTC+3)');
    expect(label('Europe/Kaliningrad')).toBe('МСК−1 (UTC+2)');
    expect(label('Asia/Krasnoyarsk')).toBe('МСК+4 (UTC+7)');
    expect(label('Asia/Yakutsk')).toBe('МСК+6 (UTC+9)');
    expect(RUSSIAN_TIME_ZONES.find((z) => z.id === 'Asia/Yakutsk')!.cities).toContain('Благовещенск');
  });
});
