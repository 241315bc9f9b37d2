import { ConfigError, ocrEngines, optionalInteger } from '../../lambdas/config';

describe('typed configuration', () => {
  test('OCR_ENGINE names what the runtime has: nothing, Tesseract, or Tesseract with Textract', () => {
    expect(ocrEngines({})).toEqual({ tesseract: false, textract: false });
    expect(ocrEngines({ OCR_ENGINE: 'none' })).toEqual({ tesseract: false, textract: false });
    expect(ocrEngines({ OCR_ENGINE: 'tesseract' })).toEqual({ tesseract: true, textract: false });
    expect(ocrEngines({ OCR_ENGINE: 'tesseract+textract' })).toEqual({ tesseract: true, textract: true });
  });

  test('Textract alone, or an unknown engine, stops the function at cold start naming the variable', () => {
    expect(() => ocrEngines({ OCR_ENGINE: 'textract' })).toThrow(ConfigError);
    expect(() => ocrEngines({ OCR_ENGINE: 'tesseract+abbyy' })).toThrow(/OCR_ENGINE must be none, tesseract or tesseract\+textract, got "tesseract\+abbyy"/);
  });

  test('limits are positive integers or the default', () => {
    expect(optionalInteger({}, 'MAX_DOCUMENT_PAGES', 200)).toBe(200);
    expect(optionalInteger({ MAX_DOCUMENT_PAGES: '50' }, 'MAX_DOCUMENT_PAGES', 200)).toBe(50);
    expect(() => optionalInteger({ MAX_DOCUMENT_PAGES: '0' }, 'MAX_DOCUMENT_PAGES', 200)).toThrow(ConfigError);
  });
});
