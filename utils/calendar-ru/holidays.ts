/** Names of the non-working holidays as ТК РФ ст. 112 ч. 1 lists them. */
export const NEW_YEAR_HOLIDAYS = 'Новогодние каникулы';
export const CHRISTMAS = 'Рождество Христово';
export const DEFENDER_DAY = 'День защитника Отечества';
export const WOMEN_DAY = 'Международный женский день';
export const SPRING_AND_LABOUR_DAY = 'Праздник Весны и Труда';
export const VICTORY_DAY = 'День Победы';
export const RUSSIA_DAY = 'День России';
export const UNITY_DAY = 'День народного единства';

/** Month-day → name, for checking the year files against the Code (the files stay the source). */
export const ARTICLE_112_HOLIDAYS: Readonly<Record<string, string>> = {
  '01-01': NEW_YEAR_HOLIDAYS,
  '01-02': NEW_YEAR_HOLIDAYS,
  '01-03': NEW_YEAR_HOLIDAYS,
  '01-04': NEW_YEAR_HOLIDAYS,
  '01-05': NEW_YEAR_HOLIDAYS,
  '01-06': NEW_YEAR_HOLIDAYS,
  '01-07': CHRISTMAS,
  '01-08': NEW_YEAR_HOLIDAYS,
  '02-23': DEFENDER_DAY,
  '03-08': WOMEN_DAY,
  '05-01': SPRING_AND_LABOUR_DAY,
  '05-09': VICTORY_DAY,
  '06-12': RUSSIA_DAY,
  '11-04': UNITY_DAY,
};
