import { extractInvoice } from '../../../lambdas/domain/extraction/invoice-extractor';
import { layout } from './layout';

/**
 * Header-table layouts print each party field as a label cell and a value cell. Bilingual label cells
 * («Мекенжайы / Адрес:», "地址 / Address：") and identifier labels glossed in brackets ("商业识别号 (BIN)：",
 * «БСК (SWIFT):») continue the party block; they used to end it, so the identifiers under them were lost.
 */
describe('bilingual party blocks of header-table layouts', () => {
  test('Kazakh/Russian labels: the BIN under a bilingual address row belongs to the seller', () => {
    // Arrange
    const document = layout([
      ['Сатушы / Продавец:', 0.05, 0.10], ['"Тобыл Машинери" ЖШС', 0.4, 0.10],
      ['Мекенжайы / Адрес:', 0.05, 0.12], ['Абай даңғылы, 131, Қостанай қ., Қазақстан Республикасы', 0.4, 0.12],
      ['БИН:', 0.05, 0.14], ['151240731767', 0.4, 0.14],
      ['Банк / Банк продавца:', 0.05, 0.18], ['«Теңіз Сауда Банкі» АҚ', 0.4, 0.18],
      ['Мекенжайы / Адрес:', 0.05, 0.20], ['Қостанай қ. филиалы, Қазақстан Республикасы', 0.4, 0.20],
      ['БСК (SWIFT):', 0.05, 0.22], ['TGTBKZKX', 0.4, 0.22],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    const seller = parties.find((p) => p.role === 'seller');
    expect(seller?.address).toBe('Абай даңғылы, 131, Қостанай қ., Қазақстан Республикасы');
    expect(seller?.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '151240731767', valid: true }]);
    expect(parties.find((p) => p.role === 'bank')?.identifiers).toEqual([{ scheme: 'SWIFT', value: 'TGTBKZKX' }]);
  });

  test('Chinese/English labels: a bracketed scheme name makes the label an identifier row', () => {
    // Arrange
    const document = layout([
      ['卖方 / Seller：', 0.05, 0.10], ['伊希姆金属服务有限责任合伙企业', 0.4, 0.10],
      ['地址 / Address：', 0.05, 0.12], ['哈萨克斯坦共和国阿斯塔纳市托列比街162号763室', 0.4, 0.12],
      ['商业识别号 (BIN)：', 0.05, 0.14], ['220440080720', 0.4, 0.14],
      ['买方 / Buyer：', 0.05, 0.18], ['霍尔果斯鑫达进出口有限公司', 0.4, 0.18],
      ['地址 / Address：', 0.05, 0.20], ['中国霍尔果斯市长江路105号801室', 0.4, 0.20],
      ['统一社会信用代码 (USCC)：', 0.05, 0.22], ['91654004KWN1K7CC87', 0.4, 0.22],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.find((p) => p.role === 'seller')?.identifiers).toEqual([{ scheme: 'KZ-BIN', value: '220440080720', valid: true }]);
    expect(parties.find((p) => p.role === 'buyer')?.identifiers).toEqual([{ scheme: 'CN-USCC', value: '91654004KWN1K7CC87', valid: true }]);
  });

  test('an Uzbek taxpayer number is UZ-INN, like its Russian and Kyrgyz neighbours', () => {
    // Arrange
    const document = layout([
      ['Покупатель:', 0.05, 0.10], ['OOO "Zarafshan Tekstil"', 0.3, 0.10],
      ['ИНН:', 0.05, 0.12], ['264207186', 0.3, 0.12],
    ]);

    // Act
    const { parties } = extractInvoice(document);

    // Assess
    expect(parties.find((p) => p.role === 'buyer')?.identifiers).toEqual([{ scheme: 'UZ-INN', value: '264207186' }]);
  });
});
