import { CHRISTMAS, DEFENDER_DAY, NEW_YEAR_HOLIDAYS, RUSSIA_DAY, SPRING_AND_LABOUR_DAY, UNITY_DAY, VICTORY_DAY, WOMEN_DAY } from '../holidays';
import type { ProductionYear } from '../types';

/** 247 working days, 118 days off; 1972 hours for a 40-hour week (247 × 8 − 4 shortened days). */
export const year2026: ProductionYear = {
  year: 2026,
  decree: {
    title: 'Постановление Правительства РФ от 24.09.2025 № 1466 «О переносе выходных дней в 2026 году»',
    sources: [
      'domain-anchors.md §1.2: https://profedu38.ru/index.php?option=com_content&view=article&id=2426 ; https://tvzvezda.ru/news/20259241717-euA9P.html',
      'Cross-check: xmlcalendar/data ru/2026/calendar.xml (commit 82c37843), isdayoff/calendars db/2026/ru2026.json (commit 393d367b)',
    ],
  },
  holidays: [
    { date: '2026-01-01', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-01-02', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-01-03', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-01-04', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-01-05', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-01-06', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-01-07', name: CHRISTMAS },
    { date: '2026-01-08', name: NEW_YEAR_HOLIDAYS },
    { date: '2026-02-23', name: DEFENDER_DAY },
    { date: '2026-03-08', name: WOMEN_DAY },
    { date: '2026-05-01', name: SPRING_AND_LABOUR_DAY },
    { date: '2026-05-09', name: VICTORY_DAY },
    { date: '2026-06-12', name: RUSSIA_DAY },
    { date: '2026-11-04', name: UNITY_DAY },
  ],
  transfers: [
    { from: '2026-01-03', to: '2026-01-09', basis: 'decree' },
    { from: '2026-01-04', to: '2026-12-31', basis: 'decree' },
    { from: '2026-03-08', to: '2026-03-09', basis: 'art112' },
    { from: '2026-05-09', to: '2026-05-11', basis: 'art112' },
  ],
  workingWeekends: [],
  shortenedDays: ['2026-04-30', '2026-05-08', '2026-06-11', '2026-11-03'],
};
