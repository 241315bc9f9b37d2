import { countryCode, leadingCountryCode } from '../../../lambdas/domain/countries';

describe('countryCode', () => {
  test.each([
    ['Russia', 'RU'],
    ['Russian Federation', 'RU'],
    ['RUSSIA', 'RU'],
    ['Korea, North', 'KP'],
    ["Democratic People's Republic of Korea", 'KP'],
    ['Korea, South', 'KR'],
    ['Iran (Islamic Republic of)', 'IR'],
    ['Hong Kong', 'HK'],
    ['China, Hong Kong Special Administrative Region', 'HK'],
    ['Crimea region of Ukraine', 'UA'],
    ['Region: Crimea', 'UA'],
    ['Region: Gaza', 'PS'],
    ['Congo (Democratic Republic)', 'CD'],
    ['Congo, Democratic Republic of the', 'CD'],
    ['Congo', 'CG'],
    ['Bahamas, The', 'BS'],
    ['Man, Isle of', 'IM'],
    ['St. Kitts & Nevis', 'KN'],
    ["Côte d'Ivoire", 'CI'],
    ['Cote d Ivoire', 'CI'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GB'],
    ['UK', 'GB'],
    ['Kazakhstan', 'KZ'],
    ['Kyrgyzstan', 'KG'],
    ['Burma', 'MM'],
    ['PRC', 'CN'],
    ['Russian Federation (as at November 2010)', 'RU'],
    ['Iraq (previous address)', 'IQ'],
    ['Palestinian', 'PS'],
    ['Kosovo', 'XK'],
  ])('maps the list spelling "%s" to %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });

  test('passes ISO alpha-2 codes through', () => {
    expect(['US', 'AE', 'CN', 'KZ'].map(countryCode)).toEqual(['US', 'AE', 'CN', 'KZ']);
  });

  test('answers undefined for what is not a country', () => {
    expect(['undetermined', 'None Identified', 'Region: Kafia Kingi', 'NM', '', undefined, 'Stuttgart'].map(countryCode)).toEqual(
      Array(7).fill(undefined),
    );
  });
});

describe('leadingCountryCode', () => {
  test('finds the country a document description starts with', () => {
    // Act
    const codes = ['Russian foreign travel passport number', 'Germany identity document', '(Afghan) (tazkira)', 'Issued in Jordan'].map(leadingCountryCode);

    // Assess
    expect(codes).toEqual(['RU', 'DE', 'AF', undefined]);
  });
});
