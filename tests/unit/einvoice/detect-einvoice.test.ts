import { detectEInvoice } from '../../../lambdas/domain/einvoice/detect-einvoice';
import { fixtureText } from './einvoice-fixtures';

describe('detectEInvoice', () => {
  test.each([
    ['EN16931_Einfach.cii.xml', 'cii', 'CrossIndustryInvoice'], // rsm: prefix
    ['zugferd_2p0_EXTENDED_Fremdwaehrung.embedded-zugferd-invoice.xml', 'cii', 'CrossIndustryInvoice'], // default namespace, after a long licence comment
    ['sample_inofficial_20190125_atgp_factur-x_v_1_0.embedded-factur-x.xml', 'cii', 'CrossIndustryInvoice'],
    ['acme_invoice-42_ZUGFeRD.embedded-ZUGFeRD-invoice.xml', 'zugferd-1', 'CrossIndustryDocument'],
    ['EN16931_Einfach.ubl.xml', 'ubl-invoice', 'Invoice'],
    ['AzureInterior.embedded-UBL-Invoice-2.1.xml', 'ubl-invoice', 'Invoice'],
    ['esf-export-bearings-ru.xml', 'kz-esf', 'invoiceContainer'],
    ['esf-domestic-kzt-kk.xml', 'kz-esf', 'invoice'],
    ['esf-fixed-export-kg.xml', 'kz-esf', 'invoiceContainer'],
    ['synthetic-cii-export-hs.xml', 'cii', 'CrossIndustryInvoice'],
    ['synthetic-ubl-credit-note-hs.xml', 'ubl-credit-note', 'CreditNote'],
  ])('%s → %s', (file, syntax, root) => {
    // Prepare
    const xml = fixtureText(file);

    // Act
    const detection = detectEInvoice(xml);

    // Assess
    expect(detection).toMatchObject({ syntax, root, invoiceCount: 1 });
  });

  test('a UBL CreditNote with a prefixed root is recognised by its namespace, not its prefix', () => {
    // Prepare
    const xml = '\uFEFF<?xml version="1.0"?>\n<!-- exported -->\n<ubl:CreditNote xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2" xmlns:cbc="x"><cbc:ID>CN-1</cbc:ID></ubl:CreditNote>';

    // Act
    const detection = detectEInvoice(xml);

    // Assess
    expect(detection).toEqual({ syntax: 'ubl-credit-note', root: 'CreditNote', namespace: 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2', invoiceCount: 1 });
  });

  test('an ESF container with two invoices reports both', () => {
    // Prepare
    const one = '<v2:invoice xmlns:a="abstractInvoice.esf" xmlns:v2="v2.esf"><num>1</num></v2:invoice>';
    const xml = `<esf:invoiceContainer xmlns:esf="esf"><invoiceSet>${one}${one.replace('>1<', '>2<')}</invoiceSet></esf:invoiceContainer>`;

    // Act
    const detection = detectEInvoice(xml);

    // Assess
    expect(detection).toMatchObject({ syntax: 'kz-esf', invoiceCount: 2 });
  });

  test.each([
    ['an empty string', ''],
    ['HTML', '<!DOCTYPE html><html><body>Invoice</body></html>'],
    ['another XML vocabulary', '<?xml version="1.0"?><Order xmlns="urn:oasis:names:specification:ubl:schema:xsd:Order-2"/>'],
    ['a known root name in an unknown namespace', '<rsm:CrossIndustryInvoice xmlns:rsm="urn:example"/>'],
    ['an ESF container without a v2 invoice', '<esf:invoiceContainer xmlns:esf="esf"><invoiceSet/></esf:invoiceContainer>'],
    ['PDF bytes as text', '%PDF-1.7\n1 0 obj'],
    ['an unterminated comment', '<!-- never closed <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"/>'],
  ])('%s is not an e-invoice', (_label, text) => {
    // Prepare / Act
    const detection = detectEInvoice(text);

    // Assess
    expect(detection).toBeUndefined();
  });
});
