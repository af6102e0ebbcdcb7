import { CHRISTMAS, DEFENDER_DAY, NEW_YEAR_HOLIDAYS, RUSSIA_DAY, SPRING_AND_LABOUR_DAY, UNITY_DAY, VICTORY_DAY, WOMEN_DAY } from '../holidays';
import type { ProductionYear } from '../types';

/** 248 working days; 1979 hours for a 40-hour week (248 × 8 − 5 shortened days). Sat 28.12 works a full day: 30–31.12 are transferred days off, not holidays. */
export const year2024: ProductionYear = {
  year: 2024,
  decree: {
    title: 'Постановление Правительства РФ от 10.08.2023 № 1314 «О переносе выходных дней в 2024 году»',
    sources: [
      'Decree text: https://normativ.kontur.ru/document?documentId=454126&moduleId=1 (the decree is № 1314; some summaries cite it as № 1310)',
      'Cross-check: xmlcalendar/data ru/2024/calendar.xml (commit 072ff603): shortened 22.02, 07.03, 08.05, 11.06, 02.11',
    ],
  },
  holidays: [
    { date: '2024-01-01', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-01-02', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-01-03', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-01-04', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-01-05', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-01-06', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-01-07', name: CHRISTMAS },
    { date: '2024-01-08', name: NEW_YEAR_HOLIDAYS },
    { date: '2024-02-23', name: DEFENDER_DAY },
    { date: '2024-03-08', name: WOMEN_DAY },
    { date: '2024-05-01', name: SPRING_AND_LABOUR_DAY },
    { date: '2024-05-09', name: VICTORY_DAY },
    { date: '2024-06-12', name: RUSSIA_DAY },
    { date: '2024-11-04', name: UNITY_DAY },
  ],
  transfers: [
    { from: '2024-01-06', to: '2024-05-10', basis: 'decree' },
    { from: '2024-01-07', to: '2024-12-31', basis: 'decree' },
    { from: '2024-04-27', to: '2024-04-29', basis: 'decree' },
    { from: '2024-11-02', to: '2024-04-30', basis: 'decree' },
    { from: '2024-12-28', to: '2024-12-30', basis: 'decree' },
  ],
  workingWeekends: ['2024-04-27', '2024-11-02', '2024-12-28'],
  shortenedDays: ['2024-02-22', '2024-03-07', '2024-05-08', '2024-06-11', '2024-11-02'],
};
