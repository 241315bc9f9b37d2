/**
 * Words that say little about which company is meant. They still align, but an unmatched one costs
 * little and a matched one proves little ("Alpha Trading" vs "Beta Trading" share nothing that matters).
 * Written as printed; keys are derived at load time. Listed in English, Russian/Kazakh transliteration,
 * and pinyin, because invoices print all three.
 */
export const FUNCTION_WORDS = [
  'of', 'the', 'and', 'for', 'in', 'on', 'de', 'del', 'della', 'des', 'du', 'da', 'do', 'dos', 'la', 'le', 'les', 'el', 'al',
  'y', 'e', 'i', 'et', 'und', 'van', 'von', 'der', 'den', 'im', 'imeni', 'named', 'after', 'po', 'na', 'pri', 's', 'v', 'k',
];

/**
 * Honorifics, religious and military titles and ranks that UN and OFAC aliases put in front of a person's
 * name ("Sheikh Hassan", "Mullah Mohammad Hassan", "Colonel Mutebutsi", "Haji Faizullah Noor"). For persons
 * they are read as function words: they align if present on both sides, and cost little when not.
 */
export const PERSON_TITLES = [
  'sheikh', 'shaikh', 'shaykh', 'sheik', 'shaykhs', 'haji', 'hajji', 'hadji', 'haj', 'hajj', 'alhaj', 'alhaji', 'alhajji',
  'mullah', 'mulla', 'molla', 'mollah', 'maulavi', 'maulvi', 'mawlawi', 'mawlavi', 'moulavi', 'molvi', 'maulana', 'mawlana',
  'moulana', 'qari', 'mufti', 'imam', 'sahib', 'saheb', 'sahab', 'sardar', 'ustad', 'ustadh', 'ustaz', 'amir', 'ameer', 'emir',
  'dr', 'doctor', 'prof', 'professor', 'mr', 'mrs', 'ms', 'miss', 'sir', 'colonel', 'col', 'general', 'gen', 'major', 'maj',
  'captain', 'capt', 'commander', 'cmdr', 'lieutenant', 'lt', 'brigadier', 'sergeant', 'sgt', 'admiral',
];

export const GENERIC_WORDS = [
  // English
  'company', 'co', 'corporation', 'group', 'holding', 'holdings', 'international', 'trading', 'trade', 'traders', 'general',
  'global', 'industries', 'industrial', 'industry', 'enterprise', 'enterprises', 'services', 'service', 'import', 'export',
  'impex', 'investment', 'investments', 'technology', 'technologies', 'tech', 'systems', 'system', 'solutions', 'engineering',
  'logistics', 'shipping', 'management', 'development', 'resources', 'products', 'production', 'manufacturing', 'commercial',
  'partners', 'center', 'centre', 'institute', 'research', 'scientific', 'science', 'plant', 'factory', 'works', 'association',
  'firm', 'agency', 'national', 'state', 'federal', 'joint', 'venture', 'branch', 'office', 'representative', 'llc', 'limited',
  // Russian / Kazakh (BGN transliteration)
  'kompaniya', 'gruppa', 'kholding', 'torgovyy', 'torgovyi', 'dom', 'mezhdunarodnaya', 'mezhdunarodnyy', 'predpriyatie',
  'proizvodstvennoe', 'proizvodstvennaya', 'obyedinenie', 'obedinenie', 'nauchno', 'nauchnyy', 'issledovatelskiy', 'tsentr',
  'institut', 'zavod', 'kombinat', 'fabrika', 'firma', 'tekhnologii', 'sistemy', 'servis', 'treyd', 'treid', 'invest',
  'inzhiniring', 'logistik', 'gosudarstvennyy', 'federalnyy', 'filial', 'upravlyayushchaya', 'kazakhstan', 'rossiya',
  // Pinyin
  'gongsi', 'jituan', 'keji', 'maoyi', 'guoji', 'shiye', 'kaifa', 'touzi', 'gufen', 'youxian', 'zerenn', 'shi', 'sheng',
];

