import type { PartyRole } from '../invoice-model';

/**
 * Label vocabularies of invoices in this trade (Russian, Kazakh, English, Chinese). They are the product's
 * own knowledge, not per-vendor templates: any issuer using ordinary wording is read without configuration.
 */
export const PARTY_LABELS: Array<[PartyRole, RegExp]> = [
  ['consignee', /^(грузополучатель|жүк алушы|consignee|ship to|deliver to|delivery address|shipping address|收货人|收货单位|(abweichender )?warenempfänger|lieferanschrift|lieferadresse|destinataire|adresse de livraison|livré à|livrer à|afleveradres|leveradres|afleveringsadres)$/i],
  ['shipper', /^(грузоотправитель|жүк жөнелтуші|shipper|发货人|versender|absender|expéditeur|verzender)$/i],
  ['notify', /^(notify party|notify|уведомить)$/i],
  ['carrier', /^(перевозчик|тасымалдаушы|carrier|承运人|frachtführer|spediteur|transporteur|vervoerder)$/i],
  ['manufacturer', /^(производитель|өндіруші|manufacturer|制造商|生产商|hersteller|fabricant|fabrikant)$/i],
  ['bank', /^(банк|банк продавца|банк получателя|банк бенефициара|банкі|bank|beneficiary bank|bank details|银行|开户行|开户银行|bankverbindung|banque|coordonnées bancaires)$/i],
  ['seller', /^(продавец|поставщик|экспортер|экспортёр|сатушы|жеткізуші|экспорттаушы|seller|supplier|exporter|vendor|sold by|service provider|issued by|卖方|供应商|供货方|出口商|出口方|verkäufer|lieferant|rechnungssteller|leistungserbringer|vendeur|fournisseur|émetteur|prestataire|verkoper|leverancier)$/i],
  ['payer', /^(плательщик|төлеуші|payer|paying party|付款人|付款方|zahlungspflichtiger|payeur|betaler)$/i],
  ['buyer', /^(покупатель|заказчик|импортер|импортёр|сатып алушы|импорттаушы|buyer|customer|importer|bill to|bill to address|billing address|invoice to|invoiced to|sold to|purchaser|买方|购买方|购货方|进口商|进口方|käufer|kunde|leistungsempfänger|rechnungsempfänger|rechnungsadresse|rechnungsanschrift|auftraggeber|client|acheteur|adresse de facturation|facturé à|koper|klant|afnemer|factuuradres|facturatieadres)$/i],
];

/**
 * Role words that are also printed as column headers or in compounds ("Kunde" over a customer-number cell):
 * they start a party block only with a colon or alone on their line, never as a bare cell before others.
 */
export const WEAK_PARTY_LABEL = /^(kunde|client|klant|lieferant|leverancier|fournisseur|prestataire|afnemer)$/i;

/**
 * Labelled fields inside a party block ("Name: …", "Anschrift: …", "Nummer: …"): they continue the block.
 * NAME_FIELD gives the party's name; ADDRESS_FIELD an address part; any other field is skipped.
 */
export const NAME_FIELD = /^(name|firma|company|company name|nom|raison sociale|naam|bedrijfsnaam|наименование|название|атауы|名称|公司名称)$/i;
/** Labels of a party's VAT number ("USt.-Id.-Nr.: DE123456789", "N° TVA", "BTW-nummer"). */
export const VAT_FIELD = /^(ust\.?-?\s?id\.?-?(nr\.?)?|ustid(nr\.?)?|umsatzsteuer-?id(entifikationsnummer)?|vat( reg(istration)?\.?)?( no\.?| number| id)?|n° tva( intracommunautaire)?|tva intracommunautaire|numéro de tva|btw(-|\s)?(nummer|nr\.?|id)?|vat-id)$/i;
export const PARTY_FIELD = /^(nummer|globale nummer|kundennummer|kundennr\.?|lieferantennummer|customer (no\.?|number|id)|account (no\.?|number)|numéro( client)?|n° client|klantnummer|klantnr\.?|telefon|tel\.?|telefoon|téléphone|phone|fax|e-?mail|courriel|web|internet|kontakt|contact|ansprechpartner|steuernummer|steuer-?nr\.?|st\.?-?nr\.?|kvk|siret|siren|rcs|handelsregister|gln|duns)$/i;

