/**
 * Words Otklik shows on VK and OK pages by itself, Russian first: the capture button and a failed
 * request. Every byte here is in each content script: what the page says about cases (badges,
 * capture notices, answer in place, publication) comes from the background (notices.ts).
 */
import { defineMessages } from '../../i18n/index';

export const { t: pageText } = defineMessages({
  ru: {
    capture: 'Взять в работу',
    failed: (p: { error: string }) => `Не получилось: ${p.error}`,
  },
  en: {
    capture: 'Take into work',
    failed: (p: { error: string }) => `Failed: ${p.error}`,
  },
});
