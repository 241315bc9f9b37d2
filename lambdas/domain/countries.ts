/**
 * Country names as the sanctions lists print them → ISO 3166-1 alpha-2.
 *
 * Names: ISO 3166-1 English short names plus the variants OFAC, the UN, OFSI/FCDO, the EU and BIS use
 * ("Korea, North", "Iran (Islamic Republic of)", "Congo (Democratic Republic)", "Region: Crimea"…).
 * Two codes are outside ISO 3166-1 proper and are kept because the lists still print them:
 * XK (Kosovo, user-assigned, used by the EU and the UK) and AN (Netherlands Antilles, withdrawn in 2010).
 * Crimea, Gaza and the West Bank map to the UN-recognised state (UA, PS).
 */
const COUNTRIES = `
AD Andorra
AE United Arab Emirates|UAE|U.A.E.|Emirates
AF Afghanistan
AG Antigua and Barbuda
AI Anguilla
AL Albania
AM Armenia
AN Netherlands Antilles
AO Angola
AQ Antarctica
AR Argentina
AS American Samoa
AT Austria
AU Australia
AW Aruba
AX Åland Islands
AZ Azerbaijan
BA Bosnia and Herzegovina|Bosnia-Herzegovina|Bosnia
BB Barbados
BD Bangladesh
BE Belgium
BF Burkina Faso
BG Bulgaria
BH Bahrain
BI Burundi
BJ Benin
BL Saint Barthélemy
BM Bermuda
BN Brunei|Brunei Darussalam
BO Bolivia|Bolivia (Plurinational State of)|Plurinational State of Bolivia
BQ Bonaire, Sint Eustatius and Saba|Caribbean Netherlands
BR Brazil
BS Bahamas
BT Bhutan
BV Bouvet Island
BW Botswana
BY Belarus|Republic of Belarus
BZ Belize
CA Canada
CC Cocos (Keeling) Islands
CD Democratic Republic of the Congo|Congo, Democratic Republic of the|Congo (Democratic Republic)|Congo (Democratic Republic of the)|Democratic Republic of Congo|Congo, The Democratic Republic of the|DR Congo|DRC|Congo-Kinshasa|Zaire
CF Central African Republic|CAR
CG Congo|Republic of the Congo|Congo, Republic of the|Congo (Republic)|Congo-Brazzaville
CH Switzerland
CI Côte d'Ivoire|Ivory Coast
CK Cook Islands
CL Chile
CM Cameroon
CN China|People's Republic of China|China, People's Republic of|PRC
CO Colombia
CR Costa Rica
CU Cuba
CV Cabo Verde|Cape Verde
CW Curaçao
CX Christmas Island
CY Cyprus
CZ Czechia|Czech Republic
DE Germany|Federal Republic of Germany
DJ Djibouti
DK Denmark
DM Dominica
DO Dominican Republic
DZ Algeria
EC Ecuador
EE Estonia
EG Egypt
EH Western Sahara
ER Eritrea
ES Spain
ET Ethiopia
FI Finland
FJ Fiji
FK Falkland Islands|Falkland Islands (Malvinas)
FM Micronesia|Micronesia (Federated States of)|Federated States of Micronesia
FO Faroe Islands
FR France
GA Gabon
GB United Kingdom|United Kingdom of Great Britain and Northern Ireland|UK|Great Britain|Britain|England|Scotland|Wales|Northern Ireland
GD Grenada
GE Georgia
GF French Guiana
GG Guernsey
GH Ghana
GI Gibraltar
GL Greenland
GM Gambia
GN Guinea
GP Guadeloupe
GQ Equatorial Guinea
GR Greece
GS South Georgia and the South Sandwich Islands
GT Guatemala
GU Guam
GW Guinea-Bissau
GY Guyana
HK Hong Kong|Hong Kong SAR|China, Hong Kong Special Administrative Region|Hong Kong Special Administrative Region of China
HM Heard Island and McDonald Islands
HN Honduras
HR Croatia
HT Haiti
HU Hungary
ID Indonesia
IE Ireland
IL Israel
IM Isle of Man
IN India
IO British Indian Ocean Territory
IQ Iraq
IR Iran|Iran (Islamic Republic of)|Islamic Republic of Iran
IS Iceland
IT Italy
JE Jersey
JM Jamaica
JO Jordan
JP Japan
KE Kenya
KG Kyrgyzstan|Kyrgyz Republic|Kirghizia
KH Cambodia
KI Kiribati
KM Comoros
KN Saint Kitts and Nevis
KP North Korea|Korea, North|Democratic People's Republic of Korea|Korea, Democratic People's Republic of|Korea (Democratic People's Republic of)|DPRK
KR South Korea|Korea, South|Republic of Korea|Korea, Republic of|Korea (Republic of)
KW Kuwait
KY Cayman Islands
KZ Kazakhstan|Republic of Kazakhstan|Kazakstan
LA Laos|Lao People's Democratic Republic|Lao PDR
LB Lebanon
LC Saint Lucia
LI Liechtenstein
LK Sri Lanka
LR Liberia
LS Lesotho
LT Lithuania
LU Luxembourg
LV Latvia
LY Libya|Libyan Arab Jamahiriya
MA Morocco
MC Monaco
MD Moldova|Republic of Moldova|Moldova, Republic of
ME Montenegro
MF Saint Martin (French part)|Saint Martin
MG Madagascar
MH Marshall Islands
MK North Macedonia|Republic of North Macedonia|North Macedonia, The Republic of|Macedonia|The former Yugoslav Republic of Macedonia
ML Mali|Northern Mali
MM Myanmar|Burma
MN Mongolia
MO Macao|Macau|China, Macao Special Administrative Region
MP Northern Mariana Islands
MQ Martinique
MR Mauritania
MS Montserrat
MT Malta
MU Mauritius
MV Maldives
MW Malawi
MX Mexico
MY Malaysia
MZ Mozambique
NA Namibia
NC New Caledonia
NE Niger
NF Norfolk Island
NG Nigeria
NI Nicaragua
NL Netherlands|Netherlands (Kingdom of the)|Holland
NO Norway
NP Nepal
NR Nauru
NU Niue
NZ New Zealand
OM Oman
PA Panama
PE Peru
PF French Polynesia
PG Papua New Guinea
PH Philippines
PK Pakistan
PL Poland
PM Saint Pierre and Miquelon
PN Pitcairn
PR Puerto Rico
PS Palestine|State of Palestine|Palestine, State of|Occupied Palestinian Territories|Occupied Palestinian Territory|Palestinian Territories|Palestinian Authority|West Bank|Gaza|Gaza Strip|North Gaza|Northern Gaza
PT Portugal
PW Palau
PY Paraguay
QA Qatar
RE Réunion
RO Romania
RS Serbia
RU Russia|Russian Federation
RW Rwanda
SA Saudi Arabia
SB Solomon Islands
SC Seychelles
SD Sudan
SE Sweden
SG Singapore
SH Saint Helena, Ascension and Tristan da Cunha|Saint Helena
SI Slovenia
SJ Svalbard and Jan Mayen
SK Slovakia|Slovak Republic
SL Sierra Leone
SM San Marino
SN Senegal
SO Somalia
SR Suriname
SS South Sudan
ST Sao Tome and Principe
SV El Salvador
SX Sint Maarten (Dutch part)|Sint Maarten
SY Syria|Syrian Arab Republic
SZ Eswatini|Swaziland
TC Turks and Caicos Islands
TD Chad
TF French Southern Territories
TG Togo
TH Thailand
TJ Tajikistan
TK Tokelau
TL Timor-Leste|East Timor
TM Turkmenistan
TN Tunisia
TO Tonga
TR Türkiye|Turkey
TT Trinidad and Tobago
TV Tuvalu
TW Taiwan|Taiwan, Province of China|Chinese Taipei
TZ Tanzania|United Republic of Tanzania|Tanzania, United Republic of
UA Ukraine|Crimea|Crimea region of Ukraine|Autonomous Republic of Crimea
UG Uganda
UM United States Minor Outlying Islands
US United States|United States of America|USA|U.S.A.|America
UY Uruguay
UZ Uzbekistan
VA Holy See|Vatican City
VC Saint Vincent and the Grenadines
VE Venezuela|Venezuela (Bolivarian Republic of)|Bolivarian Republic of Venezuela
VG British Virgin Islands|Virgin Islands, British|Virgin Islands (British)
VI United States Virgin Islands|Virgin Islands, U.S.|Virgin Islands (U.S.)
VN Viet Nam|Vietnam
VU Vanuatu
WF Wallis and Futuna
WS Samoa
XK Kosovo
YE Yemen
YT Mayotte
ZA South Africa
ZM Zambia
ZW Zimbabwe
`;

