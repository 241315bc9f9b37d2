/**
 * Rows of real `tesseract … tsv` output (Tesseract 5.3.0, tessdata_fast) from the generated corpus's degraded
 * scans (samples/generator, seed 42), recorded for the rules in tesseract-tsv.ts. Each constant is one page's
 * size row and the word rows of one printed line.
 */
const HEADER = 'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext';

/** 00067-kk-ru-header-table.scan.pdf page 1, rus+eng+kaz: «№:» of the bilingual label read as "Ne:", a column rule as "|". */
export const NUMERO_WITH_COLON_TSV = [
  HEADER,
  '1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t',
  '5\t1\t6\t1\t1\t1\t235\t205\t172\t30\t92.983009\tШот-фактура',
  '5\t1\t6\t1\t1\t2\t418\t213\t21\t19\t93.154427\t№',
  '5\t1\t6\t1\t1\t3\t449\t216\t8\t18\t92.912323\t/',
  '5\t1\t6\t1\t1\t4\t465\t215\t71\t21\t90.788765\tСчёт-',
  '5\t1\t6\t1\t1\t5\t530\t218\t115\t27\t17.437027\tфактура',
  '5\t1\t6\t1\t1\t6\t656\t223\t28\t20\t96.410797\tNe:',
  '5\t1\t6\t1\t1\t7\t704\t263\t16\t19\t85.314934\t|',
  '5\t1\t6\t1\t1\t8\t738\t224\t258\t66\t63.229912\tSHY20251536',
].join('\n');

/** 00021-kk-header-table.scan.jpg, rus+eng+kaz: the buyer «ООО «Амур Электрон»» with the legal form read as zeros. */
export const LEGAL_FORM_ZEROS_TSV = [
  HEADER,
  '1\t1\t0\t0\t0\t0\t0\t0\t1241\t1754\t-1\t',
  '5\t1\t10\t3\t1\t1\t88\t332\t7\t37\t94.874512\t|',
  '5\t1\t10\t3\t1\t2\t92\t337\t60\t23\t94.578667\tСатып',
  '5\t1\t10\t3\t1\t3\t160\t348\t62\t13\t94.158997\tалушы:',
  '5\t1\t10\t3\t1\t4\t410\t339\t43\t14\t95.007561\t000',
  '5\t1\t10\t3\t1\t5\t460\t339\t60\t26\t96.271622\t«Амур',
  '5\t1\t10\t3\t1\t6\t526\t326\t102\t27\t95.724915\tЭлектрон»',
].join('\n');

/** 00067 page 1 at 300 dpi, chi_sim+eng+rus: "BEIJING" read right but with a confidence of 8.6 %. */
export const LOW_CONFIDENCE_NAME_TSV = [
  HEADER,
  '1\t1\t0\t0\t0\t0\t0\t0\t2481\t3508\t-1\t',
  '5\t1\t21\t1\t1\t1\t691\t791\t173\t60\t8.617439\tBEIJING',
  '5\t1\t21\t1\t1\t2\t873\t811\t122\t47\t92.815414\tALITE',
  '5\t1\t21\t1\t1\t3\t1004\t817\t312\t50\t95.997208\tTECHNOLOGIES',
  '5\t1\t21\t1\t1\t4\t1330\t835\t73\t34\t85.994583\tСО.,',
  '5\t1\t21\t1\t1\t5\t1419\t839\t81\t30\t96.594002\tLTD.',
  // A speck read as a letter, with Tesseract's usual confidence for such things.
  '5\t1\t21\t1\t1\t6\t1530\t845\t6\t5\t0.000000\tМС',
].join('\n');
