import { CHRISTMAS, DEFENDER_DAY, NEW_YEAR_HOLIDAYS, RUSSIA_DAY, SPRING_AND_LABOUR_DAY, UNITY_DAY, VICTORY_DAY, WOMEN_DAY } from '../holidays';
import type { ProductionYear } from '../types';

/** 247 working days; 1972 hours for a 40-hour week, both counted from this file (no official total was available to check against). */
export const year2027: ProductionYear = {
  year: 2027,
  decree: {
    title: 'Постановление Правительства РФ от 17.09.2026 № 1187 «О переносе выходных дней в 2027 году»',
    sources: [
      'domain-anchors.md §1.2: consultant.ru cons_doc_LAW_544706; publication.pravo.gov.ru eoNumber 0001202609180037 (18.09.2026)',
      'Cross-check: xmlcalendar/data ru/2027/calendar.xml (commit 7296460e, file dated 2026.09.02)',
    ],
    caveat:
      'The decree text itself was not read: the dates come from xmlcalendar, dated two weeks before the decree (probably the Минтруд draft), and match the transfers that decree-citing sources list. High, not absolute, confidence; re-check on consultant.ru before release.',
  },
  holidays: [
    { date: '2027-01-01', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-01-02', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-01-03', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-01-04', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-01-05', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-01-06', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-01-07', name: CHRISTMAS },
    { date: '2027-01-08', name: NEW_YEAR_HOLIDAYS },
    { date: '2027-02-23', name: DEFENDER_DAY },
    { date: '2027-03-08', name: WOMEN_DAY },
    { date: '2027-05-01', name: SPRING_AND_LABOUR_DAY },
    { date: '2027-05-09', name: VICTORY_DAY },
    { date: '2027-06-12', name: RUSSIA_DAY },
    { date: '2027-11-04', name: UNITY_DAY },
  ],
  transfers: [
    { from: '2027-01-02', to: '2027-11-05', basis: 'decree' },
    { from: '2027-01-03', to: '2027-12-31', basis: 'decree' },
    { from: '2027-02-20', to: '2027-02-22', basis: 'decree' },
    { from: '2027-05-01', to: '2027-05-03', basis: 'art112' },
    { from: '2027-05-09', to: '2027-05-10', basis: 'art112' },
    { from: '2027-06-12', to: '2027-06-14', basis: 'art112' },
  ],
  workingWeekends: ['2027-02-20'],
  shortenedDays: ['2027-02-20', '2027-04-30', '2027-06-11', '2027-11-03'],
};
