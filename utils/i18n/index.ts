/**
 * A tiny typed translator. Russian is the primary locale; English must provide every key Russian
 * has (the compiler checks it). Messages live next to the feature that shows them:
 *
 *   const { t } = defineMessages({
 *     ru: { title: 'Очередь', left: (p: { n: number }) => `${p.n} ${plural('ru', p.n, ['дело', 'дела', 'дел'])}` },
 *     en: { title: 'Queue', left: (p: { n: number }) => `${p.n} ${plural('en', p.n, ['case', 'cases'])}` },
 *   });
 */
export type Locale = 'ru' | 'en';
export const LOCALES: readonly Locale[] = ['ru', 'en'];

type Message = string | ((params: never) => string);
type Params<M> = M extends (params: infer P) => string ? P : never;

let currentLocale: Locale = 'ru';

export function setLocale(locale: Locale): void {
  currentLocale = locale;
}

export function getLocale(): Locale {
  return currentLocale;
}

/** Picks 'en' only when asked for explicitly or when the browser speaks no Russian-family language. */
export function resolveLocale(preference: Locale | 'auto', browserLanguages: readonly string[]): Locale {
  if (preference !== 'auto') return preference;
  const first = browserLanguages[0]?.toLowerCase() ?? 'ru';
  return first.startsWith('en') ? 'en' : 'ru';
}

export function defineMessages<R extends Record<string, Message>>(messages: {
  ru: R;
  en: { [K in keyof R]: R[K] };
}) {
  function t<K extends keyof R>(key: K, ...params: R[K] extends string ? [] : [Params<R[K]>]): string {
    const message = messages[currentLocale][key] ?? messages.ru[key];
    return typeof message === 'function' ? (message as (p: unknown) => string)(params[0]) : (message as string);
  }
  return { t, messages };
}

const pluralRulesCache = new Map<Locale, Intl.PluralRules>();

/**
 * Chooses a plural form. Russian forms are [one, few, many] ("1 дело", "2 дела", "5 дел");
 * English forms are [one, other].
 */
export function plural(locale: Locale, n: number, forms: readonly string[]): string {
  let rules = pluralRulesCache.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRulesCache.set(locale, rules);
  }
  const category = rules.select(n);
  if (locale === 'ru') {
    const index = category === 'one' ? 0 : category === 'few' ? 1 : category === 'many' ? 2 : 1;
    return forms[index] ?? forms[forms.length - 1] ?? '';
  }
  return (category === 'one' ? forms[0] : forms[1]) ?? forms[0] ?? '';
}
