/** A stage's term in words: «30 минут рабочего времени», «за 3 часа до срока «Ответ»». */
import { getLocale } from '../../../utils/i18n/index';
import type { Regulation, Term } from '../../../utils/regulation/schema';
import { tReg } from './messages';

export function termText(term: Term, regulation: Pick<Regulation, 'stages'>): string {
  if (term.kind === 'calendarSkippingNonWorkingDaysWithMinimumWorking') {
    return tReg('termCalendar', { hours: term.calendarHours, minimum: term.minimumWorkingHours });
  }
  const span = tReg('span', { n: term.duration, unit: term.unit });
  if (term.kind === 'before') {
    const target = regulation.stages.find((s) => s.id === term.stage);
    return tReg('termBefore', { span, stage: target ? target.label[getLocale()] : term.stage });
  }
  const clock = term.unit === 'workingDays' ? '' : term.clock === 'working' ? tReg('workingSuffix') : tReg('calendarSuffix');
  return tReg('termAfter', { span, clock });
}
