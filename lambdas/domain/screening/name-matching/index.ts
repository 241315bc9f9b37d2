/** Multilingual, explainable party-name matching (pure, no I/O). */
export { analyseName, type AnalysedName, type NameToken, type NameType } from './analyse-name';
export { foldText, repairHomoglyphs, repairOcrDigits } from './fold-text';
export { transliterate, transliterationVariants, TRANSLIT_SCHEMES, type TranslitScheme } from './transliterate';
export { phoneticKey } from './phonetic-key';
export { keySimilarity } from './token-similarity';
export { compareLegalForms, LEGAL_FORMS, type LegalFormVerdict } from './legal-forms';
export { scoreNames, scoreAnalysed, DEFAULT_PARAMS, type NameScore, type AlignedPair, type ScoringParams } from './score-names';
export { NameIndex, type Hit, type SearchQuery, type SearchOptions, type Decision } from './name-index';
export { matchNamesJsonl } from './match-names-jsonl';