/** Nationality adjectives that the lists print instead of a country name ("nationality: Palestinian"). */
const DEMONYMS = `
AF Afghan
AE Emirati
BY Belarusian
CN Chinese
DE German
EG Egyptian
ER Eritrean
GB British
IQ Iraqi
IR Iranian
JO Jordanian
KG Kyrgyz
KP North Korean
KZ Kazakh|Kazakhstani
LB Lebanese
LY Libyan
MD Moldovan
PK Pakistani
PS Palestinian
RU Russian
SA Saudi|Saudi Arabian
SD Sudanese
SO Somali
SY Syrian
TJ Tajik
TM Turkmen
TR Turkish
UA Ukrainian
US American
UZ Uzbek
YE Yemeni
`;

/** Lower case, no accents, punctuation as spaces, "St." spelled out, no leading "the". */
function normalise(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

function buildIndex(table: string, index: Map<string, string>): Map<string, string> {
  for (const line of table.trim().split('\n')) {
    const code = line.slice(0, 2);
    for (const name of line.slice(3).split('|')) index.set(normalise(name), code);
  }
  return index;
}

const BY_NAME = buildIndex(DEMONYMS, buildIndex(COUNTRIES, new Map()));
const CODES = new Set(COUNTRIES.trim().split('\n').map((line) => line.slice(0, 2)));

/** True for the alpha-2 codes known here (ISO 3166-1 plus XK and AN). */
export function isCountryCode(value: string): boolean {
  return CODES.has(value);
}

/** "Korea, North" → "North Korea"; "Iran (Islamic Republic of)" → "Islamic Republic of Iran". */
function rearrangements(name: string): string[] {
  const found: string[] = [];
  const comma = name.match(/^([^,]+),\s*([^,]+)$/);
  if (comma) found.push(`${comma[2]} ${comma[1]}`);
  const paren = name.match(/^(.+?)\s*\(([^()]+)\)\s*$/);
  // "Congo (Democratic Republic)" must never fall back to plain "Congo".
  if (paren) found.push(`${paren[2]} ${paren[1]}`, ...(/democratic/i.test(paren[2]) ? [] : [paren[1]]));
  const region = name.match(/^region\s*:\s*(.+)$/i);
  if (region) found.push(region[1]);
  return found;
}

/** Lists repeat the same few hundred spellings thousands of times: remember the answers. */
const answers = new Map<string, string | undefined>();

/**
 * ISO 3166-1 alpha-2 code for a country name, variant, demonym or code as printed in a list;
 * undefined when it is not a country ("undetermined", "Region: Kafia Kingi", a typo).
 */
export function countryCode(name: string | undefined | null): string | undefined {
  const raw = (name ?? '').trim();
  if (!raw) return undefined;
  if (!answers.has(raw)) answers.set(raw, lookUp(raw));
  return answers.get(raw);
}

function lookUp(raw: string): string | undefined {
  if (/^[A-Z]{2}$/.test(raw) && CODES.has(raw)) return raw;
  const direct = BY_NAME.get(normalise(raw));
  if (direct) return direct;
  for (const candidate of rearrangements(raw)) {
    const code = BY_NAME.get(normalise(candidate)) ?? (candidate !== raw ? lookUp(candidate) : undefined);
    if (code) return code;
  }
  return undefined;
}

/** The country a free text starts with ("Russian foreign travel passport" → RU), trying up to four words. */
export function leadingCountryCode(text: string | undefined): string | undefined {
  const words = (text ?? '').replace(/^[\s(]+/, '').split(/[\s,.;:()]+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const code = BY_NAME.get(normalise(words.slice(0, n).join(' ')));
    if (code) return code;
  }
  return undefined;
}
