import { CHRISTMAS, DEFENDER_DAY, NEW_YEAR_HOLIDAYS, RUSSIA_DAY, SPRING_AND_LABOUR_DAY, UNITY_DAY, VICTORY_DAY, WOMEN_DAY } from '../holidays';
import type { ProductionYear } from '../types';

/** 247 working days; 1972 hours for a 40-hour week. Mon 10.03.2025 is a working day (the 8 March day off went to 13.06). */
export const year2025: ProductionYear = {
  year: 2025,
  decree: {
    title: 'Постановление Правительства РФ от 04.10.2024 № 1335 «О переносе выходных дней в 2025 году»',
    sources: [
      'domain-anchors.md §1.2: https://teko.cntd.ru/news/read/reglamentirovan-perenos-vyhodnyh-dney-v-2025-godu/novosti-po-okhrane-truda',
      'Shortened days: https://soc13.ru/news_content?id=48361',
      'Cross-check: xmlcalendar/data ru/2025/calendar.xml',
    ],
  },
  holidays: [
    { date: '2025-01-01', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-01-02', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-01-03', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-01-04', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-01-05', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-01-06', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-01-07', name: CHRISTMAS },
    { date: '2025-01-08', name: NEW_YEAR_HOLIDAYS },
    { date: '2025-02-23', name: DEFENDER_DAY },
    { date: '2025-03-08', name: WOMEN_DAY },
    { date: '2025-05-01', name: SPRING_AND_LABOUR_DAY },
    { date: '2025-05-09', name: VICTORY_DAY },
    { date: '2025-06-12', name: RUSSIA_DAY },
    { date: '2025-11-04', name: UNITY_DAY },
  ],
  transfers: [
    { from: '2025-01-04', to: '2025-05-02', basis: 'decree' },
    { from: '2025-01-05', to: '2025-12-31', basis: 'decree' },
    { from: '2025-02-23', to: '2025-05-08', basis: 'decree' },
    { from: '2025-03-08', to: '2025-06-13', basis: 'decree' },
    { from: '2025-11-01', to: '2025-11-03', basis: 'decree' },
  ],
  workingWeekends: ['2025-11-01'],
  shortenedDays: ['2025-03-07', '2025-04-30', '2025-06-11', '2025-11-01'],
};
