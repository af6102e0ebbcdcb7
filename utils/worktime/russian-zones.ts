/**
 * Russia's IANA zones for the options page, east of Moscow in order. Offsets have been fixed since
 * 2020 (no DST); russian-zones.test.ts checks every label against the browser's tzdata.
 */
export interface RussianTimeZone {
  id: string;
  /** Hours ahead of UTC. */
  utcOffsetHours: number;
  /** E.g. 'МСК+6 (UTC+9)'. */
  offsetLabel: string;
  /** Main cities and regions, Russian. */
  cities: string;
}

const ZONES: ReadonlyArray<[string, number, string]> = [
  ['Europe/Kaliningrad', 2, 'Калининград'],
  ['Europe/Moscow', 3, 'Москва, Санкт-Петербург, Краснодар, Нижний Новгород, Казань, Ростов-на-Дону'],
  ['Europe/Simferopol', 3, 'Симферополь, Севастополь'],
  ['Europe/Kirov', 3, 'Киров'],
  ['Europe/Volgograd', 3, 'Волгоград'],
  ['Europe/Astrakhan', 4, 'Астрахань'],
  ['Europe/Saratov', 4, 'Саратов'],
  ['Europe/Ulyanovsk', 4, 'Ульяновск'],
  ['Europe/Samara', 4, 'Самара, Ижевск'],
  ['Asia/Yekaterinburg', 5, 'Екатеринбург, Челябинск, Тюмень, Пермь, Уфа, Оренбург'],
  ['Asia/Omsk', 6, 'Омск'],
  ['Asia/Novosibirsk', 7, 'Новосибирск'],
  ['Asia/Barnaul', 7, 'Барнаул, Горно-Алтайск'],
  ['Asia/Tomsk', 7, 'Томск'],
  ['Asia/Novokuznetsk', 7, 'Кемерово, Новокузнецк'],
  ['Asia/Krasnoyarsk', 7, 'Красноярск, Абакан, Кызыл'],
  ['Asia/Irkutsk', 8, 'Иркутск, Улан-Удэ'],
  ['Asia/Chita', 9, 'Чита'],
  ['Asia/Yakutsk', 9, 'Якутск, Благовещенск'],
  ['Asia/Khandyga', 9, 'Хандыга'],
  ['Asia/Vladivostok', 10, 'Владивосток, Хабаровск, Биробиджан'],
  ['Asia/Ust-Nera', 10, 'Усть-Нера'],
  ['Asia/Magadan', 11, 'Магадан'],
  ['Asia/Sakhalin', 11, 'Южно-Сахалинск'],
  ['Asia/Srednekolymsk', 11, 'Среднеколымск'],
  ['Asia/Kamchatka', 12, 'Петропавловск-Камчатский'],
  ['Asia/Anadyr', 12, 'Анадырь'],
];

const MOSCOW_OFFSET = 3;
const signed = (n: number) => (n < 0 ? `−${-n}` : `+${n}`);

function offsetLabel(hours: number): string {
  const fromMoscow = hours - MOSCOW_OFFSET;
  return `${fromMoscow === 0 ? 'МСК' : `МСК${signed(fromMoscow)}`} (UTC${signed(hours)})`;
}

export const RUSSIAN_TIME_ZONES: readonly RussianTimeZone[] = ZONES.map(([id, utcOffsetHours, cities]) => ({
  id,
  utcOffsetHours,
  offsetLabel: offsetLabel(utcOffsetHours),
  cities,
}));
