/** Words of the report page: the period picker, exports, charts. Table words are in utils/report/labels.ts. */
import { defineMessages } from '../../utils/i18n/index';

export const { t: tRep } = defineMessages({
  ru: {
    period: 'Период',
    kindQuarter: 'Квартал',
    kindMonth: 'Месяц',
    kindCustom: 'Произвольный',
    year: 'Год',
    quarter: 'Квартал',
    month: 'Месяц',
    from: 'С',
    to: 'По',
    badRange: 'Конец периода раньше начала',
    noStart: 'Укажите дату начала периода',
    noEnd: 'Укажите дату конца периода',
    choosePeriod: 'Отчёт появится, когда период будет указан верно.',
    exportCsv: 'Скачать CSV',
    exportXlsx: 'Скачать XLSX',
    print: 'Печать',
    refresh: 'Обновить',
    loading: 'Считаем отчёт…',
    empty: 'В этом периоде нет выявленных сообщений.',
    executorsChart: 'Исполнители: ответы в срок и с нарушением',
    weeklyChart: 'По неделям: выявлено и дано ответов',
    legendOnTime: 'в срок',
    legendLate: 'срок нарушен',
    legendOther: 'прочие',
    legendCaptured: 'выявлено',
    legendAnswered: 'дано ответов',
    up: 'рост',
    down: 'снижение',
    same: 'без изменений',
    vsPrevious: 'к прошлому периоду',
    noPrevious: 'в прошлом периоде — 0',
    hours: (p: { h: number; m: number }) => (p.h > 0 ? `${p.h} ч ${String(p.m).padStart(2, '0')} мин` : `${p.m} мин`),
    noLate: 'Просроченных дел нет.',
    open: 'открыть',
  },
  en: {
    period: 'Period',
    kindQuarter: 'Quarter',
    kindMonth: 'Month',
    kindCustom: 'Custom',
    year: 'Year',
    quarter: 'Quarter',
    month: 'Month',
    from: 'From',
    to: 'To',
    badRange: 'The end is before the start',
    noStart: 'Enter the first day of the period',
    noEnd: 'Enter the last day of the period',
    choosePeriod: 'The report appears once the period is valid.',
    exportCsv: 'Download CSV',
    exportXlsx: 'Download XLSX',
    print: 'Print',
    refresh: 'Refresh',
    loading: 'Computing the report…',
    empty: 'No messages were detected in this period.',
    executorsChart: 'Executors: answers on time and late',
    weeklyChart: 'By week: detected and answered',
    legendOnTime: 'on time',
    legendLate: 'late',
    legendOther: 'other',
    legendCaptured: 'detected',
    legendAnswered: 'answered',
    up: 'up',
    down: 'down',
    same: 'unchanged',
    vsPrevious: 'vs previous period',
    noPrevious: 'previous period — 0',
    hours: (p: { h: number; m: number }) => (p.h > 0 ? `${p.h} h ${String(p.m).padStart(2, '0')} min` : `${p.m} min`),
    noLate: 'No late cases.',
    open: 'open',
  },
});

/** Working minutes as «5 ч 08 мин». */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes);
  return tRep('hours', { h: Math.floor(whole / 60), m: whole % 60 });
}

/** 0.875 → «87,5 %». */
export function formatPercent(share: number): string {
  const text = (share * 100).toFixed(1);
  return `${text.replace('.', ',')} %`;
}