/**
 * Words that mean the same in the languages and abbreviations of list entries and invoices. OFAC and the
 * UK list translate some Russian company words and transliterate others ("TSENTR SUDOREMONTA" vs "SHIP
 * REPAIR CENTRE"); these equivalences let such words align. Each row is one meaning.
 */
export const WORD_EQUIVALENTS: string[][] = [
  ['engineering', 'eng', 'engg', 'inzhiniring', 'inzhenernyy', 'inzhenernaya'],
  ['international', 'intl', 'mezhdunarodnyy', 'mezhdunarodnaya', 'mezhdunarodnoe', 'khalykaralyk', 'internesHnl'],
  ['company', 'co', 'comp', 'kompaniya', 'kompaniia'],
  ['corporation', 'corp', 'korporatsiya', 'korporatsiia'],
  ['construction', 'constr', 'con', 'stroitelnaya', 'stroitelnyy', 'stroitelstvo', 'kurylys', 'qurylys'],
  ['manufacturing', 'mfg'],
  ['industries', 'industry', 'industrial', 'ind', 'promyshlennost', 'promyshlennaya', 'promyshlennyy', 'onerkasip'],
  ['technology', 'technologies', 'tech', 'tekhnologii', 'tekhnologiya', 'tekhnologicheskaya'],
  ['plant', 'factory', 'works', 'zavod', 'fabrika'],
  ['centre', 'center', 'tsentr', 'ortalygy'],
  ['research', 'scientific', 'nauchno', 'nauchnyy', 'nauchnoe', 'issledovatelskiy', 'issledovatelskii', 'gylymi'],
  ['production', 'proizvodstvennoe', 'proizvodstvennaya', 'proizvodstvennyy', 'proizvodstvo'],
  ['association', 'union', 'obyedinenie', 'obedinenie', 'obyedineniye', 'birlestik'],
  ['enterprise', 'predpriyatie', 'predpriyatiye', 'kasiporny', 'kasiporyn'],
  ['institute', 'institut'],
  ['bureau', 'byuro'],
  ['design', 'konstruktorskoe', 'konstruktorskoye'],
  ['group', 'gruppa', 'grupp'],
  ['trading', 'trade', 'torgovyy', 'torgovaya', 'torgovyi', 'treyding', 'treiding', 'sauda'],
  ['insurance', 'strakhovaya', 'strakhovanie', 'sakhtandyru'],
  ['oil', 'neft', 'munai', 'munay'],
  ['gas', 'gaz'],
  ['state', 'gosudarstvennyy', 'gosudarstvennoe', 'gosudarstvennaya', 'memlekettik'],
  ['federal', 'federalnoe', 'federalnyy', 'federalnaya'],
  ['national', 'natsionalnyy', 'natsionalnaya', 'natsionalnoe', 'ulttyk'],
  ['ministry', 'ministerstvo', 'ministrligi'],
  ['defence', 'defense', 'oborony', 'oborona', 'oboronnyy'],
  ['university', 'universitet'],
  ['new', 'novyy', 'novaya', 'novoe', 'novye', 'zhana'],
  ['service', 'services', 'servis', 'kyzmet'],
  ['transport', 'transportnaya', 'transportnyy', 'kolik'],
  ['security', 'bezopasnosti', 'bezopasnost'],
  ['systems', 'system', 'sistemy', 'sistema'],
  ['electronics', 'elektronika', 'electronic', 'elektronnyy'],
  ['real', 'nedvizhimost'],
  ['bank', 'banka', 'banki'],
  ['russian', 'rossiyskiy', 'rossiyskaya', 'rossii', 'russia', 'rossiya'],
  ['chemical', 'khimicheskiy', 'khimicheskaya', 'khimiya'],
  ['machine', 'mashinostroitelnyy', 'mashinostroitelnaya', 'mash'],
  ['investment', 'investments', 'invest', 'investitsionnaya', 'investitsionnyy'],
  ['management', 'upravlyayushchaya', 'upravlenie'],
  ['aviation', 'aviatsionnyy', 'aviatsionnaya', 'avia'],
  ['medical', 'meditsinskiy'],
  ['marine', 'maritime', 'morskoy', 'morskaya'],
];
