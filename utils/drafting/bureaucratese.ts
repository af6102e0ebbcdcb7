/**
 * Bureaucratese («канцеляризмы») to avoid in an answer. Seed 003 (Korenovsk), appendix 1 p. 10:
 * texts are written in the conversational style of social networks, «не рекомендуется …
 * использовать канцеляризмы». The seed names no phrases; this list gathers the usual ones of
 * municipal answers, each with a plainer wording to offer instead.
 *
 * Each phrase is a pattern over whole words: a stem with `\p{L}*` takes the Russian endings
 * («данный», «данного», «данной»…), and whitespace between words may be any run of spaces.
 */
import type { Label } from '../cases/labels';

export interface BureaucratesePhrase {
  id: string;
  /** The phrase as the operator reads it in a hint. */
  phrase: string;
  /** A regular-expression source matching the phrase and its word forms (case-insensitive). */
  pattern: string;
  suggestion: Label;
}

const W = '\\p{L}*';

export const bureaucratese: readonly BureaucratesePhrase[] = [
  { id: 'dovodimDoSvedeniya', phrase: 'доводим до Вашего сведения', pattern: `довод${W} до (?:ваш${W} )?сведения`, suggestion: { ru: 'сообщаем — или сразу скажите главное', en: '“we inform you”, or just say it' } },
  { id: 'vSvyaziSVysheizlozhennym', phrase: 'в связи с вышеизложенным', pattern: `в связи с вышеизложенн${W}`, suggestion: { ru: 'поэтому', en: '“so”' } },
  { id: 'vSvyaziSTem', phrase: 'в связи с тем, что', pattern: 'в связи с тем,? что', suggestion: { ru: 'потому что, так как', en: '“because”' } },
  { id: 'vCelyah', phrase: 'в целях', pattern: 'в целях', suggestion: { ru: 'чтобы, для', en: '“to”, “for”' } },
  { id: 'sTselyu', phrase: 'с целью', pattern: 'с целью', suggestion: { ru: 'чтобы, для', en: '“to”, “for”' } },
  { id: 'osushchestvlyat', phrase: 'осуществляется', pattern: `осуществл${W}`, suggestion: { ru: 'назовите само действие: «ремонтируем», «проверяем»', en: 'name the action itself' } },
  { id: 'proizvodit', phrase: 'производится', pattern: `производ(?:ит|ят|ится|ятся|или|ился|илась|илось|ились)|произвед(?:ён|ен|ена|ено|ены)|произвест${W}`, suggestion: { ru: 'назовите действие: «покрасили», «заменили»', en: 'name the action itself' } },
  { id: 'vRamkah', phrase: 'в рамках', pattern: 'в рамках', suggestion: { ru: 'по, во время, в ходе', en: '“under”, “during”' } },
  { id: 'dannyj', phrase: 'данный', pattern: `данн(?:ый|ая|ое|ые|ого|ой|ому|ым|ыми|ых|ом|ую)`, suggestion: { ru: 'этот', en: '“this”' } },
  { id: 'vysheukazannyj', phrase: 'вышеуказанный', pattern: `выше(?:указанн|упомянут|названн|перечисленн)${W}`, suggestion: { ru: 'этот, названный', en: '“this”, “the”' } },
  { id: 'naPredmet', phrase: 'на предмет', pattern: 'на предмет', suggestion: { ru: 'чтобы проверить…, о', en: '“to check…”, “about”' } },
  { id: 'vNastoyashcheeVremya', phrase: 'в настоящее время', pattern: 'в настоящее время', suggestion: { ru: 'сейчас', en: '“now”' } },
  { id: 'naSegodnyashnijDen', phrase: 'на сегодняшний день', pattern: 'на сегодняшний день', suggestion: { ru: 'сегодня, сейчас', en: '“today”, “now”' } },
  { id: 'vSluchaeEsli', phrase: 'в случае если', pattern: 'в случае,? если', suggestion: { ru: 'если', en: '“if”' } },
  { id: 'poVoprosu', phrase: 'по вопросу', pattern: `по вопрос(?:у|ам)`, suggestion: { ru: 'о, про', en: '“about”' } },
  { id: 'vAdres', phrase: 'в адрес', pattern: 'в адрес', suggestion: { ru: 'вам, в', en: '“to you”, “to”' } },
  { id: 'vKratchajshieSroki', phrase: 'в кратчайшие сроки', pattern: 'в кратчайш(?:ие|ий) срок(?:и)?', suggestion: { ru: 'назовите срок: «до пятницы»', en: 'give a date: “by Friday”' } },
  { id: 'vUstanovlennomPoryadke', phrase: 'в установленном порядке', pattern: 'в установленном порядке', suggestion: { ru: 'скажите, как именно', en: 'say how exactly' } },
  { id: 'vvidu', phrase: 'ввиду', pattern: 'ввиду', suggestion: { ru: 'из-за, потому что', en: '“because of”' } },
  { id: 'posredstvom', phrase: 'посредством', pattern: 'посредством', suggestion: { ru: 'через, с помощью', en: '“through”, “with”' } },
  { id: 'vOtnoshenii', phrase: 'в отношении', pattern: 'в отношении', suggestion: { ru: 'о, для', en: '“about”, “for”' } },
  { id: 'poFaktu', phrase: 'по факту', pattern: 'по факту', suggestion: { ru: 'о, из-за', en: '“about”' } },
  { id: 'poSostoyaniyuNa', phrase: 'по состоянию на', pattern: 'по состоянию на', suggestion: { ru: 'на', en: '“as of”' } },
  { id: 'naTerritorii', phrase: 'на территории', pattern: 'на территории', suggestion: { ru: 'в (в посёлке, в городе)', en: '“in”' } },
  { id: 'prinyatMery', phrase: 'принять меры', pattern: `(?:прин(?:ять|ял|яли|ята|яты|имаются|имаем)) (?:все )?(?:необходим${W} )?мер${W}`, suggestion: { ru: 'скажите, что именно сделано или будет сделано', en: 'say what exactly was or will be done' } },
  { id: 'meropriyatiya', phrase: 'проведены мероприятия', pattern: `(?:проведен${W}|провод${W}) мероприяти${W}`, suggestion: { ru: 'скажите, что именно сделали', en: 'say what exactly was done' } },
  { id: 'yavlyaetsya', phrase: 'является', pattern: `являет(?:ся|есь)|являются`, suggestion: { ru: 'тире или «это»', en: 'a dash, or “is”' } },
  { id: 'informiruem', phrase: 'информируем', pattern: `информиру(?:ем|ю)`, suggestion: { ru: 'сообщаем — или сразу к сути', en: 'say it directly' } },
  { id: 'nizhesleduyushchee', phrase: 'нижеследующее', pattern: `нижеследующ${W}`, suggestion: { ru: 'следующее, вот что', en: '“the following”' } },
];

export interface BureaucrateseMatch {
  phrase: BureaucratesePhrase;
  start: number;
  end: number;
}

const compiled = bureaucratese.map((phrase) => ({
  phrase,
  regex: new RegExp(`(?<![\\p{L}\\p{N}])${phrase.pattern.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu'),
}));

/** Every bureaucratese phrase in `text`, in order of position (overlaps keep the earlier, longer one). */
export function findBureaucratese(text: string): BureaucrateseMatch[] {
  const matches: BureaucrateseMatch[] = [];
  for (const { phrase, regex } of compiled) {
    regex.lastIndex = 0;
    for (const m of text.matchAll(regex)) matches.push({ phrase, start: m.index, end: m.index + m[0].length });
  }
  matches.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: BureaucrateseMatch[] = [];
  for (const match of matches) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}
