/**
 * Hand-written company-name cores in the style of Kazakh and Russian registrations: Cyrillic as registered
 * (Kazakh letters included) and the Latin spelling such a company prints on English invoices. Used by the
 * set-builder to make ru/kk/en pairs; the Latin spellings are written by hand, not produced by our
 * transliteration, so they test it rather than echo it.
 */
export const KZ_CORES: Array<{ cyrillic: string; latin: string }> = [
  { cyrillic: 'Қазақ Астық', latin: 'Kazakh Astyk' },
  { cyrillic: 'Қостанай Дән', latin: 'Kostanay Dan' },
  { cyrillic: 'Қостанай Құрылыс', latin: 'Kostanai Kurylys' },
  { cyrillic: 'Алтын Дала', latin: 'Altyn Dala' },
  { cyrillic: 'Сарыарқа Логистик', latin: 'Saryarka Logistic' },
  { cyrillic: 'Өскемен Металл', latin: 'Oskemen Metall' },
  { cyrillic: 'Жетісу Агро', latin: 'Zhetysu Agro' },
  { cyrillic: 'Атырау Мұнай Сервис', latin: 'Atyrau Munai Service' },
  { cyrillic: 'Ақтөбе Құрылыс', latin: 'Aktobe Kurylys' },
  { cyrillic: 'Шығыс Энерго', latin: 'Shygys Energo' },
  { cyrillic: 'Ертіс Транс', latin: 'Irtysh Trans' },
  { cyrillic: 'Байтерек Инвест', latin: 'Baiterek Invest' },
  { cyrillic: 'Нұр Жол Транзит', latin: 'Nurzhol Transit' },
  { cyrillic: 'Қарағанды Көмір', latin: 'Karaganda Komir' },
  { cyrillic: 'Маңғыстау Теңіз', latin: 'Mangystau Teniz' },
  { cyrillic: 'Ұлытау Кен', latin: 'Ulytau Ken' },
  { cyrillic: 'Түркістан Мақта', latin: 'Turkistan Makta' },
  { cyrillic: 'Көкшетау Сүт', latin: 'Kokshetau Sut' },
  { cyrillic: 'Хоргос Карго', latin: 'Khorgos Cargo' },
  { cyrillic: 'Достық Экспресс', latin: 'Dostyk Express' },
  { cyrillic: 'Жаңаөзен Газ', latin: 'Zhanaozen Gas' },
  { cyrillic: 'Балқаш Мыс', latin: 'Balkhash Mys' },
  { cyrillic: 'Әлем Трейд', latin: 'Alem Trade' },
  { cyrillic: 'Іле Агро', latin: 'Ile Agro' },
  { cyrillic: 'Шымкент Химия', latin: 'Shymkent Khimiya' },
  { cyrillic: 'Павлодар Алюминий', latin: 'Pavlodar Aluminiy' },
  { cyrillic: 'Степногорск Уран', latin: 'Stepnogorsk Uran' },
  { cyrillic: 'Сибирь Электроника', latin: 'Sibir Elektronika' },
  { cyrillic: 'Уральский Станкозавод', latin: 'Uralsky Stankozavod' },
  { cyrillic: 'Волга Подшипник', latin: 'Volga Podshipnik' },
  { cyrillic: 'Северная Звезда', latin: 'Severnaya Zvezda' },
  { cyrillic: 'Евразия Микросхемы', latin: 'Evraziya Mikroskhemy' },
  { cyrillic: 'Щит Технологии', latin: 'Shchit Tekhnologii' },
  { cyrillic: 'Юг Химпром', latin: 'Yug Khimprom' },
  { cyrillic: 'Ясень Приборы', latin: 'Yasen Pribory' },
  { cyrillic: 'Ёлка Сервис', latin: 'Yolka Servis' },
  { cyrillic: 'Цифровые Решения Казахстан', latin: 'Tsifrovye Resheniya Kazakhstan' },
  { cyrillic: 'Жасыл Даму', latin: 'Zhasyl Damu' },
  { cyrillic: 'Қазтеміртранс Логистика', latin: 'Kaztemirtrans Logistika' },
  { cyrillic: 'Ақжол Импэкс', latin: 'Akzhol Impex' },
];

/** The same legal form as a Russian registration, a Kazakh registration and an English invoice print it. */
export const KZ_FORMS = {
  llp: { ru: (x: string) => `ТОО «${x}»`, kk: (x: string) => `«${x}» ЖШС`, en: (x: string) => `${x} LLP`, enAlt: (x: string) => `TOO "${x}"` },
  jsc: { ru: (x: string) => `АО «${x}»`, kk: (x: string) => `«${x}» АҚ`, en: (x: string) => `${x} JSC`, enAlt: (x: string) => `Joint Stock Company ${x}` },
  llc: { ru: (x: string) => `ООО «${x}»`, kk: (x: string) => `ООО "${x}"`, en: (x: string) => `${x} LLC`, enAlt: (x: string) => `OOO ${x}` },
};