/** "ATTN: Name", "z. Hd. Name", "T.a.v. Name": the party is the name after it. */
export const ATTENTION = /^\s*(attn\.?|attention|z\.\s*hd\.?|zu händen|t\.a\.v\.?|à l'attention de)\s*[:：]?\s*/i;
/** Lines that never name a party: a parenthesised remark, or a salutation alone ("Herr", "Mr."). */
export const NOT_A_NAME = /^\s*(\(.*\)|herr|frau|firma|mr\.?|mrs\.?|ms\.?|m\.|mme|monsieur|madame|dhr\.?|mevr\.?|господину|госпоже)\s*$/i;

/** Matches "<label>[ / <label>]: rest" at the start of a line. */
export const LABEL_LINE = /^\s*([^:：]{2,40}?)\s*[:：]\s*(.*)$/;

export function roleOfLabel(label: string): PartyRole | undefined {
  // Bilingual labels ("Продавец / Seller") match when any part is a known label.
  const parts = label.split(/\s*[/|]\s*/).map((p) => p.trim().replace(/\s+/g, ' '));
  for (const part of parts) {
    for (const [role, pattern] of PARTY_LABELS) if (pattern.test(part)) return role;
  }
  return undefined;
}

export const TOTAL_LABEL = /(итого|всего|к оплате|барлығы|жиыны|барлық|grand total|invoice total|total amount|total due|amount due|balance due|amount payable|due payable|total value|^total|合计|总计|总金额|总额|合計|gesamtbetrag|gesamtsumme|rechnungsbetrag|rechnungssumme|bruttosumme|bruttobetrag|summe brutto|zahlbetrag|endbetrag|zu zahlen|total ttc|montant ttc|montant total|net à payer|somme à payer|total facture|^totaal|factuur ?totaal|totaalbedrag|te betalen)/i;
/** Subtotal lines under a goods table ("Net total: 496.00 €", "Nettobetrag:", "Summe netto", "Total HT"): they end it. */
export const SUBTOTAL_LABEL = /^(net total|net amount|subtotal|sub-total|total net|nettobetrag|nettosumme|netto|summe netto|zwischensumme|positionssumme|sous-total|total ht|montant ht|subtotaal|totaal excl|итого без|промежуточный итог)(?![\p{L}])/iu;
/** An invoice number as printed: letters and digits, with dashes, strokes, dots or underscores between them. */
const NUMBER_TOKEN = String.raw`[\p{L}\p{N}][\p{L}\p{N}\-/._]*[\p{L}\p{N}]`;
/** NUMBER_TOKEN that holds a digit, as a capture: "Invoice Summary" or «№ п/п» name no number. */
export const DIGIT_NUMBER = String.raw`((?=[\p{L}\p{N}\-/._]*\p{N})${NUMBER_TOKEN})`;
/** What stands between a number label and its value: «No.:», «№ .:», "Nr. #". */
const LABEL_TO_VALUE = String.raw`\s*[.,]?\s*[:：;；]?\s*#?\s*`;

/**
 * An explicit invoice-number label and its value. A bilingual label may print its second half between the first and
 * the value («Счёт-фактура № / Invoice No.: ALM20241199»): that half is passed over whatever OCR made of it («Invoice
 * Mo.:», «Invoice № .:»). A bare «№» numbers table columns too («№ п/п», «№ Наименование»): its value must hold a digit.
 */
export const INVOICE_NUMBER = new RegExp(
  String.raw`(?:(?:invoice\s*(?:no\.?|number|#)|номер\s+сч[её]та|шот\s+нөмірі|сч[её]т[-\s]?фактура\s*№|сч[её]т\s*№|инвойс\s*№|invoice\s*№|шот[-\s]?фактура\s*№|發票號碼|发?票号码|发票号|发票编号|rechnungs-?(?:nummer|nr\.?)|belegnummer|factuurnummer|factuurnr\.?|num[ée]ro\s+de\s+facture|n[°º]\s*de\s+facture)(?:\s*[/|]\s*[^:：/|]{1,24}[:：])?|№(?=${LABEL_TO_VALUE}[\p{L}\p{N}\-/._]*\p{N}))${LABEL_TO_VALUE}(${NUMBER_TOKEN})`,
  'iu',
);
/**
 * The invoice number after the document's title: "Rechnung Nr. 42", "Handelsrechnung (380) Nr. 471102",
 * "Facture n°562044387", "Invoice # RE-2019/507", "Invoice INV/2023/03/0008". Tried after INVOICE_NUMBER;
 * the number must hold a digit, so "Invoice Summary" or "Rechnung Seite 1" give none.
 */
export const TITLED_INVOICE_NUMBER = new RegExp(String.raw`(?:^|[\s(])(?:\p{L}*rechnung|gutschrift|invoice|facture|factuur|faktura)(?:\s*\([^)]*\))*(?:\s*(?:nr|no|n[°º]|#|nummer|number|num[ée]ro)[.,]?)?\s*[:：;；]?\s*#?\s*${DIGIT_NUMBER}`, 'iu');
/** A number printed alone after "#" ("# 2024-117") under an INVOICE title. */
export const HASH_NUMBER = new RegExp(String.raw`^\s*#\s*${DIGIT_NUMBER}\s*$`, 'u');
/** A header cell that names the invoice number, its value printed in the cell below ("Factuur" over "VF1005193039"). */
export const NUMBER_CELL = /^(invoice\s*(no\.?|number|#)?|rechnung|rechnungs-?(nummer|nr\.?)|facture|n[°º] de facture|num[ée]ro de facture|factuur|factuurnummer|factuurnr\.?)\s*[:：]?$/i;
export const DATE_LABEL = /(date|datum|дата|от|күні|日期|开票日期)/i;
/** Labels that name the invoice's own date: they beat any other dated line. */
export const INVOICE_DATE_LABEL = /(invoice date|date of invoice|date of issue|issue date|rechnungsdatum|belegdatum|ausstellungsdatum|date de (la )?facture|date d'émission|factuurdatum|factuur ?datum|дата сч[её]та|дата выписки|шот күні|开票日期|发票日期)/i;
/** Dates that are not the invoice's: delivery, due, order and period dates. */
export const OTHER_DATE_LABEL = /(deliver|due|order|ship|period|payable|pay by|remit|liefer|leistungs|fällig|bestell|zahlbar|zahlungsziel|zeitraum|livraison|échéance|echeance|limite|commande|vervaldatum|leverdatum|orderdatum|besteldatum|срок|оплат|отгрузк|поставк)/i;
/** A header cell that names the invoice date, its value printed in the cell below. */
export const DATE_CELL = /^(invoice date|date|datum|rechnungsdatum|factuur ?datum|factuurdatum|date de facture|дата)\s*[:：]?$/i;
/** "Маршрут / Route: Алматы (KZ) → Дубай (AE)": the printed route, in order. */
export const ROUTE_LABEL = /^(маршрут( перевозки)?|route|routing|бағыт|тасымалдау бағыты|运输路线|路线)(\s*\/\s*[^:：]+)?\s*[:：]\s*(.+)$/i;
export const INCOTERMS = /\b(EXW|FCA|FAS|FOB|CFR|CIF|CPT|CIP|DAP|DPU|DDP)\b[\s,]*([^\n;|]{0,60})/;

/**
 * Tax columns: the VAT rate or amount of a row ("MwSt", "USt. %", "Steuersatz", "Tax(%)", "VAT amount", "BTW",
 * "TVA", "НДС"). Anchored, so "Amount incl. VAT" or "Сумма с НДС" stay amounts.
 */
const TAX_COLUMN = /^(mwst|ust|mehrwertsteuer|umsatzsteuer|steuer|steuersatz|steuerbetrag|vat|tax|tva|taux|btw|ндс|ққс|ставка ндс|сумма ндс|税率|税额|增值税)(\.|-|\s)*(satz|betrag|rate|amount|tva|%|\(%\)|\[%\]|in %|ндс)?(\.|\s)*(\[%\]|\(%\)|%)?$/i;

/**
 * Goods-table header cells → column kinds. Order matters: "Unit price" is a price, not a unit; "Gesamtpreis"
 * is an amount, not a price; a tax column ("MwSt", "USt.", "VAT %", "BTW", "Steuerbetrag") is named so that
 * its rates and amounts never fill the price or amount column. German, French and Dutch labels are those of
 * European report layouts (Bezeichnung, Menge, Einzelpreis, Gesamt; Désignation, Quantité, Montant HT;
 * Omschrijving, Aantal, Prijs, Bedrag).
 */
export const COLUMN_LABELS: Array<[ColumnKind, RegExp]> = [
  ['no', /^(№|no\.?|#|п\/п|№ п\/п|序号|р\/с|р\/н|pos\.?|position|nr\.?|lfd\.?\s*nr\.?|n°|n[°º]\s*ligne|regel|volgnr\.?)$/i],
  ['hs', /(тн\s*вэд|сэ[қк]\s*тн|тн\s*сэ[қк]|тн\s*коды|h\.?\s*s\.?\s*code|^hs$|hs\s*编码|hs编码|商品编码|海关编码|税号|tn\s*ved|tariff\s*code|код\s*товара|^код$|zolltarif|warentarifnummer|^tarif|code\s*douanier|nomenclature douanière|goederencode)/i],
  ['tax', TAX_COLUMN],
  ['amount', /(gesamtpreis|gesamtbetrag|^gesamt|positionsbetrag|positions-?\s*betrag|nettobetrag|bruttobetrag|^betrag|^summe|zeilensumme|montant|prix total|^total\s*(ht|ttc)|bedrag|totaal|^subtotal)/i],
  ['price', /(цена|price|бағасы|单价|rate|einzelpreis|^einzel|e-?preis|stückpreis|nettopreis|bruttopreis|^preis|prix|^p\.?\s*u\.?(\s*ht)?$|prijs|tarief)/i],
  ['amount', /(сумма|стоимость|amount|total|value|сомасы|құны|金额|总价)/i],
  // «aty»: "Qty" as OCR reads a blurred Q.
  ['qty', /(кол-?во|количество|qty|quantity|саны|数量|^menge|^anzahl|^anz\.?$|^stückzahl|quantité|^qté|aantal|hoeveelheid|^aty\.?$)/i],
  ['unit', /(ед\.?\s*изм|^ед\.?$|^unit$|uom|өлшем|өлш|单位|^einheit$|^me$|^eh$|^unité$|^eenheid$)/i],
  ['origin', /(страна происхождения|country of origin|origin|шығарылған елі|原产国|ursprung|herkunft|origine|land van herkomst)/i],
  ['description', /(наименование|товар|описание|description|goods|item|атауы|тауар|货物|品名|名称|商品|bezeichnung|beschreibung|artikelbezeichnung|^produkt|^leistung|^ware$|désignation|designation|libellé|^produit|omschrijving|^product)/i],
];

/** Header cells that name the description column only when no other cell does: "Artikel" is often the article number. */
export const WEAK_DESCRIPTION_COLUMN = /^(artikel|article|artikelen|art\.?)$/i;

export type ColumnKind = 'no' | 'description' | 'hs' | 'qty' | 'unit' | 'price' | 'amount' | 'origin' | 'tax';

export const CURRENCY_CODES = ['USD', 'EUR', 'RUB', 'KZT', 'CNY', 'AED', 'TRY', 'GBP', 'KGS', 'UZS', 'BYN', 'IRR', 'CHF', 'JPY', 'INR', 'PLN', 'CZK', 'SEK', 'NOK', 'DKK', 'HUF', 'HKD', 'SGD'];
export const CURRENCY_WORDS: Array<[string, RegExp]> = [
  ['RUB', /(руб\.|рубл|₽)/i],
  ['KZT', /(тенге|теңге|₸)/i],
  ['CNY', /(人民币|元整|¥|юан)/i],
  ['USD', /(доллар|\$|美元)/i],
  ['EUR', /(евро|€|欧元|\beuros?\b)/i],
  ['GBP', /(£|pounds? sterling)/i],
  ['INR', /(₹|\bRs\.?\s?-?\d|rupees?\b)/i],
];

/** Country names and major cities, in the four languages, to ISO 3166 alpha-2. */
export const COUNTRY_NAMES: Array<[string, RegExp]> = [
  ['KZ', /(kazakhstan|казахстан|қазақстан|哈萨克斯坦|almaty|алматы|astana|астана|қостанай|костанай|karaganda|караганда|қарағанды|shymkent|шымкент|aktobe|актобе|ақтөбе|pavlodar|павлодар)/i],
  ['RU', /(russia|russian federation|россия|российская федерация|ресей|俄罗斯|moscow|москва|yekaterinburg|екатеринбург|novosibirsk|новосибирск|saint petersburg|санкт-петербург|омск|челябинск)/i],
  ['CN', /(china|китай|қытай|中国|中华人民共和国|beijing|пекин|shanghai|урумчи|urumqi|乌鲁木齐|北京|上海|广州|深圳|新疆)/i],
  ['IR', /(\biran\b|иран|伊朗|tehran|тегеран|bandar abbas|бендер-аббас)/i],
  ['DE', /(germany|deutschland|германия|германия|германия|德国|hamburg|гамбург|berlin|берлин|münchen|munich)/i],
  ['AE', /(united arab emirates|\buae\b|оаэ|объединенные арабские эмираты|阿联酋|dubai|дубай|迪拜|sharjah|jebel ali)/i],
  ['TR', /(turkey|türkiye|турция|土耳其|istanbul|стамбул)/i],
  ['BY', /(belarus|беларусь|белоруссия|白俄罗斯|minsk|минск)/i],
  ['KG', /(kyrgyzstan|кыргызстан|киргизия|吉尔吉斯|bishkek|бишкек)/i],
  ['UZ', /(uzbekistan|узбекистан|乌兹别克|tashkent|ташкент)/i],
  ['AM', /(armenia|армения|亚美尼亚|yerevan|ереван)/i],
  ['KP', /(north korea|dprk|кндр|朝鲜)/i],
  ['SY', /(syria|сирия|叙利亚)/i],
];

export function countryOf(text: string): string | undefined {
  for (const [code, pattern] of COUNTRY_NAMES) if (pattern.test(text)) return code;
  return undefined;
}
