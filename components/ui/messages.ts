import { defineMessages } from '../../utils/i18n';

/** The few words the kit itself shows or announces. */
export const { t: tUi } = defineMessages({
  ru: {
    close: 'Закрыть',
    loading: 'Загрузка…',
    required: 'обязательное поле',
    dismiss: 'Скрыть сообщение',
    notifications: 'Уведомления',
    timePlaceholder: 'ЧЧ:ММ',
  },
  en: {
    close: 'Close',
    loading: 'Loading…',
    required: 'required',
    dismiss: 'Dismiss',
    notifications: 'Notifications',
    timePlaceholder: 'HH:MM',
  },
});
