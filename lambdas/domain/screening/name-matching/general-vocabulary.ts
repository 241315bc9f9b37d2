/**
 * Round 15: a general Russian vocabulary of organisation names, written blind. Merged into WORD_EQUIVALENTS
 * (generic-words.ts) and looked up, like every row, by the inflection-free stem of word-meanings.ts.
 *
 * Why: rounds 10 and 13 drew vocabulary from the lists themselves, and found that the words the fresh misses need
 * (pump, wheeled, tractor …) are printed by no other listed subject. A dictionary is what a compliance analyst
 * brings; none with Russian→English is installable here, so this one was written from dictionary knowledge.
 *
 * How it was made: two writers, apart, each given one domain (heavy industry and defence; science, public bodies,
 * finance, trade, transport, energy and services), wrote rows of one meaning each: the English renderings, then
 * the Russian forms in the lists' Latin transliteration (nominative and genitive, singular and plural, and the
 * adjective endings), some with Kazakh. They did not see the labelled pairs, the lists or the scorer's results,
 * and left out proper names, legal forms, abbreviations and words whose key is a surname, a given name or another
 * English word (checked against the project's own keys and stems and an English word list: «koleso» ↔ COLES,
 * «kater» ↔ CATHER, «khromovyy» ↔ KHROMOV, «dengi» ↔ DENG, «ryba» ↔ RIBA, «vody» ↔ WOODY …). Words of three
 * letters or fewer and phrases of three words or more were dropped when the rows were merged (the table reads
 * words and two-word phrases). Collisions found afterwards on the lists are listed where they were removed
 * (bench/screen/README.md, Round 15).
 *
 * Round 16 added, made the same way by two more writers: the common words of Persian and Arabic organisation names
 * in their list romanisations, and those of Chinese company names in pinyin as company names glue them (legal-form
 * rows left out). Rows that merged kinds of body (institute, establishment, foundation; committee and commission;
 * national and popular) were split or dropped, and romanisations whose keys are names removed (Egyptian «gamaa»
 * GAMES/JAMES, «sina'a» SINA, «tamin» TAMYNA, «jahani» JAHAN, «ghazaei» GAZA, «dawli» DUAL). The rows of this file
 * align words with words; they spell no abbreviation (word-meanings.ts).
 */
export const GENERAL_VOCABULARY: string[][] = [
  // Heavy industry and defence
  ['plant', 'works', 'factory', 'zavoda', 'zavody', 'zavodov', 'zavodskoy', 'zavodskoi', 'zavodskaya', 'zavodskoe', 'zavodskie', 'zavodskikh', 'zavodskogo', 'zauyt', 'zauyty', 'zauyttar', 'zauytlar'],
  ['plant', 'works', 'combine', 'kombinata', 'kombinaty', 'kombinatov'],
  ['equipment', 'oborudovaniya', 'oborudovaniye', 'zhabdyk', 'zhabdyq', 'zhabdyktary', 'zhabdyqtary'],
  ['repair', 'repairs', 'remontov', 'remonty', 'remonta', 'remontno', 'zhondeu'],
  ['machine-building', 'machine building', 'mechanical engineering', 'mashinostroitelnogo', 'mashinostroitelnoe', 'mashinostroitelnykh', 'mashina zhasau'],
  ['metallurgical', 'metallurgy', 'metallurgicheskogo', 'metallurgicheskikh', 'metallurgii', 'metallurgiyalyk', 'metallurgiyalyq'],
  ['mining', 'gornodobyvayushchiy', 'gornodobyvayushchii', 'gornodobyvayushchaya', 'gornodobyvayushchee', 'gornodobyvayushcheye', 'gornodobyvayushchie', 'gornodobyvayushchiye', 'gornodobyvayushchikh', 'gornodobyvayushchego', 'gornodobyvayushchey', 'gornodobyvayushchei', 'tau-ken'],
  ['workshop', 'workshops', 'shop', 'tsekh', 'tsekha', 'tsekhi', 'tsekhov', 'tsekhovoy', 'tsekhovaya'],
  ['workshop', 'workshops', 'masterskaya', 'masterskie', 'masterskikh', 'masterskoy', 'masterskoi', 'masterskuyu'],
  ['assembly', 'assembling', 'sborka', 'sborki', 'sborochnyy', 'sborochnyi', 'sborochniy', 'sborochnaya', 'sborochnoe', 'sborochnoye', 'sborochnye', 'sborochnyye', 'sborochnykh', 'sborochnogo', 'sborochnoy', 'sborochnoi'],
  ['installation', 'mounting', 'erection', 'assembly', 'montazh', 'montazha', 'montazhnyy', 'montazhnyi', 'montazhniy', 'montazhnaya', 'montazhnoe', 'montazhnoye', 'montazhnye', 'montazhnyye', 'montazhnykh', 'montazhnogo', 'montazhnoy', 'montazhnoi', 'montazhno'],
  ['commissioning', 'adjustment', 'setting-up', 'naladka', 'naladki', 'naladochnyy', 'naladochnyi', 'naladochniy', 'naladochnaya', 'naladochnoe', 'naladochnoye', 'naladochnye', 'naladochnyye', 'naladochnykh', 'naladochnogo', 'naladochnoy', 'naladochnoi', 'pusko-naladochnyy', 'pusko-naladochnye', 'pusko-naladochnykh'],
  ['maintenance', 'servicing', 'obsluzhivanie', 'obsluzhivaniya', 'obsluzhivaniye'],
  ['modernization', 'modernisation', 'upgrade', 'upgrading', 'modernizatsiya', 'modernizatsii', 'modernizatsiia'],
  ['manufacture', 'manufacturing', 'making', 'fabrication', 'izgotovlenie', 'izgotovleniya', 'izgotovleniye'],
  ['manufacturer', 'manufacturers', 'producer', 'producers', 'proizvoditel', 'proizvoditeli', 'proizvoditelya', 'proizvoditeley', 'proizvoditelei', 'izgotovitel', 'izgotoviteli', 'izgotovitelya', 'izgotoviteley'],
  ['serial', 'series', 'mass-produced', 'seriynyy', 'seriynyi', 'seriyniy', 'seriynaya', 'seriynoe', 'seriynoye', 'seriynye', 'seriynyye', 'seriynykh', 'seriynogo', 'seriynoy', 'seriynoi', 'seriinyy', 'seriinyi', 'seriiniy', 'seriinaya', 'seriinoe', 'seriinoye', 'seriinye', 'seriinyye', 'seriinykh', 'seriinogo', 'seriinoy', 'seriinoi'],
  ['pilot', 'prototype', 'opytnyy', 'opytnyi', 'opytnaya', 'opytnoe', 'opytnogo', 'opytnykh', 'opytno'],
  ['purpose', 'designation', 'assignment', 'naznachenie', 'naznacheniya', 'naznacheniye'],
  ['dual', 'double', 'twin', 'dvoynoy', 'dvoynoi', 'dvoynaya', 'dvoynoe', 'dvoynoye', 'dvoynye', 'dvoynyye', 'dvoynykh', 'dvoynogo', 'dvoinoy', 'dvoinoi', 'dvoinaya', 'dvoinoe', 'dvoinoye', 'dvoinye', 'dvoinyye', 'dvoinykh', 'dvoinogo'],
  ['installation', 'installations', 'facility', 'ustanovka', 'ustanovki', 'ustanovok'],
  ['station', 'stations', 'stantsiya', 'stantsii', 'stantsiy', 'stantsiia'],
  ['line', 'lines', 'liniya', 'linii', 'liniy', 'liniia'],
  ['supply', 'supplies', 'procurement', 'snabzhenie', 'snabzheniya', 'snabzheniye'],
  ['quality', 'kachestvo', 'kachestva'],
  ['storage', 'keeping', 'khranenie', 'khraneniya', 'khraneniye'],
  ['warehouse', 'warehouses', 'depot', 'depots', 'storehouse', 'sklad', 'sklada', 'sklady', 'skladov', 'skladskoy', 'skladskoi', 'skladskaya', 'skladskoe', 'skladskie', 'skladskikh', 'skladskogo'],
  ['utilization', 'utilisation', 'disposal', 'recycling', 'utilizatsiya', 'utilizatsii', 'utilizatsiia'],
  ['secondary', 'recycled', 'vtorichnyy', 'vtorichnyi', 'vtorichniy', 'vtorichnaya', 'vtorichnoe', 'vtorichnoye', 'vtorichnye', 'vtorichnyye', 'vtorichnykh', 'vtorichnogo', 'vtorichnoy', 'vtorichnoi'],
  ['test bench', 'test benches', 'bench', 'benches', 'test stand', 'stand', 'stend', 'stenda', 'stendy', 'stendov', 'stendovoy', 'stendovoi', 'stendovaya', 'stendovoe', 'stendovoye', 'stendovye', 'stendovyye', 'stendovykh', 'stendovogo'],
  ['tooling', 'fixtures', 'rigging', 'osnastka', 'osnastki'],
  ['tool', 'tools', 'tooling', 'toolmaking', 'instrumentalnyy', 'instrumentalnyi', 'instrumentalniy', 'instrumentalnaya', 'instrumentalnoe', 'instrumentalnoye', 'instrumentalnye', 'instrumentalnyye', 'instrumentalnykh', 'instrumentalnogo', 'instrumentalnoy', 'instrumentalnoi'],
  ['high-tech', 'high-technology', 'hi-tech', 'vysokotekhnologichnyy', 'vysokotekhnologichnyi', 'vysokotekhnologichniy', 'vysokotekhnologichnaya', 'vysokotekhnologichnoe', 'vysokotekhnologichnoye', 'vysokotekhnologichnye', 'vysokotekhnologichnyye', 'vysokotekhnologichnykh', 'vysokotekhnologichnogo', 'vysokotekhnologichnoy', 'vysokotekhnologichnoi'],
  ['modern', 'contemporary', 'sovremennyy', 'sovremennyi', 'sovremenniy', 'sovremennaya', 'sovremennoe', 'sovremennoye', 'sovremennye', 'sovremennyye', 'sovremennykh', 'sovremennogo', 'sovremennoy', 'sovremennoi'],
  ['universal', 'general-purpose', 'universalnyy', 'universalnyi', 'universalniy', 'universalnaya', 'universalnoe', 'universalnoye', 'universalnye', 'universalnyye', 'universalnykh', 'universalnogo', 'universalnoy', 'universalnoi'],
  ['integrated', 'integrirovannyy', 'integrirovannyi', 'integrirovanniy', 'integrirovannaya', 'integrirovannoe', 'integrirovannoye', 'integrirovannye', 'integrirovannyye', 'integrirovannykh', 'integrirovannogo', 'integrirovannoy', 'integrirovannoi'],
  ['complex', 'comprehensive', 'integrated', 'kompleksnyy', 'kompleksnyi', 'kompleksniy', 'kompleksnaya', 'kompleksnoe', 'kompleksnoye', 'kompleksnye', 'kompleksnyye', 'kompleksnykh', 'kompleksnogo', 'kompleksnoy', 'kompleksnoi'],
  ['high', 'vysokiy', 'vysokii', 'vysokaya', 'vysokoe', 'vysokoye', 'vysokie', 'vysokiye', 'vysokikh', 'vysokogo', 'vysokoy', 'vysokoi'],
  ['light', 'lightweight', 'legkiy', 'legkii', 'legkaya', 'legkoe', 'legkoye', 'legkie', 'legkiye', 'legkikh', 'legkogo', 'legkoy', 'legkoi'],
  ['medium', 'middle', 'average', 'sredniy', 'srednii', 'srednyaya', 'srednee', 'srednie', 'srednikh', 'srednego', 'sredney', 'srednei', 'sredniaia'],
  ['mobile', 'movable', 'podvizhnyy', 'podvizhnyi', 'podvizhniy', 'podvizhnaya', 'podvizhnoe', 'podvizhnoye', 'podvizhnye', 'podvizhnyye', 'podvizhnykh', 'podvizhnogo', 'podvizhnoy', 'podvizhnoi', 'mobilnyy', 'mobilnyi', 'mobilniy', 'mobilnaya', 'mobilnoe', 'mobilnoye', 'mobilnye', 'mobilnyye', 'mobilnykh', 'mobilnogo', 'mobilnoy', 'mobilnoi'],
  ['source', 'sources', 'istochnik', 'istochnika', 'istochniki', 'istochnikov'],
  ['power supply', 'power supplies', 'pitanie', 'pitaniya', 'pitaniye'],
  ['nutrition', 'food', 'pitanie', 'pitaniya', 'pitaniye'],
  ['structure', 'structures', 'construction', 'design', 'konstruktsiya', 'konstruktsii', 'konstruktsiy', 'konstruktsiia'],
  ['structural', 'constructional', 'konstruktsionnyy', 'konstruktsionnyi', 'konstruktsionniy', 'konstruktsionnaya', 'konstruktsionnoe', 'konstruktsionnoye', 'konstruktsionnye', 'konstruktsionnyye', 'konstruktsionnykh', 'konstruktsionnogo', 'konstruktsionnoy', 'konstruktsionnoi'],
  ['products', 'articles', 'items', 'izdelie', 'izdeliya', 'izdeliy', 'izdeliye', 'izdelii'],
  ['component', 'components', 'accessories', 'komplektuyushchie', 'komplektuyushchikh', 'komplektuyushchiy', 'komplektuyushchiye', 'komplektuiushchie'],
  ['section', 'chast', 'chasti', 'chastey', 'chastei'],
  ['military unit', 'chast', 'chasti', 'chastey'],
  ['reserve', 'zapasnoy', 'zapasnoi', 'zapasnaya', 'zapasnoe', 'zapasnoye', 'zapasnye', 'zapasnyye', 'zapasnykh', 'zapasnogo'],
  ['spare parts', 'spares', 'zapchasti', 'zapchastey', 'zapchastei', 'zapasnye chasti', 'zapasnykh chastey', 'zapasnyye chasti'],
  ['component', 'components', 'detail', 'detal', 'detali', 'detaley', 'detalei'],
  ['device', 'devices', 'ustroystvo', 'ustroystva', 'ustroystv', 'ustroistvo', 'ustroistva'],
  ['mechanism', 'mechanisms', 'mekhanizm', 'mekhanizma', 'mekhanizmy', 'mekhanizmov'],
  ['aggregate', 'aggregates', 'assembly', 'agregat', 'agregata', 'agregaty', 'agregatov', 'agregatnyy', 'agregatnyi', 'agregatniy', 'agregatnaya', 'agregatnoe', 'agregatnoye', 'agregatnye', 'agregatnyye', 'agregatnykh', 'agregatnogo', 'agregatnoy', 'agregatnoi'],
  ['apparatus', 'apparatuses', 'device', 'vehicle', 'apparat', 'apparata', 'apparaty', 'apparatov'],
  ['equipment', 'hardware', 'apparatus', 'apparatura', 'apparatury'],
  ['hardware', 'hardware-based', 'apparatnyy', 'apparatnyi', 'apparatniy', 'apparatnaya', 'apparatnoe', 'apparatnoye', 'apparatnye', 'apparatnyye', 'apparatnykh', 'apparatnogo', 'apparatnoy', 'apparatnoi', 'apparatno'],
  ['program', 'programme', 'software', 'programmnyy', 'programmnyi', 'programmniy', 'programmnaya', 'programmnoe', 'programmnoye', 'programmnye', 'programmnyye', 'programmnykh', 'programmnogo', 'programmnoy', 'programmnoi', 'programmno'],
  ['software', 'programmnoe obespechenie', 'programmnogo obespecheniya', 'programmnoye obespecheniye'],
  ['machine-tool', 'machine tools', 'stanochnyy', 'stanochnyi', 'stanochniy', 'stanochnaya', 'stanochnoe', 'stanochnoye', 'stanochnye', 'stanochnyye', 'stanochnykh', 'stanochnogo', 'stanochnoy', 'stanochnoi', 'stankostroitelnogo', 'stankostroeniya'],
  ['cutting', 'rezhushchiy', 'rezhushchii', 'rezhushchaya', 'rezhushchee', 'rezhushcheye', 'rezhushchie', 'rezhushchiye', 'rezhushchikh', 'rezhushchego', 'rezhushchey', 'rezhushchei'],
  ['grinding', 'shlifovalnyy', 'shlifovalnyi', 'shlifovalniy', 'shlifovalnaya', 'shlifovalnoe', 'shlifovalnoye', 'shlifovalnye', 'shlifovalnyye', 'shlifovalnykh', 'shlifovalnogo', 'shlifovalnoy', 'shlifovalnoi', 'shlifovka', 'shlifovki'],
  ['welding', 'welded', 'svarka', 'svarki', 'svarochnyy', 'svarochnyi', 'svarochniy', 'svarochnaya', 'svarochnoe', 'svarochnoye', 'svarochnye', 'svarochnyye', 'svarochnykh', 'svarochnogo', 'svarochnoy', 'svarochnoi', 'svarnoy', 'svarnoi', 'svarnaya', 'svarnoe', 'svarnoye', 'svarnye', 'svarnyye', 'svarnykh', 'svarnogo'],
  ['electric welding', 'arc welding', 'elektrosvarochnyy', 'elektrosvarochnyi', 'elektrosvarochniy', 'elektrosvarochnaya', 'elektrosvarochnoe', 'elektrosvarochnoye', 'elektrosvarochnye', 'elektrosvarochnyye', 'elektrosvarochnykh', 'elektrosvarochnogo', 'elektrosvarochnoy', 'elektrosvarochnoi'],
  ['forging', 'forgings', 'kovka', 'kovki', 'pokovka', 'pokovki', 'pokovok'],
  ['stamping', 'stampings', 'die-stamping', 'stamps', 'shtamp', 'shtampy', 'shtampov', 'shtampovka', 'shtampovki', 'shtampovochnyy', 'shtampovochnyi', 'shtampovochniy', 'shtampovochnaya', 'shtampovochnoe', 'shtampovochnoye', 'shtampovochnye', 'shtampovochnyye', 'shtampovochnykh', 'shtampovochnogo', 'shtampovochnoy', 'shtampovochnoi'],
  ['casting', 'castings', 'otlivka', 'otlivki', 'otlivok'],
  ['foundry', 'casting', 'liteynyy', 'liteynyi', 'liteyniy', 'liteynaya', 'liteynoe', 'liteynoye', 'liteynye', 'liteynyye', 'liteynykh', 'liteynogo', 'liteynoy', 'liteynoi', 'liteinyy', 'liteinyi', 'liteiniy', 'liteinaya', 'liteinoe', 'liteinoye', 'liteinye', 'liteinyye', 'liteinykh', 'liteinogo', 'liteinoy', 'liteinoi', 'liteyno'],
  ['mekhanoobrabotka', 'mekhanoobrabotki', 'mekhanoobrabatyvayushchiy', 'mekhanoobrabatyvayushchii', 'mekhanoobrabatyvayushchaya', 'mekhanoobrabatyvayushchee', 'mekhanoobrabatyvayushcheye', 'mekhanoobrabatyvayushchie', 'mekhanoobrabatyvayushchiye', 'mekhanoobrabatyvayushchikh', 'mekhanoobrabatyvayushchego', 'mekhanoobrabatyvayushchey', 'mekhanoobrabatyvayushchei'],
  ['treatment', 'working', 'obrabotka', 'obrabotki'],
  ['manufacturing', 'obrabatyvayushchiy', 'obrabatyvayushchii', 'obrabatyvayushchaya', 'obrabatyvayushchee', 'obrabatyvayushcheye', 'obrabatyvayushchie', 'obrabatyvayushchiye', 'obrabatyvayushchikh', 'obrabatyvayushchego', 'obrabatyvayushchey', 'obrabatyvayushchei'],
  ['metalworking', 'metal-working', 'metalloobrabatyvayushchiy', 'metalloobrabatyvayushchii', 'metalloobrabatyvayushchaya', 'metalloobrabatyvayushchee', 'metalloobrabatyvayushcheye', 'metalloobrabatyvayushchie', 'metalloobrabatyvayushchiye', 'metalloobrabatyvayushchikh', 'metalloobrabatyvayushchego', 'metalloobrabatyvayushchey', 'metalloobrabatyvayushchei', 'metalloobrabotka', 'metalloobrabotki'],
  ['heat treatment', 'termoobrabotka', 'termoobrabotki'],
  ['thermal', 'heat', 'termicheskiy', 'termicheskii', 'termicheskaya', 'termicheskoe', 'termicheskoye', 'termicheskie', 'termicheskiye', 'termicheskikh', 'termicheskogo', 'termicheskoy', 'termicheskoi'],
  ['electroplating', 'galvanic', 'plating', 'galvanicheskiy', 'galvanicheskii', 'galvanicheskaya', 'galvanicheskoe', 'galvanicheskoye', 'galvanicheskie', 'galvanicheskiye', 'galvanicheskikh', 'galvanicheskogo', 'galvanicheskoy', 'galvanicheskoi'],
  ['hydraulic', 'hydraulics', 'gidravlika', 'gidravliki', 'gidravlicheskiy', 'gidravlicheskii', 'gidravlicheskaya', 'gidravlicheskoe', 'gidravlicheskoye', 'gidravlicheskie', 'gidravlicheskiye', 'gidravlicheskikh', 'gidravlicheskogo', 'gidravlicheskoy', 'gidravlicheskoi'],
  ['pneumatic', 'pneumatics', 'pnevmatika', 'pnevmatiki', 'pnevmaticheskiy', 'pnevmaticheskii', 'pnevmaticheskaya', 'pnevmaticheskoe', 'pnevmaticheskoye', 'pnevmaticheskie', 'pnevmaticheskiye', 'pnevmaticheskikh', 'pnevmaticheskogo', 'pnevmaticheskoy', 'pnevmaticheskoi'],
  ['pump', 'pumps', 'pumping', 'nasos', 'nasosa', 'nasosy', 'nasosov', 'nasosnyy', 'nasosnyi', 'nasosniy', 'nasosnaya', 'nasosnoe', 'nasosnoye', 'nasosnye', 'nasosnyye', 'nasosnykh', 'nasosnogo', 'nasosnoy', 'nasosnoi'],
  ['pump-building', 'pump building', 'pump manufacturing', 'nasosostroenie', 'nasosostroeniya', 'nasosostroitelnyy', 'nasosostroitelnyi', 'nasosostroitelniy', 'nasosostroitelnaya', 'nasosostroitelnoe', 'nasosostroitelnoye', 'nasosostroitelnye', 'nasosostroitelnyye', 'nasosostroitelnykh', 'nasosostroitelnogo', 'nasosostroitelnoy', 'nasosostroitelnoi'],
  ['compressor', 'compressors', 'kompressor', 'kompressora', 'kompressory', 'kompressorov', 'kompressornyy', 'kompressornyi', 'kompressorniy', 'kompressornaya', 'kompressornoe', 'kompressornoye', 'kompressornye', 'kompressornyye', 'kompressornykh', 'kompressornogo', 'kompressornoy', 'kompressornoi'],
  ['compressor-building', 'compressor building', 'kompressorostroenie', 'kompressorostroeniya', 'kompressorostroitelnyy', 'kompressorostroitelnyi', 'kompressorostroitelniy', 'kompressorostroitelnaya', 'kompressorostroitelnoe', 'kompressorostroitelnoye', 'kompressorostroitelnye', 'kompressorostroitelnyye', 'kompressorostroitelnykh', 'kompressorostroitelnogo', 'kompressorostroitelnoy', 'kompressorostroitelnoi'],
  ['valves', 'fittings', 'pipeline fittings', 'valve', 'armatura', 'armatury', 'armaturnyy', 'armaturnyi', 'armaturniy', 'armaturnaya', 'armaturnoe', 'armaturnoye', 'armaturnye', 'armaturnyye', 'armaturnykh', 'armaturnogo', 'armaturnoy', 'armaturnoi'],
  ['reinforcement', 'rebar', 'reinforcing bar', 'armatura', 'armatury'],
  ['valve-building', 'valve building', 'valve manufacturing', 'armaturostroenie', 'armaturostroeniya', 'armaturostroitelnyy', 'armaturostroitelnyi', 'armaturostroitelniy', 'armaturostroitelnaya', 'armaturostroitelnoe', 'armaturostroitelnoye', 'armaturostroitelnye', 'armaturostroitelnyye', 'armaturostroitelnykh', 'armaturostroitelnogo', 'armaturostroitelnoy', 'armaturostroitelnoi'],
  ['valve', 'valves', 'klapan', 'klapana', 'klapany', 'klapanov', 'klapannyy', 'klapannyi', 'klapanniy', 'klapannaya', 'klapannoe', 'klapannoye', 'klapannye', 'klapannyye', 'klapannykh', 'klapannogo', 'klapannoy', 'klapannoi'],
  ['gate valve', 'gate valves', 'slide valve', 'zadvizhka', 'zadvizhki', 'zadvizhek'],
  ['crane', 'cranes', 'kran', 'krana', 'krany', 'kranov', 'kranovoy', 'kranovoi', 'kranovaya', 'kranovoe', 'kranovoye', 'kranovye', 'kranovyye', 'kranovykh', 'kranovogo'],
  ['taps', 'faucet', 'stopcock', 'valve', 'ball valve', 'kran', 'krana', 'krany', 'kranov'],
  ['crane-building', 'crane building', 'crane manufacturing', 'kranostroenie', 'kranostroeniya', 'kranostroitelnyy', 'kranostroitelnyi', 'kranostroitelniy', 'kranostroitelnaya', 'kranostroitelnoe', 'kranostroitelnoye', 'kranostroitelnye', 'kranostroitelnyye', 'kranostroitelnykh', 'kranostroitelnogo', 'kranostroitelnoy', 'kranostroitelnoi'],
  ['lifting', 'hoisting', 'lift', 'podemnyy', 'podemnyi', 'podemniy', 'podemnaya', 'podemnoe', 'podemnoye', 'podemnye', 'podemnyye', 'podemnykh', 'podemnogo', 'podemnoy', 'podemnoi', 'podyemnyy', 'podyemnyi', 'podyemniy', 'podyemnaya', 'podyemnoe', 'podyemnoye', 'podyemnye', 'podyemnyye', 'podyemnykh', 'podyemnogo', 'podyemnoy', 'podyemnoi', 'gruzopodemnyy', 'gruzopodemnyi', 'gruzopodemniy', 'gruzopodemnaya', 'gruzopodemnoe', 'gruzopodemnoye', 'gruzopodemnye', 'gruzopodemnyye', 'gruzopodemnykh', 'gruzopodemnogo', 'gruzopodemnoy', 'gruzopodemnoi', 'gruzopodyemnyy', 'gruzopodyemnyi', 'gruzopodyemniy', 'gruzopodyemnaya', 'gruzopodyemnoe', 'gruzopodyemnoye', 'gruzopodyemnye', 'gruzopodyemnyye', 'gruzopodyemnykh', 'gruzopodyemnogo', 'gruzopodyemnoy', 'gruzopodyemnoi'],
  ['winch', 'winches', 'lebedka', 'lebedki', 'lebedok'],
  ['gearbox', 'gearboxes', 'reducer', 'reducers', 'gear reducer', 'reduktor', 'reduktora', 'reduktory', 'reduktorov', 'reduktornyy', 'reduktornyi', 'reduktorniy', 'reduktornaya', 'reduktornoe', 'reduktornoye', 'reduktornye', 'reduktornyye', 'reduktornykh', 'reduktornogo', 'reduktornoy', 'reduktornoi'],
  ['transmission', 'transmissions', 'transmissiya', 'transmissii', 'transmissiy', 'transmissiia'],
  ['drive', 'drives', 'actuator', 'actuators', 'privod', 'privoda', 'privody', 'privodov', 'privodnoy', 'privodnoi', 'privodnaya', 'privodnoe', 'privodnoye', 'privodnye', 'privodnyye', 'privodnykh', 'privodnogo'],
  ['electric drive', 'electric drives', 'elektroprivod', 'elektroprivoda', 'elektroprivody', 'elektroprivodov'],
  ['spring', 'springs', 'pruzhina', 'pruzhiny', 'pruzhin', 'pruzhinnyy', 'pruzhinnyi', 'pruzhinniy', 'pruzhinnaya', 'pruzhinnoe', 'pruzhinnoye', 'pruzhinnye', 'pruzhinnyye', 'pruzhinnykh', 'pruzhinnogo', 'pruzhinnoy', 'pruzhinnoi'],
  ['chain', 'chains', 'tsepi', 'tsepey', 'tsepei', 'tsepnoy', 'tsepnoi', 'tsepnaya', 'tsepnoe', 'tsepnoye', 'tsepnye', 'tsepnyye', 'tsepnykh', 'tsepnogo'],
  ['rope', 'ropes', 'wire rope', 'wire ropes', 'kanatnyy', 'kanatnyi', 'kanatniy', 'kanatnaya', 'kanatnoe', 'kanatnoye', 'kanatnye', 'kanatnyye', 'kanatnykh', 'kanatnogo', 'kanatnoy', 'kanatnoi'],
  ['seal', 'seals', 'sealing', 'gasket', 'uplotnenie', 'uplotneniya', 'uplotneniy', 'uplotnitelnyy', 'uplotnitelnyi', 'uplotnitelniy', 'uplotnitelnaya', 'uplotnitelnoe', 'uplotnitelnoye', 'uplotnitelnye', 'uplotnitelnyye', 'uplotnitelnykh', 'uplotnitelnogo', 'uplotnitelnoy', 'uplotnitelnoi'],
  ['filter', 'filters', 'filtration', 'filtr', 'filtra', 'filtry', 'filtrov', 'filtruyushchiy', 'filtruyushchii', 'filtruyushchaya', 'filtruyushchee', 'filtruyushcheye', 'filtruyushchie', 'filtruyushchiye', 'filtruyushchikh', 'filtruyushchego', 'filtruyushchey', 'filtruyushchei'],
  ['heat exchanger', 'heat exchangers', 'heat-exchange', 'teploobmennik', 'teploobmenniki', 'teploobmennikov', 'teploobmennyy', 'teploobmennyi', 'teploobmenniy', 'teploobmennaya', 'teploobmennoe', 'teploobmennoye', 'teploobmennye', 'teploobmennyye', 'teploobmennykh', 'teploobmennogo', 'teploobmennoy', 'teploobmennoi'],
  ['boiler', 'boilers', 'kotel', 'kotla', 'kotly', 'kotelnyy', 'kotelnyi', 'kotelniy', 'kotelnaya', 'kotelnoe', 'kotelnoye', 'kotelnye', 'kotelnyye', 'kotelnykh', 'kotelnogo', 'kotelnoy', 'kotelnoi'],
  ['boilermaking', 'boiler-making', 'boiler building', 'kotlostroenie', 'kotlostroeniya', 'kotlostroitelnyy', 'kotlostroitelnyi', 'kotlostroitelniy', 'kotlostroitelnaya', 'kotlostroitelnoe', 'kotlostroitelnoye', 'kotlostroitelnye', 'kotlostroitelnyye', 'kotlostroitelnykh', 'kotlostroitelnogo', 'kotlostroitelnoy', 'kotlostroitelnoi'],
  ['burner', 'burners', 'gorelka', 'gorelki', 'gorelok'],
  ['furnace', 'furnaces', 'kiln', 'kilns', 'oven', 'pech', 'pechi', 'pechey', 'pechei', 'pechnoy', 'pechnoi', 'pechnaya', 'pechnoe', 'pechnoye', 'pechnye', 'pechnyye', 'pechnykh', 'pechnogo'],
  ['refrigeration', 'refrigerating', 'cooling', 'kholodilnyy', 'kholodilnyi', 'kholodilniy', 'kholodilnaya', 'kholodilnoe', 'kholodilnoye', 'kholodilnye', 'kholodilnyye', 'kholodilnykh', 'kholodilnogo', 'kholodilnoy', 'kholodilnoi'],
  ['cryogenic', 'cryogenics', 'kriogennyy', 'kriogennyi', 'kriogenniy', 'kriogennaya', 'kriogennoe', 'kriogennoye', 'kriogennye', 'kriogennyye', 'kriogennykh', 'kriogennogo', 'kriogennoy', 'kriogennoi', 'kriogenika'],
  ['vacuum', 'vakuumnyy', 'vakuumnyi', 'vakuumniy', 'vakuumnaya', 'vakuumnoe', 'vakuumnoye', 'vakuumnye', 'vakuumnyye', 'vakuumnykh', 'vakuumnogo', 'vakuumnoy', 'vakuumnoi'],
  ['piston', 'pistons', 'porshen', 'porshnya', 'porshni', 'porshney', 'porshnei', 'porshnevoy', 'porshnevoi', 'porshnevaya', 'porshnevoe', 'porshnevoye', 'porshnevye', 'porshnevyye', 'porshnevykh', 'porshnevogo'],
  ['brake', 'brakes', 'braking', 'tormoz', 'tormoza', 'tormozov', 'tormoznoy', 'tormoznoi', 'tormoznaya', 'tormoznoe', 'tormoznoye', 'tormoznye', 'tormoznyye', 'tormoznykh', 'tormoznogo'],
  ['fastener', 'fasteners', 'fastening', 'krepezh', 'krepezha', 'krepezhnyy', 'krepezhnyi', 'krepezhniy', 'krepezhnaya', 'krepezhnoe', 'krepezhnoye', 'krepezhnye', 'krepezhnyye', 'krepezhnykh', 'krepezhnogo', 'krepezhnoy', 'krepezhnoi'],
  ['hardware', 'metalware', 'fasteners', 'metizy', 'metizov', 'metiz', 'metiznyy', 'metiznyi', 'metizniy', 'metiznaya', 'metiznoe', 'metiznoye', 'metiznye', 'metiznyye', 'metiznykh', 'metiznogo', 'metiznoy', 'metiznoi'],
  ['abrasive', 'abrasives', 'abraziv', 'abrazivy', 'abrazivov', 'abrazivnyy', 'abrazivnyi', 'abrazivniy', 'abrazivnaya', 'abrazivnoe', 'abrazivnoye', 'abrazivnye', 'abrazivnyye', 'abrazivnykh', 'abrazivnogo', 'abrazivnoy', 'abrazivnoi'],
  ['diamond', 'diamonds', 'almaznyy', 'almaznyi', 'almazniy', 'almaznaya', 'almaznoe', 'almaznoye', 'almaznye', 'almaznyye', 'almaznykh', 'almaznogo', 'almaznoy', 'almaznoi'],
  ['billet', 'billets', 'workpiece', 'zagotovka', 'zagotovki', 'zagotovok'],
  ['semi-finished', 'semifinished', 'polufabrikat', 'polufabrikaty', 'polufabrikatov'],
  ['turbine', 'turbines', 'turbina', 'turbiny', 'turbin', 'turbinnyy', 'turbinnyi', 'turbinniy', 'turbinnaya', 'turbinnoe', 'turbinnoye', 'turbinnye', 'turbinnyye', 'turbinnykh', 'turbinnogo', 'turbinnoy', 'turbinnoi'],
  ['turbine-building', 'turbine building', 'turbostroenie', 'turbostroeniya', 'turbostroitelnyy', 'turbostroitelnyi', 'turbostroitelniy', 'turbostroitelnaya', 'turbostroitelnoe', 'turbostroitelnoye', 'turbostroitelnye', 'turbostroitelnyye', 'turbostroitelnykh', 'turbostroitelnogo', 'turbostroitelnoy', 'turbostroitelnoi'],
  ['gas turbine', 'gas-turbine', 'gazoturbinnyy', 'gazoturbinnyi', 'gazoturbinniy', 'gazoturbinnaya', 'gazoturbinnoe', 'gazoturbinnoye', 'gazoturbinnye', 'gazoturbinnyye', 'gazoturbinnykh', 'gazoturbinnogo', 'gazoturbinnoy', 'gazoturbinnoi'],
  ['steam', 'parovoy', 'parovoi', 'parovaya', 'parovoe', 'parovoye', 'parovye', 'parovyye', 'parovykh', 'parovogo'],
  ['diesel', 'diesels', 'dizel', 'dizelya', 'dizeli', 'dizeley', 'dizelei', 'dizelnyy', 'dizelnyi', 'dizelniy', 'dizelnaya', 'dizelnoe', 'dizelnoye', 'dizelnye', 'dizelnyye', 'dizelnykh', 'dizelnogo', 'dizelnoy', 'dizelnoi'],
  ['engine-building', 'engine building', 'engine manufacturing', 'motorostroenie', 'motorostroeniya', 'dvigatelestroenie', 'dvigatelestroeniya', 'dvigatelestroitelnyy', 'dvigatelestroitelnyi', 'dvigatelestroitelniy', 'dvigatelestroitelnaya', 'dvigatelestroitelnoe', 'dvigatelestroitelnoye', 'dvigatelestroitelnye', 'dvigatelestroitelnyye', 'dvigatelestroitelnykh', 'dvigatelestroitelnogo', 'dvigatelestroitelnoy', 'dvigatelestroitelnoi'],
  ['aircraft engine', 'aero engine', 'aero-engine', 'aero engines', 'aviadvigatel', 'aviadvigatelya', 'aviadvigateli', 'aviadvigateley', 'aviamotornyy', 'aviamotornyi', 'aviamotorniy', 'aviamotornaya', 'aviamotornoe', 'aviamotornoye', 'aviamotornye', 'aviamotornyye', 'aviamotornykh', 'aviamotornogo', 'aviamotornoy', 'aviamotornoi'],
  ['electric motor', 'electric motors', 'elektrodvigatel', 'elektrodvigatelya', 'elektrodvigateli', 'elektrodvigateley', 'elektromotor'],
  ['power unit', 'power units', 'power installation', 'energoustanovka', 'energoustanovki', 'energoustanovok'],
  ['power engineering', 'power machinery', 'energomashinostroenie', 'energomashinostroeniya', 'energomashinostroitelnyy', 'energomashinostroitelnyi', 'energomashinostroitelniy', 'energomashinostroitelnaya', 'energomashinostroitelnoe', 'energomashinostroitelnoye', 'energomashinostroitelnye', 'energomashinostroitelnyye', 'energomashinostroitelnykh', 'energomashinostroitelnogo', 'energomashinostroitelnoy', 'energomashinostroitelnoi'],
  ['generator', 'generators', 'generatora', 'generatory', 'generatorov'],
  ['jet-propelled', 'reactive', 'reaktivnyy', 'reaktivnyi', 'reaktivniy', 'reaktivnaya', 'reaktivnoe', 'reaktivnoye', 'reaktivnye', 'reaktivnyye', 'reaktivnykh', 'reaktivnogo', 'reaktivnoy', 'reaktivnoi'],
  ['fuel', 'fuels', 'toplivo', 'topliva', 'toplivnyy', 'toplivnyi', 'toplivniy', 'toplivnaya', 'toplivnoe', 'toplivnoye', 'toplivnye', 'toplivnyye', 'toplivnykh', 'toplivnogo', 'toplivnoy', 'toplivnoi'],
  ['solid-fuel', 'solid-propellant', 'solid fuel', 'tverdotoplivnyy', 'tverdotoplivnyi', 'tverdotoplivniy', 'tverdotoplivnaya', 'tverdotoplivnoe', 'tverdotoplivnoye', 'tverdotoplivnye', 'tverdotoplivnyye', 'tverdotoplivnykh', 'tverdotoplivnogo', 'tverdotoplivnoy', 'tverdotoplivnoi'],
  ['solid', 'hard', 'tverdyy', 'tverdyi', 'tverdiy', 'tverdaya', 'tverdoe', 'tverdoye', 'tverdye', 'tverdyye', 'tverdykh', 'tverdogo', 'tverdoy', 'tverdoi'],
  ['lubricant', 'lubricants', 'lubricating', 'lubrication', 'smazka', 'smazki', 'smazochnyy', 'smazochnyi', 'smazochniy', 'smazochnaya', 'smazochnoe', 'smazochnoye', 'smazochnye', 'smazochnyye', 'smazochnykh', 'smazochnogo', 'smazochnoy', 'smazochnoi'],
  ['metal', 'metals', 'metallic', 'metall', 'metalla', 'metally', 'metallov', 'metallicheskiy', 'metallicheskii', 'metallicheskaya', 'metallicheskoe', 'metallicheskoye', 'metallicheskie', 'metallicheskiye', 'metallicheskikh', 'metallicheskogo', 'metallicheskoy', 'metallicheskoi'],
  ['steel', 'steels', 'stalnoy', 'stalnoi', 'stalnaya', 'stalnoe', 'stalnoye', 'stalnye', 'stalnyye', 'stalnykh', 'stalnogo'],
  ['steelmaking', 'steel-making', 'steel smelting', 'steel-smelting', 'staleplavilnyy', 'staleplavilnyi', 'staleplavilniy', 'staleplavilnaya', 'staleplavilnoe', 'staleplavilnoye', 'staleplavilnye', 'staleplavilnyye', 'staleplavilnykh', 'staleplavilnogo', 'staleplavilnoy', 'staleplavilnoi'],
  ['steel casting', 'steel foundry', 'steel-casting', 'staleliteynyy', 'staleliteynyi', 'staleliteyniy', 'staleliteynaya', 'staleliteynoe', 'staleliteynoye', 'staleliteynye', 'staleliteynyye', 'staleliteynykh', 'staleliteynogo', 'staleliteynoy', 'staleliteynoi', 'staleliteinyy', 'staleliteinyi', 'staleliteiniy', 'staleliteinaya', 'staleliteinoe', 'staleliteinoye', 'staleliteinye', 'staleliteinyye', 'staleliteinykh', 'staleliteinogo', 'staleliteinoy', 'staleliteinoi'],
  ['steel rolling', 'steel-rolling', 'staleprokatnyy', 'staleprokatnyi', 'staleprokatniy', 'staleprokatnaya', 'staleprokatnoe', 'staleprokatnoye', 'staleprokatnye', 'staleprokatnyye', 'staleprokatnykh', 'staleprokatnogo', 'staleprokatnoy', 'staleprokatnoi'],
  ['iron', 'zhelezo', 'zheleza', 'zheleznyy', 'zheleznyi', 'zhelezniy', 'zheleznaya', 'zheleznoe', 'zheleznoye', 'zheleznye', 'zheleznyye', 'zheleznykh', 'zheleznogo', 'zheleznoy', 'zheleznoi'],
  ['iron ore', 'iron-ore', 'zhelezorudnyy', 'zhelezorudnyi', 'zhelezorudniy', 'zhelezorudnaya', 'zhelezorudnoe', 'zhelezorudnoye', 'zhelezorudnye', 'zhelezorudnyye', 'zhelezorudnykh', 'zhelezorudnogo', 'zhelezorudnoy', 'zhelezorudnoi'],
  ['cast iron', 'pig iron', 'chugun', 'chuguna', 'chugunnyy', 'chugunnyi', 'chugunniy', 'chugunnaya', 'chugunnoe', 'chugunnoye', 'chugunnye', 'chugunnyye', 'chugunnykh', 'chugunnogo', 'chugunnoy', 'chugunnoi'],
  ['iron foundry', 'iron casting', 'iron-casting', 'chugunoliteynyy', 'chugunoliteynyi', 'chugunoliteyniy', 'chugunoliteynaya', 'chugunoliteynoe', 'chugunoliteynoye', 'chugunoliteynye', 'chugunoliteynyye', 'chugunoliteynykh', 'chugunoliteynogo', 'chugunoliteynoy', 'chugunoliteynoi', 'chugunoliteinyy', 'chugunoliteinyi', 'chugunoliteiniy', 'chugunoliteinaya', 'chugunoliteinoe', 'chugunoliteinoye', 'chugunoliteinye', 'chugunoliteinyye', 'chugunoliteinykh', 'chugunoliteinogo', 'chugunoliteinoy', 'chugunoliteinoi'],
  ['non-ferrous', 'nonferrous', 'tsvetnoy', 'tsvetnoi', 'tsvetnaya', 'tsvetnoe', 'tsvetnoye', 'tsvetnye', 'tsvetnyye', 'tsvetnykh', 'tsvetnogo'],
  ['alloy', 'alloys', 'splav', 'splava', 'splavy', 'splavov'],
  ['alloyed', 'alloy-steel', 'legirovannyy', 'legirovannyi', 'legirovanniy', 'legirovannaya', 'legirovannoe', 'legirovannoye', 'legirovannye', 'legirovannyye', 'legirovannykh', 'legirovannogo', 'legirovannoy', 'legirovannoi'],
  ['ferroalloy', 'ferroalloys', 'ferro-alloy', 'ferro-alloys', 'ferrosplav', 'ferrosplava', 'ferrosplavy', 'ferrosplavov', 'ferrosplavnyy', 'ferrosplavnyi', 'ferrosplavniy', 'ferrosplavnaya', 'ferrosplavnoe', 'ferrosplavnoye', 'ferrosplavnye', 'ferrosplavnyye', 'ferrosplavnykh', 'ferrosplavnogo', 'ferrosplavnoy', 'ferrosplavnoi'],
  ['carbide', 'hard alloy', 'hard-alloy', 'cemented carbide', 'tverdosplavnyy', 'tverdosplavnyi', 'tverdosplavniy', 'tverdosplavnaya', 'tverdosplavnoe', 'tverdosplavnoye', 'tverdosplavnye', 'tverdosplavnyye', 'tverdosplavnykh', 'tverdosplavnogo', 'tverdosplavnoy', 'tverdosplavnoi'],
  ['precision', 'precise', 'pretsizionnyy', 'pretsizionnyi', 'pretsizionniy', 'pretsizionnaya', 'pretsizionnoe', 'pretsizionnoye', 'pretsizionnye', 'pretsizionnyye', 'pretsizionnykh', 'pretsizionnogo', 'pretsizionnoy', 'pretsizionnoi'],
  ['high-strength', 'vysokoprochnyy', 'vysokoprochnyi', 'vysokoprochniy', 'vysokoprochnaya', 'vysokoprochnoe', 'vysokoprochnoye', 'vysokoprochnye', 'vysokoprochnyye', 'vysokoprochnykh', 'vysokoprochnogo', 'vysokoprochnoy', 'vysokoprochnoi'],
  ['heat-resistant', 'heat-resisting', 'high-temperature', 'zharoprochnyy', 'zharoprochnyi', 'zharoprochniy', 'zharoprochnaya', 'zharoprochnoe', 'zharoprochnoye', 'zharoprochnye', 'zharoprochnyye', 'zharoprochnykh', 'zharoprochnogo', 'zharoprochnoy', 'zharoprochnoi'],
  ['stainless', 'nerzhaveyushchiy', 'nerzhaveyushchii', 'nerzhaveyushchaya', 'nerzhaveyushchee', 'nerzhaveyushcheye', 'nerzhaveyushchie', 'nerzhaveyushchiye', 'nerzhaveyushchikh', 'nerzhaveyushchego', 'nerzhaveyushchey', 'nerzhaveyushchei', 'nerzhaveiushchiy', 'nerzhaveiushchii', 'nerzhaveiushchaya', 'nerzhaveiushchee', 'nerzhaveiushcheye', 'nerzhaveiushchie', 'nerzhaveiushchiye', 'nerzhaveiushchikh', 'nerzhaveiushchego', 'nerzhaveiushchey', 'nerzhaveiushchei', 'nerzhaveyka'],
  ['rolling', 'rolled', 'rolled products', 'rolled metal', 'prokat', 'prokata', 'prokatnyy', 'prokatnyi', 'prokatniy', 'prokatnaya', 'prokatnoe', 'prokatnoye', 'prokatnye', 'prokatnyye', 'prokatnykh', 'prokatnogo', 'prokatnoy', 'prokatnoi'],
  ['pipe-rolling', 'pipe rolling', 'tube-rolling', 'truboprokatnyy', 'truboprokatnyi', 'truboprokatniy', 'truboprokatnaya', 'truboprokatnoe', 'truboprokatnoye', 'truboprokatnye', 'truboprokatnyye', 'truboprokatnykh', 'truboprokatnogo', 'truboprokatnoy', 'truboprokatnoi'],
  ['pipe', 'pipes', 'tube', 'tubes', 'truba', 'truby', 'trub', 'trubka', 'trubki', 'trubnyy', 'trubnyi', 'trubniy', 'trubnaya', 'trubnoe', 'trubnoye', 'trubnye', 'trubnyye', 'trubnykh', 'trubnogo', 'trubnoy', 'trubnoi'],
  ['wire', 'provoloka', 'provoloki', 'provolochnyy', 'provolochnyi', 'provolochniy', 'provolochnaya', 'provolochnoe', 'provolochnoye', 'provolochnye', 'provolochnyye', 'provolochnykh', 'provolochnogo', 'provolochnoy', 'provolochnoi'],
  ['wire', 'wires', 'provod', 'provoda', 'provodov'],
  ['wired', 'provodnoy', 'provodnoi', 'provodnaya', 'provodnoe', 'provodnoye', 'provodnye', 'provodnyye', 'provodnykh', 'provodnogo'],
  ['smelting', 'melting', 'plavka', 'plavki', 'plavilnyy', 'plavilnyi', 'plavilniy', 'plavilnaya', 'plavilnoe', 'plavilnoye', 'plavilnye', 'plavilnyye', 'plavilnykh', 'plavilnogo', 'plavilnoy', 'plavilnoi'],
  ['refining', 'refinery', 'affinazh', 'affinazha', 'affinazhnyy', 'affinazhnyi', 'affinazhniy', 'affinazhnaya', 'affinazhnoe', 'affinazhnoye', 'affinazhnye', 'affinazhnyye', 'affinazhnykh', 'affinazhnogo', 'affinazhnoy', 'affinazhnoi'],
  ['ingot', 'ingots', 'slitok', 'slitki', 'slitkov'],
  ['coke', 'coking', 'koksovoy', 'koksovoi', 'koksovaya', 'koksovoe', 'koksovoye', 'koksovye', 'koksovyye', 'koksovykh', 'koksovogo', 'koksovyy', 'koksovyi', 'koksoviy'],
  ['coke-chemical', 'coke chemical', 'koksokhimicheskiy', 'koksokhimicheskii', 'koksokhimicheskaya', 'koksokhimicheskoe', 'koksokhimicheskoye', 'koksokhimicheskie', 'koksokhimicheskiye', 'koksokhimicheskikh', 'koksokhimicheskogo', 'koksokhimicheskoy', 'koksokhimicheskoi'],
  ['refractory', 'refractories', 'ogneupor', 'ogneupory', 'ogneuporov', 'ogneupornyy', 'ogneupornyi', 'ogneuporniy', 'ogneupornaya', 'ogneupornoe', 'ogneupornoye', 'ogneupornye', 'ogneupornyye', 'ogneupornykh', 'ogneupornogo', 'ogneupornoy', 'ogneupornoi'],
  ['ores', 'ruda'],
  ['ore-mining', 'mining', 'ore mining', 'gornorudnyy', 'gornorudnyi', 'gornorudniy', 'gornorudnaya', 'gornorudnoe', 'gornorudnoye', 'gornorudnye', 'gornorudnyye', 'gornorudnykh', 'gornorudnogo', 'gornorudnoy', 'gornorudnoi'],
  ['metal structures', 'steel structures', 'metalwork', 'metallokonstruktsiya', 'metallokonstruktsii', 'metallokonstruktsiy', 'metallokonstruktsiia'],
  ['scrap metal', 'metal scrap', 'scrap', 'metallolom', 'metalloloma'],
  ['electrometallurgical', 'electrometallurgy', 'elektrometallurgicheskiy', 'elektrometallurgicheskii', 'elektrometallurgicheskaya', 'elektrometallurgicheskoe', 'elektrometallurgicheskoye', 'elektrometallurgicheskie', 'elektrometallurgicheskiye', 'elektrometallurgicheskikh', 'elektrometallurgicheskogo', 'elektrometallurgicheskoy', 'elektrometallurgicheskoi', 'elektrometallurgiya'],
  ['rare', 'redkiy', 'redkii', 'redkaya', 'redkoe', 'redkoye', 'redkie', 'redkiye', 'redkikh', 'redkogo', 'redkoy', 'redkoi'],
  ['rare-earth', 'rare earth', 'rare earths', 'redkozemelnyy', 'redkozemelnyi', 'redkozemelniy', 'redkozemelnaya', 'redkozemelnoe', 'redkozemelnoye', 'redkozemelnye', 'redkozemelnyye', 'redkozemelnykh', 'redkozemelnogo', 'redkozemelnoy', 'redkozemelnoi'],
  ['rare-metal', 'rare metals', 'redkometallicheskiy', 'redkometallicheskii', 'redkometallicheskaya', 'redkometallicheskoe', 'redkometallicheskoye', 'redkometallicheskie', 'redkometallicheskiye', 'redkometallicheskikh', 'redkometallicheskogo', 'redkometallicheskoy', 'redkometallicheskoi'],
  ['precious', 'dragotsennyy', 'dragotsennyi', 'dragotsenniy', 'dragotsennaya', 'dragotsennoe', 'dragotsennoye', 'dragotsennye', 'dragotsennyye', 'dragotsennykh', 'dragotsennogo', 'dragotsennoy', 'dragotsennoi'],
  ['powder', 'powders', 'poroshok', 'poroshka', 'poroshki', 'poroshkov', 'poroshkovoy', 'poroshkovoi', 'poroshkovaya', 'poroshkovoe', 'poroshkovoye', 'poroshkovye', 'poroshkovyye', 'poroshkovykh', 'poroshkovogo'],
  ['titanium', 'titanovyy', 'titanovyi', 'titanoviy', 'titanovaya', 'titanovoe', 'titanovoye', 'titanovye', 'titanovyye', 'titanovykh', 'titanovogo', 'titanovoy', 'titanovoi'],
  ['magnesium', 'magnievyy', 'magnievyi', 'magnieviy', 'magnievaya', 'magnievoe', 'magnievoye', 'magnievye', 'magnievyye', 'magnievykh', 'magnievogo', 'magnievoy', 'magnievoi', 'magniyevyy', 'magniyevyi', 'magniyeviy', 'magniyevaya', 'magniyevoe', 'magniyevoye', 'magniyevye', 'magniyevyye', 'magniyevykh', 'magniyevogo', 'magniyevoy', 'magniyevoi'],
  ['aluminium', 'aluminum', 'alyuminiy', 'alyuminiya', 'aliuminii', 'alyuminievyy', 'alyuminievyi', 'alyuminieviy', 'alyuminievaya', 'alyuminievoe', 'alyuminievoye', 'alyuminievye', 'alyuminievyye', 'alyuminievykh', 'alyuminievogo', 'alyuminievoy', 'alyuminievoi', 'alyuminiyevyy', 'alyuminiyevyi', 'alyuminiyeviy', 'alyuminiyevaya', 'alyuminiyevoe', 'alyuminiyevoye', 'alyuminiyevye', 'alyuminiyevyye', 'alyuminiyevykh', 'alyuminiyevogo', 'alyuminiyevoy', 'alyuminiyevoi', 'aliuminievyy', 'aliuminievyi', 'aliuminieviy', 'aliuminievaya', 'aliuminievoe', 'aliuminievoye', 'aliuminievye', 'aliuminievyye', 'aliuminievykh', 'aliuminievogo', 'aliuminievoy', 'aliuminievoi'],
  ['copper', 'mednyy', 'mednyi', 'medniy', 'mednaya', 'mednoe', 'mednoye', 'mednye', 'mednyye', 'mednykh', 'mednogo', 'mednoy', 'mednoi', 'medno'],
  ['copper smelting', 'copper-smelting', 'medeplavilnyy', 'medeplavilnyi', 'medeplavilniy', 'medeplavilnaya', 'medeplavilnoe', 'medeplavilnoye', 'medeplavilnye', 'medeplavilnyye', 'medeplavilnykh', 'medeplavilnogo', 'medeplavilnoy', 'medeplavilnoi'],
  ['nickel', 'nikel', 'nikelya', 'nikelevyy', 'nikelevyi', 'nikeleviy', 'nikelevaya', 'nikelevoe', 'nikelevoye', 'nikelevye', 'nikelevyye', 'nikelevykh', 'nikelevogo', 'nikelevoy', 'nikelevoi'],
  ['tungsten', 'wolfram', 'volfram', 'volframa', 'volframovyy', 'volframovyi', 'volframoviy', 'volframovaya', 'volframovoe', 'volframovoye', 'volframovye', 'volframovyye', 'volframovykh', 'volframovogo', 'volframovoy', 'volframovoi'],
  ['molybdenum', 'molibden', 'molibdena', 'molibdenovyy', 'molibdenovyi', 'molibdenoviy', 'molibdenovaya', 'molibdenovoe', 'molibdenovoye', 'molibdenovye', 'molibdenovyye', 'molibdenovykh', 'molibdenovogo', 'molibdenovoy', 'molibdenovoi'],
  ['zinc', 'tsink', 'tsinka', 'tsinkovyy', 'tsinkovyi', 'tsinkoviy', 'tsinkovaya', 'tsinkovoe', 'tsinkovoye', 'tsinkovye', 'tsinkovyye', 'tsinkovykh', 'tsinkovogo', 'tsinkovoy', 'tsinkovoi'],
  ['lead', 'svinets', 'svintsa', 'svintsovyy', 'svintsovyi', 'svintsoviy', 'svintsovaya', 'svintsovoe', 'svintsovoye', 'svintsovye', 'svintsovyye', 'svintsovykh', 'svintsovogo', 'svintsovoy', 'svintsovoi'],
  ['olovo', 'olova', 'olovyannyy', 'olovyannyi', 'olovyanniy', 'olovyannaya', 'olovyannoe', 'olovyannoye', 'olovyannye', 'olovyannyye', 'olovyannykh', 'olovyannogo', 'olovyannoy', 'olovyannoi', 'oloviannyy', 'oloviannyi', 'olovianniy', 'oloviannaya', 'oloviannoe', 'oloviannoye', 'oloviannye', 'oloviannyye', 'oloviannykh', 'oloviannogo', 'oloviannoy', 'oloviannoi'],
  ['silver', 'serebro', 'serebra', 'serebryanyy', 'serebryanyi', 'serebryaniy', 'serebryanaya', 'serebryanoe', 'serebryanoye', 'serebryanye', 'serebryanyye', 'serebryanykh', 'serebryanogo', 'serebryanoy', 'serebryanoi', 'serebrianyy', 'serebrianyi', 'serebrianiy', 'serebrianaya', 'serebrianoe', 'serebrianoye', 'serebrianye', 'serebrianyye', 'serebrianykh', 'serebrianogo', 'serebrianoy', 'serebrianoi'],
  ['platinum', 'platina', 'platiny'],
  ['chromium', 'chrome', 'khrom', 'khroma'],
  ['manganese', 'marganets', 'margantsa', 'margantsevyy', 'margantsevyi', 'margantseviy', 'margantsevaya', 'margantsevoe', 'margantsevoye', 'margantsevye', 'margantsevyye', 'margantsevykh', 'margantsevogo', 'margantsevoy', 'margantsevoi'],
  ['silicon', 'kremniy', 'kremniya', 'kremnii', 'kremnievyy', 'kremnievyi', 'kremnieviy', 'kremnievaya', 'kremnievoe', 'kremnievoye', 'kremnievye', 'kremnievyye', 'kremnievykh', 'kremnievogo', 'kremnievoy', 'kremnievoi', 'kremniyevyy', 'kremniyevyi', 'kremniyeviy', 'kremniyevaya', 'kremniyevoe', 'kremniyevoye', 'kremniyevye', 'kremniyevyye', 'kremniyevykh', 'kremniyevogo', 'kremniyevoy', 'kremniyevoi'],
  ['lithium', 'litiy', 'litiya', 'litii', 'litievyy', 'litievyi', 'litieviy', 'litievaya', 'litievoe', 'litievoye', 'litievye', 'litievyye', 'litievykh', 'litievogo', 'litievoy', 'litievoi', 'litiyevyy', 'litiyevyi', 'litiyeviy', 'litiyevaya', 'litiyevoe', 'litiyevoye', 'litiyevye', 'litiyevyye', 'litiyevykh', 'litiyevogo', 'litiyevoy', 'litiyevoi'],
  ['zirconium', 'tsirkoniy', 'tsirkoniya', 'tsirkonii', 'tsirkonievyy', 'tsirkonievyi', 'tsirkonieviy', 'tsirkonievaya', 'tsirkonievoe', 'tsirkonievoye', 'tsirkonievye', 'tsirkonievyye', 'tsirkonievykh', 'tsirkonievogo', 'tsirkonievoy', 'tsirkonievoi'],
  ['vanadium', 'vanadiy', 'vanadiya', 'vanadii', 'vanadievyy', 'vanadievyi', 'vanadieviy', 'vanadievaya', 'vanadievoe', 'vanadievoye', 'vanadievye', 'vanadievyye', 'vanadievykh', 'vanadievogo', 'vanadievoy', 'vanadievoi'],
  ['niobium', 'niobiy', 'niobiya', 'niobii', 'niobievyy', 'niobievyi', 'niobieviy', 'niobievaya', 'niobievoe', 'niobievoye', 'niobievye', 'niobievyye', 'niobievykh', 'niobievogo', 'niobievoy', 'niobievoi'],
  ['tantalum', 'tantal', 'tantala', 'tantalovyy', 'tantalovyi', 'tantaloviy', 'tantalovaya', 'tantalovoe', 'tantalovoye', 'tantalovye', 'tantalovyye', 'tantalovykh', 'tantalovogo', 'tantalovoy', 'tantalovoi'],
  ['quartz', 'kvarts', 'kvartsa', 'kvartsevyy', 'kvartsevyi', 'kvartseviy', 'kvartsevaya', 'kvartsevoe', 'kvartsevoye', 'kvartsevye', 'kvartsevyye', 'kvartsevykh', 'kvartsevogo', 'kvartsevoy', 'kvartsevoi'],
  ['carbon', 'uglerod', 'ugleroda', 'uglerodnyy', 'uglerodnyi', 'uglerodniy', 'uglerodnaya', 'uglerodnoe', 'uglerodnoye', 'uglerodnye', 'uglerodnyye', 'uglerodnykh', 'uglerodnogo', 'uglerodnoy', 'uglerodnoi'],
  ['carbon fibre', 'carbon fiber', 'carbon-fibre', 'carbon-fiber', 'uglevolokno', 'uglevolokna', 'uglevoloknistyy', 'uglevoloknistyi', 'uglevoloknistiy', 'uglevoloknistaya', 'uglevoloknistoe', 'uglevoloknistoye', 'uglevoloknistye', 'uglevoloknistyye', 'uglevoloknistykh', 'uglevoloknistogo', 'uglevoloknistoy', 'uglevoloknistoi', 'uglerodnoe volokno', 'uglerodnogo volokna'],
  ['fibre', 'fiber', 'fibres', 'fibers', 'fibrous', 'volokno', 'volokna', 'volokon', 'volokonnyy', 'volokonnyi', 'volokonniy', 'volokonnaya', 'volokonnoe', 'volokonnoye', 'volokonnye', 'volokonnyye', 'volokonnykh', 'volokonnogo', 'volokonnoy', 'volokonnoi', 'voloknistyy', 'voloknistyi', 'voloknistiy', 'voloknistaya', 'voloknistoe', 'voloknistoye', 'voloknistye', 'voloknistyye', 'voloknistykh', 'voloknistogo', 'voloknistoy', 'voloknistoi', 'volokonno'],
  ['superconductor', 'superconductors', 'superconducting', 'sverkhprovodnik', 'sverkhprovodniki', 'sverkhprovodnikov', 'sverkhprovodyashchiy', 'sverkhprovodyashchii', 'sverkhprovodyashchaya', 'sverkhprovodyashchee', 'sverkhprovodyashcheye', 'sverkhprovodyashchie', 'sverkhprovodyashchiye', 'sverkhprovodyashchikh', 'sverkhprovodyashchego', 'sverkhprovodyashchey', 'sverkhprovodyashchei', 'sverkhprovodnikovoy', 'sverkhprovodnikovoi', 'sverkhprovodnikovaya', 'sverkhprovodnikovoe', 'sverkhprovodnikovoye', 'sverkhprovodnikovye', 'sverkhprovodnikovyye', 'sverkhprovodnikovykh', 'sverkhprovodnikovogo'],
  ['substrate', 'substrates', 'podlozhka', 'podlozhki', 'podlozhek'],
  ['polymer', 'polymers', 'polymeric', 'polimery', 'polimerov', 'polimernyy', 'polimernyi', 'polimerniy', 'polimernaya', 'polimernoe', 'polimernoye', 'polimernye', 'polimernyye', 'polimernykh', 'polimernogo', 'polimernoy', 'polimernoi'],
  ['plastic', 'plastics', 'plastmassa', 'plastmassy', 'plastmass', 'plastmassovyy', 'plastmassovyi', 'plastmassoviy', 'plastmassovaya', 'plastmassovoe', 'plastmassovoye', 'plastmassovye', 'plastmassovyye', 'plastmassovykh', 'plastmassovogo', 'plastmassovoy', 'plastmassovoi', 'plastiki', 'plastikov', 'plastikovyy', 'plastikovyi', 'plastikoviy', 'plastikovaya', 'plastikovoe', 'plastikovoye', 'plastikovye', 'plastikovyye', 'plastikovykh', 'plastikovogo', 'plastikovoy', 'plastikovoi'],
  ['fibreglass', 'fiberglass', 'glass fibre', 'stekloplastik', 'stekloplastika', 'stekloplastiki', 'stekloplastikov', 'stekloplastikovyy', 'stekloplastikovyi', 'stekloplastikoviy', 'stekloplastikovaya', 'stekloplastikovoe', 'stekloplastikovoye', 'stekloplastikovye', 'stekloplastikovyye', 'stekloplastikovykh', 'stekloplastikovogo', 'stekloplastikovoy', 'stekloplastikovoi'],
  ['glass', 'stekla', 'stekolnyy', 'stekolnyi', 'stekolniy', 'stekolnaya', 'stekolnoe', 'stekolnoye', 'stekolnye', 'stekolnyye', 'stekolnykh', 'stekolnogo', 'stekolnoy', 'stekolnoi'],
  ['rubber', 'rezina', 'reziny', 'rezinovyy', 'rezinovyi', 'rezinoviy', 'rezinovaya', 'rezinovoe', 'rezinovoye', 'rezinovye', 'rezinovyye', 'rezinovykh', 'rezinovogo', 'rezinovoy', 'rezinovoi'],
  ['rubber', 'caoutchouc', 'synthetic rubber', 'kauchuk', 'kauchuka', 'kauchukov', 'kauchukovyy', 'kauchukovyi', 'kauchukoviy', 'kauchukovaya', 'kauchukovoe', 'kauchukovoye', 'kauchukovye', 'kauchukovyye', 'kauchukovykh', 'kauchukovogo', 'kauchukovoy', 'kauchukovoi'],
  ['rubber goods', 'rubber products', 'rubber-technical', 'rezinotekhnicheskiy', 'rezinotekhnicheskii', 'rezinotekhnicheskaya', 'rezinotekhnicheskoe', 'rezinotekhnicheskoye', 'rezinotekhnicheskie', 'rezinotekhnicheskiye', 'rezinotekhnicheskikh', 'rezinotekhnicheskogo', 'rezinotekhnicheskoy', 'rezinotekhnicheskoi'],
  ['tyre', 'tyres', 'tire', 'tires', 'shina', 'shinnaya', 'shinnogo', 'shinnykh'],
  ['ceramic', 'ceramics', 'keramika', 'keramiki', 'keramicheskiy', 'keramicheskii', 'keramicheskaya', 'keramicheskoe', 'keramicheskoye', 'keramicheskie', 'keramicheskiye', 'keramicheskikh', 'keramicheskogo', 'keramicheskoy', 'keramicheskoi'],
  ['paint', 'paints', 'kraska', 'kraski', 'krasok'],
  ['coatings', 'lakokrasochnyy', 'lakokrasochnyi', 'lakokrasochniy', 'lakokrasochnaya', 'lakokrasochnoe', 'lakokrasochnoye', 'lakokrasochnye', 'lakokrasochnyye', 'lakokrasochnykh', 'lakokrasochnogo', 'lakokrasochnoy', 'lakokrasochnoi'],
  ['coating', 'coatings', 'pokrytie', 'pokrytiya', 'pokrytiy', 'pokrytiye'],
  ['film', 'films', 'plenka', 'plenki', 'plenok', 'plenochnyy', 'plenochnyi', 'plenochniy', 'plenochnaya', 'plenochnoe', 'plenochnoye', 'plenochnye', 'plenochnyye', 'plenochnykh', 'plenochnogo', 'plenochnoy', 'plenochnoi'],
  ['resin', 'resins', 'smola', 'smoly', 'smolyanoy', 'smolyanoi', 'smolyanaya', 'smolyanoe', 'smolyanoye', 'smolyanye', 'smolyanyye', 'smolyanykh', 'smolyanogo', 'smolianoy', 'smolianoi', 'smolianaya', 'smolianoe', 'smolianoye', 'smolianye', 'smolianyye', 'smolianykh', 'smolianogo'],
  ['chemicals', 'khimikaty', 'khimikatov', 'khimikat'],
  ['petrochemical', 'petrochemicals', 'petrochemistry', 'neftekhimiya', 'neftekhimii', 'neftekhimicheskiy', 'neftekhimicheskii', 'neftekhimicheskaya', 'neftekhimicheskoe', 'neftekhimicheskoye', 'neftekhimicheskie', 'neftekhimicheskiye', 'neftekhimicheskikh', 'neftekhimicheskogo', 'neftekhimicheskoy', 'neftekhimicheskoi'],
  ['synthetic', 'sinteticheskiy', 'sinteticheskii', 'sinteticheskaya', 'sinteticheskoe', 'sinteticheskoye', 'sinteticheskie', 'sinteticheskiye', 'sinteticheskikh', 'sinteticheskogo', 'sinteticheskoy', 'sinteticheskoi'],
  ['organic', 'organicheskiy', 'organicheskii', 'organicheskaya', 'organicheskoe', 'organicheskoye', 'organicheskie', 'organicheskiye', 'organicheskikh', 'organicheskogo', 'organicheskoy', 'organicheskoi'],
  ['fertilizer', 'fertilizers', 'fertiliser', 'fertilisers', 'udobrenie', 'udobreniya', 'udobreniy', 'udobrenii'],
  ['nitrogen', 'azot', 'azota', 'azotnyy', 'azotnyi', 'azotniy', 'azotnaya', 'azotnoe', 'azotnoye', 'azotnye', 'azotnyye', 'azotnykh', 'azotnogo', 'azotnoy', 'azotnoi'],
  ['ammonia', 'ammiak', 'ammiaka'],
  ['acid', 'acids', 'kislota', 'kisloty', 'kislot'],
  ['oxygen', 'kislorod', 'kisloroda', 'kislorodnyy', 'kislorodnyi', 'kislorodniy', 'kislorodnaya', 'kislorodnoe', 'kislorodnoye', 'kislorodnye', 'kislorodnyye', 'kislorodnykh', 'kislorodnogo', 'kislorodnoy', 'kislorodnoi'],
  ['hydrogen', 'vodorod', 'vodoroda', 'vodorodnyy', 'vodorodnyi', 'vodorodniy', 'vodorodnaya', 'vodorodnoe', 'vodorodnoye', 'vodorodnye', 'vodorodnyye', 'vodorodnykh', 'vodorodnogo', 'vodorodnoy', 'vodorodnoi'],
  ['reagent', 'reagents', 'reaktiv', 'reaktivy', 'reaktivov'],
  ['special chemistry', 'special chemicals', 'spetskhimiya', 'spetskhimii', 'spetskhimiia'],
  ['enrichment', 'concentration', 'beneficiation', 'obogashchenie', 'obogashcheniya', 'obogashcheniye'],
  ['quantum', 'kvantovyy', 'kvantovyi', 'kvantoviy', 'kvantovaya', 'kvantovoe', 'kvantovoye', 'kvantovye', 'kvantovyye', 'kvantovykh', 'kvantovogo', 'kvantovoy', 'kvantovoi'],
  ['weapons', 'weapon', 'arms', 'oruzhie', 'oruzhiya', 'oruzhiye', 'oruzheynyy', 'oruzheynyi', 'oruzheyniy', 'oruzheynaya', 'oruzheynoe', 'oruzheynoye', 'oruzheynye', 'oruzheynyye', 'oruzheynykh', 'oruzheynogo', 'oruzheynoy', 'oruzheynoi', 'oruzheinyy', 'oruzheinyi', 'oruzheiniy', 'oruzheinaya', 'oruzheinoe', 'oruzheinoye', 'oruzheinye', 'oruzheinyye', 'oruzheinykh', 'oruzheinogo', 'oruzheinoy', 'oruzheinoi'],
  ['small arms', 'strelkovoe oruzhie', 'strelkovogo oruzhiya', 'strelkovoye oruzhiye'],
  ['firearm', 'firearms', 'ognestrelnyy', 'ognestrelnyi', 'ognestrelniy', 'ognestrelnaya', 'ognestrelnoe', 'ognestrelnoye', 'ognestrelnye', 'ognestrelnyye', 'ognestrelnykh', 'ognestrelnogo', 'ognestrelnoy', 'ognestrelnoi'],
  ['rifle', 'rifles', 'vintovka', 'vintovki', 'vintovok'],
  ['machine gun', 'machine guns', 'machine-gun', 'pulemet', 'pulemeta', 'pulemety', 'pulemetov', 'pulemetnyy', 'pulemetnyi', 'pulemetniy', 'pulemetnaya', 'pulemetnoe', 'pulemetnoye', 'pulemetnye', 'pulemetnyye', 'pulemetnykh', 'pulemetnogo', 'pulemetnoy', 'pulemetnoi'],
  ['pistol', 'pistols', 'handgun', 'handguns', 'pistolet', 'pistoleta', 'pistolety', 'pistoletov'],
  ['assault rifle', 'automatic rifle', 'submachine gun', 'avtomat', 'avtomaty', 'avtomatov', 'avtomata'],
  ['sniper', 'snayperskiy', 'snayperskii', 'snayperskaya', 'snayperskoe', 'snayperskoye', 'snayperskie', 'snayperskiye', 'snayperskikh', 'snayperskogo', 'snayperskoy', 'snayperskoi', 'snaiperskiy', 'snaiperskii', 'snaiperskaya', 'snaiperskoe', 'snaiperskoye', 'snaiperskie', 'snaiperskiye', 'snaiperskikh', 'snaiperskogo', 'snaiperskoy', 'snaiperskoi'],
  ['shotgun', 'shotguns', 'sporting gun', 'ruzhe', 'ruzhye', 'ruzhya', 'ruzhey', 'ruzhei', 'ruzheynyy', 'ruzheynyi', 'ruzheyniy', 'ruzheynaya', 'ruzheynoe', 'ruzheynoye', 'ruzheynye', 'ruzheynyye', 'ruzheynykh', 'ruzheynogo', 'ruzheynoy', 'ruzheynoi', 'ruzheinyy', 'ruzheinyi', 'ruzheiniy', 'ruzheinaya', 'ruzheinoe', 'ruzheinoye', 'ruzheinye', 'ruzheinyye', 'ruzheinykh', 'ruzheinogo', 'ruzheinoy', 'ruzheinoi'],
  ['hunting', 'okhotnichiy', 'okhotnichii', 'okhotnichya', 'okhotnichye', 'okhotnichego', 'okhotnichikh', 'okhotnichie'],
  ['guns', 'pushka', 'pushki', 'pushek'],
  ['guns', 'ordnance', 'orudie', 'orudiya', 'orudiy', 'orudiye', 'orudii'],
  ['artillery', 'artilleriya', 'artillerii', 'artilleriia', 'artilleriyskiy', 'artilleriyskii', 'artilleriyskaya', 'artilleriyskoe', 'artilleriyskoye', 'artilleriyskie', 'artilleriyskiye', 'artilleriyskikh', 'artilleriyskogo', 'artilleriyskoy', 'artilleriyskoi', 'artilleriiskiy', 'artilleriiskii', 'artilleriiskaya', 'artilleriiskoe', 'artilleriiskoye', 'artilleriiskie', 'artilleriiskiye', 'artilleriiskikh', 'artilleriiskogo', 'artilleriiskoy', 'artilleriiskoi'],
  ['howitzer', 'howitzers', 'gaubitsa', 'gaubitsy', 'gaubits'],
  ['mortar', 'mortars', 'minomet', 'minometa', 'minomety', 'minometov', 'minometnyy', 'minometnyi', 'minometniy', 'minometnaya', 'minometnoe', 'minometnoye', 'minometnye', 'minometnyye', 'minometnykh', 'minometnogo', 'minometnoy', 'minometnoi'],
  ['self-propelled', 'samokhodnyy', 'samokhodnyi', 'samokhodniy', 'samokhodnaya', 'samokhodnoe', 'samokhodnoye', 'samokhodnye', 'samokhodnyye', 'samokhodnykh', 'samokhodnogo', 'samokhodnoy', 'samokhodnoi'],
  ['ammunition', 'munitions', 'ammo', 'boepripasy', 'boepripasov', 'boepripas', 'boyepripasy', 'boyepripasov'],
  ['shells', 'projectile', 'projectiles', 'artillery shells', 'snaryad', 'snaryada', 'snaryady', 'snaryadov', 'snariad', 'snariady'],
  ['grenade', 'grenades', 'granata', 'granaty'],
  ['grenade launcher', 'grenade launchers', 'granatomet', 'granatometa', 'granatomety', 'granatometov', 'granatometnyy', 'granatometnyi', 'granatometniy', 'granatometnaya', 'granatometnoe', 'granatometnoye', 'granatometnye', 'granatometnyye', 'granatometnykh', 'granatometnogo', 'granatometnoy', 'granatometnoi'],
  ['explosive', 'explosives', 'vzryvchatyy', 'vzryvchatyi', 'vzryvchatiy', 'vzryvchataya', 'vzryvchatoe', 'vzryvchatoye', 'vzryvchatye', 'vzryvchatyye', 'vzryvchatykh', 'vzryvchatogo', 'vzryvchatoy', 'vzryvchatoi', 'vzryvchatka', 'vzryvchatki', 'vzryvchatoe veshchestvo', 'vzryvchatykh veshchestv'],
  ['blasting', 'explosive', 'vzryvnoy', 'vzryvnoi', 'vzryvnaya', 'vzryvnoe', 'vzryvnoye', 'vzryvnye', 'vzryvnyye', 'vzryvnykh', 'vzryvnogo'],
  ['explosion', 'explosions', 'blast', 'vzryv', 'vzryva', 'vzryvov'],
  ['explosion-proof', 'explosion proof', 'flameproof', 'vzryvozashchishchennyy', 'vzryvozashchishchennyi', 'vzryvozashchishchenniy', 'vzryvozashchishchennaya', 'vzryvozashchishchennoe', 'vzryvozashchishchennoye', 'vzryvozashchishchennye', 'vzryvozashchishchennyye', 'vzryvozashchishchennykh', 'vzryvozashchishchennogo', 'vzryvozashchishchennoy', 'vzryvozashchishchennoi'],
  ['pyrotechnic', 'pyrotechnics', 'pirotekhnika', 'pirotekhniki', 'pirotekhnicheskiy', 'pirotekhnicheskii', 'pirotekhnicheskaya', 'pirotekhnicheskoe', 'pirotekhnicheskoye', 'pirotekhnicheskie', 'pirotekhnicheskiye', 'pirotekhnicheskikh', 'pirotekhnicheskogo', 'pirotekhnicheskoy', 'pirotekhnicheskoi'],
  ['fuse', 'fuses', 'fuze', 'fuzes', 'vzryvatel', 'vzryvatelya', 'vzryvateli', 'vzryvateley', 'vzryvatelei'],
  ['percussion cap', 'primer cap', 'detonator cap', 'percussion caps', 'kapsyul', 'kapsyulya', 'kapsyuli', 'kapsyuley', 'kapsiul', 'kapsyulnyy', 'kapsyulnyi', 'kapsyulniy', 'kapsyulnaya', 'kapsyulnoe', 'kapsyulnoye', 'kapsyulnye', 'kapsyulnyye', 'kapsyulnykh', 'kapsyulnogo', 'kapsyulnoy', 'kapsyulnoi'],
  ['loading', 'charging', 'equipping', 'filling', 'snaryazhenie', 'snaryazheniya', 'snaryazheniye'],
  ['sight', 'sights', 'gunsight', 'sighting', 'aiming', 'pritsel', 'pritsela', 'pritsely', 'pritselov', 'pritselnyy', 'pritselnyi', 'pritselniy', 'pritselnaya', 'pritselnoe', 'pritselnoye', 'pritselnye', 'pritselnyye', 'pritselnykh', 'pritselnogo', 'pritselnoy', 'pritselnoi'],
  ['target', 'targets', 'mishen', 'misheni', 'misheney', 'mishenei', 'mishennyy', 'mishennyi', 'mishenniy', 'mishennaya', 'mishennoe', 'mishennoye', 'mishennye', 'mishennyye', 'mishennykh', 'mishennogo', 'mishennoy', 'mishennoi'],
  ['guidance', 'homing', 'navedenie', 'navedeniya', 'samonavedenie', 'samonavedeniya'],
  ['rangefinder', 'rangefinders', 'range finder', 'dalnomer', 'dalnomera', 'dalnomery', 'dalnomerov'],
  ['tank', 'tanks', 'tankovoy', 'tankovoi', 'tankovaya', 'tankovoe', 'tankovoye', 'tankovye', 'tankovyye', 'tankovykh', 'tankovogo'],
  ['armour', 'armor', 'armoured', 'armored', 'bronya', 'broni', 'bronevoy', 'bronevoi', 'bronevaya', 'bronevoe', 'bronevoye', 'bronevye', 'bronevyye', 'bronevykh', 'bronevogo', 'bronirovannyy', 'bronirovannyi', 'bronirovanniy', 'bronirovannaya', 'bronirovannoe', 'bronirovannoye', 'bronirovannye', 'bronirovannyye', 'bronirovannykh', 'bronirovannogo', 'bronirovannoy', 'bronirovannoi', 'bronetankovyy', 'bronetankovyi', 'bronetankoviy', 'bronetankovaya', 'bronetankovoe', 'bronetankovoye', 'bronetankovye', 'bronetankovyye', 'bronetankovykh', 'bronetankovogo', 'bronetankovoy', 'bronetankovoi'],
  ['armoured vehicles', 'armored vehicles', 'bronetekhnika', 'bronetekhniki'],
  ['armoured car', 'armored car', 'armoured cars', 'armored cars', 'broneavtomobil', 'broneavtomobilya', 'broneavtomobili', 'broneavtomobiley'],
  ['body armour', 'body armor', 'bulletproof vest', 'bulletproof vests', 'bronezhilet', 'bronezhileta', 'bronezhilety', 'bronezhiletov'],
  ['helmet', 'helmets', 'shlem', 'shlema', 'shlemy', 'shlemov'],
  ['protective', 'protection', 'zashchita', 'zashchity', 'zashchitnyy', 'zashchitnyi', 'zashchitniy', 'zashchitnaya', 'zashchitnoe', 'zashchitnoye', 'zashchitnye', 'zashchitnyye', 'zashchitnykh', 'zashchitnogo', 'zashchitnoy', 'zashchitnoi'],
  ['gas mask', 'gas masks', 'protivogaz', 'protivogaza', 'protivogazy', 'protivogazov'],
  ['parachute', 'parachutes', 'parashyut', 'parashyuta', 'parashyuty', 'parashyutov', 'parashiut', 'parashyutnyy', 'parashyutnyi', 'parashyutniy', 'parashyutnaya', 'parashyutnoe', 'parashyutnoye', 'parashyutnye', 'parashyutnyye', 'parashyutnykh', 'parashyutnogo', 'parashyutnoy', 'parashyutnoi', 'parashiutnyy', 'parashiutnyi', 'parashiutniy', 'parashiutnaya', 'parashiutnoe', 'parashiutnoye', 'parashiutnye', 'parashiutnyye', 'parashiutnykh', 'parashiutnogo', 'parashiutnoy', 'parashiutnoi'],
  ['air defence', 'air defense', 'anti-aircraft', 'protivovozdushnyy', 'protivovozdushnyi', 'protivovozdushniy', 'protivovozdushnaya', 'protivovozdushnoe', 'protivovozdushnoye', 'protivovozdushnye', 'protivovozdushnyye', 'protivovozdushnykh', 'protivovozdushnogo', 'protivovozdushnoy', 'protivovozdushnoi'],
  ['anti-aircraft', 'antiaircraft', 'zenitnyy', 'zenitnyi', 'zenitniy', 'zenitnaya', 'zenitnoe', 'zenitnoye', 'zenitnye', 'zenitnyye', 'zenitnykh', 'zenitnogo', 'zenitnoy', 'zenitnoi'],
  ['anti-tank', 'antitank', 'protivotankovyy', 'protivotankovyi', 'protivotankoviy', 'protivotankovaya', 'protivotankovoe', 'protivotankovoye', 'protivotankovye', 'protivotankovyye', 'protivotankovykh', 'protivotankovogo', 'protivotankovoy', 'protivotankovoi'],
  ['anti-missile', 'antimissile', 'missile defence', 'missile defense', 'protivoraketnyy', 'protivoraketnyi', 'protivoraketniy', 'protivoraketnaya', 'protivoraketnoe', 'protivoraketnoye', 'protivoraketnye', 'protivoraketnyye', 'protivoraketnykh', 'protivoraketnogo', 'protivoraketnoy', 'protivoraketnoi'],
  ['cruise missile', 'cruise missiles', 'krylataya raketa', 'krylatykh raket', 'krylatye rakety', 'krylatyye rakety'],
  ['ballistic', 'ballistics', 'ballistika', 'ballistiki', 'ballisticheskiy', 'ballisticheskii', 'ballisticheskaya', 'ballisticheskoe', 'ballisticheskoye', 'ballisticheskie', 'ballisticheskiye', 'ballisticheskikh', 'ballisticheskogo', 'ballisticheskoy', 'ballisticheskoi'],
  ['army', 'armies', 'armiya', 'armii', 'armiy', 'armiia', 'armeyskiy', 'armeyskii', 'armeyskaya', 'armeyskoe', 'armeyskoye', 'armeyskie', 'armeyskiye', 'armeyskikh', 'armeyskogo', 'armeyskoy', 'armeyskoi', 'armeiskiy', 'armeiskii', 'armeiskaya', 'armeiskoe', 'armeiskoye', 'armeiskie', 'armeiskiye', 'armeiskikh', 'armeiskogo', 'armeiskoy', 'armeiskoi'],
  ['reconnaissance', 'intelligence', 'razvedka', 'razvedki', 'razvedyvatelnyy', 'razvedyvatelnyi', 'razvedyvatelniy', 'razvedyvatelnaya', 'razvedyvatelnoe', 'razvedyvatelnoye', 'razvedyvatelnye', 'razvedyvatelnyye', 'razvedyvatelnykh', 'razvedyvatelnogo', 'razvedyvatelnoy', 'razvedyvatelnoi'],
  ['exploration', 'prospecting', 'geological exploration', 'razvedka', 'razvedki', 'razvedochnyy', 'razvedochnyi', 'razvedochniy', 'razvedochnaya', 'razvedochnoe', 'razvedochnoye', 'razvedochnye', 'razvedochnyye', 'razvedochnykh', 'razvedochnogo', 'razvedochnoy', 'razvedochnoi', 'geologorazvedochnyy', 'geologorazvedochnyi', 'geologorazvedochniy', 'geologorazvedochnaya', 'geologorazvedochnoe', 'geologorazvedochnoye', 'geologorazvedochnye', 'geologorazvedochnyye', 'geologorazvedochnykh', 'geologorazvedochnogo', 'geologorazvedochnoy', 'geologorazvedochnoi'],
  ['surveillance', 'observation', 'monitoring', 'nablyudenie', 'nablyudeniya', 'nabliudenie'],
  ['simulator', 'simulators', 'trainer', 'trainers', 'trenazher', 'trenazhera', 'trenazhery', 'trenazherov', 'trenazhernyy', 'trenazhernyi', 'trenazherniy', 'trenazhernaya', 'trenazhernoe', 'trenazhernoye', 'trenazhernye', 'trenazhernyye', 'trenazhernykh', 'trenazhernogo', 'trenazhernoy', 'trenazhernoi'],
  ['rocket-building', 'rocket engineering', 'missile building', 'raketostroenie', 'raketostroeniya', 'raketostroitelnyy', 'raketostroitelnyi', 'raketostroitelniy', 'raketostroitelnaya', 'raketostroitelnoe', 'raketostroitelnoye', 'raketostroitelnye', 'raketostroitelnyye', 'raketostroitelnykh', 'raketostroitelnogo', 'raketostroitelnoy', 'raketostroitelnoi'],
  ['launch vehicle', 'launch vehicles', 'carrier rocket', 'raketa-nositel', 'rakety-nositeli', 'raket-nositeley'],
  ['launch', 'launcher', 'launching', 'puskovoy', 'puskovoi', 'puskovaya', 'puskovoe', 'puskovoye', 'puskovye', 'puskovyye', 'puskovykh', 'puskovogo'],
  ['launch', 'launching', 'starting', 'startovyy', 'startovyi', 'startoviy', 'startovaya', 'startovoe', 'startovoye', 'startovye', 'startovyye', 'startovykh', 'startovogo', 'startovoy', 'startovoi'],
  ['ground', 'ground-based', 'land-based', 'surface', 'nazemnyy', 'nazemnyi', 'nazemniy', 'nazemnaya', 'nazemnoe', 'nazemnoye', 'nazemnye', 'nazemnyye', 'nazemnykh', 'nazemnogo', 'nazemnoy', 'nazemnoi'],
  ['satellite', 'satellites', 'sputnikovyy', 'sputnikovyi', 'sputnikoviy', 'sputnikovaya', 'sputnikovoe', 'sputnikovoye', 'sputnikovye', 'sputnikovyye', 'sputnikovykh', 'sputnikovogo', 'sputnikovoy', 'sputnikovoi'],
  ['spacecraft', 'space vehicle', 'kosmicheskiy apparat', 'kosmicheskikh apparatov', 'kosmicheskie apparaty', 'kosmicheskogo apparata'],
  ['astronautics', 'cosmonautics', 'kosmonavtika', 'kosmonavtiki'],
  ['aerospace', 'aerokosmicheskiy', 'aerokosmicheskii', 'aerokosmicheskaya', 'aerokosmicheskoe', 'aerokosmicheskoye', 'aerokosmicheskie', 'aerokosmicheskiye', 'aerokosmicheskikh', 'aerokosmicheskogo', 'aerokosmicheskoy', 'aerokosmicheskoi'],
  ['aircraft', 'aircrafts', 'flying vehicle', 'letatelnyy apparat', 'letatelnykh apparatov', 'letatelnye apparaty', 'letatelnogo apparata'],
  ['flying', 'aerial', 'letatelnyy', 'letatelnyi', 'letatelniy', 'letatelnaya', 'letatelnoe', 'letatelnoye', 'letatelnye', 'letatelnyye', 'letatelnykh', 'letatelnogo', 'letatelnoy', 'letatelnoi'],
  ['unmanned', 'pilotless', 'uncrewed', 'bespilotnyy', 'bespilotnyi', 'bespilotniy', 'bespilotnaya', 'bespilotnoe', 'bespilotnoye', 'bespilotnye', 'bespilotnyye', 'bespilotnykh', 'bespilotnogo', 'bespilotnoy', 'bespilotnoi'],
  ['drone', 'drones', 'bespilotnik', 'bespilotnika', 'bespilotniki', 'bespilotnikov'],
  ['helicopter-building', 'helicopter building', 'helicopter manufacturing', 'vertoletostroenie', 'vertoletostroeniya', 'vertoletostroitelnyy', 'vertoletostroitelnyi', 'vertoletostroitelniy', 'vertoletostroitelnaya', 'vertoletostroitelnoe', 'vertoletostroitelnoye', 'vertoletostroitelnye', 'vertoletostroitelnyye', 'vertoletostroitelnykh', 'vertoletostroitelnogo', 'vertoletostroitelnoy', 'vertoletostroitelnoi'],
  ['aircraft building', 'aircraft-building', 'aircraft manufacturing', 'aircraft industry', 'samoletostroenie', 'samoletostroeniya', 'aviastroenie', 'aviastroeniya'],
  ['aircraft repair', 'aircraft-repair', 'aviaremontnyy', 'aviaremontnyi', 'aviaremontniy', 'aviaremontnaya', 'aviaremontnoe', 'aviaremontnoye', 'aviaremontnye', 'aviaremontnyye', 'aviaremontnykh', 'aviaremontnogo', 'aviaremontnoy', 'aviaremontnoi'],
  ['onboard', 'on-board', 'airborne', 'bortovoy', 'bortovoi', 'bortovaya', 'bortovoe', 'bortovoye', 'bortovye', 'bortovyye', 'bortovykh', 'bortovogo'],
  ['avionics', 'avionika', 'avioniki'],
  ['air navigation', 'aeronavigation', 'aeronavigatsiya', 'aeronavigatsii', 'aeronavigatsionnyy', 'aeronavigatsionnyi', 'aeronavigatsionniy', 'aeronavigatsionnaya', 'aeronavigatsionnoe', 'aeronavigatsionnoye', 'aeronavigatsionnye', 'aeronavigatsionnyye', 'aeronavigatsionnykh', 'aeronavigatsionnogo', 'aeronavigatsionnoy', 'aeronavigatsionnoi'],
  ['aerodynamic', 'aerodynamics', 'aerodinamika', 'aerodinamiki', 'aerodinamicheskiy', 'aerodinamicheskii', 'aerodinamicheskaya', 'aerodinamicheskoe', 'aerodinamicheskoye', 'aerodinamicheskie', 'aerodinamicheskiye', 'aerodinamicheskikh', 'aerodinamicheskogo', 'aerodinamicheskoy', 'aerodinamicheskoi'],
  ['aerial', 'airborne', 'vozdukh', 'vozdukha', 'vozdushnyy', 'vozdushnyi', 'vozdushniy', 'vozdushnaya', 'vozdushnoe', 'vozdushnoye', 'vozdushnye', 'vozdushnyye', 'vozdushnykh', 'vozdushnogo', 'vozdushnoy', 'vozdushnoi'],
  ['flight', 'flights', 'polet', 'poleta', 'poletov', 'polety'],
  ['flight', 'flying', 'letnyy', 'letnyi', 'letniy', 'letnaya', 'letnoe', 'letnoye', 'letnye', 'letnyye', 'letnykh', 'letnogo', 'letnoy', 'letnoi', 'letno'],
  ['ship', 'ships', 'warship', 'korabl', 'korablya', 'korabli', 'korabley', 'korablei', 'korabelnyy', 'korabelnyi', 'korabelniy', 'korabelnaya', 'korabelnoe', 'korabelnoye', 'korabelnye', 'korabelnyye', 'korabelnykh', 'korabelnogo', 'korabelnoy', 'korabelnoi'],
  ['vessel', 'vessels', 'ship', 'ships', 'sudno', 'sudna', 'sudov'],
  ['marine', 'ship', 'shipboard', 'sudovoy', 'sudovoi', 'sudovaya', 'sudovoe', 'sudovoye', 'sudovye', 'sudovyye', 'sudovykh', 'sudovogo'],
  ['ship repair', 'ship-repair', 'shiprepairing', 'ship repairing', 'sudoremontnyy', 'sudoremontnyi', 'sudoremontniy', 'sudoremontnaya', 'sudoremontnoe', 'sudoremontnoye', 'sudoremontnye', 'sudoremontnyye', 'sudoremontnykh', 'sudoremontnogo', 'sudoremontnoy', 'sudoremontnoi'],
  ['boat', 'boats', 'cutter', 'cutters', 'motor boat', 'katerov', 'katernyy', 'katernyi', 'katerniy', 'katernaya', 'katernoe', 'katernoye', 'katernye', 'katernyye', 'katernykh', 'katernogo', 'katernoy', 'katernoi'],
  ['boat', 'boats', 'lodka', 'lodki', 'lodok', 'lodochnyy', 'lodochnyi', 'lodochniy', 'lodochnaya', 'lodochnoe', 'lodochnoye', 'lodochnye', 'lodochnyye', 'lodochnykh', 'lodochnogo', 'lodochnoy', 'lodochnoi'],
  ['submarine', 'submarines', 'podlodka', 'podlodki', 'podvodnaya lodka', 'podvodnykh lodok', 'podvodnye lodki', 'podvodnoy lodki'],
  ['underwater', 'subsea', 'submarine', 'podvodnyy', 'podvodnyi', 'podvodniy', 'podvodnaya', 'podvodnoe', 'podvodnoye', 'podvodnye', 'podvodnyye', 'podvodnykh', 'podvodnogo', 'podvodnoy', 'podvodnoi'],
  ['deep-sea', 'deep-water', 'deepwater', 'glubokovodnyy', 'glubokovodnyi', 'glubokovodniy', 'glubokovodnaya', 'glubokovodnoe', 'glubokovodnoye', 'glubokovodnye', 'glubokovodnyye', 'glubokovodnykh', 'glubokovodnogo', 'glubokovodnoy', 'glubokovodnoi'],
  ['yacht', 'yachts', 'yakhta', 'yakhty', 'yakht', 'yakhtennyy', 'yakhtennyi', 'yakhtenniy', 'yakhtennaya', 'yakhtennoe', 'yakhtennoye', 'yakhtennye', 'yakhtennyye', 'yakhtennykh', 'yakhtennogo', 'yakhtennoy', 'yakhtennoi'],
  ['hydroacoustic', 'hydroacoustics', 'sonar', 'gidroakustika', 'gidroakustiki', 'gidroakusticheskiy', 'gidroakusticheskii', 'gidroakusticheskaya', 'gidroakusticheskoe', 'gidroakusticheskoye', 'gidroakusticheskie', 'gidroakusticheskiye', 'gidroakusticheskikh', 'gidroakusticheskogo', 'gidroakusticheskoy', 'gidroakusticheskoi'],
  ['acoustic', 'acoustics', 'akustika', 'akustiki', 'akusticheskiy', 'akusticheskii', 'akusticheskaya', 'akusticheskoe', 'akusticheskoye', 'akusticheskie', 'akusticheskiye', 'akusticheskikh', 'akusticheskogo', 'akusticheskoy', 'akusticheskoi'],
  ['automobile plant', 'auto plant', 'car plant', 'motor works', 'avtozavod', 'avtozavoda', 'avtozavody'],
  ['automotive industry', 'car making', 'automobile building', 'avtomobilestroenie', 'avtomobilestroeniya'],
  ['automotive components', 'auto components', 'automotive parts', 'avtokomponenty', 'avtokomponentov'],
  ['auto parts', 'car parts', 'autoparts', 'avtozapchasti', 'avtozapchastey', 'avtozapchastei'],
  ['truck', 'trucks', 'lorry', 'lorries', 'gruzovik', 'gruzovika', 'gruzoviki', 'gruzovikov'],
  ['cargo', 'freight', 'load', 'gruz', 'gruza', 'gruzov', 'gruzy', 'gruzovoy', 'gruzovoi', 'gruzovaya', 'gruzovoe', 'gruzovoye', 'gruzovye', 'gruzovyye', 'gruzovykh', 'gruzovogo'],
  ['dump truck', 'dump trucks', 'tipper', 'samosval', 'samosvala', 'samosvaly', 'samosvalov'],
  ['buses', 'avtobus', 'avtobusa', 'avtobusy', 'avtobusov', 'avtobusnyy', 'avtobusnyi', 'avtobusniy', 'avtobusnaya', 'avtobusnoe', 'avtobusnoye', 'avtobusnye', 'avtobusnyye', 'avtobusnykh', 'avtobusnogo', 'avtobusnoy', 'avtobusnoi'],
  ['tractor', 'tractors', 'traktor', 'traktora', 'traktory', 'traktornyy', 'traktornyi', 'traktorniy', 'traktornaya', 'traktornoe', 'traktornoye', 'traktornye', 'traktornyye', 'traktornykh', 'traktornogo', 'traktornoy', 'traktornoi'],
  ['tractor-building', 'tractor building', 'tractor manufacturing', 'traktorostroenie', 'traktorostroeniya', 'traktorostroitelnyy', 'traktorostroitelnyi', 'traktorostroitelniy', 'traktorostroitelnaya', 'traktorostroitelnoe', 'traktorostroitelnoye', 'traktorostroitelnye', 'traktorostroitelnyye', 'traktorostroitelnykh', 'traktorostroitelnogo', 'traktorostroitelnoy', 'traktorostroitelnoi'],
  ['trailer', 'trailers', 'pritsep', 'pritsepa', 'pritsepy', 'pritsepov', 'pritsepnoy', 'pritsepnoi', 'pritsepnaya', 'pritsepnoe', 'pritsepnoye', 'pritsepnye', 'pritsepnyye', 'pritsepnykh', 'pritsepnogo'],
  ['semi-trailer', 'semi-trailers', 'semitrailer', 'polupritsep', 'polupritsepa', 'polupritsepy', 'polupritsepov'],
  ['wheel', 'wheels', 'wheeled', 'kolesnyy', 'kolesnyi', 'kolesniy', 'kolesnaya', 'kolesnoe', 'kolesnoye', 'kolesnye', 'kolesnyye', 'kolesnykh', 'kolesnogo', 'kolesnoy', 'kolesnoi'],
  ['tracked', 'crawler', 'caterpillar', 'gusenitsa', 'gusenitsy', 'gusenichnyy', 'gusenichnyi', 'gusenichniy', 'gusenichnaya', 'gusenichnoe', 'gusenichnoye', 'gusenichnye', 'gusenichnyye', 'gusenichnykh', 'gusenichnogo', 'gusenichnoy', 'gusenichnoi'],
  ['all-terrain', 'vezdekhod', 'vezdekhoda', 'vezdekhody', 'vezdekhodov', 'vezdekhodnyy', 'vezdekhodnyi', 'vezdekhodniy', 'vezdekhodnaya', 'vezdekhodnoe', 'vezdekhodnoye', 'vezdekhodnye', 'vezdekhodnyye', 'vezdekhodnykh', 'vezdekhodnogo', 'vezdekhodnoy', 'vezdekhodnoi'],
  ['off-roader', 'vnedorozhnik', 'vnedorozhnika', 'vnedorozhniki', 'vnedorozhnikov'],
  ['special vehicles', 'special machinery', 'special equipment', 'spetstekhnika', 'spetstekhniki'],
  ['chassis', 'shassi'],
  ['car body', 'bodywork', 'car bodies', 'vehicle body', 'kuzov', 'kuzova', 'kuzovov', 'kuzovnoy', 'kuzovnoi', 'kuzovnaya', 'kuzovnoe', 'kuzovnoye', 'kuzovnye', 'kuzovnyye', 'kuzovnykh', 'kuzovnogo'],
  ['motorcycle', 'motorcycles', 'motorbike', 'mototsikl', 'mototsikla', 'mototsikly', 'mototsiklov', 'mototsikletnyy', 'mototsikletnyi', 'mototsikletniy', 'mototsikletnaya', 'mototsikletnoe', 'mototsikletnoye', 'mototsikletnye', 'mototsikletnyye', 'mototsikletnykh', 'mototsikletnogo', 'mototsikletnoy', 'mototsikletnoi'],
  ['combine harvester', 'harvester', 'harvesters', 'kombayn', 'kombayna', 'kombayny', 'kombaynov', 'kombain', 'kombainy', 'kombaynovyy', 'kombaynovyi', 'kombaynoviy', 'kombaynovaya', 'kombaynovoe', 'kombaynovoye', 'kombaynovye', 'kombaynovyye', 'kombaynovykh', 'kombaynovogo', 'kombaynovoy', 'kombaynovoi'],
  ['loader', 'loaders', 'pogruzchik', 'pogruzchika', 'pogruzchiki', 'pogruzchikov'],
  ['crusher', 'crushers', 'crushing', 'drobilka', 'drobilki', 'drobilok', 'drobilnyy', 'drobilnyi', 'drobilniy', 'drobilnaya', 'drobilnoe', 'drobilnoye', 'drobilnye', 'drobilnyye', 'drobilnykh', 'drobilnogo', 'drobilnoy', 'drobilnoi'],
  ['road', 'roads', 'doroga', 'dorogi', 'dorog', 'dorozhnyy', 'dorozhnyi', 'dorozhniy', 'dorozhnaya', 'dorozhnoe', 'dorozhnoye', 'dorozhnye', 'dorozhnyye', 'dorozhnykh', 'dorozhnogo', 'dorozhnoy', 'dorozhnoi'],
  ['locomotive', 'locomotives', 'lokomotiv', 'lokomotiva', 'lokomotivy', 'lokomotivov', 'lokomotivnyy', 'lokomotivnyi', 'lokomotivniy', 'lokomotivnaya', 'lokomotivnoe', 'lokomotivnoye', 'lokomotivnye', 'lokomotivnyye', 'lokomotivnykh', 'lokomotivnogo', 'lokomotivnoy', 'lokomotivnoi'],
  ['diesel locomotive', 'diesel locomotives', 'teplovoz', 'teplovoza', 'teplovozy', 'teplovozov', 'teplovoznyy', 'teplovoznyi', 'teplovozniy', 'teplovoznaya', 'teplovoznoe', 'teplovoznoye', 'teplovoznye', 'teplovoznyye', 'teplovoznykh', 'teplovoznogo', 'teplovoznoy', 'teplovoznoi'],
  ['locomotive-building', 'teplovozostroitelnyy', 'teplovozostroitelnyi', 'teplovozostroitelniy', 'teplovozostroitelnaya', 'teplovozostroitelnoe', 'teplovozostroitelnoye', 'teplovozostroitelnye', 'teplovozostroitelnyye', 'teplovozostroitelnykh', 'teplovozostroitelnogo', 'teplovozostroitelnoy', 'teplovozostroitelnoi', 'teplovozostroenie'],
  ['electric locomotive', 'electric locomotives', 'elektrovoz', 'elektrovoza', 'elektrovozy', 'elektrovozov', 'elektrovoznyy', 'elektrovoznyi', 'elektrovozniy', 'elektrovoznaya', 'elektrovoznoe', 'elektrovoznoye', 'elektrovoznye', 'elektrovoznyye', 'elektrovoznykh', 'elektrovoznogo', 'elektrovoznoy', 'elektrovoznoi'],
  ['wagon', 'wagons', 'railcar', 'railcars', 'carriage', 'carriages', 'vagon', 'vagona', 'vagony', 'vagonov', 'vagonnyy', 'vagonnyi', 'vagonniy', 'vagonnaya', 'vagonnoe', 'vagonnoye', 'vagonnye', 'vagonnyye', 'vagonnykh', 'vagonnogo', 'vagonnoy', 'vagonnoi'],
  ['car-building', 'wagon-building', 'railcar building', 'carriage building', 'vagonostroenie', 'vagonostroeniya', 'vagonostroitelnyy', 'vagonostroitelnyi', 'vagonostroitelniy', 'vagonostroitelnaya', 'vagonostroitelnoe', 'vagonostroitelnoye', 'vagonostroitelnye', 'vagonostroitelnyye', 'vagonostroitelnykh', 'vagonostroitelnogo', 'vagonostroitelnoy', 'vagonostroitelnoi'],
  ['rail', 'rails', 'relsov', 'relsovyy', 'relsovyi', 'relsoviy', 'relsovaya', 'relsovoe', 'relsovoye', 'relsovye', 'relsovyye', 'relsovykh', 'relsovogo', 'relsovoy', 'relsovoi'],
  ['permanent way', 'trackwork', 'putevoy', 'putevoi', 'putevaya', 'putevoe', 'putevoye', 'putevye', 'putevyye', 'putevykh', 'putevogo'],
  ['mine', 'mining', 'colliery', 'shakhtnyy', 'shakhtnyi', 'shakhtniy', 'shakhtnaya', 'shakhtnoe', 'shakhtnoye', 'shakhtnye', 'shakhtnyye', 'shakhtnykh', 'shakhtnogo', 'shakhtnoy', 'shakhtnoi', 'gornoshakhtnyy', 'gornoshakhtnyi', 'gornoshakhtniy', 'gornoshakhtnaya', 'gornoshakhtnoe', 'gornoshakhtnoye', 'gornoshakhtnye', 'gornoshakhtnyye', 'gornoshakhtnykh', 'gornoshakhtnogo', 'gornoshakhtnoy', 'gornoshakhtnoi'],
  ['drilling', 'burenie', 'bureniya', 'bureniye'],
  ['drilling rig', 'drilling rigs', 'drill rig', 'burovaya ustanovka', 'burovykh ustanovok', 'burovye ustanovki'],
  ['tunnelling', 'tunneling', 'heading', 'roadheader', 'prokhodcheskiy', 'prokhodcheskii', 'prokhodcheskaya', 'prokhodcheskoe', 'prokhodcheskoye', 'prokhodcheskie', 'prokhodcheskiye', 'prokhodcheskikh', 'prokhodcheskogo', 'prokhodcheskoy', 'prokhodcheskoi'],
  ['underground', 'subterranean', 'podzemnyy', 'podzemnyi', 'podzemniy', 'podzemnaya', 'podzemnoe', 'podzemnoye', 'podzemnye', 'podzemnyye', 'podzemnykh', 'podzemnogo', 'podzemnoy', 'podzemnoi'],
  ['quarry', 'quarrying', 'open-pit', 'karernyy', 'karernyi', 'karerniy', 'karernaya', 'karernoe', 'karernoye', 'karernye', 'karernyye', 'karernykh', 'karernogo', 'karernoy', 'karernoi', 'karyernyy', 'karyernyi', 'karyerniy', 'karyernaya', 'karyernoe', 'karyernoye', 'karyernye', 'karyernyye', 'karyernykh', 'karyernogo', 'karyernoy', 'karyernoi'],
  ['cable', 'cables', 'kabel', 'kabelya', 'kabeli', 'kabeley', 'kabelei', 'kabelnyy', 'kabelnyi', 'kabelniy', 'kabelnaya', 'kabelnoe', 'kabelnoye', 'kabelnye', 'kabelnyye', 'kabelnykh', 'kabelnogo', 'kabelnoy', 'kabelnoi'],
  ['insulation', 'insulating', 'isolation', 'izolyatsiya', 'izolyatsii', 'izoliatsiia', 'izolyatsionnyy', 'izolyatsionnyi', 'izolyatsionniy', 'izolyatsionnaya', 'izolyatsionnoe', 'izolyatsionnoye', 'izolyatsionnye', 'izolyatsionnyye', 'izolyatsionnykh', 'izolyatsionnogo', 'izolyatsionnoy', 'izolyatsionnoi'],
  ['insulator', 'insulators', 'izolyator', 'izolyatora', 'izolyatory', 'izolyatorov'],
  ['electrical insulating', 'electrical insulation', 'elektroizolyatsionnyy', 'elektroizolyatsionnyi', 'elektroizolyatsionniy', 'elektroizolyatsionnaya', 'elektroizolyatsionnoe', 'elektroizolyatsionnoye', 'elektroizolyatsionnye', 'elektroizolyatsionnyye', 'elektroizolyatsionnykh', 'elektroizolyatsionnogo', 'elektroizolyatsionnoy', 'elektroizolyatsionnoi'],
  ['electrotechnical', 'electrical engineering', 'electrical', 'elektrotekhnika', 'elektrotekhniki', 'elektrotekhnicheskiy', 'elektrotekhnicheskii', 'elektrotekhnicheskaya', 'elektrotekhnicheskoe', 'elektrotekhnicheskoye', 'elektrotekhnicheskie', 'elektrotekhnicheskiye', 'elektrotekhnicheskikh', 'elektrotekhnicheskogo', 'elektrotekhnicheskoy', 'elektrotekhnicheskoi'],
  ['electrical equipment', 'elektrooborudovanie', 'elektrooborudovaniya'],
  ['electric machines', 'electrical machinery', 'elektromashinostroenie', 'elektromashinostroeniya', 'elektromashinostroitelnyy', 'elektromashinostroitelnyi', 'elektromashinostroitelniy', 'elektromashinostroitelnaya', 'elektromashinostroitelnoe', 'elektromashinostroitelnoye', 'elektromashinostroitelnye', 'elektromashinostroitelnyye', 'elektromashinostroitelnykh', 'elektromashinostroitelnogo', 'elektromashinostroitelnoy', 'elektromashinostroitelnoi'],
  ['electrode', 'electrodes', 'elektrod', 'elektroda', 'elektrody', 'elektrodov', 'elektrodnyy', 'elektrodnyi', 'elektrodniy', 'elektrodnaya', 'elektrodnoe', 'elektrodnoye', 'elektrodnye', 'elektrodnyye', 'elektrodnykh', 'elektrodnogo', 'elektrodnoy', 'elektrodnoi'],
  ['transformer', 'transformers', 'transformator', 'transformatora', 'transformatory', 'transformatorov', 'transformatornyy', 'transformatornyi', 'transformatorniy', 'transformatornaya', 'transformatornoe', 'transformatornoye', 'transformatornye', 'transformatornyye', 'transformatornykh', 'transformatornogo', 'transformatornoy', 'transformatornoi'],
  ['switching', 'switchgear', 'kommutatsionnyy', 'kommutatsionnyi', 'kommutatsionniy', 'kommutatsionnaya', 'kommutatsionnoe', 'kommutatsionnoye', 'kommutatsionnye', 'kommutatsionnyye', 'kommutatsionnykh', 'kommutatsionnogo', 'kommutatsionnoy', 'kommutatsionnoi'],
  ['high-voltage', 'high voltage', 'vysokovoltnyy', 'vysokovoltnyi', 'vysokovoltniy', 'vysokovoltnaya', 'vysokovoltnoe', 'vysokovoltnoye', 'vysokovoltnye', 'vysokovoltnyye', 'vysokovoltnykh', 'vysokovoltnogo', 'vysokovoltnoy', 'vysokovoltnoi'],
  ['low-voltage', 'low voltage', 'nizkovoltnyy', 'nizkovoltnyi', 'nizkovoltniy', 'nizkovoltnaya', 'nizkovoltnoe', 'nizkovoltnoye', 'nizkovoltnye', 'nizkovoltnyye', 'nizkovoltnykh', 'nizkovoltnogo', 'nizkovoltnoy', 'nizkovoltnoi'],
  ['power', 'power electronics', 'silovoy', 'silovoi', 'silovaya', 'silovoe', 'silovoye', 'silovye', 'silovyye', 'silovykh', 'silovogo'],
  ['battery', 'batteries', 'batareya', 'batarei', 'batarey', 'batareyi', 'batareia'],
  ['magnet', 'magnets', 'magnetic', 'magnit', 'magnita', 'magnity', 'magnitov', 'magnitnyy', 'magnitnyi', 'magnitniy', 'magnitnaya', 'magnitnoe', 'magnitnoye', 'magnitnye', 'magnitnyye', 'magnitnykh', 'magnitnogo', 'magnitnoy', 'magnitnoi'],
  ['electromagnetic', 'elektromagnitnyy', 'elektromagnitnyi', 'elektromagnitniy', 'elektromagnitnaya', 'elektromagnitnoe', 'elektromagnitnoye', 'elektromagnitnye', 'elektromagnitnyye', 'elektromagnitnykh', 'elektromagnitnogo', 'elektromagnitnoy', 'elektromagnitnoi'],
  ['solar', 'solnechnyy', 'solnechnyi', 'solnechniy', 'solnechnaya', 'solnechnoe', 'solnechnoye', 'solnechnye', 'solnechnyye', 'solnechnykh', 'solnechnogo', 'solnechnoy', 'solnechnoi'],
  ['network', 'networks', 'grid', 'grids', 'seti', 'setey', 'setei', 'setevoy', 'setevoi', 'setevaya', 'setevoe', 'setevoye', 'setevye', 'setevyye', 'setevykh', 'setevogo'],
  ['lighting', 'lighting engineering', 'svetotekhnika', 'svetotekhniki', 'svetotekhnicheskiy', 'svetotekhnicheskii', 'svetotekhnicheskaya', 'svetotekhnicheskoe', 'svetotekhnicheskoye', 'svetotekhnicheskie', 'svetotekhnicheskiye', 'svetotekhnicheskikh', 'svetotekhnicheskogo', 'svetotekhnicheskoy', 'svetotekhnicheskoi', 'osveshchenie', 'osveshcheniya'],
  ['relay', 'relays', 'rele', 'releynyy', 'releynyi', 'releyniy', 'releynaya', 'releynoe', 'releynoye', 'releynye', 'releynyye', 'releynykh', 'releynogo', 'releynoy', 'releynoi', 'releinyy', 'releinyi', 'releiniy', 'releinaya', 'releinoe', 'releinoye', 'releinye', 'releinyye', 'releinykh', 'releinogo', 'releinoy', 'releinoi'],
  ['radio engineering', 'radio-engineering', 'radiotechnical', 'radio-technical', 'radiotekhnika', 'radiotekhniki', 'radiotekhnicheskogo', 'radiotekhnicheskikh'],
  ['radio-electronic', 'radioelectronic', 'radio electronics', 'radioelectronics', 'radioelektronika', 'radioelektroniki', 'radioelektronnyy', 'radioelektronnyi', 'radioelektronniy', 'radioelektronnaya', 'radioelektronnoe', 'radioelektronnoye', 'radioelektronnye', 'radioelektronnyye', 'radioelektronnykh', 'radioelektronnogo', 'radioelektronnoy', 'radioelektronnoi'],
  ['radio plant', 'radio works', 'radiozavod', 'radiozavoda'],
  ['radio measuring', 'radio-measuring', 'radioizmeritelnyy', 'radioizmeritelnyi', 'radioizmeritelniy', 'radioizmeritelnaya', 'radioizmeritelnoe', 'radioizmeritelnoye', 'radioizmeritelnye', 'radioizmeritelnyye', 'radioizmeritelnykh', 'radioizmeritelnogo', 'radioizmeritelnoy', 'radioizmeritelnoi'],
  ['radio components', 'radio parts', 'electronic components', 'radiodetali', 'radiodetaley', 'radiodetalei', 'radiokomponenty', 'radiokomponentov'],
  ['radar', 'radiolocation', 'radar systems', 'radiolokatsiya', 'radiolokatsii', 'radiolokatsionnyy', 'radiolokatsionnyi', 'radiolokatsionniy', 'radiolokatsionnaya', 'radiolokatsionnoe', 'radiolokatsionnoye', 'radiolokatsionnye', 'radiolokatsionnyye', 'radiolokatsionnykh', 'radiolokatsionnogo', 'radiolokatsionnoy', 'radiolokatsionnoi', 'radiolokator', 'radiolokatory', 'radiolokatorov'],
  ['radio navigation', 'radionavigation', 'radionavigatsiya', 'radionavigatsii', 'radionavigatsionnyy', 'radionavigatsionnyi', 'radionavigatsionniy', 'radionavigatsionnaya', 'radionavigatsionnoe', 'radionavigatsionnoye', 'radionavigatsionnye', 'radionavigatsionnyye', 'radionavigatsionnykh', 'radionavigatsionnogo', 'radionavigatsionnoy', 'radionavigatsionnoi'],
  ['radio communications', 'radio communication', 'radiosvyaz', 'radiosvyazi', 'radiosviaz'],
  ['radio station', 'radio stations', 'radiostantsiya', 'radiostantsii', 'radiostantsiy'],
  ['radio relay', 'radio-relay', 'radioreleynyy', 'radioreleynyi', 'radioreleyniy', 'radioreleynaya', 'radioreleynoe', 'radioreleynoye', 'radioreleynye', 'radioreleynyye', 'radioreleynykh', 'radioreleynogo', 'radioreleynoy', 'radioreleynoi', 'radioreleinyy', 'radioreleinyi', 'radioreleiniy', 'radioreleinaya', 'radioreleinoe', 'radioreleinoye', 'radioreleinye', 'radioreleinyye', 'radioreleinykh', 'radioreleinogo', 'radioreleinoy', 'radioreleinoi'],
  ['telecommunications', 'telecommunication', 'telecom', 'telekommunikatsii', 'telekommunikatsiya', 'telekommunikatsionnyy', 'telekommunikatsionnyi', 'telekommunikatsionniy', 'telekommunikatsionnaya', 'telekommunikatsionnoe', 'telekommunikatsionnoye', 'telekommunikatsionnye', 'telekommunikatsionnyye', 'telekommunikatsionnykh', 'telekommunikatsionnogo', 'telekommunikatsionnoy', 'telekommunikatsionnoi', 'elektrosvyaz', 'elektrosvyazi'],
  ['communications', 'communication', 'kommunikatsii', 'kommunikatsiya', 'kommunikatsiy', 'kommunikatsionnyy', 'kommunikatsionnyi', 'kommunikatsionniy', 'kommunikatsionnaya', 'kommunikatsionnoe', 'kommunikatsionnoye', 'kommunikatsionnye', 'kommunikatsionnyye', 'kommunikatsionnykh', 'kommunikatsionnogo', 'kommunikatsionnoy', 'kommunikatsionnoi'],
  ['cellular', 'mobile', 'sotovoy', 'sotovoi', 'sotovaya', 'sotovoe', 'sotovoye', 'sotovye', 'sotovyye', 'sotovykh', 'sotovogo'],
  ['wireless', 'besprovodnoy', 'besprovodnoi', 'besprovodnaya', 'besprovodnoe', 'besprovodnoye', 'besprovodnye', 'besprovodnyye', 'besprovodnykh', 'besprovodnogo'],
  ['fibre-optic', 'fiber-optic', 'fibre optic', 'fiber optic', 'optovolokonnyy', 'optovolokonnyi', 'optovolokonniy', 'optovolokonnaya', 'optovolokonnoe', 'optovolokonnoye', 'optovolokonnye', 'optovolokonnyye', 'optovolokonnykh', 'optovolokonnogo', 'optovolokonnoy', 'optovolokonnoi', 'volokonno-opticheskiy', 'volokonno-opticheskie', 'volokonno-opticheskikh', 'volokonno-opticheskaya'],
  ['transmitter', 'transmitters', 'transmitting', 'peredatchik', 'peredatchika', 'peredatchiki', 'peredatchikov', 'peredayushchiy', 'peredayushchii', 'peredayushchaya', 'peredayushchee', 'peredayushcheye', 'peredayushchie', 'peredayushchiye', 'peredayushchikh', 'peredayushchego', 'peredayushchey', 'peredayushchei'],
  ['receiver', 'receivers', 'priemnik', 'priemnika', 'priemniki', 'priemnikov', 'priyemnik', 'priyemniki'],
  ['transceiver', 'transceivers', 'priemoperedatchik', 'priemoperedatchiki', 'priemoperedatchikov', 'priyemoperedatchik'],
  ['telemetry', 'telemetric', 'telemetriya', 'telemetrii', 'telemetriia', 'telemetricheskiy', 'telemetricheskii', 'telemetricheskaya', 'telemetricheskoe', 'telemetricheskoye', 'telemetricheskie', 'telemetricheskiye', 'telemetricheskikh', 'telemetricheskogo', 'telemetricheskoy', 'telemetricheskoi'],
  ['frequency', 'frequencies', 'chastota', 'chastoty', 'chastot', 'chastotnyy', 'chastotnyi', 'chastotniy', 'chastotnaya', 'chastotnoe', 'chastotnoye', 'chastotnye', 'chastotnyye', 'chastotnykh', 'chastotnogo', 'chastotnoy', 'chastotnoi'],
  ['high-frequency', 'high frequency', 'vysokochastotnyy', 'vysokochastotnyi', 'vysokochastotniy', 'vysokochastotnaya', 'vysokochastotnoe', 'vysokochastotnoye', 'vysokochastotnye', 'vysokochastotnyye', 'vysokochastotnykh', 'vysokochastotnogo', 'vysokochastotnoy', 'vysokochastotnoi'],
  ['microwave', 'sverkhvysokochastotnyy', 'sverkhvysokochastotnyi', 'sverkhvysokochastotniy', 'sverkhvysokochastotnaya', 'sverkhvysokochastotnoe', 'sverkhvysokochastotnoye', 'sverkhvysokochastotnye', 'sverkhvysokochastotnyye', 'sverkhvysokochastotnykh', 'sverkhvysokochastotnogo', 'sverkhvysokochastotnoy', 'sverkhvysokochastotnoi'],
  ['electrovacuum', 'electro-vacuum', 'vacuum-tube', 'elektrovakuumnyy', 'elektrovakuumnyi', 'elektrovakuumniy', 'elektrovakuumnaya', 'elektrovakuumnoe', 'elektrovakuumnoye', 'elektrovakuumnye', 'elektrovakuumnyye', 'elektrovakuumnykh', 'elektrovakuumnogo', 'elektrovakuumnoy', 'elektrovakuumnoi'],
  ['integrated circuit', 'integrated circuits', 'microcircuit', 'microcircuits', 'microchip', 'microchips', 'mikroskhema', 'mikroskhemy', 'mikroskhem', 'integralnaya skhema', 'integralnye skhemy', 'integralnykh skhem'],
  ['integral', 'integrated', 'integralnyy', 'integralnyi', 'integralniy', 'integralnaya', 'integralnoe', 'integralnoye', 'integralnye', 'integralnyye', 'integralnykh', 'integralnogo', 'integralnoy', 'integralnoi'],
  ['circuit board', 'circuit boards', 'pechatnaya plata', 'pechatnye platy', 'pechatnykh plat'],
  ['capacitor', 'capacitors', 'condenser', 'condensers', 'kondensator', 'kondensatora', 'kondensatory', 'kondensatorov', 'kondensatornyy', 'kondensatornyi', 'kondensatorniy', 'kondensatornaya', 'kondensatornoe', 'kondensatornoye', 'kondensatornye', 'kondensatornyye', 'kondensatornykh', 'kondensatornogo', 'kondensatornoy', 'kondensatornoi'],
  ['resistor', 'resistors', 'rezistor', 'rezistora', 'rezistory', 'rezistorov'],
  ['connector', 'connectors', 'soedinitel', 'soediniteli', 'soediniteley', 'soedinitelei', 'soedinitelnyy', 'soedinitelnyi', 'soedinitelniy', 'soedinitelnaya', 'soedinitelnoe', 'soedinitelnoye', 'soedinitelnye', 'soedinitelnyye', 'soedinitelnykh', 'soedinitelnogo', 'soedinitelnoy', 'soedinitelnoi'],
  ['sensor', 'sensors', 'transducer', 'transducers', 'datchik', 'datchika', 'datchiki', 'datchikov'],
  ['meter', 'meters', 'counter', 'counters', 'schetchik', 'schetchika', 'schetchiki', 'schetchikov'],
  ['meter', 'meters', 'measuring instrument', 'gauge', 'izmeritel', 'izmeritelya', 'izmeriteli', 'izmeriteley', 'izmeritelei'],
  ['flowmeter', 'flowmeters', 'flow meter', 'raskhodomer', 'raskhodomera', 'raskhodomery', 'raskhodomerov'],
  ['control', 'monitoring', 'inspection', 'kontrol', 'kontrolya', 'kontrolnyy', 'kontrolnyi', 'kontrolniy', 'kontrolnaya', 'kontrolnoe', 'kontrolnoye', 'kontrolnye', 'kontrolnyye', 'kontrolnykh', 'kontrolnogo', 'kontrolnoy', 'kontrolnoi', 'kontrolno'],
  ['control', 'upravlenie', 'upravleniya', 'upravleniye'],
  ['regulator', 'regulators', 'controller', 'controllers', 'regulyator', 'regulyatora', 'regulyatory', 'regulyatorov', 'reguliator'],
  ['automatic', 'avtomaticheskiy', 'avtomaticheskii', 'avtomaticheskaya', 'avtomaticheskoe', 'avtomaticheskoye', 'avtomaticheskie', 'avtomaticheskiye', 'avtomaticheskikh', 'avtomaticheskogo', 'avtomaticheskoy', 'avtomaticheskoi'],
  ['telemechanics', 'remote control', 'telemekhanika', 'telemekhaniki'],
  ['gyroscope', 'gyroscopes', 'gyroscopic', 'gyro', 'giroskop', 'giroskopa', 'giroskopy', 'giroskopov', 'giroskopicheskiy', 'giroskopicheskii', 'giroskopicheskaya', 'giroskopicheskoe', 'giroskopicheskoye', 'giroskopicheskie', 'giroskopicheskiye', 'giroskopicheskikh', 'giroskopicheskogo', 'giroskopicheskoy', 'giroskopicheskoi'],
  ['inertial', 'inertsialnyy', 'inertsialnyi', 'inertsialniy', 'inertsialnaya', 'inertsialnoe', 'inertsialnoye', 'inertsialnye', 'inertsialnyye', 'inertsialnykh', 'inertsialnogo', 'inertsialnoy', 'inertsialnoi'],
  ['metrology', 'metrological', 'metrologiya', 'metrologii', 'metrologicheskiy', 'metrologicheskii', 'metrologicheskaya', 'metrologicheskoe', 'metrologicheskoye', 'metrologicheskie', 'metrologicheskiye', 'metrologicheskikh', 'metrologicheskogo', 'metrologicheskoy', 'metrologicheskoi'],
  ['computer', 'computers', 'kompyuter', 'kompyutera', 'kompyutery', 'kompyuterov', 'kompiuter', 'kompyuternyy', 'kompyuternyi', 'kompyuterniy', 'kompyuternaya', 'kompyuternoe', 'kompyuternoye', 'kompyuternye', 'kompyuternyye', 'kompyuternykh', 'kompyuternogo', 'kompyuternoy', 'kompyuternoi', 'kompiuternyy', 'kompiuternyi', 'kompiuterniy', 'kompiuternaya', 'kompiuternoe', 'kompiuternoye', 'kompiuternye', 'kompiuternyye', 'kompiuternykh', 'kompiuternogo', 'kompiuternoy', 'kompiuternoi'],
  ['cryptographic', 'cryptography', 'kriptografiya', 'kriptografii', 'kriptograficheskiy', 'kriptograficheskii', 'kriptograficheskaya', 'kriptograficheskoe', 'kriptograficheskoye', 'kriptograficheskie', 'kriptograficheskiye', 'kriptograficheskikh', 'kriptograficheskogo', 'kriptograficheskoy', 'kriptograficheskoi'],
  ['encryption', 'cipher', 'ciphering', 'shifrovanie', 'shifrovaniya', 'shifrovalnyy', 'shifrovalnyi', 'shifrovalniy', 'shifrovalnaya', 'shifrovalnoe', 'shifrovalnoye', 'shifrovalnye', 'shifrovalnyye', 'shifrovalnykh', 'shifrovalnogo', 'shifrovalnoy', 'shifrovalnoi'],
  ['cybernetics', 'cybernetic', 'kibernetika', 'kibernetiki', 'kiberneticheskiy', 'kiberneticheskii', 'kiberneticheskaya', 'kiberneticheskoe', 'kiberneticheskoye', 'kiberneticheskie', 'kiberneticheskiye', 'kiberneticheskikh', 'kiberneticheskogo', 'kiberneticheskoy', 'kiberneticheskoi'],
  ['robotics', 'robotic', 'robototekhnika', 'robototekhniki', 'robototekhnicheskiy', 'robototekhnicheskii', 'robototekhnicheskaya', 'robototekhnicheskoe', 'robototekhnicheskoye', 'robototekhnicheskie', 'robototekhnicheskiye', 'robototekhnicheskikh', 'robototekhnicheskogo', 'robototekhnicheskoy', 'robototekhnicheskoi'],
  ['artificial intelligence', 'iskusstvennyy intellekt', 'iskusstvennogo intellekta', 'iskusstvennyi intellekt'],
  ['artificial', 'synthetic', 'iskusstvennyy', 'iskusstvennyi', 'iskusstvenniy', 'iskusstvennaya', 'iskusstvennoe', 'iskusstvennoye', 'iskusstvennye', 'iskusstvennyye', 'iskusstvennykh', 'iskusstvennogo', 'iskusstvennoy', 'iskusstvennoi'],
  ['intelligent', 'smart', 'intellectual', 'intellektualnyy', 'intellektualnyi', 'intellektualniy', 'intellektualnaya', 'intellektualnoe', 'intellektualnoye', 'intellektualnye', 'intellektualnyye', 'intellektualnykh', 'intellektualnogo', 'intellektualnoy', 'intellektualnoi'],
  ['digital', 'tsifrovoy', 'tsifrovoi', 'tsifrovaya', 'tsifrovoe', 'tsifrovoye', 'tsifrovye', 'tsifrovyye', 'tsifrovykh', 'tsifrovogo'],
  ['screen', 'screens', 'display', 'displays', 'shielding', 'ekran', 'ekrana', 'ekrany', 'ekranov', 'ekrannyy', 'ekrannyi', 'ekranniy', 'ekrannaya', 'ekrannoe', 'ekrannoye', 'ekrannye', 'ekrannyye', 'ekrannykh', 'ekrannogo', 'ekrannoy', 'ekrannoi'],
  ['photodetector', 'photodetectors', 'photoreceiver', 'fotopriemnik', 'fotopriemniki', 'fotopriemnikov', 'fotopriyemnik'],
  ['optoelectronic', 'opto-electronic', 'optoelectronics', 'optoelektronika', 'optoelektroniki', 'optoelektronnyy', 'optoelektronnyi', 'optoelektronniy', 'optoelektronnaya', 'optoelektronnoe', 'optoelektronnoye', 'optoelektronnye', 'optoelektronnyye', 'optoelektronnykh', 'optoelektronnogo', 'optoelektronnoy', 'optoelektronnoi'],
  ['night', 'nochnoy', 'nochnoi', 'nochnaya', 'nochnoe', 'nochnoye', 'nochnye', 'nochnyye', 'nochnykh', 'nochnogo'],
  ['vision', 'viewing', 'videnie', 'videniya', 'videniye'],
  ['thermal imaging', 'thermal imager', 'thermal imagers', 'thermal-imaging', 'teplovizor', 'teplovizora', 'teplovizory', 'teplovizorov', 'teplovizionnyy', 'teplovizionnyi', 'teplovizionniy', 'teplovizionnaya', 'teplovizionnoe', 'teplovizionnoye', 'teplovizionnye', 'teplovizionnyye', 'teplovizionnykh', 'teplovizionnogo', 'teplovizionnoy', 'teplovizionnoi'],
  ['infrared', 'infra-red', 'infrakrasnyy', 'infrakrasnyi', 'infrakrasniy', 'infrakrasnaya', 'infrakrasnoe', 'infrakrasnoye', 'infrakrasnye', 'infrakrasnyye', 'infrakrasnykh', 'infrakrasnogo', 'infrakrasnoy', 'infrakrasnoi'],
  // Science, public bodies, finance, trade, transport, energy, services
  ['problem', 'problems', 'problema', 'problemy', 'problemnyy', 'problemnyi', 'problemniy', 'problemnaya', 'problemnoe', 'problemnoye', 'problemnye', 'problemnyye', 'problemnykh', 'problemnogo', 'problemnoy', 'problemnoi'],
  ['control', 'management', 'governance', 'upravlenie', 'upravleniye', 'upravleniya', 'upravleniia', 'upravlenii', 'upravleniy', 'upravleniyu', 'upravlencheskiy', 'upravlencheskii', 'upravlencheskaya', 'upravlencheskoe', 'upravlencheskoye', 'upravlencheskie', 'upravlencheskiye', 'upravlencheskikh', 'upravlencheskogo', 'upravlencheskoy', 'upravlencheskoi'],
  ['directorate', 'department', 'administration', 'office', 'upravlenie', 'upravleniye', 'upravleniya', 'upravleniia', 'upravlenii', 'upravleniy', 'upravleniyu', 'basqarma', 'basqarmasy', 'baskarma', 'baskarmasy'],
  ['mathematics', 'mathematical', 'maths', 'math', 'matematika', 'matematiki', 'matematik', 'matematicheskiy', 'matematicheskii', 'matematicheskaya', 'matematicheskoe', 'matematicheskoye', 'matematicheskie', 'matematicheskiye', 'matematicheskikh', 'matematicheskogo', 'matematicheskoy', 'matematicheskoi'],
  ['fundamental', 'fundamentalnyy', 'fundamentalnyi', 'fundamentalniy', 'fundamentalnaya', 'fundamentalnoe', 'fundamentalnoye', 'fundamentalnye', 'fundamentalnyye', 'fundamentalnykh', 'fundamentalnogo', 'fundamentalnoy', 'fundamentalnoi'],
  ['theoretical', 'theory', 'teoreticheskiy', 'teoreticheskii', 'teoreticheskaya', 'teoreticheskoe', 'teoreticheskoye', 'teoreticheskie', 'teoreticheskiye', 'teoreticheskikh', 'teoreticheskogo', 'teoreticheskoy', 'teoreticheskoi', 'teoriya', 'teoriia', 'teorii', 'teoriy', 'teoriyu'],
  ['cybernetics', 'cybernetic', 'kibernetika', 'kibernetiki', 'kiberneticheskiy', 'kiberneticheskii', 'kiberneticheskaya', 'kiberneticheskoe', 'kiberneticheskoye', 'kiberneticheskie', 'kiberneticheskiye', 'kiberneticheskikh', 'kiberneticheskogo', 'kiberneticheskoy', 'kiberneticheskoi'],
  ['informatics', 'computer science', 'informatika', 'informatiki'],
  ['computation', 'computations', 'computing', 'calculations', 'vychislenie', 'vychisleniye', 'vychisleniya', 'vychisleniia', 'vychislenii', 'vychisleniy', 'vychisleniyu'],
  ['computer', 'computers', 'computing', 'kompyuter', 'kompyutera', 'kompyutery', 'kompyuterov', 'kompiuter', 'kompiutera', 'kompiutery', 'kompiuterov', 'kompyuternyy', 'kompyuternyi', 'kompyuterniy', 'kompyuternaya', 'kompyuternoe', 'kompyuternoye', 'kompyuternye', 'kompyuternyye', 'kompyuternykh', 'kompyuternogo', 'kompyuternoy', 'kompyuternoi', 'kompiuternyy', 'kompiuternyi', 'kompiuterniy', 'kompiuternaya', 'kompiuternoe', 'kompiuternoye', 'kompiuternye', 'kompiuternyye', 'kompiuternykh', 'kompiuternogo', 'kompiuternoy', 'kompiuternoi'],
  ['biology', 'biological', 'biologiya', 'biologiia', 'biologii', 'biologiy', 'biologiyu', 'biologicheskiy', 'biologicheskii', 'biologicheskaya', 'biologicheskoe', 'biologicheskoye', 'biologicheskie', 'biologicheskiye', 'biologicheskikh', 'biologicheskogo', 'biologicheskoy', 'biologicheskoi'],
  ['biochemistry', 'biochemical', 'biokhimiya', 'biokhimiia', 'biokhimii', 'biokhimiy', 'biokhimiyu', 'biokhimicheskiy', 'biokhimicheskii', 'biokhimicheskaya', 'biokhimicheskoe', 'biokhimicheskoye', 'biokhimicheskie', 'biokhimicheskiye', 'biokhimicheskikh', 'biokhimicheskogo', 'biokhimicheskoy', 'biokhimicheskoi'],
  ['biophysics', 'biophysical', 'biofizika', 'biofiziki', 'biofizicheskiy', 'biofizicheskii', 'biofizicheskaya', 'biofizicheskoe', 'biofizicheskoye', 'biofizicheskie', 'biofizicheskiye', 'biofizicheskikh', 'biofizicheskogo', 'biofizicheskoy', 'biofizicheskoi'],
  ['geology', 'geological', 'geologiya', 'geologiia', 'geologii', 'geologiy', 'geologiyu', 'geologicheskiy', 'geologicheskii', 'geologicheskaya', 'geologicheskoe', 'geologicheskoye', 'geologicheskie', 'geologicheskiye', 'geologicheskikh', 'geologicheskogo', 'geologicheskoy', 'geologicheskoi'],
  ['geophysics', 'geophysical', 'geofizika', 'geofiziki', 'geofizicheskiy', 'geofizicheskii', 'geofizicheskaya', 'geofizicheskoe', 'geofizicheskoye', 'geofizicheskie', 'geofizicheskiye', 'geofizicheskikh', 'geofizicheskogo', 'geofizicheskoy', 'geofizicheskoi'],
  ['geography', 'geographical', 'geographic', 'geografiya', 'geografiia', 'geografii', 'geografiy', 'geografiyu', 'geograficheskiy', 'geograficheskii', 'geograficheskaya', 'geograficheskoe', 'geograficheskoye', 'geograficheskie', 'geograficheskiye', 'geograficheskikh', 'geograficheskogo', 'geograficheskoy', 'geograficheskoi'],
  ['astrophysics', 'astrophysical', 'astrofizika', 'astrofiziki', 'astrofizicheskiy', 'astrofizicheskii', 'astrofizicheskaya', 'astrofizicheskoe', 'astrofizicheskoye', 'astrofizicheskie', 'astrofizicheskiye', 'astrofizicheskikh', 'astrofizicheskogo', 'astrofizicheskoy', 'astrofizicheskoi'],
  ['ecology', 'ecological', 'environmental', 'ekologiya', 'ekologiia', 'ekologii', 'ekologiy', 'ekologiyu', 'ekologicheskiy', 'ekologicheskii', 'ekologicheskaya', 'ekologicheskoe', 'ekologicheskoye', 'ekologicheskie', 'ekologicheskiye', 'ekologicheskikh', 'ekologicheskogo', 'ekologicheskoy', 'ekologicheskoi'],
  ['economics', 'economy', 'economic', 'ekonomika', 'ekonomiki', 'ekonomicheskiy', 'ekonomicheskii', 'ekonomicheskaya', 'ekonomicheskoe', 'ekonomicheskoye', 'ekonomicheskie', 'ekonomicheskiye', 'ekonomicheskikh', 'ekonomicheskogo', 'ekonomicheskoy', 'ekonomicheskoi'],
  ['history', 'historical', 'historic', 'istoriya', 'istoriia', 'istorii', 'istoriy', 'istoriyu', 'istoricheskiy', 'istoricheskii', 'istoricheskaya', 'istoricheskoe', 'istoricheskoye', 'istoricheskie', 'istoricheskiye', 'istoricheskikh', 'istoricheskogo', 'istoricheskoy', 'istoricheskoi'],
  ['philosophy', 'philosophical', 'filosofiya', 'filosofiia', 'filosofii', 'filosofiy', 'filosofiyu', 'filosofskiy', 'filosofskii', 'filosofskaya', 'filosofskoe', 'filosofskoye', 'filosofskie', 'filosofskiye', 'filosofskikh', 'filosofskogo', 'filosofskoy', 'filosofskoi'],
  ['legal', 'right', 'rights', 'pravo', 'prava', 'prav', 'pravovoy', 'pravovoi', 'pravovaya', 'pravovoe', 'pravovoye', 'pravovye', 'pravovyye', 'pravovykh', 'pravovogo'],
  ['linguistics', 'linguistic', 'lingvistika', 'lingvistiki', 'lingvisticheskiy', 'lingvisticheskii', 'lingvisticheskaya', 'lingvisticheskoe', 'lingvisticheskoye', 'lingvisticheskie', 'lingvisticheskiye', 'lingvisticheskikh', 'lingvisticheskogo', 'lingvisticheskoy', 'lingvisticheskoi'],
  ['medicine', 'medical', 'meditsina', 'meditsiny'],
  ['polytechnic', 'polytechnical', 'politekhnicheskiy', 'politekhnicheskii', 'politekhnicheskaya', 'politekhnicheskoe', 'politekhnicheskoye', 'politekhnicheskie', 'politekhnicheskiye', 'politekhnicheskikh', 'politekhnicheskogo', 'politekhnicheskoy', 'politekhnicheskoi'],
  ['radio electronics', 'radioelectronics', 'radio-electronic', 'radioelectronic', 'radioelektronika', 'radioelektroniki', 'radioelektronnyy', 'radioelektronnyi', 'radioelektronniy', 'radioelektronnaya', 'radioelektronnoe', 'radioelektronnoye', 'radioelektronnye', 'radioelektronnyye', 'radioelektronnykh', 'radioelektronnogo', 'radioelektronnoy', 'radioelektronnoi'],
  ['thermal', 'heat', 'teplo', 'tepla', 'teplovoy', 'teplovoi', 'teplovaya', 'teplovoe', 'teplovoye', 'teplovye', 'teplovyye', 'teplovykh', 'teplovogo'],
  ['teploenergetika', 'teploenergetiki', 'teploenergeticheskiy', 'teploenergeticheskii', 'teploenergeticheskaya', 'teploenergeticheskoe', 'teploenergeticheskoye', 'teploenergeticheskie', 'teploenergeticheskiye', 'teploenergeticheskikh', 'teploenergeticheskogo', 'teploenergeticheskoy', 'teploenergeticheskoi'],
  ['materials science', 'materialovedenie', 'materialovedeniye', 'materialovedeniya', 'materialovedeniia', 'materialovedenii', 'materialovedeniy', 'materialovedeniyu'],
  ['metrology', 'metrological', 'metrologiya', 'metrologiia', 'metrologii', 'metrologiy', 'metrologiyu', 'metrologicheskiy', 'metrologicheskii', 'metrologicheskaya', 'metrologicheskoe', 'metrologicheskoye', 'metrologicheskie', 'metrologicheskiye', 'metrologicheskikh', 'metrologicheskogo', 'metrologicheskoy', 'metrologicheskoi'],
  ['standardization', 'standardisation', 'standartizatsiya', 'standartizatsiia', 'standartizatsii', 'standartizatsiy', 'standartizatsiyu'],
  ['standard', 'standards', 'standart', 'standarta', 'standarty', 'standartov', 'standartnyy', 'standartnyi', 'standartniy', 'standartnaya', 'standartnoe', 'standartnoye', 'standartnye', 'standartnyye', 'standartnykh', 'standartnogo', 'standartnoy', 'standartnoi'],
  ['certification', 'sertifikatsiya', 'sertifikatsiia', 'sertifikatsii', 'sertifikatsiy', 'sertifikatsiyu', 'sertifikatsionnyy', 'sertifikatsionnyi', 'sertifikatsionniy', 'sertifikatsionnaya', 'sertifikatsionnoe', 'sertifikatsionnoye', 'sertifikatsionnye', 'sertifikatsionnyye', 'sertifikatsionnykh', 'sertifikatsionnogo', 'sertifikatsionnoy', 'sertifikatsionnoi'],
  ['analysis', 'analytical', 'analytics', 'analytic', 'analiz', 'analiza', 'analizy', 'analizov', 'analitika', 'analitiki', 'analiticheskiy', 'analiticheskii', 'analiticheskaya', 'analiticheskoe', 'analiticheskoye', 'analiticheskie', 'analiticheskiye', 'analiticheskikh', 'analiticheskogo', 'analiticheskoy', 'analiticheskoi'],
  ['forecasting', 'forecast', 'forecasts', 'prognozirovanie', 'prognozirovaniye', 'prognozirovaniya', 'prognozirovaniia', 'prognozirovanii', 'prognozirovaniy', 'prognozirovaniyu', 'prognoz', 'prognoza', 'prognozy', 'prognozov'],
  ['modelling', 'modeling', 'simulation', 'modelirovanie', 'modelirovaniye', 'modelirovaniya', 'modelirovaniia', 'modelirovanii', 'modelirovaniy', 'modelirovaniyu'],
  ['program', 'programme', 'programs', 'programmes', 'software', 'programma', 'programm', 'programmnyy', 'programmnyi', 'programmniy', 'programmnaya', 'programmnoe', 'programmnoye', 'programmnye', 'programmnyye', 'programmnykh', 'programmnogo', 'programmnoy', 'programmnoi'],
  ['software', 'programmnoe obespechenie', 'programmnogo obespecheniya', 'programmnoye obespecheniye'],
  ['support', 'provision', 'supply', 'maintenance', 'obespechenie', 'obespecheniye', 'obespecheniya', 'obespecheniia', 'obespechenii', 'obespecheniy', 'obespecheniyu'],
  ['laboratory', 'laboratories', 'laboratoriya', 'laboratoriia', 'laboratorii', 'laboratoriy', 'laboratoriyu', 'laboratornyy', 'laboratornyi', 'laboratorniy', 'laboratornaya', 'laboratornoe', 'laboratornoye', 'laboratornye', 'laboratornyye', 'laboratornykh', 'laboratornogo', 'laboratornoy', 'laboratornoi'],
  ['observatory', 'observatoriya', 'observatoriia', 'observatorii', 'observatoriy', 'observatoriyu'],
  ['station', 'stations', 'stantsiya', 'stantsiia', 'stantsii', 'stantsiy', 'stantsiyu'],
  ['expedition', 'expeditions', 'ekspeditsiya', 'ekspeditsiia', 'ekspeditsii', 'ekspeditsiy', 'ekspeditsiyu'],
  ['library', 'libraries', 'biblioteka', 'biblioteki', 'bibliotek', 'bibliotechnyy', 'bibliotechnyi', 'bibliotechniy', 'bibliotechnaya', 'bibliotechnoe', 'bibliotechnoye', 'bibliotechnye', 'bibliotechnyye', 'bibliotechnykh', 'bibliotechnogo', 'bibliotechnoy', 'bibliotechnoi'],
  ['archive', 'archives', 'archival', 'arkhiv', 'arkhiva', 'arkhivy', 'arkhivov', 'arkhivnyy', 'arkhivnyi', 'arkhivniy', 'arkhivnaya', 'arkhivnoe', 'arkhivnoye', 'arkhivnye', 'arkhivnyye', 'arkhivnykh', 'arkhivnogo', 'arkhivnoy', 'arkhivnoi'],
  ['development', 'developments', 'design', 'razrabotka', 'razrabotki', 'razrabotok'],
  ['developer', 'developers', 'razrabotchik', 'razrabotchika', 'razrabotchiki', 'razrabotchikov'],
  ['technopark', 'technology park', 'tekhnopark', 'tekhnoparka', 'tekhnoparki', 'tekhnoparkov'],
  ['complex', 'complexes', 'kompleks', 'kompleksa', 'kompleksy', 'kompleksov'],
  ['integrated', 'comprehensive', 'complex', 'kompleksnyy', 'kompleksnyi', 'kompleksniy', 'kompleksnaya', 'kompleksnoe', 'kompleksnoye', 'kompleksnye', 'kompleksnyye', 'kompleksnykh', 'kompleksnogo', 'kompleksnoy', 'kompleksnoi'],
  ['system', 'systems', 'systemic', 'sistemnyy', 'sistemnyi', 'sistemniy', 'sistemnaya', 'sistemnoe', 'sistemnoye', 'sistemnye', 'sistemnyye', 'sistemnykh', 'sistemnogo', 'sistemnoy', 'sistemnoi'],
  ['robotics', 'robototekhnika', 'robototekhniki'],
  ['intelligence', 'intelligent', 'intellectual', 'intellekt', 'intellekta', 'intellekty', 'intellektov', 'intellektualnyy', 'intellektualnyi', 'intellektualniy', 'intellektualnaya', 'intellektualnoe', 'intellektualnoye', 'intellektualnye', 'intellektualnyye', 'intellektualnykh', 'intellektualnogo', 'intellektualnoy', 'intellektualnoi'],
  ['data', 'dannykh', 'dannyh'],
  ['digital', 'tsifrovoy', 'tsifrovoi', 'tsifrovaya', 'tsifrovoe', 'tsifrovoye', 'tsifrovye', 'tsifrovyye', 'tsifrovykh', 'tsifrovogo'],
  ['network', 'networks', 'grid', 'grids', 'seti', 'setey', 'setei', 'setevoy', 'setevoi', 'setevaya', 'setevoe', 'setevoye', 'setevye', 'setevyye', 'setevykh', 'setevogo'],
  ['satellite', 'satellites', 'sputnik', 'sputnika', 'sputniki', 'sputnikov', 'sputnikovyy', 'sputnikovyi', 'sputnikoviy', 'sputnikovaya', 'sputnikovoe', 'sputnikovoye', 'sputnikovye', 'sputnikovyye', 'sputnikovykh', 'sputnikovogo', 'sputnikovoy', 'sputnikovoi'],
  ['telecommunications', 'telecommunication', 'telecom', 'telekommunikatsiya', 'telekommunikatsiia', 'telekommunikatsii', 'telekommunikatsiy', 'telekommunikatsiyu', 'telekommunikatsionnyy', 'telekommunikatsionnyi', 'telekommunikatsionniy', 'telekommunikatsionnaya', 'telekommunikatsionnoe', 'telekommunikatsionnoye', 'telekommunikatsionnye', 'telekommunikatsionnyye', 'telekommunikatsionnykh', 'telekommunikatsionnogo', 'telekommunikatsionnoy', 'telekommunikatsionnoi'],
  ['communications', 'communication', 'kommunikatsiya', 'kommunikatsiia', 'kommunikatsii', 'kommunikatsiy', 'kommunikatsiyu', 'kommunikatsionnyy', 'kommunikatsionnyi', 'kommunikatsionniy', 'kommunikatsionnaya', 'kommunikatsionnoe', 'kommunikatsionnoye', 'kommunikatsionnye', 'kommunikatsionnyye', 'kommunikatsionnykh', 'kommunikatsionnogo', 'kommunikatsionnoy', 'kommunikatsionnoi'],
  ['cryptography', 'cryptographic', 'kriptografiya', 'kriptografiia', 'kriptografii', 'kriptografiy', 'kriptografiyu', 'kriptograficheskiy', 'kriptograficheskii', 'kriptograficheskaya', 'kriptograficheskoe', 'kriptograficheskoye', 'kriptograficheskie', 'kriptograficheskiye', 'kriptograficheskikh', 'kriptograficheskogo', 'kriptograficheskoy', 'kriptograficheskoi'],
  ['solution', 'solutions', 'reshenie', 'resheniye', 'resheniya', 'resheniia', 'reshenii', 'resheniy', 'resheniyu'],
  ['integrator', 'integrators', 'integratora', 'integratory', 'integratorov'],
  ['meteorology', 'meteorological', 'meteorologiya', 'meteorologiia', 'meteorologii', 'meteorologiy', 'meteorologiyu', 'meteorologicheskiy', 'meteorologicheskii', 'meteorologicheskaya', 'meteorologicheskoe', 'meteorologicheskoye', 'meteorologicheskie', 'meteorologicheskiye', 'meteorologicheskikh', 'meteorologicheskogo', 'meteorologicheskoy', 'meteorologicheskoi'],
  ['hydrometeorology', 'hydrometeorological', 'gidrometeorologiya', 'gidrometeorologiia', 'gidrometeorologii', 'gidrometeorologiy', 'gidrometeorologiyu', 'gidrometeorologicheskiy', 'gidrometeorologicheskii', 'gidrometeorologicheskaya', 'gidrometeorologicheskoe', 'gidrometeorologicheskoye', 'gidrometeorologicheskie', 'gidrometeorologicheskiye', 'gidrometeorologicheskikh', 'gidrometeorologicheskogo', 'gidrometeorologicheskoy', 'gidrometeorologicheskoi'],
  ['oceanology', 'oceanography', 'oceanological', 'oceanographic', 'okeanologiya', 'okeanologiia', 'okeanologii', 'okeanologiy', 'okeanologiyu', 'okeanologicheskiy', 'okeanologicheskii', 'okeanologicheskaya', 'okeanologicheskoe', 'okeanologicheskoye', 'okeanologicheskie', 'okeanologicheskiye', 'okeanologicheskikh', 'okeanologicheskogo', 'okeanologicheskoy', 'okeanologicheskoi', 'okeanograficheskiy', 'okeanograficheskii', 'okeanograficheskaya', 'okeanograficheskoe', 'okeanograficheskoye', 'okeanograficheskie', 'okeanograficheskiye', 'okeanograficheskikh', 'okeanograficheskogo', 'okeanograficheskoy', 'okeanograficheskoi'],
  ['veterinary', 'veterinarnyy', 'veterinarnyi', 'veterinarniy', 'veterinarnaya', 'veterinarnoe', 'veterinarnoye', 'veterinarnye', 'veterinarnyye', 'veterinarnykh', 'veterinarnogo', 'veterinarnoy', 'veterinarnoi', 'veterinariya', 'veterinariia', 'veterinarii', 'veterinariy', 'veterinariyu'],
  ['agrarian', 'agricultural', 'agrarnyy', 'agrarnyi', 'agrarniy', 'agrarnaya', 'agrarnoe', 'agrarnoye', 'agrarnye', 'agrarnyye', 'agrarnykh', 'agrarnogo', 'agrarnoy', 'agrarnoi'],
  ['forest', 'forestry', 'forests', 'lesnoy', 'lesnoi', 'lesnaya', 'lesnoe', 'lesnoye', 'lesnye', 'lesnyye', 'lesnykh', 'lesnogo'],
  ['forestry', 'lesokhozyaystvennyy', 'lesokhozyaystvennyi', 'lesokhozyaystvenniy', 'lesokhozyaystvennaya', 'lesokhozyaystvennoe', 'lesokhozyaystvennoye', 'lesokhozyaystvennye', 'lesokhozyaystvennyye', 'lesokhozyaystvennykh', 'lesokhozyaystvennogo', 'lesokhozyaystvennoy', 'lesokhozyaystvennoi', 'lesnoe khozyaystvo', 'lesnogo khozyaystva', 'lesnoye khozyaystvo'],
  ['spectroscopy', 'spectroscopic', 'spektroskopiya', 'spektroskopiia', 'spektroskopii', 'spektroskopiy', 'spektroskopiyu'],
  ['crystallography', 'kristallografiya', 'kristallografiia', 'kristallografii', 'kristallografiy', 'kristallografiyu'],
  ['polymer', 'polymers', 'polymeric', 'polimer', 'polimera', 'polimery', 'polimerov', 'polimernyy', 'polimernyi', 'polimerniy', 'polimernaya', 'polimernoe', 'polimernoye', 'polimernye', 'polimernyye', 'polimernykh', 'polimernogo', 'polimernoy', 'polimernoi'],
  ['organic', 'organicheskiy', 'organicheskii', 'organicheskaya', 'organicheskoe', 'organicheskoye', 'organicheskie', 'organicheskiye', 'organicheskikh', 'organicheskogo', 'organicheskoy', 'organicheskoi'],
  ['inorganic', 'neorganicheskiy', 'neorganicheskii', 'neorganicheskaya', 'neorganicheskoe', 'neorganicheskoye', 'neorganicheskie', 'neorganicheskiye', 'neorganicheskikh', 'neorganicheskogo', 'neorganicheskoy', 'neorganicheskoi'],
  ['hydrodynamics', 'hydrodynamic', 'gidrodinamika', 'gidrodinamiki', 'gidrodinamicheskiy', 'gidrodinamicheskii', 'gidrodinamicheskaya', 'gidrodinamicheskoe', 'gidrodinamicheskoye', 'gidrodinamicheskie', 'gidrodinamicheskiye', 'gidrodinamicheskikh', 'gidrodinamicheskogo', 'gidrodinamicheskoy', 'gidrodinamicheskoi'],
  ['thermophysics', 'thermal physics', 'teplofizika', 'teplofiziki', 'teplofizicheskiy', 'teplofizicheskii', 'teplofizicheskaya', 'teplofizicheskoe', 'teplofizicheskoye', 'teplofizicheskie', 'teplofizicheskiye', 'teplofizicheskikh', 'teplofizicheskogo', 'teplofizicheskoy', 'teplofizicheskoi'],
  ['electrical engineering', 'electrotechnical', 'electrotechnics', 'elektrotekhnika', 'elektrotekhniki', 'elektrotekhnicheskiy', 'elektrotekhnicheskii', 'elektrotekhnicheskaya', 'elektrotekhnicheskoe', 'elektrotekhnicheskoye', 'elektrotekhnicheskie', 'elektrotekhnicheskiye', 'elektrotekhnicheskikh', 'elektrotekhnicheskogo', 'elektrotekhnicheskoy', 'elektrotekhnicheskoi'],
  ['acoustics', 'acoustic', 'acoustical', 'akustika', 'akustiki', 'akusticheskiy', 'akusticheskii', 'akusticheskaya', 'akusticheskoe', 'akusticheskoye', 'akusticheskie', 'akusticheskiye', 'akusticheskikh', 'akusticheskogo', 'akusticheskoy', 'akusticheskoi'],
  ['environment', 'medium', 'sreda', 'sredy'],
  ['nature', 'priroda', 'prirody'],
  ['climate', 'climatic', 'klimat', 'klimata', 'klimaty', 'klimatov', 'klimaticheskiy', 'klimaticheskii', 'klimaticheskaya', 'klimaticheskoe', 'klimaticheskoye', 'klimaticheskie', 'klimaticheskiye', 'klimaticheskikh', 'klimaticheskogo', 'klimaticheskoy', 'klimaticheskoi'],
  ['earth', 'zemlya', 'zemli', 'zemlia'],
  ['land', 'lands', 'landed', 'zemlya', 'zemli', 'zemlia', 'zemel', 'zemelnyy', 'zemelnyi', 'zemelniy', 'zemelnaya', 'zemelnoe', 'zemelnoye', 'zemelnye', 'zemelnyye', 'zemelnykh', 'zemelnogo', 'zemelnoy', 'zemelnoi'],
  ['ocean', 'oceans', 'oceanic', 'okean', 'okeana', 'okeany', 'okeanov', 'okeanicheskiy', 'okeanicheskii', 'okeanicheskaya', 'okeanicheskoe', 'okeanicheskoye', 'okeanicheskie', 'okeanicheskiye', 'okeanicheskikh', 'okeanicheskogo', 'okeanicheskoy', 'okeanicheskoi'],
  ['sociology', 'sociological', 'social studies', 'sotsiologiya', 'sotsiologiia', 'sotsiologii', 'sotsiologiy', 'sotsiologiyu', 'sotsiologicheskiy', 'sotsiologicheskii', 'sotsiologicheskaya', 'sotsiologicheskoe', 'sotsiologicheskoye', 'sotsiologicheskie', 'sotsiologicheskiye', 'sotsiologicheskikh', 'sotsiologicheskogo', 'sotsiologicheskoy', 'sotsiologicheskoi'],
  ['psychology', 'psychological', 'psikhologiya', 'psikhologiia', 'psikhologii', 'psikhologiy', 'psikhologiyu', 'psikhologicheskiy', 'psikhologicheskii', 'psikhologicheskaya', 'psikhologicheskoe', 'psikhologicheskoye', 'psikhologicheskie', 'psikhologicheskiye', 'psikhologicheskikh', 'psikhologicheskogo', 'psikhologicheskoy', 'psikhologicheskoi'],
  ['relations', 'otnosheniya', 'otnosheniy', 'otnoshenii', 'otnosheniia', 'otnosheniye', 'otnoshenie'],
  ['economy', 'facilities', 'khozyaystvo', 'khozyaystva', 'khoziaistvo', 'khoziaistva', 'khozaystvo'],
  ['genetics', 'genetic', 'genetika', 'genetiki', 'geneticheskiy', 'geneticheskii', 'geneticheskaya', 'geneticheskoe', 'geneticheskoye', 'geneticheskie', 'geneticheskiye', 'geneticheskikh', 'geneticheskogo', 'geneticheskoy', 'geneticheskoi'],
  ['nanotechnology', 'nanotechnologies', 'nanotekhnologiya', 'nanotekhnologiia', 'nanotekhnologii', 'nanotekhnologiy', 'nanotekhnologiyu'],
  ['knowledge-intensive', 'science-intensive', 'high-tech', 'naukoemkiy', 'naukoemkii', 'naukoemkaya', 'naukoemkoe', 'naukoemkoye', 'naukoemkie', 'naukoemkiye', 'naukoemkikh', 'naukoemkogo', 'naukoemkoy', 'naukoemkoi', 'naukoyemkiy', 'naukoyemkii', 'naukoyemkaya', 'naukoyemkoe', 'naukoyemkoye', 'naukoyemkie', 'naukoyemkiye', 'naukoyemkikh', 'naukoyemkogo', 'naukoyemkoy', 'naukoyemkoi'],
  ['high technology', 'high-tech', 'high-technology', 'vysokotekhnologichnyy', 'vysokotekhnologichnyi', 'vysokotekhnologichniy', 'vysokotekhnologichnaya', 'vysokotekhnologichnoe', 'vysokotekhnologichnoye', 'vysokotekhnologichnye', 'vysokotekhnologichnyye', 'vysokotekhnologichnykh', 'vysokotekhnologichnogo', 'vysokotekhnologichnoy', 'vysokotekhnologichnoi'],
  ['high', 'vysokiy', 'vysokii', 'vysokaya', 'vysokoe', 'vysokoye', 'vysokie', 'vysokiye', 'vysokikh', 'vysokogo', 'vysokoy', 'vysokoi'],
  ['higher', 'vysshiy', 'vysshii', 'vysshaya', 'vysshee', 'vyssheye', 'vysshie', 'vysshiye', 'vysshikh', 'vysshego', 'vysshey', 'vysshei'],
  ['supreme', 'verkhovnyy', 'verkhovnyi', 'verkhovniy', 'verkhovnaya', 'verkhovnoe', 'verkhovnoye', 'verkhovnye', 'verkhovnyye', 'verkhovnykh', 'verkhovnogo', 'verkhovnoy', 'verkhovnoi', 'vysshiy', 'vysshii', 'vysshaya', 'vysshee', 'vyssheye', 'vysshie', 'vysshiye', 'vysshikh', 'vysshego', 'vysshey', 'vysshei'],
  ['school', 'schools', 'shkola', 'shkoly', 'shkol', 'shkolnyy', 'shkolnyi', 'shkolniy', 'shkolnaya', 'shkolnoe', 'shkolnoye', 'shkolnye', 'shkolnyye', 'shkolnykh', 'shkolnogo', 'shkolnoy', 'shkolnoi', 'mektep', 'mektebi'],
  ['college', 'school', 'uchilishche', 'uchilishcha', 'uchilishch'],
  ['college', 'colleges', 'kolledzh', 'kolledzha', 'kolledzhi', 'kolledzhey'],
  ['faculty', 'faculties', 'fakultet', 'fakulteta', 'fakultety', 'fakultetov'],
  ['department', 'chair', 'kafedra', 'kafedry', 'kafedr'],
  ['education', 'educational', 'obrazovanie', 'obrazovaniye', 'obrazovaniya', 'obrazovaniia', 'obrazovanii', 'obrazovaniy', 'obrazovaniyu', 'obrazovatelnyy', 'obrazovatelnyi', 'obrazovatelniy', 'obrazovatelnaya', 'obrazovatelnoe', 'obrazovatelnoye', 'obrazovatelnye', 'obrazovatelnyye', 'obrazovatelnykh', 'obrazovatelnogo', 'obrazovatelnoy', 'obrazovatelnoi', 'bilim', 'bilim beru'],
  ['training', 'podgotovka', 'podgotovki', 'podgotovok'],
  ['professional', 'vocational', 'professionalnyy', 'professionalnyi', 'professionalniy', 'professionalnaya', 'professionalnoe', 'professionalnoye', 'professionalnye', 'professionalnyye', 'professionalnykh', 'professionalnogo', 'professionalnoy', 'professionalnoi'],
  ['pedagogical', 'pedagogic', 'pedagogy', 'teacher training', 'pedagogicheskiy', 'pedagogicheskii', 'pedagogicheskaya', 'pedagogicheskoe', 'pedagogicheskoye', 'pedagogicheskie', 'pedagogicheskiye', 'pedagogicheskikh', 'pedagogicheskogo', 'pedagogicheskoy', 'pedagogicheskoi', 'pedagogika', 'pedagogiki'],
  ['training', 'educational', 'teaching', 'uchebnyy', 'uchebnyi', 'uchebniy', 'uchebnaya', 'uchebnoe', 'uchebnoye', 'uchebnye', 'uchebnyye', 'uchebnykh', 'uchebnogo', 'uchebnoy', 'uchebnoi'],
  ['qualification', 'qualifications', 'kvalifikatsiya', 'kvalifikatsiia', 'kvalifikatsii', 'kvalifikatsiy', 'kvalifikatsiyu'],
  ['student', 'students', 'studenta', 'studenty', 'studentov', 'studencheskiy', 'studencheskii', 'studencheskaya', 'studencheskoe', 'studencheskoye', 'studencheskie', 'studencheskiye', 'studencheskikh', 'studencheskogo', 'studencheskoy', 'studencheskoi'],
  ['cadet', 'cadets', 'kadet', 'kadeta', 'kadety', 'kadetov', 'kadetskiy', 'kadetskii', 'kadetskaya', 'kadetskoe', 'kadetskoye', 'kadetskie', 'kadetskiye', 'kadetskikh', 'kadetskogo', 'kadetskoy', 'kadetskoi'],
  ['knowledge', 'znanie', 'znaniye', 'znaniya', 'znaniia', 'znanii', 'znaniy', 'znaniyu'],
  ['enlightenment', 'education', 'prosveshchenie', 'prosveshcheniye', 'prosveshcheniya', 'prosveshcheniia', 'prosveshchenii', 'prosveshcheniy', 'prosveshcheniyu'],
  ['academic', 'akademicheskiy', 'akademicheskii', 'akademicheskaya', 'akademicheskoe', 'akademicheskoye', 'akademicheskie', 'akademicheskiye', 'akademicheskikh', 'akademicheskogo', 'akademicheskoy', 'akademicheskoi'],
  ['university', 'universitetskiy', 'universitetskii', 'universitetskaya', 'universitetskoe', 'universitetskoye', 'universitetskie', 'universitetskiye', 'universitetskikh', 'universitetskogo', 'universitetskoy', 'universitetskoi'],
  ['service', 'services', 'sluzhba', 'sluzhby', 'sluzhb'],
  ['department', 'departments', 'departament', 'departamenta', 'departamenty', 'departamentov'],
  ['department', 'division', 'section', 'otdel', 'otdela', 'otdely', 'otdelov'],
  ['branch', 'division', 'department', 'office', 'otdelenie', 'otdeleniye', 'otdeleniya', 'otdeleniia', 'otdelenii', 'otdeleniy', 'otdeleniyu'],
  ['subdivision', 'division', 'podrazdelenie', 'podrazdeleniye', 'podrazdeleniya', 'podrazdeleniia', 'podrazdelenii', 'podrazdeleniy', 'podrazdeleniyu'],
  ['administration', 'administrative', 'administratsiya', 'administratsiia', 'administratsii', 'administratsiy', 'administratsiyu', 'administrativnyy', 'administrativnyi', 'administrativniy', 'administrativnaya', 'administrativnoe', 'administrativnoye', 'administrativnye', 'administrativnyye', 'administrativnykh', 'administrativnogo', 'administrativnoy', 'administrativnoi'],
  ['inspectorate', 'inspection', 'inspektsiya', 'inspektsiia', 'inspektsii', 'inspektsiy', 'inspektsiyu'],
  ['supervision', 'oversight', 'inspection', 'nadzor', 'nadzora', 'nadzory', 'nadzorov', 'nadzornyy', 'nadzornyi', 'nadzorniy', 'nadzornaya', 'nadzornoe', 'nadzornoye', 'nadzornye', 'nadzornyye', 'nadzornykh', 'nadzornogo', 'nadzornoy', 'nadzornoi'],
  ['control', 'monitoring', 'inspection', 'kontrol', 'kontrolya', 'kontrolia', 'kontrolnyy', 'kontrolnyi', 'kontrolniy', 'kontrolnaya', 'kontrolnoe', 'kontrolnoye', 'kontrolnye', 'kontrolnyye', 'kontrolnykh', 'kontrolnogo', 'kontrolnoy', 'kontrolnoi'],
  ['commission', 'commissions', 'komissiya', 'komissiia', 'komissii', 'komissiy', 'komissiyu'],
  ['government', 'governmental', 'pravitelstvo', 'pravitelstva', 'pravitelstvennyy', 'pravitelstvennyi', 'pravitelstvenniy', 'pravitelstvennaya', 'pravitelstvennoe', 'pravitelstvennoye', 'pravitelstvennye', 'pravitelstvennyye', 'pravitelstvennykh', 'pravitelstvennogo', 'pravitelstvennoy', 'pravitelstvennoi'],
  ['president', 'presidential', 'prezident', 'prezidenta', 'prezidenty', 'prezidentov', 'prezidentskiy', 'prezidentskii', 'prezidentskaya', 'prezidentskoe', 'prezidentskoye', 'prezidentskie', 'prezidentskiye', 'prezidentskikh', 'prezidentskogo', 'prezidentskoy', 'prezidentskoi'],
  ['assembly', 'sobranie', 'sobraniye', 'sobraniya', 'sobraniia', 'sobranii', 'sobraniy', 'sobraniyu'],
  ['chamber', 'chambers', 'palata', 'palaty', 'palat'],
  ['executive', 'ispolnitelnyy', 'ispolnitelnyi', 'ispolnitelniy', 'ispolnitelnaya', 'ispolnitelnoe', 'ispolnitelnoye', 'ispolnitelnye', 'ispolnitelnyye', 'ispolnitelnykh', 'ispolnitelnogo', 'ispolnitelnoy', 'ispolnitelnoi'],
  ['judicial', 'court', 'sudebnyy', 'sudebnyi', 'sudebniy', 'sudebnaya', 'sudebnoe', 'sudebnoye', 'sudebnye', 'sudebnyye', 'sudebnykh', 'sudebnogo', 'sudebnoy', 'sudebnoi'],
  ['arbitration', 'arbitrazh', 'commercial court', 'arbitrazha', 'arbitrazhi', 'arbitrazhey', 'arbitrazhnyy', 'arbitrazhnyi', 'arbitrazhniy', 'arbitrazhnaya', 'arbitrazhnoe', 'arbitrazhnoye', 'arbitrazhnye', 'arbitrazhnyye', 'arbitrazhnykh', 'arbitrazhnogo', 'arbitrazhnoy', 'arbitrazhnoi'],
  ['prosecutor', 'prosecution', 'procuracy', 'prosecutors', 'prokuratura', 'prokuratury', 'prokuror', 'prokurora', 'prokurory', 'prokurorov', 'prokurorskiy', 'prokurorskii', 'prokurorskaya', 'prokurorskoe', 'prokurorskoye', 'prokurorskie', 'prokurorskiye', 'prokurorskikh', 'prokurorskogo', 'prokurorskoy', 'prokurorskoi'],
  ['investigative', 'investigation', 'investigations', 'sledstvennyy', 'sledstvennyi', 'sledstvenniy', 'sledstvennaya', 'sledstvennoe', 'sledstvennoye', 'sledstvennye', 'sledstvennyye', 'sledstvennykh', 'sledstvennogo', 'sledstvennoy', 'sledstvennoi', 'sledstvie', 'sledstviye', 'sledstviya', 'sledstviia', 'sledstvii', 'sledstviy', 'sledstviyu'],
  ['police', 'politsiya', 'politsiia', 'politsii', 'politsiy', 'politsiyu', 'politseyskiy', 'politseyskii', 'politseyskaya', 'politseyskoe', 'politseyskoye', 'politseyskie', 'politseyskiye', 'politseyskikh', 'politseyskogo', 'politseyskoy', 'politseyskoi', 'politseiskiy', 'politseiskii', 'politseiskaya', 'politseiskoe', 'politseiskoye', 'politseiskie', 'politseiskiye', 'politseiskikh', 'politseiskogo', 'politseiskoy', 'politseiskoi'],
  ['militia', 'police', 'militsiya', 'militsiia', 'militsii', 'militsiy', 'militsiyu', 'militseyskiy', 'militseyskii', 'militseyskaya', 'militseyskoe', 'militseyskoye', 'militseyskie', 'militseyskiye', 'militseyskikh', 'militseyskogo', 'militseyskoy', 'militseyskoi'],
  ['penitentiary', 'penitentsiarnyy', 'penitentsiarnyi', 'penitentsiarniy', 'penitentsiarnaya', 'penitentsiarnoe', 'penitentsiarnoye', 'penitentsiarnye', 'penitentsiarnyye', 'penitentsiarnykh', 'penitentsiarnogo', 'penitentsiarnoy', 'penitentsiarnoi'],
  ['correctional', 'corrective', 'ispravitelnyy', 'ispravitelnyi', 'ispravitelniy', 'ispravitelnaya', 'ispravitelnoe', 'ispravitelnoye', 'ispravitelnye', 'ispravitelnyye', 'ispravitelnykh', 'ispravitelnogo', 'ispravitelnoy', 'ispravitelnoi'],
  ['colony', 'penal colony', 'koloniya', 'koloniia', 'kolonii', 'koloniy', 'koloniyu'],
  ['prison', 'prisons', 'tyurma', 'tyurmy', 'tyurem', 'tiurma', 'tyuremnyy', 'tyuremnyi', 'tyuremniy', 'tyuremnaya', 'tyuremnoe', 'tyuremnoye', 'tyuremnye', 'tyuremnyye', 'tyuremnykh', 'tyuremnogo', 'tyuremnoy', 'tyuremnoi'],
  ['punishment', 'punishments', 'sentences', 'nakazanie', 'nakazaniye', 'nakazaniya', 'nakazaniia', 'nakazanii', 'nakazaniy', 'nakazaniyu'],
  ['execution', 'enforcement', 'implementation', 'ispolnenie', 'ispolneniye', 'ispolneniya', 'ispolneniia', 'ispolnenii', 'ispolneniy', 'ispolneniyu'],
  ['bailiff', 'bailiffs', 'pristav', 'pristava', 'pristavy', 'pristavov'],
  ['customs', 'tamozhnya', 'tamozhni', 'tamozhen', 'tamozhnia', 'tamozhennyy', 'tamozhennyi', 'tamozhenniy', 'tamozhennaya', 'tamozhennoe', 'tamozhennoye', 'tamozhennye', 'tamozhennyye', 'tamozhennykh', 'tamozhennogo', 'tamozhennoy', 'tamozhennoi', 'keden', 'kedendik'],
  ['border', 'frontier', 'borders', 'granitsa', 'granitsy', 'granits', 'pogranichnyy', 'pogranichnyi', 'pogranichniy', 'pogranichnaya', 'pogranichnoe', 'pogranichnoye', 'pogranichnye', 'pogranichnyye', 'pogranichnykh', 'pogranichnogo', 'pogranichnoy', 'pogranichnoi', 'shekara', 'shekaralyk', 'shekaralyq'],
  ['migration', 'migratsiya', 'migratsiia', 'migratsii', 'migratsiy', 'migratsiyu', 'migratsionnyy', 'migratsionnyi', 'migratsionniy', 'migratsionnaya', 'migratsionnoe', 'migratsionnoye', 'migratsionnye', 'migratsionnyye', 'migratsionnykh', 'migratsionnogo', 'migratsionnoy', 'migratsionnoi'],
  ['taxation', 'nalog', 'naloga', 'nalogi', 'nalogov', 'nalogovyy', 'nalogovyi', 'nalogoviy', 'nalogovaya', 'nalogovoe', 'nalogovoye', 'nalogovye', 'nalogovyye', 'nalogovykh', 'nalogovogo', 'nalogovoy', 'nalogovoi', 'salyk', 'salyq', 'salyktyk', 'salyqtyq'],
  ['kaznacheystvo', 'kaznacheystva', 'kaznacheistvo', 'kaznacheistva', 'kaznachestvo', 'kazynashylyk', 'qazynashylyq'],
  ['emergency', 'emergencies', 'extraordinary', 'chrezvychaynyy', 'chrezvychaynyi', 'chrezvychayniy', 'chrezvychaynaya', 'chrezvychaynoe', 'chrezvychaynoye', 'chrezvychaynye', 'chrezvychaynyye', 'chrezvychaynykh', 'chrezvychaynogo', 'chrezvychaynoy', 'chrezvychaynoi', 'chrezvychainyy', 'chrezvychainyi', 'chrezvychainiy', 'chrezvychainaya', 'chrezvychainoe', 'chrezvychainoye', 'chrezvychainye', 'chrezvychainyye', 'chrezvychainykh', 'chrezvychainogo', 'chrezvychainoy', 'chrezvychainoi'],
  ['situation', 'situations', 'situatsiya', 'situatsiia', 'situatsii', 'situatsiy', 'situatsiyu'],
  ['civil', 'civilian', 'civic', 'grazhdanskiy', 'grazhdanskii', 'grazhdanskaya', 'grazhdanskoe', 'grazhdanskoye', 'grazhdanskie', 'grazhdanskiye', 'grazhdanskikh', 'grazhdanskogo', 'grazhdanskoy', 'grazhdanskoi'],
  ['rescue', 'spasatelnyy', 'spasatelnyi', 'spasatelniy', 'spasatelnaya', 'spasatelnoe', 'spasatelnoye', 'spasatelnye', 'spasatelnyye', 'spasatelnykh', 'spasatelnogo', 'spasatelnoy', 'spasatelnoi'],
  ['fire', 'firefighting', 'fire-fighting', 'pozharnyy', 'pozharnyi', 'pozharniy', 'pozharnaya', 'pozharnoe', 'pozharnoye', 'pozharnye', 'pozharnyye', 'pozharnykh', 'pozharnogo', 'pozharnoy', 'pozharnoi'],
  ['internal', 'interior', 'domestic', 'vnutrenniy', 'vnutrennii', 'vnutrennyaya', 'vnutrennee', 'vnutrenneye', 'vnutrennie', 'vnutrenniye', 'vnutrennikh', 'vnutrennego', 'vnutrenney', 'vnutrennei'],
  ['foreign', 'inostrannyy', 'inostrannyi', 'inostranniy', 'inostrannaya', 'inostrannoe', 'inostrannoye', 'inostrannye', 'inostrannyye', 'inostrannykh', 'inostrannogo', 'inostrannoy', 'inostrannoi'],
  ['justice', 'yustitsiya', 'yustitsiia', 'yustitsii', 'yustitsiy', 'yustitsiyu', 'iustitsiya', 'iustitsiia', 'iustitsii', 'iustitsiy', 'iustitsiyu'],
  ['healthcare', 'health care', 'public health', 'zdravookhranenie', 'zdravookhraneniye', 'zdravookhraneniya', 'zdravookhraneniia', 'zdravookhranenii', 'zdravookhraneniy', 'zdravookhraneniyu'],
  ['health', 'zdorove', 'zdorovye', 'zdorovya', 'zdorovia', 'zdorovie', 'densaulyk', 'densaulyq'],
  ['labour', 'labor', 'trud', 'truda', 'trudovoy', 'trudovoi', 'trudovaya', 'trudovoe', 'trudovoye', 'trudovye', 'trudovyye', 'trudovykh', 'trudovogo'],
  ['social', 'sotsialnyy', 'sotsialnyi', 'sotsialniy', 'sotsialnaya', 'sotsialnoe', 'sotsialnoye', 'sotsialnye', 'sotsialnyye', 'sotsialnykh', 'sotsialnogo', 'sotsialnoy', 'sotsialnoi'],
  ['protection', 'defence', 'defense', 'zashchita', 'zashchity'],
  ['population', 'naselenie', 'naseleniye', 'naseleniya', 'naseleniia', 'naselenii', 'naseleniy', 'naseleniyu'],
  ['employment', 'zanyatost', 'zanyatosti', 'zanyatostey'],
  ['pension', 'pensions', 'pensionnyy', 'pensionnyi', 'pensionniy', 'pensionnaya', 'pensionnoe', 'pensionnoye', 'pensionnye', 'pensionnyye', 'pensionnykh', 'pensionnogo', 'pensionnoy', 'pensionnoi'],
  ['regional', 'oblast', 'oblastnoy', 'oblastnoi', 'oblastnaya', 'oblastnoe', 'oblastnoye', 'oblastnye', 'oblastnyye', 'oblastnykh', 'oblastnogo', 'oblystyk', 'oblystyq'],
  ['region', 'oblast', 'province', 'oblasti', 'oblastey', 'oblastei', 'oblys', 'oblysy'],
  ['territorial', 'territorialnyy', 'territorialnyi', 'territorialniy', 'territorialnaya', 'territorialnoe', 'territorialnoye', 'territorialnye', 'territorialnyye', 'territorialnykh', 'territorialnogo', 'territorialnoy', 'territorialnoi'],
  ['territory', 'territories', 'territoriya', 'territoriia', 'territorii', 'territoriy', 'territoriyu'],
  ['district', 'okrug', 'okruga', 'okrugi', 'okrugov', 'okruzhnoy', 'okruzhnoi', 'okruzhnaya', 'okruzhnoe', 'okruzhnoye', 'okruzhnye', 'okruzhnyye', 'okruzhnykh', 'okruzhnogo', 'audan', 'audany', 'audandyk', 'audandyq'],
  ['city', 'town', 'urban', 'municipal', 'gorod', 'goroda', 'gorodov', 'gorodskoy', 'gorodskoi', 'gorodskaya', 'gorodskoe', 'gorodskoye', 'gorodskie', 'gorodskiye', 'gorodskikh', 'gorodskogo'],
  ['local', 'mestnyy', 'mestnyi', 'mestniy', 'mestnaya', 'mestnoe', 'mestnoye', 'mestnye', 'mestnyye', 'mestnykh', 'mestnogo', 'mestnoy', 'mestnoi'],
  ['territory', 'krai', 'territorial', 'kraevoy', 'kraevoi', 'kraevaya', 'kraevoe', 'kraevoye', 'kraevye', 'kraevyye', 'kraevykh', 'kraevogo', 'krayevoy', 'krayevoi', 'krayevaya', 'krayevoe', 'krayevoye', 'krayevye', 'krayevyye', 'krayevykh', 'krayevogo'],
  ['all-union', 'vsesoyuznyy', 'vsesoyuznyi', 'vsesoyuzniy', 'vsesoyuznaya', 'vsesoyuznoe', 'vsesoyuznoye', 'vsesoyuznye', 'vsesoyuznyye', 'vsesoyuznykh', 'vsesoyuznogo', 'vsesoyuznoy', 'vsesoyuznoi', 'vsesoiuznyy', 'vsesoiuznyi', 'vsesoiuzniy', 'vsesoiuznaya', 'vsesoiuznoe', 'vsesoiuznoye', 'vsesoiuznye', 'vsesoiuznyye', 'vsesoiuznykh', 'vsesoiuznogo', 'vsesoiuznoy', 'vsesoiuznoi'],
  ['interregional', 'inter-regional', 'mezhregionalnyy', 'mezhregionalnyi', 'mezhregionalniy', 'mezhregionalnaya', 'mezhregionalnoe', 'mezhregionalnoye', 'mezhregionalnye', 'mezhregionalnyye', 'mezhregionalnykh', 'mezhregionalnogo', 'mezhregionalnoy', 'mezhregionalnoi'],
  ['interdepartmental', 'inter-agency', 'interagency', 'mezhvedomstvennyy', 'mezhvedomstvennyi', 'mezhvedomstvenniy', 'mezhvedomstvennaya', 'mezhvedomstvennoe', 'mezhvedomstvennoye', 'mezhvedomstvennye', 'mezhvedomstvennyye', 'mezhvedomstvennykh', 'mezhvedomstvennogo', 'mezhvedomstvennoy', 'mezhvedomstvennoi'],
  ['department', 'agency', 'departmental', 'vedomstvo', 'vedomstva', 'vedomstvennyy', 'vedomstvennyi', 'vedomstvenniy', 'vedomstvennaya', 'vedomstvennoe', 'vedomstvennoye', 'vedomstvennye', 'vedomstvennyye', 'vedomstvennykh', 'vedomstvennogo', 'vedomstvennoy', 'vedomstvennoi'],
  ['interstate', 'intergovernmental', 'mezhgosudarstvennyy', 'mezhgosudarstvennyi', 'mezhgosudarstvenniy', 'mezhgosudarstvennaya', 'mezhgosudarstvennoe', 'mezhgosudarstvennoye', 'mezhgosudarstvennye', 'mezhgosudarstvennyye', 'mezhgosudarstvennykh', 'mezhgosudarstvennogo', 'mezhgosudarstvennoy', 'mezhgosudarstvennoi'],
  ['intergovernmental', 'mezhpravitelstvennyy', 'mezhpravitelstvennyi', 'mezhpravitelstvenniy', 'mezhpravitelstvennaya', 'mezhpravitelstvennoe', 'mezhpravitelstvennoye', 'mezhpravitelstvennye', 'mezhpravitelstvennyye', 'mezhpravitelstvennykh', 'mezhpravitelstvennogo', 'mezhpravitelstvennoy', 'mezhpravitelstvennoi'],
  ['authorized', 'authorised', 'commissioner', 'ombudsman', 'upolnomochennyy', 'upolnomochennyi', 'upolnomochenniy', 'upolnomochennaya', 'upolnomochennoe', 'upolnomochennoye', 'upolnomochennye', 'upolnomochennyye', 'upolnomochennykh', 'upolnomochennogo', 'upolnomochennoy', 'upolnomochennoi'],
  ['headquarters', 'staff', 'shtab', 'shtaba', 'shtaby', 'shtabov'],
  ['general', 'generalnyy', 'generalnyi', 'generalniy', 'generalnaya', 'generalnoe', 'generalnoye', 'generalnye', 'generalnyye', 'generalnykh', 'generalnogo', 'generalnoy', 'generalnoi'],
  ['command', 'komandovanie', 'komandovaniye', 'komandovaniya', 'komandovaniia', 'komandovanii', 'komandovaniy', 'komandovaniyu'],
  ['flotilla', 'flotiliya', 'flotiliia', 'flotilii', 'flotiliy', 'flotiliyu'],
  ['army', 'armies', 'armiya', 'armiia', 'armii', 'armiy', 'armiyu'],
  ['aerial', 'vozdushnyy', 'vozdushnyi', 'vozdushniy', 'vozdushnaya', 'vozdushnoe', 'vozdushnoye', 'vozdushnye', 'vozdushnyye', 'vozdushnykh', 'vozdushnogo', 'vozdushnoy', 'vozdushnoi'],
  ['forces', 'force', 'sily', 'sila'],
  ['brigade', 'brigades', 'brigada', 'brigady', 'brigad'],
  ['battalion', 'batalon', 'batalona', 'batalony', 'batalonov', 'batalyon', 'batalyona', 'batalyony', 'batalyonov'],
  ['division', 'diviziya', 'diviziia', 'divizii', 'diviziy', 'diviziyu'],
  ['detachment', 'squad', 'otryad', 'otryada', 'otryady', 'otryadov'],
  ['intelligence', 'reconnaissance', 'razvedka', 'razvedki', 'razvedyvatelnyy', 'razvedyvatelnyi', 'razvedyvatelniy', 'razvedyvatelnaya', 'razvedyvatelnoe', 'razvedyvatelnoye', 'razvedyvatelnye', 'razvedyvatelnyye', 'razvedyvatelnykh', 'razvedyvatelnogo', 'razvedyvatelnoy', 'razvedyvatelnoi'],
  ['exploration', 'prospecting', 'razvedka', 'razvedki', 'razvedochnyy', 'razvedochnyi', 'razvedochniy', 'razvedochnaya', 'razvedochnoe', 'razvedochnoye', 'razvedochnye', 'razvedochnyye', 'razvedochnykh', 'razvedochnogo', 'razvedochnoy', 'razvedochnoi', 'geologorazvedochnyy', 'geologorazvedochnyi', 'geologorazvedochniy', 'geologorazvedochnaya', 'geologorazvedochnoe', 'geologorazvedochnoye', 'geologorazvedochnye', 'geologorazvedochnyye', 'geologorazvedochnykh', 'geologorazvedochnogo', 'geologorazvedochnoy', 'geologorazvedochnoi'],
  ['counterintelligence', 'counter-intelligence', 'kontrrazvedka', 'kontrrazvedki'],
  ['purpose', 'designation', 'naznachenie', 'naznacheniye', 'naznacheniya', 'naznacheniia', 'naznachenii', 'naznacheniy', 'naznacheniyu'],
  ['operational', 'operative', 'operativnyy', 'operativnyi', 'operativniy', 'operativnaya', 'operativnoe', 'operativnoye', 'operativnye', 'operativnyye', 'operativnykh', 'operativnogo', 'operativnoy', 'operativnoi'],
  ['veteran', 'veterans', 'veterana', 'veterany', 'veteranov', 'ardager', 'ardagerler'],
  ['volunteer', 'volunteers', 'voluntary', 'dobrovolets', 'dobrovoltsy', 'dobrovoltsev', 'dobrovolcheskiy', 'dobrovolcheskii', 'dobrovolcheskaya', 'dobrovolcheskoe', 'dobrovolcheskoye', 'dobrovolcheskie', 'dobrovolcheskiye', 'dobrovolcheskikh', 'dobrovolcheskogo', 'dobrovolcheskoy', 'dobrovolcheskoi', 'dobrovolnyy', 'dobrovolnyi', 'dobrovolniy', 'dobrovolnaya', 'dobrovolnoe', 'dobrovolnoye', 'dobrovolnye', 'dobrovolnyye', 'dobrovolnykh', 'dobrovolnogo', 'dobrovolnoy', 'dobrovolnoi'],
  ['patriotic', 'patrioticheskiy', 'patrioticheskii', 'patrioticheskaya', 'patrioticheskoe', 'patrioticheskoye', 'patrioticheskie', 'patrioticheskiye', 'patrioticheskikh', 'patrioticheskogo', 'patrioticheskoy', 'patrioticheskoi'],
  ['community', 'soobshchestvo', 'soobshchestva'],
  ['partnership', 'partnerstvo', 'partnerstva'],
  ['association', 'assotsiatsiya', 'assotsiatsiia', 'assotsiatsii', 'assotsiatsiy', 'assotsiatsiyu', 'kauymdastygy', 'qauymdastygy'],
  ['charitable', 'charity', 'blagotvoritelnyy', 'blagotvoritelnyi', 'blagotvoritelniy', 'blagotvoritelnaya', 'blagotvoritelnoe', 'blagotvoritelnoye', 'blagotvoritelnye', 'blagotvoritelnyye', 'blagotvoritelnykh', 'blagotvoritelnogo', 'blagotvoritelnoy', 'blagotvoritelnoi', 'blagotvoritelnost', 'blagotvoritelnosti', 'blagotvoritelnostey'],
  ['cinema', 'film', 'cinematography', 'kino', 'kinematografiya', 'kinematografiia', 'kinematografii', 'kinematografiy', 'kinematografiyu', 'kinematograficheskiy', 'kinematograficheskii', 'kinematograficheskaya', 'kinematograficheskoe', 'kinematograficheskoye', 'kinematograficheskie', 'kinematograficheskiye', 'kinematograficheskikh', 'kinematograficheskogo', 'kinematograficheskoy', 'kinematograficheskoi'],
  ['publishing house', 'publisher', 'publishing', 'publishers', 'izdatelstvo', 'izdatelstva', 'izdatelskiy', 'izdatelskii', 'izdatelskaya', 'izdatelskoe', 'izdatelskoye', 'izdatelskie', 'izdatelskiye', 'izdatelskikh', 'izdatelskogo', 'izdatelskoy', 'izdatelskoi', 'baspa', 'baspasy'],
  ['printing house', 'printing works', 'printers', 'tipografiya', 'tipografiia', 'tipografii', 'tipografiy', 'tipografiyu'],
  ['printing', 'polygraphic', 'poligraficheskiy', 'poligraficheskii', 'poligraficheskaya', 'poligraficheskoe', 'poligraficheskoye', 'poligraficheskie', 'poligraficheskiye', 'poligraficheskikh', 'poligraficheskogo', 'poligraficheskoy', 'poligraficheskoi', 'poligrafiya', 'poligrafiia', 'poligrafii', 'poligrafiy', 'poligrafiyu'],
  ['newspaper', 'gazette', 'gazeta', 'gazety', 'gazet'],
  ['journal', 'magazine', 'zhurnal', 'zhurnala', 'zhurnaly', 'zhurnalov'],
  ['news', 'novosti', 'novostey', 'novostei', 'zhanalyktar', 'zhangalyqtar'],
  ['broadcasting', 'veshchanie', 'veshchaniye', 'veshchaniya', 'veshchaniia', 'veshchanii', 'veshchaniy', 'veshchaniyu', 'radioveshchanie', 'radioveshchaniye', 'radioveshchaniya', 'radioveshchaniia', 'radioveshchanii', 'radioveshchaniy', 'radioveshchaniyu', 'televeshchanie', 'televeshchaniye', 'televeshchaniya', 'televeshchaniia', 'televeshchanii', 'televeshchaniy', 'televeshchaniyu'],
  ['broadcasting company', 'broadcaster', 'teleradiokompaniya', 'teleradiokompaniia', 'teleradiokompanii', 'teleradiokompaniy', 'teleradiokompaniyu'],
  ['television company', 'tv company', 'telekompaniya', 'telekompaniia', 'telekompanii', 'telekompaniy', 'telekompaniyu'],
  ['tv channel', 'television channel', 'telekanal', 'telekanala', 'telekanaly', 'telekanalov'],
  ['channel', 'channels', 'kanal', 'kanala', 'kanaly', 'kanalov'],
  ['canal', 'kanal', 'kanala', 'kanaly', 'kanalov'],
  ['mass', 'massovyy', 'massovyi', 'massoviy', 'massovaya', 'massovoe', 'massovoye', 'massovye', 'massovyye', 'massovykh', 'massovogo', 'massovoy', 'massovoi'],
  ['advertising', 'advertisement', 'reklama', 'reklamy', 'reklamnyy', 'reklamnyi', 'reklamniy', 'reklamnaya', 'reklamnoe', 'reklamnoye', 'reklamnye', 'reklamnyye', 'reklamnykh', 'reklamnogo', 'reklamnoy', 'reklamnoi'],
  ['marketing', 'marketingovyy', 'marketingovyi', 'marketingoviy', 'marketingovaya', 'marketingovoe', 'marketingovoye', 'marketingovye', 'marketingovyye', 'marketingovykh', 'marketingovogo', 'marketingovoy', 'marketingovoi'],
  ['auditing', 'audit', 'auditorskiy', 'auditorskii', 'auditorskaya', 'auditorskoe', 'auditorskoye', 'auditorskie', 'auditorskiye', 'auditorskikh', 'auditorskogo', 'auditorskoy', 'auditorskoi'],
  ['legal', 'juridical', 'yuridicheskiy', 'yuridicheskii', 'yuridicheskaya', 'yuridicheskoe', 'yuridicheskoye', 'yuridicheskie', 'yuridicheskiye', 'yuridicheskikh', 'yuridicheskogo', 'yuridicheskoy', 'yuridicheskoi', 'iuridicheskiy', 'iuridicheskii', 'iuridicheskaya', 'iuridicheskoe', 'iuridicheskoye', 'iuridicheskie', 'iuridicheskiye', 'iuridicheskikh', 'iuridicheskogo', 'iuridicheskoy', 'iuridicheskoi'],
  ['advocates', 'lawyers', 'advocate', 'advokat', 'advokata', 'advokaty', 'advokatov', 'advokatskiy', 'advokatskii', 'advokatskaya', 'advokatskoe', 'advokatskoye', 'advokatskie', 'advokatskiye', 'advokatskikh', 'advokatskogo', 'advokatskoy', 'advokatskoi'],
  ['board', 'college', 'collegium', 'kollegiya', 'kollegiia', 'kollegii', 'kollegiy', 'kollegiyu'],
  ['office', 'kontora', 'kontory', 'kontor'],
  ['expertise', 'examination', 'expert', 'ekspertiza', 'ekspertizy', 'ekspertnyy', 'ekspertnyi', 'ekspertniy', 'ekspertnaya', 'ekspertnoe', 'ekspertnoye', 'ekspertnye', 'ekspertnyye', 'ekspertnykh', 'ekspertnogo', 'ekspertnoy', 'ekspertnoi'],
  ['valuation', 'appraisal', 'assessment', 'otsenka', 'otsenki', 'otsenok', 'otsenochnyy', 'otsenochnyi', 'otsenochniy', 'otsenochnaya', 'otsenochnoe', 'otsenochnoye', 'otsenochnye', 'otsenochnyye', 'otsenochnykh', 'otsenochnogo', 'otsenochnoy', 'otsenochnoi'],
  ['personnel', 'staff', 'human resources', 'kadry', 'kadrov', 'kadrovyy', 'kadrovyi', 'kadroviy', 'kadrovaya', 'kadrovoe', 'kadrovoye', 'kadrovye', 'kadrovyye', 'kadrovykh', 'kadrovogo', 'kadrovoy', 'kadrovoi'],
  ['private', 'chastnyy', 'chastnyi', 'chastniy', 'chastnaya', 'chastnoe', 'chastnoye', 'chastnye', 'chastnyye', 'chastnykh', 'chastnogo', 'chastnoy', 'chastnoi'],
  ['closed', 'zakrytyy', 'zakrytyi', 'zakrytiy', 'zakrytaya', 'zakrytoe', 'zakrytoye', 'zakrytye', 'zakrytyye', 'zakrytykh', 'zakrytogo', 'zakrytoy', 'zakrytoi'],
  ['joint', 'sovmestnyy', 'sovmestnyi', 'sovmestniy', 'sovmestnaya', 'sovmestnoe', 'sovmestnoye', 'sovmestnye', 'sovmestnyye', 'sovmestnykh', 'sovmestnogo', 'sovmestnoy', 'sovmestnoi'],
  ['unified', 'united', 'single', 'edinyy', 'edinyi', 'ediniy', 'edinaya', 'edinoe', 'edinoye', 'edinye', 'edinyye', 'edinykh', 'edinogo', 'edinoy', 'edinoi', 'yedinyy', 'yedinyi', 'yediniy', 'yedinaya', 'yedinoe', 'yedinoye', 'yedinye', 'yedinyye', 'yedinykh', 'yedinogo', 'yedinoy', 'yedinoi'],
  ['basic', 'main', 'principal', 'osnovnoy', 'osnovnoi', 'osnovnaya', 'osnovnoe', 'osnovnoye', 'osnovnye', 'osnovnyye', 'osnovnykh', 'osnovnogo'],
  ['general', 'common', 'obshchiy', 'obshchii', 'obshchaya', 'obshchee', 'obshcheye', 'obshchie', 'obshchiye', 'obshchikh', 'obshchego', 'obshchey', 'obshchei'],
  ['first', 'pervyy', 'pervyi', 'perviy', 'pervaya', 'pervoe', 'pervoye', 'pervye', 'pervyye', 'pervykh', 'pervogo', 'pervoy', 'pervoi'],
  ['second', 'vtoroy', 'vtoroi', 'vtoraya', 'vtoroe', 'vtoroye', 'vtorye', 'vtoryye', 'vtorykh', 'vtorogo'],
  ['modern', 'contemporary', 'sovremennyy', 'sovremennyi', 'sovremenniy', 'sovremennaya', 'sovremennoe', 'sovremennoye', 'sovremennye', 'sovremennyye', 'sovremennykh', 'sovremennogo', 'sovremennoy', 'sovremennoi'],
  ['advanced', 'leading', 'foremost', 'peredovoy', 'peredovoi', 'peredovaya', 'peredovoe', 'peredovoye', 'peredovye', 'peredovyye', 'peredovykh', 'peredovogo'],
  ['progressive', 'progressivnyy', 'progressivnyi', 'progressivniy', 'progressivnaya', 'progressivnoe', 'progressivnoye', 'progressivnye', 'progressivnyye', 'progressivnykh', 'progressivnogo', 'progressivnoy', 'progressivnoi'],
  ['universal', 'universalnyy', 'universalnyi', 'universalniy', 'universalnaya', 'universalnoe', 'universalnoye', 'universalnye', 'universalnyye', 'universalnykh', 'universalnogo', 'universalnoy', 'universalnoi'],
  ['independent', 'nezavisimyy', 'nezavisimyi', 'nezavisimiy', 'nezavisimaya', 'nezavisimoe', 'nezavisimoye', 'nezavisimye', 'nezavisimyye', 'nezavisimykh', 'nezavisimogo', 'nezavisimoy', 'nezavisimoi'],
  ['free', 'svobodnyy', 'svobodnyi', 'svobodniy', 'svobodnaya', 'svobodnoe', 'svobodnoye', 'svobodnye', 'svobodnyye', 'svobodnykh', 'svobodnogo', 'svobodnoy', 'svobodnoi'],
  ['zone', 'zones', 'zona', 'zony'],
  ['cooperative', 'co-operative', 'kooperativ', 'kooperativa', 'kooperativy', 'kooperativov', 'kooperativnyy', 'kooperativnyi', 'kooperativniy', 'kooperativnaya', 'kooperativnoe', 'kooperativnoye', 'kooperativnye', 'kooperativnyye', 'kooperativnykh', 'kooperativnogo', 'kooperativnoy', 'kooperativnoi'],
  ['consumer', 'consumers', 'potrebitel', 'potrebiteli', 'potrebiteley', 'potrebitelei', 'potrebitelskiy', 'potrebitelskii', 'potrebitelskaya', 'potrebitelskoe', 'potrebitelskoye', 'potrebitelskie', 'potrebitelskiye', 'potrebitelskikh', 'potrebitelskogo', 'potrebitelskoy', 'potrebitelskoi'],
  ['large', 'krupnyy', 'krupnyi', 'krupniy', 'krupnaya', 'krupnoe', 'krupnoye', 'krupnye', 'krupnyye', 'krupnykh', 'krupnogo', 'krupnoy', 'krupnoi'],
  ['middle', 'medium', 'secondary', 'average', 'sredniy', 'srednii', 'srednyaya', 'srednee', 'sredneye', 'srednie', 'sredniye', 'srednikh', 'srednego', 'sredney', 'srednei'],
  ['far eastern', 'far east', 'dalnevostochnyy', 'dalnevostochnyi', 'dalnevostochniy', 'dalnevostochnaya', 'dalnevostochnoe', 'dalnevostochnoye', 'dalnevostochnye', 'dalnevostochnyye', 'dalnevostochnykh', 'dalnevostochnogo', 'dalnevostochnoy', 'dalnevostochnoi'],
  ['coastal', 'coast', 'beregovoy', 'beregovoi', 'beregovaya', 'beregovoe', 'beregovoye', 'beregovye', 'beregovyye', 'beregovykh', 'beregovogo'],
  ['world', 'global', 'mirovoy', 'mirovoi', 'mirovaya', 'mirovoe', 'mirovoye', 'mirovye', 'mirovyye', 'mirovykh', 'mirovogo'],
  ['global', 'globalnyy', 'globalnyi', 'globalniy', 'globalnaya', 'globalnoe', 'globalnoye', 'globalnye', 'globalnyye', 'globalnykh', 'globalnogo', 'globalnoy', 'globalnoi'],
  ['sectoral', 'industry', 'branch', 'otraslevoy', 'otraslevoi', 'otraslevaya', 'otraslevoe', 'otraslevoye', 'otraslevye', 'otraslevyye', 'otraslevykh', 'otraslevogo'],
  ['subsidiary', 'docherniy', 'dochernii', 'dochernyaya', 'dochernee', 'docherneye', 'dochernie', 'docherniye', 'dochernikh', 'dochernego', 'docherney', 'dochernei'],
  ['partners', 'partnery', 'partnerov'],
  ['consortium', 'konsortsium', 'konsortsiuma'],
  ['trust', 'trest', 'tresta', 'tresty', 'trestov'],
  ['metropolitan', 'stolichnyy', 'stolichnyi', 'stolichniy', 'stolichnaya', 'stolichnoe', 'stolichnoye', 'stolichnye', 'stolichnyye', 'stolichnykh', 'stolichnogo', 'stolichnoy', 'stolichnoi'],
  ['employees', 'workers', 'employee', 'worker', 'rabotnik', 'rabotnika', 'rabotniki', 'rabotnikov'],
  ['mobilization', 'mobilisation', 'mobilizatsionnyy', 'mobilizatsionnyi', 'mobilizatsionniy', 'mobilizatsionnaya', 'mobilizatsionnoe', 'mobilizatsionnoye', 'mobilizatsionnye', 'mobilizatsionnyye', 'mobilizatsionnykh', 'mobilizatsionnogo', 'mobilizatsionnoy', 'mobilizatsionnoi'],
  ['commissariat', 'komissariat', 'komissariata', 'komissariaty', 'komissariatov'],
  ['detention centre', 'detention center', 'detention facility', 'izolyator', 'izolyatora', 'izolyatory', 'izolyatorov'],
  ['criminal', 'ugolovnyy', 'ugolovnyi', 'ugolovniy', 'ugolovnaya', 'ugolovnoe', 'ugolovnoye', 'ugolovnye', 'ugolovnyye', 'ugolovnykh', 'ugolovnogo', 'ugolovnoy', 'ugolovnoi'],
  ['statistics', 'statistical', 'statistika', 'statistiki', 'statisticheskiy', 'statisticheskii', 'statisticheskaya', 'statisticheskoe', 'statisticheskoye', 'statisticheskie', 'statisticheskiye', 'statisticheskikh', 'statisticheskogo', 'statisticheskoy', 'statisticheskoi'],
  ['cadastre', 'cadaster', 'cadastral', 'kadastr', 'kadastra', 'kadastry', 'kadastrov', 'kadastrovyy', 'kadastrovyi', 'kadastroviy', 'kadastrovaya', 'kadastrovoe', 'kadastrovoye', 'kadastrovye', 'kadastrovyye', 'kadastrovykh', 'kadastrovogo', 'kadastrovoy', 'kadastrovoi'],
  ['registration', 'registratsiya', 'registratsiia', 'registratsii', 'registratsiy', 'registratsiyu', 'registratsionnyy', 'registratsionnyi', 'registratsionniy', 'registratsionnaya', 'registratsionnoe', 'registratsionnoye', 'registratsionnye', 'registratsionnyye', 'registratsionnykh', 'registratsionnogo', 'registratsionnoy', 'registratsionnoi'],
  ['antimonopoly', 'antitrust', 'anti-monopoly', 'antimonopolnyy', 'antimonopolnyi', 'antimonopolniy', 'antimonopolnaya', 'antimonopolnoe', 'antimonopolnoye', 'antimonopolnye', 'antimonopolnyye', 'antimonopolnykh', 'antimonopolnogo', 'antimonopolnoy', 'antimonopolnoi'],
  ['regulation', 'regulatory', 'regulirovanie', 'regulirovaniye', 'regulirovaniya', 'regulirovaniia', 'regulirovanii', 'regulirovaniy', 'regulirovaniyu'],
  ['licensing', 'litsenzirovanie', 'litsenzirovaniye', 'litsenzirovaniya', 'litsenzirovaniia', 'litsenzirovanii', 'litsenzirovaniy', 'litsenzirovaniyu'],
  ['strategy', 'strategies', 'strategiya', 'strategiia', 'strategii', 'strategiy', 'strategiyu'],
  ['politics', 'politika', 'politiki'],
  ['planning', 'planirovanie', 'planirovaniye', 'planirovaniya', 'planirovaniia', 'planirovanii', 'planirovaniy', 'planirovaniyu'],
  ['business', 'biznes', 'biznesa', 'delovoy', 'delovoi', 'delovaya', 'delovoe', 'delovoye', 'delovye', 'delovyye', 'delovykh', 'delovogo'],
  ['entrepreneur', 'entrepreneurs', 'entrepreneurship', 'business', 'predprinimatel', 'predprinimateli', 'predprinimateley', 'predprinimatelei', 'predprinimatelya', 'predprinimatelstvo', 'predprinimatelstva', 'predprinimatelskiy', 'predprinimatelskii', 'predprinimatelskaya', 'predprinimatelskoe', 'predprinimatelskoye', 'predprinimatelskie', 'predprinimatelskiye', 'predprinimatelskikh', 'predprinimatelskogo', 'predprinimatelskoy', 'predprinimatelskoi'],
  ['industrialists', 'promyshlenniki', 'promyshlennikov'],
  ['commodity', 'commodities', 'tovar', 'tovara', 'tovary', 'tovarov', 'tovarnyy', 'tovarnyi', 'tovarniy', 'tovarnaya', 'tovarnoe', 'tovarnoye', 'tovarnye', 'tovarnyye', 'tovarnykh', 'tovarnogo', 'tovarnoy', 'tovarnoi'],
  ['transit', 'tranzit', 'tranzita', 'tranzity', 'tranzitov', 'tranzitnyy', 'tranzitnyi', 'tranzitniy', 'tranzitnaya', 'tranzitnoe', 'tranzitnoye', 'tranzitnye', 'tranzitnyye', 'tranzitnykh', 'tranzitnogo', 'tranzitnoy', 'tranzitnoi'],
  ['industrial', 'industrialnyy', 'industrialnyi', 'industrialniy', 'industrialnaya', 'industrialnoe', 'industrialnoye', 'industrialnye', 'industrialnyye', 'industrialnykh', 'industrialnogo', 'industrialnoy', 'industrialnoi'],
  ['embassy', 'posolstvo', 'posolstva'],
  ['trade mission', 'trade representation', 'torgpredstvo', 'torgpredstva', 'torgovoe predstavitelstvo', 'torgovoye predstavitelstvo', 'torgovogo predstavitelstva'],
  ['mission', 'missiya', 'missiia', 'missii', 'missiy', 'missiyu'],
  ['cooperation', 'co-operation', 'sotrudnichestvo', 'sotrudnichestva'],
  ['support', 'podderzhka', 'podderzhki'],
  ['assistance', 'promotion', 'facilitation', 'sodeystvie', 'sodeystviye', 'sodeystviya', 'sodeystviia', 'sodeystvii', 'sodeystviy', 'sodeystviyu', 'sodeistvie', 'sodeistviye', 'sodeistviya', 'sodeistviia', 'sodeistvii', 'sodeistviy', 'sodeistviyu'],
  ['assistance', 'help', 'pomoshch', 'pomoshchi'],
  ['savings', 'sberegatelnyy', 'sberegatelnyi', 'sberegatelniy', 'sberegatelnaya', 'sberegatelnoe', 'sberegatelnoye', 'sberegatelnye', 'sberegatelnyye', 'sberegatelnykh', 'sberegatelnogo', 'sberegatelnoy', 'sberegatelnoi'],
  ['payment', 'payments', 'platezh', 'platezha', 'platezhi', 'platezhey', 'platezhei', 'platezhnyy', 'platezhnyi', 'platezhniy', 'platezhnaya', 'platezhnoe', 'platezhnoye', 'platezhnye', 'platezhnyye', 'platezhnykh', 'platezhnogo', 'platezhnoy', 'platezhnoi', 'tolem', 'tolemder'],
  ['exchange', 'stock exchange', 'exchanges', 'birzha', 'birzhi', 'birzh', 'birzhevoy', 'birzhevoi', 'birzhevaya', 'birzhevoe', 'birzhevoye', 'birzhevye', 'birzhevyye', 'birzhevykh', 'birzhevogo'],
  ['currency', 'foreign exchange', 'currencies', 'valyuta', 'valyuty', 'valyut', 'valiuta', 'valiuty', 'valyutnyy', 'valyutnyi', 'valyutniy', 'valyutnaya', 'valyutnoe', 'valyutnoye', 'valyutnye', 'valyutnyye', 'valyutnykh', 'valyutnogo', 'valyutnoy', 'valyutnoi', 'valiutnyy', 'valiutnyi', 'valiutniy', 'valiutnaya', 'valiutnoe', 'valiutnoye', 'valiutnye', 'valiutnyye', 'valiutnykh', 'valiutnogo', 'valiutnoy', 'valiutnoi'],
  ['securities', 'tsennye bumagi', 'tsennyye bumagi', 'tsennykh bumag'],
  ['stock', 'stock market', 'fondovyy', 'fondovyi', 'fondoviy', 'fondovaya', 'fondovoe', 'fondovoye', 'fondovye', 'fondovyye', 'fondovykh', 'fondovogo', 'fondovoy', 'fondovoi'],
  ['depository', 'depositary', 'depozitariy', 'depozitarii', 'depozitariya', 'depozitarnyy', 'depozitarnyi', 'depozitarniy', 'depozitarnaya', 'depozitarnoe', 'depozitarnoye', 'depozitarnye', 'depozitarnyye', 'depozitarnykh', 'depozitarnogo', 'depozitarnoy', 'depozitarnoi'],
  ['deposit', 'deposits', 'depozit', 'depozita', 'depozity', 'depozitov', 'depozitnyy', 'depozitnyi', 'depozitniy', 'depozitnaya', 'depozitnoe', 'depozitnoye', 'depozitnye', 'depozitnyye', 'depozitnykh', 'depozitnogo', 'depozitnoy', 'depozitnoi', 'vklad', 'vklada', 'vklady', 'vkladov'],
  ['registrar', 'registrars', 'registrator', 'registratora', 'registratory', 'registratorov', 'registratorskiy', 'registratorskii', 'registratorskaya', 'registratorskoe', 'registratorskoye', 'registratorskie', 'registratorskiye', 'registratorskikh', 'registratorskogo', 'registratorskoy', 'registratorskoi'],
  ['register', 'registry', 'reestr', 'reestra', 'reestry', 'reestrov', 'reyestr', 'reyestra', 'reyestry', 'reyestrov'],
  ['trust', 'fiduciary', 'doveritelnyy', 'doveritelnyi', 'doveritelniy', 'doveritelnaya', 'doveritelnoe', 'doveritelnoye', 'doveritelnye', 'doveritelnyye', 'doveritelnykh', 'doveritelnogo', 'doveritelnoy', 'doveritelnoi'],
  ['microfinance', 'mikrofinansovyy', 'mikrofinansovyi', 'mikrofinansoviy', 'mikrofinansovaya', 'mikrofinansovoe', 'mikrofinansovoye', 'mikrofinansovye', 'mikrofinansovyye', 'mikrofinansovykh', 'mikrofinansovogo', 'mikrofinansovoy', 'mikrofinansovoi'],
  ['loan', 'loans', 'zaym', 'zaymy', 'zaymov', 'zaima', 'zaimov'],
  ['mortgage', 'ipoteka', 'ipoteki', 'ipotechnyy', 'ipotechnyi', 'ipotechniy', 'ipotechnaya', 'ipotechnoe', 'ipotechnoye', 'ipotechnye', 'ipotechnyye', 'ipotechnykh', 'ipotechnogo', 'ipotechnoy', 'ipotechnoi'],
  ['collection', 'debt collection', 'collector', 'kollektorskiy', 'kollektorskii', 'kollektorskaya', 'kollektorskoe', 'kollektorskoye', 'kollektorskie', 'kollektorskiye', 'kollektorskikh', 'kollektorskogo', 'kollektorskoy', 'kollektorskoi'],
  ['money', 'monetary', 'cash', 'deneg', 'denezhnyy', 'denezhnyi', 'denezhniy', 'denezhnaya', 'denezhnoe', 'denezhnoye', 'denezhnye', 'denezhnyye', 'denezhnykh', 'denezhnogo', 'denezhnoy', 'denezhnoi'],
  ['mutual', 'vzaimnyy', 'vzaimnyi', 'vzaimniy', 'vzaimnaya', 'vzaimnoe', 'vzaimnoye', 'vzaimnye', 'vzaimnyye', 'vzaimnykh', 'vzaimnogo', 'vzaimnoy', 'vzaimnoi'],
  ['reserve', 'reserves', 'rezerv', 'rezerva', 'rezervy', 'rezervov', 'rezervnyy', 'rezervnyi', 'rezervniy', 'rezervnaya', 'rezervnoe', 'rezervnoye', 'rezervnye', 'rezervnyye', 'rezervnykh', 'rezervnogo', 'rezervnoy', 'rezervnoi'],
  ['export', 'exports', 'eksportnyy', 'eksportnyi', 'eksportniy', 'eksportnaya', 'eksportnoe', 'eksportnoye', 'eksportnye', 'eksportnyye', 'eksportnykh', 'eksportnogo', 'eksportnoy', 'eksportnoi'],
  ['import', 'imports', 'importa', 'importnyy', 'importnyi', 'importniy', 'importnaya', 'importnoe', 'importnoye', 'importnye', 'importnyye', 'importnykh', 'importnogo', 'importnoy', 'importnoi'],
  ['foreign trade', 'vneshnetorgovyy', 'vneshnetorgovyi', 'vneshnetorgoviy', 'vneshnetorgovaya', 'vneshnetorgovoe', 'vneshnetorgovoye', 'vneshnetorgovye', 'vneshnetorgovyye', 'vneshnetorgovykh', 'vneshnetorgovogo', 'vneshnetorgovoy', 'vneshnetorgovoi'],
  ['wholesale', 'optovyy', 'optovyi', 'optoviy', 'optovaya', 'optovoe', 'optovoye', 'optovye', 'optovyye', 'optovykh', 'optovogo', 'optovoy', 'optovoi', 'optovo'],
  ['retail', 'roznichnyy', 'roznichnyi', 'roznichniy', 'roznichnaya', 'roznichnoe', 'roznichnoye', 'roznichnye', 'roznichnyye', 'roznichnykh', 'roznichnogo', 'roznichnoy', 'roznichnoi', 'roznitsa', 'roznitsy'],
  ['trade', 'trading', 'commerce', 'torgovlya', 'torgovli', 'torgovlia'],
  ['non-bank', 'nonbank', 'nebankovskiy', 'nebankovskii', 'nebankovskaya', 'nebankovskoe', 'nebankovskoye', 'nebankovskie', 'nebankovskiye', 'nebankovskikh', 'nebankovskogo', 'nebankovskoy', 'nebankovskoi'],
  ['interbank', 'mezhbankovskiy', 'mezhbankovskii', 'mezhbankovskaya', 'mezhbankovskoe', 'mezhbankovskoye', 'mezhbankovskie', 'mezhbankovskiye', 'mezhbankovskikh', 'mezhbankovskogo', 'mezhbankovskoy', 'mezhbankovskoi'],
  ['cash', 'kassovyy', 'kassovyi', 'kassoviy', 'kassovaya', 'kassovoe', 'kassovoye', 'kassovye', 'kassovyye', 'kassovykh', 'kassovogo', 'kassovoy', 'kassovoi'],
  ['cash collection', 'inkassatsiya', 'inkassatsiia', 'inkassatsii', 'inkassatsiy', 'inkassatsiyu', 'inkassatorskiy', 'inkassatorskii', 'inkassatorskaya', 'inkassatorskoe', 'inkassatorskoye', 'inkassatorskie', 'inkassatorskiye', 'inkassatorskikh', 'inkassatorskogo', 'inkassatorskoy', 'inkassatorskoi'],
  ['share', 'shares', 'stock', 'aktsiya', 'aktsiia', 'aktsii', 'aktsiy', 'aktsiyu'],
  ['bond', 'bonds', 'obligatsiya', 'obligatsiia', 'obligatsii', 'obligatsiy', 'obligatsiyu', 'obligatsionnyy', 'obligatsionnyi', 'obligatsionniy', 'obligatsionnaya', 'obligatsionnoe', 'obligatsionnoye', 'obligatsionnye', 'obligatsionnyye', 'obligatsionnykh', 'obligatsionnogo', 'obligatsionnoy', 'obligatsionnoi'],
  ['rating', 'ratings', 'reyting', 'reytinga', 'reytingi', 'reytingov', 'reytingovyy', 'reytingovyi', 'reytingoviy', 'reytingovaya', 'reytingovoe', 'reytingovoye', 'reytingovye', 'reytingovyye', 'reytingovykh', 'reytingovogo', 'reytingovoy', 'reytingovoi'],
  ['supply', 'supplies', 'delivery', 'deliveries', 'postavka', 'postavki', 'postavok'],
  ['supply', 'procurement', 'snabzhenie', 'snabzheniye', 'snabzheniya', 'snabzheniia', 'snabzhenii', 'snabzheniy', 'snabzheniyu', 'snabzhencheskiy', 'snabzhencheskii', 'snabzhencheskaya', 'snabzhencheskoe', 'snabzhencheskoye', 'snabzhencheskie', 'snabzhencheskiye', 'snabzhencheskikh', 'snabzhencheskogo', 'snabzhencheskoy', 'snabzhencheskoi'],
  ['supplier', 'suppliers', 'postavshchik', 'postavshchika', 'postavshchiki', 'postavshchikov'],
  ['procurement', 'purchasing', 'purchases', 'purchase', 'zakupka', 'zakupki', 'zakupok', 'zakupochnyy', 'zakupochnyi', 'zakupochniy', 'zakupochnaya', 'zakupochnoe', 'zakupochnoye', 'zakupochnye', 'zakupochnyye', 'zakupochnykh', 'zakupochnogo', 'zakupochnoy', 'zakupochnoi'],
  ['sales', 'distribution', 'sbyt', 'sbyta', 'sbytovoy', 'sbytovoi', 'sbytovaya', 'sbytovoe', 'sbytovoye', 'sbytovye', 'sbytovyye', 'sbytovykh', 'sbytovogo'],
  ['sale', 'sales', 'prodazha', 'prodazhi', 'prodazh'],
  ['distribution', 'distributing', 'raspredelenie', 'raspredeleniye', 'raspredeleniya', 'raspredeleniia', 'raspredelenii', 'raspredeleniy', 'raspredeleniyu', 'raspredelitelnyy', 'raspredelitelnyi', 'raspredelitelniy', 'raspredelitelnaya', 'raspredelitelnoe', 'raspredelitelnoye', 'raspredelitelnye', 'raspredelitelnyye', 'raspredelitelnykh', 'raspredelitelnogo', 'raspredelitelnoy', 'raspredelitelnoi'],
  ['distribution', 'distribyutsiya', 'distribyutsiia', 'distribyutsii', 'distribyutsiy', 'distribyutsiyu', 'distributsiya', 'distributsiia', 'distributsii', 'distributsiy', 'distributsiyu'],
  ['distributor', 'distributors', 'distribyutor', 'distribyutora', 'distribyutory', 'distribyutorov', 'distributora', 'distributory', 'distributorov'],
  ['dealer', 'dealers', 'diler', 'dilera', 'dilery', 'dilerov', 'dilerskiy', 'dilerskii', 'dilerskaya', 'dilerskoe', 'dilerskoye', 'dilerskie', 'dilerskiye', 'dilerskikh', 'dilerskogo', 'dilerskoy', 'dilerskoi'],
  ['warehouse', 'warehouses', 'storage', 'sklad', 'sklada', 'sklady', 'skladov', 'skladskoy', 'skladskoi', 'skladskaya', 'skladskoe', 'skladskoye', 'skladskie', 'skladskiye', 'skladskikh', 'skladskogo'],
  ['storage', 'khranenie', 'khraneniye', 'khraneniya', 'khraneniia', 'khranenii', 'khraneniy', 'khraneniyu'],
  ['storage facility', 'repository', 'khranilishche', 'khranilishcha', 'khranilishch'],
  ['manufacture', 'manufacturing', 'making', 'izgotovlenie', 'izgotovleniye', 'izgotovleniya', 'izgotovleniia', 'izgotovlenii', 'izgotovleniy', 'izgotovleniyu'],
  ['manufacturer', 'manufacturers', 'producer', 'producers', 'proizvoditel', 'proizvoditeli', 'proizvoditeley', 'proizvoditelei', 'proizvoditelya'],
  ['customer', 'client', 'zakazchik', 'zakazchika', 'zakazchiki', 'zakazchikov'],
  ['contractor', 'contracting', 'podryadchik', 'podryadchika', 'podryadchiki', 'podryadchikov', 'podryadnyy', 'podryadnyi', 'podryadniy', 'podryadnaya', 'podryadnoe', 'podryadnoye', 'podryadnye', 'podryadnyye', 'podryadnykh', 'podryadnogo', 'podryadnoy', 'podryadnoi'],
  ['brokerage', 'broker', 'brokerskiy', 'brokerskii', 'brokerskaya', 'brokerskoe', 'brokerskoye', 'brokerskie', 'brokerskiye', 'brokerskikh', 'brokerskogo', 'brokerskoy', 'brokerskoi'],
  ['market', 'markets', 'rynok', 'rynka', 'rynki', 'rynkov', 'rynochnyy', 'rynochnyi', 'rynochniy', 'rynochnaya', 'rynochnoe', 'rynochnoye', 'rynochnye', 'rynochnyye', 'rynochnykh', 'rynochnogo', 'rynochnoy', 'rynochnoi'],
  ['trade fair', 'yarmarka', 'yarmarki', 'yarmarok', 'yarmarochnyy', 'yarmarochnyi', 'yarmarochniy', 'yarmarochnaya', 'yarmarochnoe', 'yarmarochnoye', 'yarmarochnye', 'yarmarochnyye', 'yarmarochnykh', 'yarmarochnogo', 'yarmarochnoy', 'yarmarochnoi'],
  ['exhibition', 'exhibitions', 'vystavka', 'vystavki', 'vystavok', 'vystavochnyy', 'vystavochnyi', 'vystavochniy', 'vystavochnaya', 'vystavochnoe', 'vystavochnoye', 'vystavochnye', 'vystavochnyye', 'vystavochnykh', 'vystavochnogo', 'vystavochnoy', 'vystavochnoi'],
  ['servicing', 'maintenance', 'service', 'obsluzhivanie', 'obsluzhivaniye', 'obsluzhivaniya', 'obsluzhivaniia', 'obsluzhivanii', 'obsluzhivaniy', 'obsluzhivaniyu'],
  ['operation', 'operations', 'exploitation', 'ekspluatatsiya', 'ekspluatatsiia', 'ekspluatatsii', 'ekspluatatsiy', 'ekspluatatsiyu', 'ekspluatatsionnyy', 'ekspluatatsionnyi', 'ekspluatatsionniy', 'ekspluatatsionnaya', 'ekspluatatsionnoe', 'ekspluatatsionnoye', 'ekspluatatsionnye', 'ekspluatatsionnyye', 'ekspluatatsionnykh', 'ekspluatatsionnogo', 'ekspluatatsionnoy', 'ekspluatatsionnoi'],
  ['property', 'assets', 'imushchestvo', 'imushchestva', 'imushchestvennyy', 'imushchestvennyi', 'imushchestvenniy', 'imushchestvennaya', 'imushchestvennoe', 'imushchestvennoye', 'imushchestvennye', 'imushchestvennyye', 'imushchestvennykh', 'imushchestvennogo', 'imushchestvennoy', 'imushchestvennoi', 'mulik', 'mulki'],
  ['workshop', 'workshops', 'masterskaya', 'masterskie', 'masterskikh', 'masterskoy', 'masterskoi', 'masterskiye'],
  ['workshop', 'shop', 'tsekh', 'tsekha', 'tsekhi', 'tsekhov'],
  ['tourism', 'tourist', 'travel', 'turizm', 'turizma', 'turizmy', 'turizmov', 'turisticheskiy', 'turisticheskii', 'turisticheskaya', 'turisticheskoe', 'turisticheskoye', 'turisticheskie', 'turisticheskiye', 'turisticheskikh', 'turisticheskogo', 'turisticheskoy', 'turisticheskoi'],
  ['hotel', 'hotels', 'gostinitsa', 'gostinitsy', 'gostinits', 'gostinichnyy', 'gostinichnyi', 'gostinichniy', 'gostinichnaya', 'gostinichnoe', 'gostinichnoye', 'gostinichnye', 'gostinichnyye', 'gostinichnykh', 'gostinichnogo', 'gostinichnoy', 'gostinichnoi', 'otel', 'otelya', 'oteli', 'oteley'],
  ['restaurant', 'restaurants', 'restoran', 'restorana', 'restorany', 'restoranov', 'restorannyy', 'restorannyi', 'restoranniy', 'restorannaya', 'restorannoe', 'restorannoye', 'restorannye', 'restorannyye', 'restorannykh', 'restorannogo', 'restorannoy', 'restorannoi'],
  ['radio station', 'radiostantsiya', 'radiostantsiia', 'radiostantsii', 'radiostantsiy', 'radiostantsiyu'],
  ['freight', 'cargo', 'gruz', 'gruza', 'gruzy', 'gruzov', 'gruzovoy', 'gruzovoi', 'gruzovaya', 'gruzovoe', 'gruzovoye', 'gruzovye', 'gruzovyye', 'gruzovykh', 'gruzovogo'],
  ['transportation', 'carriage', 'haulage', 'transport', 'perevozka', 'perevozki', 'perevozok'],
  ['carrier', 'carriers', 'perevozchik', 'perevozchika', 'perevozchiki', 'perevozchikov'],
  ['forwarding', 'freight forwarding', 'forwarder', 'forwarders', 'ekspeditsionnyy', 'ekspeditsionnyi', 'ekspeditsionniy', 'ekspeditsionnaya', 'ekspeditsionnoe', 'ekspeditsionnoye', 'ekspeditsionnye', 'ekspeditsionnyye', 'ekspeditsionnykh', 'ekspeditsionnogo', 'ekspeditsionnoy', 'ekspeditsionnoi', 'ekspeditor', 'ekspeditora', 'ekspeditory', 'ekspeditorov', 'ekspeditorskiy', 'ekspeditorskii', 'ekspeditorskaya', 'ekspeditorskoe', 'ekspeditorskoye', 'ekspeditorskie', 'ekspeditorskiye', 'ekspeditorskikh', 'ekspeditorskogo', 'ekspeditorskoy', 'ekspeditorskoi'],
  ['road', 'roads', 'doroga', 'dorogi', 'dorog', 'dorozhnyy', 'dorozhnyi', 'dorozhniy', 'dorozhnaya', 'dorozhnoe', 'dorozhnoye', 'dorozhnye', 'dorozhnyye', 'dorozhnykh', 'dorozhnogo', 'dorozhnoy', 'dorozhnoi'],
  ['highway', 'motorway', 'motor road', 'shosse', 'avtomagistral', 'avtomagistrali', 'avtodoroga', 'avtodorogi', 'avtodorog'],
  ['bridge building', 'bridge construction', 'mostostroitelnyy', 'mostostroitelnyi', 'mostostroitelniy', 'mostostroitelnaya', 'mostostroitelnoe', 'mostostroitelnoye', 'mostostroitelnye', 'mostostroitelnyye', 'mostostroitelnykh', 'mostostroitelnogo', 'mostostroitelnoy', 'mostostroitelnoi', 'mostostroenie', 'mostostroeniye', 'mostostroeniya', 'mostostroeniia', 'mostostroenii', 'mostostroeniy', 'mostostroeniyu'],
  ['metro', 'underground', 'subway', 'metropoliten', 'metropolitena', 'metropoliteny', 'metropolitenov'],
  ['airport', 'airports', 'aeroport', 'aeroporta', 'aeroporty', 'aeroportov', 'auezhay', 'auezhayy', 'auezhai'],
  ['port', 'ports', 'harbour', 'harbor', 'porta', 'porty', 'portov', 'portovyy', 'portovyi', 'portoviy', 'portovaya', 'portovoe', 'portovoye', 'portovye', 'portovyye', 'portovykh', 'portovogo', 'portovoy', 'portovoi'],
  ['tanker', 'tankers', 'tankernyy', 'tankernyi', 'tankerniy', 'tankernaya', 'tankernoe', 'tankernoye', 'tankernye', 'tankernyye', 'tankernykh', 'tankernogo', 'tankernoy', 'tankernoi'],
  ['vessel', 'ship', 'sudno', 'sudna'],
  ['ship', 'ships', 'korabl', 'korablya', 'korabli', 'korabley', 'korablei'],
  ['shipowner', 'shipowners', 'sudovladelets', 'sudovladeltsy', 'sudovladeltsev'],
  ['stevedoring', 'stevedore', 'stividornyy', 'stividornyi', 'stividorniy', 'stividornaya', 'stividornoe', 'stividornoye', 'stividornye', 'stividornyye', 'stividornykh', 'stividornogo', 'stividornoy', 'stividornoi'],
  ['container', 'containers', 'konteyner', 'konteynera', 'konteynery', 'konteynerov', 'konteiner', 'konteinera', 'konteinery', 'konteinerov', 'konteynernyy', 'konteynernyi', 'konteynerniy', 'konteynernaya', 'konteynernoe', 'konteynernoye', 'konteynernye', 'konteynernyye', 'konteynernykh', 'konteynernogo', 'konteynernoy', 'konteynernoi', 'konteinernyy', 'konteinernyi', 'konteinerniy', 'konteinernaya', 'konteinernoe', 'konteinernoye', 'konteinernye', 'konteinernyye', 'konteinernykh', 'konteinernogo', 'konteinernoy', 'konteinernoi'],
  ['bunkering', 'bunkerovka', 'bunkerovki', 'bunkerovochnyy', 'bunkerovochnyi', 'bunkerovochniy', 'bunkerovochnaya', 'bunkerovochnoe', 'bunkerovochnoye', 'bunkerovochnye', 'bunkerovochnyye', 'bunkerovochnykh', 'bunkerovochnogo', 'bunkerovochnoy', 'bunkerovochnoi'],
  ['icebreaker', 'icebreakers', 'icebreaking', 'ledokol', 'ledokola', 'ledokoly', 'ledokolov', 'ledokolnyy', 'ledokolnyi', 'ledokolniy', 'ledokolnaya', 'ledokolnoe', 'ledokolnoye', 'ledokolnye', 'ledokolnyye', 'ledokolnykh', 'ledokolnogo', 'ledokolnoy', 'ledokolnoi'],
  ['emergency', 'accident', 'avariynyy', 'avariynyi', 'avariyniy', 'avariynaya', 'avariynoe', 'avariynoye', 'avariynye', 'avariynyye', 'avariynykh', 'avariynogo', 'avariynoy', 'avariynoi', 'avariinyy', 'avariinyi', 'avariiniy', 'avariinaya', 'avariinoe', 'avariinoye', 'avariinye', 'avariinyye', 'avariinykh', 'avariinogo', 'avariinoy', 'avariinoi'],
  ['line', 'lines', 'liniya', 'liniia', 'linii', 'liniy', 'liniyu'],
  ['wagon', 'wagons', 'railcar', 'railcars', 'vagon', 'vagona', 'vagony', 'vagonov', 'vagonnyy', 'vagonnyi', 'vagonniy', 'vagonnaya', 'vagonnoe', 'vagonnoye', 'vagonnye', 'vagonnyye', 'vagonnykh', 'vagonnogo', 'vagonnoy', 'vagonnoi'],
  ['locomotive', 'locomotives', 'lokomotiv', 'lokomotiva', 'lokomotivy', 'lokomotivov', 'lokomotivnyy', 'lokomotivnyi', 'lokomotivniy', 'lokomotivnaya', 'lokomotivnoe', 'lokomotivnoye', 'lokomotivnye', 'lokomotivnyye', 'lokomotivnykh', 'lokomotivnogo', 'lokomotivnoy', 'lokomotivnoi'],
  ['railway station', 'station', 'vokzal', 'vokzala', 'vokzaly', 'vokzalov'],
  ['motor transport', 'road transport', 'avtotransport', 'avtotransporta', 'avtotransportnyy', 'avtotransportnyi', 'avtotransportniy', 'avtotransportnaya', 'avtotransportnoe', 'avtotransportnoye', 'avtotransportnye', 'avtotransportnyye', 'avtotransportnykh', 'avtotransportnogo', 'avtotransportnoy', 'avtotransportnoi'],
  ['passenger', 'passengers', 'passazhirskiy', 'passazhirskii', 'passazhirskaya', 'passazhirskoe', 'passazhirskoye', 'passazhirskie', 'passazhirskiye', 'passazhirskikh', 'passazhirskogo', 'passazhirskoy', 'passazhirskoi'],
  ['post', 'postal', 'pochta', 'pochty', 'pochtovyy', 'pochtovyi', 'pochtoviy', 'pochtovaya', 'pochtovoe', 'pochtovoye', 'pochtovye', 'pochtovyye', 'pochtovykh', 'pochtovogo', 'pochtovoy', 'pochtovoi'],
  ['processing', 'refining', 'recycling', 'pererabotka', 'pererabotki', 'pererabatyvayushchiy', 'pererabatyvayushchii', 'pererabatyvayushchaya', 'pererabatyvayushchee', 'pererabatyvayushcheye', 'pererabatyvayushchie', 'pererabatyvayushchiye', 'pererabatyvayushchikh', 'pererabatyvayushchego', 'pererabatyvayushchey', 'pererabatyvayushchei'],
  ['petrochemical', 'petrochemicals', 'petrochemistry', 'neftekhimicheskiy', 'neftekhimicheskii', 'neftekhimicheskaya', 'neftekhimicheskoe', 'neftekhimicheskoye', 'neftekhimicheskie', 'neftekhimicheskiye', 'neftekhimicheskikh', 'neftekhimicheskogo', 'neftekhimicheskoy', 'neftekhimicheskoi', 'neftekhimiya', 'neftekhimiia', 'neftekhimii', 'neftekhimiy', 'neftekhimiyu'],
  ['gas processing', 'gazopererabatyvayushchiy', 'gazopererabatyvayushchii', 'gazopererabatyvayushchaya', 'gazopererabatyvayushchee', 'gazopererabatyvayushcheye', 'gazopererabatyvayushchie', 'gazopererabatyvayushchiye', 'gazopererabatyvayushchikh', 'gazopererabatyvayushchego', 'gazopererabatyvayushchey', 'gazopererabatyvayushchei'],
  ['gas distribution', 'gazoraspredelitelnyy', 'gazoraspredelitelnyi', 'gazoraspredelitelniy', 'gazoraspredelitelnaya', 'gazoraspredelitelnoe', 'gazoraspredelitelnoye', 'gazoraspredelitelnye', 'gazoraspredelitelnyye', 'gazoraspredelitelnykh', 'gazoraspredelitelnogo', 'gazoraspredelitelnoy', 'gazoraspredelitelnoi'],
  ['gas supply', 'gazosnabzhenie', 'gazosnabzheniye', 'gazosnabzheniya', 'gazosnabzheniia', 'gazosnabzhenii', 'gazosnabzheniy', 'gazosnabzheniyu'],
  ['heat supply', 'teplosnabzhenie', 'teplosnabzheniye', 'teplosnabzheniya', 'teplosnabzheniia', 'teplosnabzhenii', 'teplosnabzheniy', 'teplosnabzheniyu'],
  ['water supply', 'vodosnabzhenie', 'vodosnabzheniye', 'vodosnabzheniya', 'vodosnabzheniia', 'vodosnabzhenii', 'vodosnabzheniy', 'vodosnabzheniyu'],
  ['water utility', 'waterworks', 'vodokanal', 'vodokanala', 'vodokanaly', 'vodokanalov'],
  ['water', 'aquatic', 'waters', 'voda', 'vodnyy', 'vodnyi', 'vodniy', 'vodnaya', 'vodnoe', 'vodnoye', 'vodnye', 'vodnyye', 'vodnykh', 'vodnogo', 'vodnoy', 'vodnoi'],
  ['energy sales', 'power sales', 'energy retail', 'energosbyt', 'energosbyta', 'energosbytovoy', 'energosbytovoi', 'energosbytovaya', 'energosbytovoe', 'energosbytovoye', 'energosbytovye', 'energosbytovyye', 'energosbytovykh', 'energosbytovogo'],
  ['electricity', 'electric power', 'electrical energy', 'elektroenergiya', 'elektroenergiia', 'elektroenergii', 'elektroenergiy', 'elektroenergiyu'],
  ['electric power', 'electricity', 'elektroenergetika', 'elektroenergetiki', 'elektroenergeticheskiy', 'elektroenergeticheskii', 'elektroenergeticheskaya', 'elektroenergeticheskoe', 'elektroenergeticheskoye', 'elektroenergeticheskie', 'elektroenergeticheskiye', 'elektroenergeticheskikh', 'elektroenergeticheskogo', 'elektroenergeticheskoy', 'elektroenergeticheskoi'],
  ['electric grid', 'electric grids', 'power grid', 'electric networks', 'elektroseti', 'elektrosetey', 'elektrosetei', 'elektrosetevoy', 'elektrosetevoi', 'elektrosetevaya', 'elektrosetevoe', 'elektrosetevoye', 'elektrosetevye', 'elektrosetevyye', 'elektrosetevykh', 'elektrosetevogo'],
  ['hydropower plant', 'hydroelectric plant', 'gidroelektrostantsiya', 'gidroelektrostantsiia', 'gidroelektrostantsii', 'gidroelektrostantsiy', 'gidroelektrostantsiyu'],
  ['hydropower', 'hydroelectric', 'hydro power', 'gidroenergetika', 'gidroenergetiki', 'gidroenergeticheskiy', 'gidroenergeticheskii', 'gidroenergeticheskaya', 'gidroenergeticheskoe', 'gidroenergeticheskoye', 'gidroenergeticheskie', 'gidroenergeticheskiye', 'gidroenergeticheskikh', 'gidroenergeticheskogo', 'gidroenergeticheskoy', 'gidroenergeticheskoi'],
  ['teploelektrotsentral', 'teploelektrotsentrali'],
  ['renewable', 'vozobnovlyaemyy', 'vozobnovlyaemyi', 'vozobnovlyaemiy', 'vozobnovlyaemaya', 'vozobnovlyaemoe', 'vozobnovlyaemoye', 'vozobnovlyaemye', 'vozobnovlyaemyye', 'vozobnovlyaemykh', 'vozobnovlyaemogo', 'vozobnovlyaemoy', 'vozobnovlyaemoi', 'vozobnovliaemyy', 'vozobnovliaemyi', 'vozobnovliaemiy', 'vozobnovliaemaya', 'vozobnovliaemoe', 'vozobnovliaemoye', 'vozobnovliaemye', 'vozobnovliaemyye', 'vozobnovliaemykh', 'vozobnovliaemogo', 'vozobnovliaemoy', 'vozobnovliaemoi'],
  ['solar', 'solnechnyy', 'solnechnyi', 'solnechniy', 'solnechnaya', 'solnechnoe', 'solnechnoye', 'solnechnye', 'solnechnyye', 'solnechnykh', 'solnechnogo', 'solnechnoy', 'solnechnoi'],
  ['generation', 'generating', 'generatsiya', 'generatsiia', 'generatsii', 'generatsiy', 'generatsiyu', 'generiruyushchiy', 'generiruyushchii', 'generiruyushchaya', 'generiruyushchee', 'generiruyushcheye', 'generiruyushchie', 'generiruyushchiye', 'generiruyushchikh', 'generiruyushchego', 'generiruyushchey', 'generiruyushchei'],
  ['energy saving', 'energy efficiency', 'energosberezhenie', 'energosberezheniye', 'energosberezheniya', 'energosberezheniia', 'energosberezhenii', 'energosberezheniy', 'energosberezheniyu'],
  ['efficiency', 'effektivnost', 'effektivnosti', 'effektivnostey'],
  ['dispatch', 'dispatching', 'dispatcher', 'dispetcherskiy', 'dispetcherskii', 'dispetcherskaya', 'dispetcherskoe', 'dispetcherskoye', 'dispetcherskie', 'dispetcherskiye', 'dispetcherskikh', 'dispetcherskogo', 'dispetcherskoy', 'dispetcherskoi'],
  ['fuel', 'fuels', 'toplivo', 'topliva', 'toplivnyy', 'toplivnyi', 'toplivniy', 'toplivnaya', 'toplivnoe', 'toplivnoye', 'toplivnye', 'toplivnyye', 'toplivnykh', 'toplivnogo', 'toplivnoy', 'toplivnoi'],
  ['petroleum products', 'oil products', 'nefteprodukty', 'nefteproduktov', 'nefteprodukt'],
  ['neftegazovyy', 'neftegazovyi', 'neftegazoviy', 'neftegazovaya', 'neftegazovoe', 'neftegazovoye', 'neftegazovye', 'neftegazovyye', 'neftegazovykh', 'neftegazovogo', 'neftegazovoy', 'neftegazovoi'],
  ['drilling', 'burenie', 'bureniye', 'bureniya', 'bureniia', 'burenii', 'bureniy', 'bureniyu', 'burovoy', 'burovoi', 'burovaya', 'burovoe', 'burovoye', 'burovye', 'burovyye', 'burovykh', 'burovogo'],
  ['subsoil', 'mineral resources', 'nedra', 'nedr', 'nedropolzovanie', 'nedropolzovaniye', 'nedropolzovaniya', 'nedropolzovaniia', 'nedropolzovanii', 'nedropolzovaniy', 'nedropolzovaniyu'],
  ['resources', 'resource', 'resurs', 'resursa', 'resursy', 'resursov', 'resursnyy', 'resursnyi', 'resursniy', 'resursnaya', 'resursnoe', 'resursnoye', 'resursnye', 'resursnyye', 'resursnykh', 'resursnogo', 'resursnoy', 'resursnoi'],
  ['field', 'deposit', 'fields', 'mestorozhdenie', 'mestorozhdeniye', 'mestorozhdeniya', 'mestorozhdeniia', 'mestorozhdenii', 'mestorozhdeniy', 'mestorozhdeniyu'],
  ['radioactive', 'radioaktivnyy', 'radioaktivnyi', 'radioaktivniy', 'radioaktivnaya', 'radioaktivnoe', 'radioaktivnoye', 'radioaktivnye', 'radioaktivnyye', 'radioaktivnykh', 'radioaktivnogo', 'radioaktivnoy', 'radioaktivnoi'],
  ['uranium', 'uran', 'urana', 'uranovyy', 'uranovyi', 'uranoviy', 'uranovaya', 'uranovoe', 'uranovoye', 'uranovye', 'uranovyye', 'uranovykh', 'uranovogo', 'uranovoy', 'uranovoi'],
  ['isotope', 'isotopes', 'izotop', 'izotopa', 'izotopy', 'izotopov'],
  ['potash', 'potassium', 'kaliy', 'kalii', 'kaliya', 'kaliynyy', 'kaliynyi', 'kaliyniy', 'kaliynaya', 'kaliynoe', 'kaliynoye', 'kaliynye', 'kaliynyye', 'kaliynykh', 'kaliynogo', 'kaliynoy', 'kaliynoi', 'kaliinyy', 'kaliinyi', 'kaliiniy', 'kaliinaya', 'kaliinoe', 'kaliinoye', 'kaliinye', 'kaliinyye', 'kaliinykh', 'kaliinogo', 'kaliinoy', 'kaliinoi'],
  ['phosphate', 'phosphates', 'fosfat', 'fosfata', 'fosfaty', 'fosfatov', 'fosfatnyy', 'fosfatnyi', 'fosfatniy', 'fosfatnaya', 'fosfatnoe', 'fosfatnoye', 'fosfatnye', 'fosfatnyye', 'fosfatnykh', 'fosfatnogo', 'fosfatnoy', 'fosfatnoi'],
  ['nitrogen', 'azot', 'azota', 'azotnyy', 'azotnyi', 'azotniy', 'azotnaya', 'azotnoe', 'azotnoye', 'azotnye', 'azotnyye', 'azotnykh', 'azotnogo', 'azotnoy', 'azotnoi'],
  ['mineral', 'minerals', 'mineralnyy', 'mineralnyi', 'mineralniy', 'mineralnaya', 'mineralnoe', 'mineralnoye', 'mineralnye', 'mineralnyye', 'mineralnykh', 'mineralnogo', 'mineralnoy', 'mineralnoi'],
  ['fertilizer', 'fertilizers', 'fertiliser', 'fertilisers', 'udobrenie', 'udobreniye', 'udobreniya', 'udobreniia', 'udobrenii', 'udobreniy', 'udobreniyu'],
  ['agrochemical', 'agrochemistry', 'agrokhimicheskiy', 'agrokhimicheskii', 'agrokhimicheskaya', 'agrokhimicheskoe', 'agrokhimicheskoye', 'agrokhimicheskie', 'agrokhimicheskiye', 'agrokhimicheskikh', 'agrokhimicheskogo', 'agrokhimicheskoy', 'agrokhimicheskoi', 'agrokhimiya', 'agrokhimiia', 'agrokhimii', 'agrokhimiy', 'agrokhimiyu'],
  ['cement', 'tsement', 'tsementa', 'tsementy', 'tsementov', 'tsementnyy', 'tsementnyi', 'tsementniy', 'tsementnaya', 'tsementnoe', 'tsementnoye', 'tsementnye', 'tsementnyye', 'tsementnykh', 'tsementnogo', 'tsementnoy', 'tsementnoi'],
  ['collective farm', 'kolkhoz', 'kolkhoza', 'kolkhozy', 'kolkhozov'],
  ['state farm', 'sovkhoz', 'sovkhoza', 'sovkhozy', 'sovkhozov'],
  ['farmer', 'farmers', 'farming', 'fermer', 'fermera', 'fermery', 'fermerov', 'fermerskiy', 'fermerskii', 'fermerskaya', 'fermerskoe', 'fermerskoye', 'fermerskie', 'fermerskiye', 'fermerskikh', 'fermerskogo', 'fermerskoy', 'fermerskoi'],
  ['livestock', 'animal husbandry', 'livestock breeding', 'zhivotnovodstvo', 'zhivotnovodstva', 'zhivotnovodcheskiy', 'zhivotnovodcheskii', 'zhivotnovodcheskaya', 'zhivotnovodcheskoe', 'zhivotnovodcheskoye', 'zhivotnovodcheskie', 'zhivotnovodcheskiye', 'zhivotnovodcheskikh', 'zhivotnovodcheskogo', 'zhivotnovodcheskoy', 'zhivotnovodcheskoi'],
  ['poultry farm', 'poultry plant', 'ptitsefabrika', 'ptitsefabriki'],
  ['poultry', 'poultry farming', 'ptitsevodstvo', 'ptitsevodstva', 'ptitsevodcheskiy', 'ptitsevodcheskii', 'ptitsevodcheskaya', 'ptitsevodcheskoe', 'ptitsevodcheskoye', 'ptitsevodcheskie', 'ptitsevodcheskiye', 'ptitsevodcheskikh', 'ptitsevodcheskogo', 'ptitsevodcheskoy', 'ptitsevodcheskoi'],
  ['dairy', 'milk', 'molochnyy', 'molochnyi', 'molochniy', 'molochnaya', 'molochnoe', 'molochnoye', 'molochnye', 'molochnyye', 'molochnykh', 'molochnogo', 'molochnoy', 'molochnoi', 'moloko', 'moloka'],
  ['meat', 'myaso', 'myasa', 'miaso', 'myasnoy', 'myasnoi', 'myasnaya', 'myasnoe', 'myasnoye', 'myasnye', 'myasnyye', 'myasnykh', 'myasnogo'],
  ['meat plant', 'myasokombinat', 'myasokombinata', 'myasokombinaty', 'myasokombinatov'],
  ['fish', 'rybnyy', 'rybnyi', 'rybniy', 'rybnaya', 'rybnoe', 'rybnoye', 'rybnye', 'rybnyye', 'rybnykh', 'rybnogo', 'rybnoy', 'rybnoi'],
  ['fishing', 'fisheries', 'fishery', 'rybolovstvo', 'rybolovstva', 'rybolovetskiy', 'rybolovetskii', 'rybolovetskaya', 'rybolovetskoe', 'rybolovetskoye', 'rybolovetskie', 'rybolovetskiye', 'rybolovetskikh', 'rybolovetskogo', 'rybolovetskoy', 'rybolovetskoi', 'rybolovnyy', 'rybolovnyi', 'rybolovniy', 'rybolovnaya', 'rybolovnoe', 'rybolovnoye', 'rybolovnye', 'rybolovnyye', 'rybolovnykh', 'rybolovnogo', 'rybolovnoy', 'rybolovnoi', 'rybokhozyaystvennyy', 'rybokhozyaystvennyi', 'rybokhozyaystvenniy', 'rybokhozyaystvennaya', 'rybokhozyaystvennoe', 'rybokhozyaystvennoye', 'rybokhozyaystvennye', 'rybokhozyaystvennyye', 'rybokhozyaystvennykh', 'rybokhozyaystvennogo', 'rybokhozyaystvennoy', 'rybokhozyaystvennoi'],
  ['fish processing', 'rybopererabatyvayushchiy', 'rybopererabatyvayushchii', 'rybopererabatyvayushchaya', 'rybopererabatyvayushchee', 'rybopererabatyvayushcheye', 'rybopererabatyvayushchie', 'rybopererabatyvayushchiye', 'rybopererabatyvayushchikh', 'rybopererabatyvayushchego', 'rybopererabatyvayushchey', 'rybopererabatyvayushchei'],
  ['seafood', 'moreprodukty', 'moreproduktov'],
  ['bread', 'bakery', 'khleb', 'khleba', 'khlebnyy', 'khlebnyi', 'khlebniy', 'khlebnaya', 'khlebnoe', 'khlebnoye', 'khlebnye', 'khlebnyye', 'khlebnykh', 'khlebnogo', 'khlebnoy', 'khlebnoi'],
  ['bakery', 'bread factory', 'bakery plant', 'khlebozavod', 'khlebozavoda', 'khlebozavody', 'khlebozavodov', 'khlebokombinat', 'khlebokombinata', 'khlebokombinaty', 'khlebokombinatov'],
  ['grain products', 'bread products', 'khleboprodukty', 'khleboproduktov'],
  ['flour milling', 'flour-milling', 'flour mill', 'mukomolnyy', 'mukomolnyi', 'mukomolniy', 'mukomolnaya', 'mukomolnoe', 'mukomolnoye', 'mukomolnye', 'mukomolnyye', 'mukomolnykh', 'mukomolnogo', 'mukomolnoy', 'mukomolnoi'],
  ['butter', 'edible oil', 'maslo', 'masla'],
  ['maslozhirovoy', 'maslozhirovoi', 'maslozhirovaya', 'maslozhirovoe', 'maslozhirovoye', 'maslozhirovye', 'maslozhirovyye', 'maslozhirovykh', 'maslozhirovogo'],
  ['vegetables', 'vegetable', 'ovoshchi', 'ovoshchey', 'ovoshchei', 'ovoshchnoy', 'ovoshchnoi', 'ovoshchnaya', 'ovoshchnoe', 'ovoshchnoye', 'ovoshchnye', 'ovoshchnyye', 'ovoshchnykh', 'ovoshchnogo'],
  ['fruit', 'fruits', 'frukty', 'fruktov', 'fruktovyy', 'fruktovyi', 'fruktoviy', 'fruktovaya', 'fruktovoe', 'fruktovoye', 'fruktovye', 'fruktovyye', 'fruktovykh', 'fruktovogo', 'fruktovoy', 'fruktovoi'],
  ['alcohol', 'alcoholic', 'alkogol', 'alkogolya', 'alkogolnyy', 'alkogolnyi', 'alkogolniy', 'alkogolnaya', 'alkogolnoe', 'alkogolnoye', 'alkogolnye', 'alkogolnyye', 'alkogolnykh', 'alkogolnogo', 'alkogolnoy', 'alkogolnoi'],
  ['spirit', 'spirits', 'alcohol', 'spirt', 'spirta', 'spirtovoy', 'spirtovoi', 'spirtovaya', 'spirtovoe', 'spirtovoye', 'spirtovye', 'spirtovyye', 'spirtovykh', 'spirtovogo'],
  ['wine', 'wines', 'winery', 'winemaking', 'vino', 'vina', 'vinodelcheskiy', 'vinodelcheskii', 'vinodelcheskaya', 'vinodelcheskoe', 'vinodelcheskoye', 'vinodelcheskie', 'vinodelcheskiye', 'vinodelcheskikh', 'vinodelcheskogo', 'vinodelcheskoy', 'vinodelcheskoi', 'vinodelnyy', 'vinodelnyi', 'vinodelniy', 'vinodelnaya', 'vinodelnoe', 'vinodelnoye', 'vinodelnye', 'vinodelnyye', 'vinodelnykh', 'vinodelnogo', 'vinodelnoy', 'vinodelnoi'],
  ['beer', 'brewery', 'brewing', 'pivo', 'piva', 'pivovarennyy', 'pivovarennyi', 'pivovarenniy', 'pivovarennaya', 'pivovarennoe', 'pivovarennoye', 'pivovarennye', 'pivovarennyye', 'pivovarennykh', 'pivovarennogo', 'pivovarennoy', 'pivovarennoi', 'pivovarnya', 'pivovarni'],
  ['tobacco', 'tabak', 'tabaka', 'tabachnyy', 'tabachnyi', 'tabachniy', 'tabachnaya', 'tabachnoe', 'tabachnoye', 'tabachnye', 'tabachnyye', 'tabachnykh', 'tabachnogo', 'tabachnoy', 'tabachnoi'],
  ['confectionery', 'konditerskiy', 'konditerskii', 'konditerskaya', 'konditerskoe', 'konditerskoye', 'konditerskie', 'konditerskiye', 'konditerskikh', 'konditerskogo', 'konditerskoy', 'konditerskoi'],
  ['products', 'product', 'foodstuffs', 'produkty', 'produktov', 'produkt', 'produkta'],
  ['nutrition', 'food', 'pitanie', 'pitaniye', 'pitaniya', 'pitaniia', 'pitanii', 'pitaniy', 'pitaniyu'],
  ['timber industry', 'forest industry', 'lesopromyshlennyy', 'lesopromyshlennyi', 'lesopromyshlenniy', 'lesopromyshlennaya', 'lesopromyshlennoe', 'lesopromyshlennoye', 'lesopromyshlennye', 'lesopromyshlennyye', 'lesopromyshlennykh', 'lesopromyshlennogo', 'lesopromyshlennoy', 'lesopromyshlennoi'],
  ['woodworking', 'wood processing', 'derevoobrabatyvayushchiy', 'derevoobrabatyvayushchii', 'derevoobrabatyvayushchaya', 'derevoobrabatyvayushchee', 'derevoobrabatyvayushcheye', 'derevoobrabatyvayushchie', 'derevoobrabatyvayushchiye', 'derevoobrabatyvayushchikh', 'derevoobrabatyvayushchego', 'derevoobrabatyvayushchey', 'derevoobrabatyvayushchei', 'derevoobrabotka', 'derevoobrabotki'],
  ['wood', 'timber', 'drevesina', 'drevesiny', 'drevesnyy', 'drevesnyi', 'drevesniy', 'drevesnaya', 'drevesnoe', 'drevesnoye', 'drevesnye', 'drevesnyye', 'drevesnykh', 'drevesnogo', 'drevesnoy', 'drevesnoi'],
  ['sawmill', 'sawmilling', 'lesopilnyy', 'lesopilnyi', 'lesopilniy', 'lesopilnaya', 'lesopilnoe', 'lesopilnoye', 'lesopilnye', 'lesopilnyye', 'lesopilnykh', 'lesopilnogo', 'lesopilnoy', 'lesopilnoi'],
  ['pulp', 'cellulose', 'tsellyuloza', 'tsellyulozy', 'tsellyuloznyy', 'tsellyuloznyi', 'tsellyulozniy', 'tsellyuloznaya', 'tsellyuloznoe', 'tsellyuloznoye', 'tsellyuloznye', 'tsellyuloznyye', 'tsellyuloznykh', 'tsellyuloznogo', 'tsellyuloznoy', 'tsellyuloznoi', 'tselluloza', 'tsellulozy', 'tselluloznyy', 'tselluloznyi', 'tsellulozniy', 'tselluloznaya', 'tselluloznoe', 'tselluloznoye', 'tselluloznye', 'tselluloznyye', 'tselluloznykh', 'tselluloznogo', 'tselluloznoy', 'tselluloznoi'],
  ['paper', 'bumaga', 'bumagi', 'bumazhnyy', 'bumazhnyi', 'bumazhniy', 'bumazhnaya', 'bumazhnoe', 'bumazhnoye', 'bumazhnye', 'bumazhnyye', 'bumazhnykh', 'bumazhnogo', 'bumazhnoy', 'bumazhnoi'],
  ['textile', 'textiles', 'tekstil', 'tekstilya', 'tekstilnyy', 'tekstilnyi', 'tekstilniy', 'tekstilnaya', 'tekstilnoe', 'tekstilnoye', 'tekstilnye', 'tekstilnyye', 'tekstilnykh', 'tekstilnogo', 'tekstilnoy', 'tekstilnoi'],
  ['light', 'legkiy', 'legkii', 'legkaya', 'legkoe', 'legkoye', 'legkie', 'legkiye', 'legkikh', 'legkogo', 'legkoy', 'legkoi', 'lyogkiy', 'lyogkii', 'lyogkaya', 'lyogkoe', 'lyogkoye', 'lyogkie', 'lyogkiye', 'lyogkikh', 'lyogkogo', 'lyogkoy', 'lyogkoi'],
  ['jewellery', 'jewelry', 'yuvelirnyy', 'yuvelirnyi', 'yuvelirniy', 'yuvelirnaya', 'yuvelirnoe', 'yuvelirnoye', 'yuvelirnye', 'yuvelirnyye', 'yuvelirnykh', 'yuvelirnogo', 'yuvelirnoy', 'yuvelirnoi', 'iuvelirnyy', 'iuvelirnyi', 'iuvelirniy', 'iuvelirnaya', 'iuvelirnoe', 'iuvelirnoye', 'iuvelirnye', 'iuvelirnyye', 'iuvelirnykh', 'iuvelirnogo', 'iuvelirnoy', 'iuvelirnoi'],
  ['silver', 'serebro', 'serebra', 'serebryanyy', 'serebryanyi', 'serebryaniy', 'serebryanaya', 'serebryanoe', 'serebryanoye', 'serebryanye', 'serebryanyye', 'serebryanykh', 'serebryanogo', 'serebryanoy', 'serebryanoi'],
  ['precious', 'dragotsennyy', 'dragotsennyi', 'dragotsenniy', 'dragotsennaya', 'dragotsennoe', 'dragotsennoye', 'dragotsennye', 'dragotsennyye', 'dragotsennykh', 'dragotsennogo', 'dragotsennoy', 'dragotsennoi'],
  ['housing', 'residential', 'zhilishchnyy', 'zhilishchnyi', 'zhilishchniy', 'zhilishchnaya', 'zhilishchnoe', 'zhilishchnoye', 'zhilishchnye', 'zhilishchnyye', 'zhilishchnykh', 'zhilishchnogo', 'zhilishchnoy', 'zhilishchnoi', 'zhile', 'zhilye', 'zhilya'],
  ['communal', 'utilities', 'utility', 'public utilities', 'kommunalnyy', 'kommunalnyi', 'kommunalniy', 'kommunalnaya', 'kommunalnoe', 'kommunalnoye', 'kommunalnye', 'kommunalnyye', 'kommunalnykh', 'kommunalnogo', 'kommunalnoy', 'kommunalnoi'],
  ['developer', 'developers', 'zastroyshchik', 'zastroyshchika', 'zastroyshchiki', 'zastroyshchikov', 'zastroishchik', 'zastroishchika', 'zastroishchiki', 'zastroishchikov'],
  ['building', 'buildings', 'zdanie', 'zdaniye', 'zdaniya', 'zdaniia', 'zdanii', 'zdaniy', 'zdaniyu'],
  ['installation', 'assembly', 'erection', 'mounting', 'montazh', 'montazha', 'montazhi', 'montazhey', 'montazhnyy', 'montazhnyi', 'montazhniy', 'montazhnaya', 'montazhnoe', 'montazhnoye', 'montazhnye', 'montazhnyye', 'montazhnykh', 'montazhnogo', 'montazhnoy', 'montazhnoi'],
  ['architecture', 'architectural', 'arkhitektura', 'arkhitektury', 'arkhitekturnyy', 'arkhitekturnyi', 'arkhitekturniy', 'arkhitekturnaya', 'arkhitekturnoe', 'arkhitekturnoye', 'arkhitekturnye', 'arkhitekturnyye', 'arkhitekturnykh', 'arkhitekturnogo', 'arkhitekturnoy', 'arkhitekturnoi'],
  ['urban planning', 'town planning', 'urban development', 'gradostroitelstvo', 'gradostroitelstva', 'gradostroitelnyy', 'gradostroitelnyi', 'gradostroitelniy', 'gradostroitelnaya', 'gradostroitelnoe', 'gradostroitelnoye', 'gradostroitelnye', 'gradostroitelnyye', 'gradostroitelnykh', 'gradostroitelnogo', 'gradostroitelnoy', 'gradostroitelnoi'],
  ['house-building', 'housing construction', 'house building', 'domostroitelnyy', 'domostroitelnyi', 'domostroitelniy', 'domostroitelnaya', 'domostroitelnoe', 'domostroitelnoye', 'domostroitelnye', 'domostroitelnyye', 'domostroitelnykh', 'domostroitelnogo', 'domostroitelnoy', 'domostroitelnoi', 'domostroenie', 'domostroeniye', 'domostroeniya', 'domostroeniia', 'domostroenii', 'domostroeniy', 'domostroeniyu'],
  ['mobile', 'mobilnyy', 'mobilnyi', 'mobilniy', 'mobilnaya', 'mobilnoe', 'mobilnoye', 'mobilnye', 'mobilnyye', 'mobilnykh', 'mobilnogo', 'mobilnoy', 'mobilnoi'],
  ['cellular', 'sotovyy', 'sotovyi', 'sotoviy', 'sotovaya', 'sotovoe', 'sotovoye', 'sotovye', 'sotovyye', 'sotovykh', 'sotovogo', 'sotovoy', 'sotovoi'],
  ['provider', 'providers', 'provayder', 'provaydera', 'provaydery', 'provayderov', 'provaider', 'provaidera', 'provaidery', 'provaiderov'],
  ['cybersecurity', 'cyber security', 'kiberbezopasnost', 'kiberbezopasnosti', 'kiberbezopasnostey'],
  ['cloud', 'oblachnyy', 'oblachnyi', 'oblachniy', 'oblachnaya', 'oblachnoe', 'oblachnoye', 'oblachnye', 'oblachnyye', 'oblachnykh', 'oblachnogo', 'oblachnoy', 'oblachnoi'],
  ['geoinformation', 'geographic information', 'geo-information', 'geoinformatsionnyy', 'geoinformatsionnyi', 'geoinformatsionniy', 'geoinformatsionnaya', 'geoinformatsionnoe', 'geoinformatsionnoye', 'geoinformatsionnye', 'geoinformatsionnyye', 'geoinformatsionnykh', 'geoinformatsionnogo', 'geoinformatsionnoy', 'geoinformatsionnoi'],
  ['hospital', 'hospitals', 'bolnitsa', 'bolnitsy', 'bolnits', 'bolnichnyy', 'bolnichnyi', 'bolnichniy', 'bolnichnaya', 'bolnichnoe', 'bolnichnoye', 'bolnichnye', 'bolnichnyye', 'bolnichnykh', 'bolnichnogo', 'bolnichnoy', 'bolnichnoi', 'aurukhana', 'auruhana', 'aurukhanasy'],
  ['hospital', 'military hospital', 'gospital', 'gospitalya', 'gospitali'],
  ['clinic', 'clinics', 'clinical', 'klinika', 'kliniki', 'klinik', 'klinicheskiy', 'klinicheskii', 'klinicheskaya', 'klinicheskoe', 'klinicheskoye', 'klinicheskie', 'klinicheskiye', 'klinicheskikh', 'klinicheskogo', 'klinicheskoy', 'klinicheskoi'],
  ['polyclinic', 'outpatient clinic', 'poliklinika', 'polikliniki', 'poliklinik'],
  ['dispensary', 'dispanser', 'dispansera', 'dispansery', 'dispanserov'],
  ['pharmacy', 'pharmacies', 'chemist', 'apteka', 'apteki', 'aptek', 'aptechnyy', 'aptechnyi', 'aptechniy', 'aptechnaya', 'aptechnoe', 'aptechnoye', 'aptechnye', 'aptechnyye', 'aptechnykh', 'aptechnogo', 'aptechnoy', 'aptechnoi', 'darikhana', 'dariqana'],
  ['pharmaceuticals', 'pharmaceutics', 'pharmaceutical industry', 'farmatsevtika', 'farmatsevtiki'],
  ['pharmacology', 'pharmacological', 'farmakologiya', 'farmakologiia', 'farmakologii', 'farmakologiy', 'farmakologiyu', 'farmakologicheskiy', 'farmakologicheskii', 'farmakologicheskaya', 'farmakologicheskoe', 'farmakologicheskoye', 'farmakologicheskie', 'farmakologicheskiye', 'farmakologicheskikh', 'farmakologicheskogo', 'farmakologicheskoy', 'farmakologicheskoi'],
  ['medicines', 'medicinal', 'drugs', 'medicine', 'lekarstvennyy', 'lekarstvennyi', 'lekarstvenniy', 'lekarstvennaya', 'lekarstvennoe', 'lekarstvennoye', 'lekarstvennye', 'lekarstvennyye', 'lekarstvennykh', 'lekarstvennogo', 'lekarstvennoy', 'lekarstvennoi', 'lekarstva', 'lekarstv', 'lekarstvo'],
  ['preparations', 'drugs', 'preparaty', 'preparatov'],
  ['vaccine', 'vaccines', 'vaktsina', 'vaktsiny', 'vaktsin'],
  ['biotechnology', 'biotechnologies', 'biotechnological', 'biotech', 'biotekhnologiya', 'biotekhnologiia', 'biotekhnologii', 'biotekhnologiy', 'biotekhnologiyu', 'biotekhnologicheskiy', 'biotekhnologicheskii', 'biotekhnologicheskaya', 'biotekhnologicheskoe', 'biotekhnologicheskoye', 'biotekhnologicheskie', 'biotekhnologicheskiye', 'biotekhnologicheskikh', 'biotekhnologicheskogo', 'biotekhnologicheskoy', 'biotekhnologicheskoi'],
  ['immunology', 'immunological', 'immunologiya', 'immunologiia', 'immunologii', 'immunologiy', 'immunologiyu', 'immunologicheskiy', 'immunologicheskii', 'immunologicheskaya', 'immunologicheskoe', 'immunologicheskoye', 'immunologicheskie', 'immunologicheskiye', 'immunologicheskikh', 'immunologicheskogo', 'immunologicheskoy', 'immunologicheskoi'],
  ['virology', 'virological', 'virusologiya', 'virusologiia', 'virusologii', 'virusologiy', 'virusologiyu', 'virusologicheskiy', 'virusologicheskii', 'virusologicheskaya', 'virusologicheskoe', 'virusologicheskoye', 'virusologicheskie', 'virusologicheskiye', 'virusologicheskikh', 'virusologicheskogo', 'virusologicheskoy', 'virusologicheskoi'],
  ['epidemiology', 'epidemiological', 'epidemiologiya', 'epidemiologiia', 'epidemiologii', 'epidemiologiy', 'epidemiologiyu', 'epidemiologicheskiy', 'epidemiologicheskii', 'epidemiologicheskaya', 'epidemiologicheskoe', 'epidemiologicheskoye', 'epidemiologicheskie', 'epidemiologicheskiye', 'epidemiologicheskikh', 'epidemiologicheskogo', 'epidemiologicheskoy', 'epidemiologicheskoi'],
  ['microbiology', 'microbiological', 'mikrobiologiya', 'mikrobiologiia', 'mikrobiologii', 'mikrobiologiy', 'mikrobiologiyu', 'mikrobiologicheskiy', 'mikrobiologicheskii', 'mikrobiologicheskaya', 'mikrobiologicheskoe', 'mikrobiologicheskoye', 'mikrobiologicheskie', 'mikrobiologicheskiye', 'mikrobiologicheskikh', 'mikrobiologicheskogo', 'mikrobiologicheskoy', 'mikrobiologicheskoi'],
  ['oncology', 'oncological', 'cancer', 'onkologiya', 'onkologiia', 'onkologii', 'onkologiy', 'onkologiyu', 'onkologicheskiy', 'onkologicheskii', 'onkologicheskaya', 'onkologicheskoe', 'onkologicheskoye', 'onkologicheskie', 'onkologicheskiye', 'onkologicheskikh', 'onkologicheskogo', 'onkologicheskoy', 'onkologicheskoi'],
  ['surgery', 'surgical', 'khirurgiya', 'khirurgiia', 'khirurgii', 'khirurgiy', 'khirurgiyu', 'khirurgicheskiy', 'khirurgicheskii', 'khirurgicheskaya', 'khirurgicheskoe', 'khirurgicheskoye', 'khirurgicheskie', 'khirurgicheskiye', 'khirurgicheskikh', 'khirurgicheskogo', 'khirurgicheskoy', 'khirurgicheskoi'],
  ['diagnostics', 'diagnostic', 'diagnostika', 'diagnostiki', 'diagnosticheskiy', 'diagnosticheskii', 'diagnosticheskaya', 'diagnosticheskoe', 'diagnosticheskoye', 'diagnosticheskie', 'diagnosticheskiye', 'diagnosticheskikh', 'diagnosticheskogo', 'diagnosticheskoy', 'diagnosticheskoi'],
  ['rehabilitation', 'reabilitatsiya', 'reabilitatsiia', 'reabilitatsii', 'reabilitatsiy', 'reabilitatsiyu', 'reabilitatsionnyy', 'reabilitatsionnyi', 'reabilitatsionniy', 'reabilitatsionnaya', 'reabilitatsionnoe', 'reabilitatsionnoye', 'reabilitatsionnye', 'reabilitatsionnyye', 'reabilitatsionnykh', 'reabilitatsionnogo', 'reabilitatsionnoy', 'reabilitatsionnoi'],
  ['sanitary', 'sanitarnyy', 'sanitarnyi', 'sanitarniy', 'sanitarnaya', 'sanitarnoe', 'sanitarnoye', 'sanitarnye', 'sanitarnyye', 'sanitarnykh', 'sanitarnogo', 'sanitarnoy', 'sanitarnoi'],
  // Persian and Arabic (round 15, second part)
  ['company', 'companies', 'firm', 'sherkate', 'sherkatha', 'sharika', 'sharikat', 'sharikah', 'sherika', 'shareeka', 'charika', 'charikat', 'shirka'],
  ['institute', 'moasseseh', 'moassese', 'moassesseh', 'moasese', 'moaseseh', 'muassese', 'moassesat', 'moasesat', 'muassasah', 'moassasa', 'moassasat', 'mouassasa', 'mouassassa', 'muasasa', 'muassassa', 'muasasat', 'moasasa'],
  ['foundation', 'bonyade', 'boniyad', 'bunyad', 'bonyaad'],
  ['organization', 'organisation', 'sazmaan', 'saazman', 'munazzamah', 'munazamat', 'monazzama', 'monazamat', 'munazama', 'munadhama', 'munadhdhama', 'munathama'],
  ['centre', 'center', 'markaze', 'marakez', 'marakiz', 'markaz', 'markez'],
  ['central', 'markazi', 'markazie', 'markaziya', 'markaziyya', 'markaziyah', 'markazia'],
  ['ministry', 'vezaratkhaneh', 'vezaratkhane', 'vezarat-khaneh', 'wezarat', 'wizara', 'wazara', 'wezara', 'wazarat', 'wizaraat'],
  ['administration', 'department', 'office', 'directorate', 'edareh', 'edare', 'edarat', 'edaarat', 'edareye', 'edarekol', 'edareh-kol', 'idara', 'idarah', 'idarat', 'edara', 'idaraat'],
  ['administrative', 'edari', 'edaari', 'edariye', 'idari', 'idariya', 'idariyya', 'idariyah'],
  ['directorate', 'directorate-general', 'mudiriya', 'mudiriyya', 'mudiriyah', 'mudiriyat', 'moudiriya', 'mudiria', 'modiriya'],
  ['management', 'modiriyat', 'modiriat', 'modiriate', 'modiriyate'],
  ['headquarters', 'staff', 'setad', 'setade', 'setaad'],
  ['command', 'leadership', 'farmandehi', 'farmandehie', 'farmaandehi', 'qiyada', 'qiyadat', 'qiyadah', 'kiyada', 'qeyada', 'qiada', 'qyada'],
  ['executive', 'implementation', 'ejraei', 'ejraee', 'ejrayi', 'ejraie', 'tanfidhi', 'tanfidhiya', 'tanfidhiyya', 'tanfizi', 'tanfiziya', 'tanfithi', 'tanfithiya'],
  ['board', 'heyat', 'heyate', 'heiat', 'hayaa', 'hayah', 'haia', 'hayat', 'hayaat'],
  ['committee', 'committees', 'komiteh', 'komite', 'kommiteh', 'komitteh', 'lajna', 'lajnah', 'lajnat', 'lejna', 'lagna', 'lijan', 'lejan'],
  ['council', 'shora', 'shoura', 'showra', 'shoraa', 'shoraye', 'shura', 'shoora'],
  ['assembly', 'forum', 'majma', 'majmae', 'majmaa'],
  ['complex', 'mujamma', 'mojamma', 'mujammaa', 'mujama', 'mojama'],
  ['union', 'guild', 'ettehadieh', 'ettehadiye', 'etehadieh', 'ettehadiyeh', 'etehadiye', 'ittihadiya', 'ittihadiyya'],
  ['union', 'ettehad', 'etehad', 'ettehaad', 'ittihad', 'itihad', 'ettihad', 'etihad', 'ittihaad'],
  ['syndicate', 'union', 'guild', 'niqaba', 'niqabat', 'naqaba', 'nakaba', 'nekaba', 'niqabah'],
  ['chamber', 'otagh', 'otaq', 'otaagh', 'otaghe', 'ghurfa', 'ghurfat', 'ghorfa', 'ghorfat', 'ghurfah', 'ghoorfa'],
  ['society', 'association', 'anjoman', 'anjomane', 'anjuman'],
  ['association', 'society', 'jamiyyat', 'jameyat', 'jamiyah', 'jamiya', 'jamaiya', 'jamiyyah'],
  ['rally', 'gathering', 'grouping', 'tajammu', 'tajamu', 'tajamou', 'tajammou'],
  ['forum', 'muntada', 'montada', 'muntadayat', 'muntadaa'],
  ['group', 'gorooh', 'goruh', 'gorouh', 'grooh', 'majmua', 'majmoua', 'majmooa', 'majmouat', 'majmoaa'],
  ['partners', 'shoraka', 'shorakaa', 'shuraka', 'shurakaa'],
  ['holding', 'qabida', 'qabidah', 'qabeda', 'kabida'],
  ['agency', 'bongah', 'bongahe', 'bongaah'],
  ['agency', 'agencies', 'wakala', 'wikala', 'wakalat', 'wikalat', 'wekala', 'wakalah', 'wikalah'],
  ['representation', 'representative office', 'agency', 'namayandegi', 'namayandegie', 'namayandeghi', 'namaayandegi'],
  ['branch', 'branches', 'division', 'section', 'shobe', 'shobeh', 'shobeye', 'shoabat', 'shuba', 'shubah', 'shoba'],
  ['section', 'department', 'division', 'qism', 'aqsam', 'aqsaam', 'qesm'],
  ['department', 'directorate', 'circle', 'dayereh', 'dayere', 'dayereye', 'dairat', 'dayra'],
  ['office', 'bureau', 'daftar', 'daftare', 'dafatir', 'maktab', 'makatib', 'makaatib'],
  ['library', 'ketabkhaneh', 'ketabkhane', 'ketab-khaneh', 'maktaba', 'maktabah', 'maktabat'],
  ['court', 'bureau', 'divan', 'diwan', 'diwaan'],
  ['court', 'tribunal', 'dadgah', 'dadgahe', 'daadgah', 'mahkameh', 'mahkame', 'mahkama', 'mahkamat', 'mahkamah', 'mahakim'],
  ['judicial', 'judiciary'],
  ['justice', 'dadgostari', 'dadgostary', 'daadgostari'],
  ['government', 'governmental', 'hokumat', 'hokoomat', 'hukumati', 'hokumati', 'hukuma', 'hukumat', 'hukumah', 'hukumiya', 'hukumiyya', 'hukumi', 'hokoumiya', 'hukoomi'],
  ['state', 'state-owned', 'governmental', 'dowlati', 'dolati', 'dowlat', 'dolat', 'dowlate'],
  ['municipality', 'municipal', 'shahrdari', 'shahrdary', 'shahrdaari', 'shahrdarie', 'baladiya', 'baladiyya', 'baladiyah', 'baladia', 'baladiyat', 'baladiyyat'],
  ['province', 'provincial', 'governorate', 'ostan', 'ostani', 'ostandari', 'ostaandari', 'ostane', 'muhafaza', 'muhafazat', 'mohafaza', 'mohafazat', 'muhafazah', 'muhafadha', 'mouhafaza'],
  ['regional', 'mantaghei', 'mantaqei', 'mantaghehi', 'iqlimi', 'iqlimiya', 'iqlimiyya', 'eqlimi', 'iklimi'],
  ['zone', 'region', 'area', 'mantagheh', 'mantaghe', 'mantaqeh', 'mantaqe', 'mintaqa', 'mintaqah', 'mantiqa', 'mantika', 'manatiq', 'mintaqat'],
  ['local', 'mahalli', 'mahali', 'mahallie', 'mahalliya', 'mahalliyya', 'mahaliya', 'mahalliyah'],
  ['interior', 'internal', 'domestic', 'home affairs', 'dakheli', 'daakheli', 'dakhele', 'dakhiliya', 'dakhiliyya', 'dakhiliyah', 'dakhilia', 'dakhili'],
  ['foreign', 'foreign affairs', 'external', 'kharejeh', 'khareje', 'khareji', 'kharejie', 'khaareji', 'kharijiya', 'kharijiyya', 'kharijiyah', 'kharijia'],
  ['affairs', 'omoor', 'omur', 'omour', 'umur'],
  ['relations', 'ravabet', 'ravaabet', 'ravabete', 'ilaqat', 'alaqat', 'elaqat', 'alaqaat', 'ilaqaat'],
  ['republic', 'republican', 'jomhouri', 'jomhuri', 'jomhoori', 'jomhury', 'jomhouriye', 'jumhuriya', 'jumhuriyya', 'jumhouriya', 'jumhuriyah', 'jumhouria', 'gomhoria', 'gumhuriya', 'jomhouriya'],
  ['public', 'general', 'omoomi', 'omumi', 'umumi', 'omoumi', 'omoomie', 'umumiya', 'umumiyya', 'umumiyah', 'omoumiya', 'oumoumiya'],
  ['general', 'public', 'aamma', 'amma', 'ammah', 'aammah'],
  ['private', 'special', 'khosoosi', 'khososi', 'khosusi', 'khusuusi', 'khosousi', 'khususi'],
  ['special', 'vizheh', 'vizhe', 'vijeh', 'vije', 'makhsoos', 'makhsus', 'makhsous'],
  ['national', 'mellie', 'meli', 'watani', 'wataniya', 'wataniyya', 'wataniyah', 'wataniah', 'wataniyyah'],
  ['national', 'nationalist', 'qawmi', 'qawmiya', 'qawmiyya', 'qaumi', 'qaumiya', 'kawmi'],
  ['country', 'national', 'nationwide', 'keshvar', 'keshvari', 'keshvarie'],
  ['civil', 'civilian', 'madani', 'madaniya', 'madaniyya', 'madaniyah'],
  ['international', 'beynolmelali', 'beinolmelali', 'beynalmelali', 'bainolmelali', 'beynolmelal', 'beinolmelal', 'beinalmelali', 'beynolmelaly', 'beynol-melali'],
  ['global', 'world', 'international', 'alami', 'alamiya', 'alamiyya', 'aalamiya', 'alamiyah'],
  ['islamic', 'eslamie', 'eslamiye', 'eslamiyeh', 'islamiyyah', 'islamiyyeh'],
  ['united', 'mottahed', 'mottahede', 'mottahedeh', 'motahed', 'motahedeh', 'muttahida', 'muttahidah', 'mutahida', 'mottahida', 'muttahid', 'mutahidah', 'moutahida'],
  ['independent', 'mostaghel', 'mostaqel', 'mostaghell', 'mustaqilla', 'mustaqil', 'mustaqillah', 'mostakil', 'moustakil'],
  ['official', 'rasmi', 'rasmiya', 'rasmiyya', 'rasmiyah'],
  ['joint', 'common', 'mixed', 'moshtarak', 'moshtarake', 'mushtarak', 'mushtaraka', 'mushtarakah', 'moshtaraka', 'mushtarika', 'moushtaraka'],
  ['cooperative', 'cooperation', 'taawon', 'taawoni', 'taawuni', 'taawuniya', 'taawuniyya', 'taawun', 'taawoun', 'taawouniya'],
  ['cooperation', 'collaboration', 'hamkari', 'hamkary', 'hamkaari'],
  ['organization', 'formations', 'tashkilat', 'tashkeelat', 'tashkilaat', 'tashkil'],
  ['facilities', 'installations', 'utilities', 'tasisat', 'tasisaat', 'tasisati', 'taasisat', 'munshaat', 'monshaat', 'munshat'],
  ['apparatus', 'agency', 'device', 'jihaz', 'jehaz', 'jihaaz', 'ajhiza', 'ajhizat', 'ajhizah', 'ajheza'],
  ['devices', 'apparatus', 'machine', 'dastgah', 'dastgahe', 'dastgaah', 'dastgahha'],
  ['people', 'peoples', 'mardomi', 'mardom', 'mardome', 'shaabi', 'shaabiya', 'shaabiyya', 'shabiya', 'shaabiyah', 'chaabi', 'chaabia'],
  ['nation', 'community', 'ommat', 'ommate', 'ummah', 'umma', 'ummat', 'oummah', 'oumma'],
  ['homeland', 'nation', 'vatan', 'vatane', 'watan', 'wattan'],
  ['revolution', 'revolutionary', 'thawra', 'thawrah', 'thawri', 'thawriya', 'thawriyya', 'sawra', 'thaoura'],
  ['liberation', 'tahrir', 'tahreer', 'tahriir'],
  ['reform', 'reforms', 'eslahat', 'eslahi', 'eslaahat', 'islah', 'islahi', 'islahiya', 'islaah'],
  ['unity', 'union', 'unit', 'vahdat', 'vahdate', 'wahda', 'wahdah', 'wehda', 'wihda', 'wahdat'],
  ['mobilization', 'mobilisation', 'hashd'],
  ['industries', 'industry', 'industrial', 'sanaaye', 'sanayee', 'sanayeh', 'sanaie', 'sanat', 'sanaat', 'sanaati', 'sanatie'],
  ['industries', 'industry', 'industrial'],
  ['factory', 'factories', 'plant', 'works', 'karkhaneh', 'karkhane', 'karkhanejat', 'kaarkhaneh', 'karkhanejaat', 'karkhaneha', 'masna', 'masnaa', 'masane', 'masaneh'],
  ['workshop', 'workshops', 'kargah', 'kargahe', 'kaargah', 'kargahha', 'warsha', 'warshat', 'warshah', 'warchat'],
  ['production', 'productive', 'producing', 'tolide', 'towlid', 'tolidat', 'towlidi', 'tolidie', 'intaj', 'intaaj', 'entaj', 'intajiya', 'intajiyya', 'intajiyah', 'intag', 'entag'],
  ['manufacturing', 'manufacture', 'tasni', 'tasnee', 'tasnia', 'tasniie', 'tasnie'],
  ['making', 'manufacture', 'construction', 'sakht', 'sakhte', 'saakht'],
  ['products', 'product', 'produce', 'mahsoolat', 'mahsulat', 'mahsoulat', 'mahsool', 'mahsul', 'mahsoul', 'faravardeh', 'faravarde', 'faraavardeh', 'faravardeha'],
  ['producer', 'producers', 'manufacturer', 'manufacturers', 'tolidkonandeh', 'tolidkonande', 'tolidkonandegan'],
  ['makers', 'builders', 'manufacturers', 'maker', 'builder', 'sazandeh', 'sazande', 'sazandegan'],
  ['processing', 'faravari', 'faraavari', 'faraavary', 'pardazesh', 'pardaazesh', 'pardazeshi', 'mualaja', 'moalaja', 'mouaalaja', 'mualajah'],
  ['packaging', 'packing', 'bastebandi', 'bastehbandi', 'basteh-bandi', 'bastebandy', 'taghlif', 'taghleef', 'taglif', 'taghlifat'],
  ['engineering', 'mohandesie', 'mohandessi', 'mohandesy', 'handasa', 'handasah', 'handasiya', 'handasiyya', 'handasia', 'handassa', 'handasiyah', 'hendasa', 'handasiyyah'],
  ['engineers', 'engineer', 'mohandesin', 'mohandessin', 'mohandesan', 'muhandisin', 'muhandiseen', 'muhandisun', 'mouhandissine'],
  ['technical', 'technician', 'fanni', 'fani', 'fanniye', 'fanniya', 'faniya', 'fanniyah', 'fanneya'],
  ['technology', 'technologies', 'teknolozhi', 'teknoloji', 'teknolozhy', 'tekonolozhi', 'tiknulujiya', 'tiknolojiya', 'teknolojia', 'taknulujiya', 'tiknolojia', 'teknolojiya', 'tiqniya', 'tiqaniya', 'taqniya', 'taqniyat', 'tiqniyat', 'tiqnia'],
  ['applied', 'karbordi', 'karbordy', 'kaarbordi', 'tatbiqi', 'tatbiqiya', 'tatbiqiyya', 'tatbiki', 'tatbiqiyah'],
  ['specialized', 'specialised', 'specialist', 'takhassosi', 'takhasosi', 'takhassusi', 'takhasusi', 'takhassosie', 'mutakhassisa', 'mutakhasisa', 'motakhasesa', 'mutakhassis', 'mutakhassisah', 'moutakhassissa'],
  ['professional', 'vocational', 'herfei', 'herfeyi', 'herfeie', 'mihani', 'mihaniya', 'mihaniyya', 'mehaniya', 'mehani', 'mihaniyah'],
  ['integrated', 'yekparcheh', 'yekparche', 'yekpaarche', 'mutakamila', 'mutakamilah', 'motakamela', 'mutakamil', 'moutakamila'],
  ['advanced', 'developed', 'pishrafteh', 'pishrafte', 'pishraftah', 'mutaqaddima', 'mutaqadima', 'motaqadema', 'mutaqaddim', 'mutaqaddimah', 'mutatawwira', 'mutatawira', 'motatawera'],
  ['modern', 'asriya', 'asriyya', 'asriyah'],
  ['strategic', 'strategy', 'rahbordi', 'rahbordy', 'raahbordi', 'rahborde', 'istratiji', 'istratijiya', 'istratijiyya', 'estratiji', 'istiratiji', 'istratijiyah'],
  ['heavy', 'thaqila', 'thaqilah', 'saqila', 'theqila', 'thakila'],
  ['light', 'sabok', 'sabuk', 'sabouk', 'khafifa', 'khafifah', 'khafeefa'],
  ['knowledge-based', 'daneshbonyan', 'danesh-bonyan', 'daneshbonian', 'daneshbonyaan'],
  ['innovation', 'innovative', 'innovators', 'noavari', 'nowavari', 'noavary', 'noavaran', 'noavarane'],
  ['innovation', 'initiative', 'ebtekar', 'ebtekari', 'ibtikar', 'ibtikarat', 'ebtikar', 'ibtikaar'],
  ['expansion', 'development', 'extension', 'gostaresh', 'gostaaresh', 'gostareshe'],
  ['development', 'tousee', 'tosea', 'towsee', 'touseeh', 'tanmiya', 'tanmiyah', 'tanmia', 'tanmiyya', 'tanmeya', 'tanmeyah', 'tanmiyat'],
  ['development', 'construction', 'civil works', 'building', 'omran', 'omraan', 'umran'],
  ['reconstruction', 'construction', 'development', 'imar', 'eemar', 'iemar'],
  ['construction', 'constructions', 'sakhtosaz', 'sakhtvasaz', 'sakhtemaan', 'sakhtemane', 'inshaat', 'enshaat', 'inchaat', 'inshaiya', 'inshaiyah'],
  ['construction', 'building', 'tashyid', 'tashyeed', 'tachyid', 'tashyeid'],
  ['building', 'construction', 'binaa', 'bina'],
  ['contracting', 'contractors', 'contractor', 'peymankari', 'paymankari', 'peimankari', 'peymankar', 'paymankar', 'peymankaran', 'peymaankari', 'muqawalat', 'moqawalat', 'muqawilat', 'mukawalat', 'moukawalat', 'mouqawalat', 'muqawala', 'muqawalaat', 'muqawil', 'moqawil', 'muqawilun', 'mokawalat'],
  ['projects', 'project', 'prozheh', 'poroje', 'porozheh', 'perozhe', 'prozhe', 'mashari', 'mashaari', 'masharee', 'mashroo', 'mashrou', 'mashrua'],
  ['plan', 'design', 'project', 'tarh', 'tarhha', 'tarhhaye'],
  ['design', 'designing', 'designers', 'tarrahi', 'tarahi', 'tarraahi', 'tarrahan', 'tarahan', 'tarraahan', 'tasmim', 'tasmeem', 'tasamim', 'tasaamim', 'tasmimat'],
  ['consulting', 'consultancy', 'consultants', 'consultant', 'advisory', 'moshaver', 'moshavere', 'moshavereh', 'moshaveran', 'moshaaver', 'mushaver', 'istishara', 'istisharat', 'istisharaat', 'estesharat', 'istishari', 'istishariya', 'istishariyya', 'istesharat'],
  ['planning', 'barnamehrizi', 'barnamerizi', 'barnameh-rizi', 'barnaamehrizi', 'takhtit', 'takhteet', 'takhtiit'],
  ['programme', 'program', 'barnameh', 'barname', 'barnaameh', 'barnamaj', 'baramij', 'baraamij', 'barnameg'],
  ['operation', 'operations', 'operating', 'exploitation', 'bahrebardari', 'bahreh-bardari', 'bahrehbardari', 'bahrebardaari', 'bahrebardary', 'tashghil', 'tashgheel', 'tashgil', 'tachghil', 'tashghilat'],
  ['exploration', 'ekteshaf', 'ekteshafe', 'ekteshaaf', 'ekteshafi', 'istikshaf', 'istikshaaf', 'estekshaf', 'istikchaf'],
  ['extraction', 'estekhraj', 'estekhraaj', 'estekhraje', 'istikhraj', 'istikhraaj'],
  ['repair', 'repairs', 'maintenance', 'tamirat', 'tamirgah', 'tamiraat', 'tamirkari'],
  ['maintenance', 'negahdari', 'negahdary', 'negahdaari', 'negahdarie', 'siyana', 'siyanah', 'seyana', 'siana', 'sianah', 'siyaana'],
  ['overhaul', 'renovation', 'reconstruction', 'bazsazi', 'baz-sazi', 'baazsazi', 'bazsaazi'],
  ['installation', 'installing', 'nasb', 'nasbe'],
  ['machinery', 'machines', 'mashinalat', 'mashinaalat', 'mashin-alat', 'mashinalaat', 'aliyat', 'aaliyat', 'aliyaat'],
  ['machine-building', 'machine building', 'machine manufacturing', 'mashinsazi', 'mashin-sazi', 'mashin sazi', 'maashinsazi', 'mashinsaazi'],
  ['equipment', 'apparatus', 'appliances', 'tajhizat', 'tajhizaat', 'tajhizate', 'tajhizati', 'tajheezat', 'muiddat', 'moeddat', 'muaddat', 'mouaddat'],
  ['tools', 'abzaralat', 'abzar-alat', 'abzaaralat', 'abzarsazi', 'adawat', 'adawaat', 'adwat'],
  ['parts', 'components', 'spare parts', 'ghataat', 'qataat', 'ghate', 'qate', 'ghateat', 'ghetaat', 'ghete', 'qitaa', 'qita', 'ghiyar'],
  ['spare', 'spare parts', 'yadaki', 'yadeki'],
  ['engine', 'engines', 'motor', 'motors', 'motorsazi', 'motor-sazi', 'motorsazan', 'muharrik', 'muharrikat', 'moharrikat', 'moharrik', 'muharrikaat'],
  ['cars', 'vehicles', 'automotive', 'automobiles', 'sayyarat', 'sayarat', 'sayyara', 'sayarah', 'markabat', 'markabaat'],
  ['foundry', 'casting', 'castings', 'rikhtegari', 'rikhte-gari', 'rikhtegary', 'rikhtegarie', 'rikhtehgari', 'masbak', 'masabik', 'masbaka'],
  ['alloys', 'alloy', 'aliazh', 'aliyazh', 'aliaazh', 'sabaik', 'sabaek'],
  ['steel', 'foolad', 'fulad', 'fuulad', 'poolad', 'polad', 'fooladi', 'fuladi', 'foulad', 'sulb', 'solb', 'fulaz', 'fuladh', 'foulath', 'fulath', 'foulaz'],
  ['iron', 'ahan', 'ahane', 'ahani', 'hadid', 'hadeed', 'hadiid'],
  ['metals', 'metal', 'metallic', 'metallurgy', 'felezat', 'felezzat', 'felez', 'felezi', 'felezzi', 'felezaat', 'felezkari', 'maadin', 'maadeen', 'maaden'],
  ['mining', 'mine', 'mines', 'maadan', 'madankari', 'maadankari', 'madankavi', 'maadankavi', 'tadin', 'taadin', 'taedin'],
  ['copper', 'nuhas', 'nouhas', 'nohas', 'nuhaas'],
  ['aluminium', 'aluminum', 'alominiom', 'aluminiom', 'alominium', 'aloominiom', 'alominiyom', 'aluminyum', 'alaminyum', 'alumunyum', 'aluminyom'],
  ['coal', 'zoghal', 'zoqal', 'zoghalsang', 'zoghal-sang', 'zoqalsang', 'zoghaal'],
  ['glass', 'shisheh', 'shishe', 'shisheye', 'shishegari', 'zujaj', 'zujaaj', 'zougag', 'zujajiya'],
  ['paper', 'kaghaz', 'kaaghaz', 'kaghazi', 'kaghazsazi'],
  ['textile', 'textiles', 'weaving', 'nassaji', 'nasaji', 'nassaaji', 'nasajie', 'nasij', 'nasiij', 'mansujat', 'mansoujat', 'mansoojat', 'nasijiya'],
  ['plastic', 'plastics', 'pelastik', 'plastik', 'pelaastik', 'bilastik'],
  ['polymer', 'polymers', 'poolimer', 'polymeri', 'bulimer', 'bulimirat'],
  ['rubber', 'tyre', 'tire', 'tyres', 'lastik', 'laastik', 'lastiksazi'],
  ['cables', 'cable', 'wire', 'kabl', 'kaabl', 'kablsazi', 'simkeshi', 'kablat', 'kabilat', 'kablaat'],
  ['pumps', 'pump', 'madakhat', 'madakhkhat', 'madkhat', 'madakha', 'madakhkha'],
  ['valves', 'fittings', 'shiralat', 'shir-alat', 'shiraalat', 'samamat', 'samaamat'],
  ['turbine', 'turbines', 'tourbin', 'toorbin', 'turbinat', 'turbeenat'],
  ['semiconductor', 'semiconductors', 'nimehadi', 'nimeh-hadi', 'nimerasana', 'nimeh-rasana', 'ashbah mawassilat'],
  ['measurement', 'measuring', 'instrumentation', 'andazegiri', 'andazehgiri', 'andaze-giri', 'andaazegiri', 'qiyas', 'qiyasat', 'qiyaasat', 'kiyas'],
  ['control', 'tahakkum', 'tahakum', 'tahakkoum', 'tahkom'],
  ['supervision', 'oversight', 'monitoring', 'control', 'nezarat', 'nezaarat', 'nezarati', 'raqaba', 'riqaba', 'reqaba', 'raqabah', 'riqabah', 'rakaba'],
  ['inspection', 'inspectorate', 'bazresi', 'bazrasi', 'baazresi', 'bazreshi', 'taftish', 'tafteesh', 'taftiish', 'taftishat'],
  ['specifications', 'standards', 'standard', 'estandard', 'estaandaard', 'estandaard', 'muwasafat', 'mouwasafat', 'muwasafaat', 'mawasafat', 'maqayis', 'maqayees', 'maayir'],
  ['quality', 'keyfiyat', 'keifiyat', 'keyfiat', 'kifiyat', 'jawda', 'jawdah', 'jouda', 'gawda'],
  ['testing', 'test', 'tests', 'trials', 'azmayesh', 'azmaayesh', 'azmaiesh', 'azmoon', 'azmun', 'azmoun', 'ikhtibar', 'ikhtibarat', 'ekhtebar', 'ikhtibaar', 'ikhtibaraat'],
  ['laboratory', 'laboratories', 'azmayeshgah', 'azmayeshgahi', 'azmaishgah', 'azmayeshgahe', 'azmaayeshgah', 'azmayeshgaah', 'mukhtabar', 'mokhtabar', 'mukhtabarat', 'mokhtabarat', 'moukhtabar'],
  ['renewable', 'tajdidpazir', 'tajdid-pazir', 'tajdidpazire', 'mutajaddida', 'mutajadida', 'motajadeda', 'mutajaddidah'],
  ['industrial estate', 'industrial town', 'township', 'estate', 'shahrak', 'shahrake', 'shahrakha'],
  ['commercial', 'commerce', 'trading', 'trade', 'tejari', 'tejarati', 'tejaraty', 'tejaari', 'tejaarat', 'tejarate', 'tijarat', 'tijarah', 'tijari', 'tijariya', 'tijariyya', 'tijariyah', 'tijariyyah', 'tougariya', 'togariya', 'tugariya', 'tijaria', 'tejariya'],
  ['merchants', 'traders', 'tojjar', 'tojaar', 'tujjar', 'tujjaar', 'toujjar'],
  ['import', 'imports', 'importing', 'importers', 'varedat', 'vaaredat', 'varedati', 'vaaredaat', 'varedaat', 'istirad', 'isterad', 'istiraad', 'istiraadat', 'istiradat', 'waridat', 'waredat'],
  ['export', 'exports', 'exporting', 'exporters', 'saderate', 'saaderat', 'saaderaat', 'saderaat', 'tasdir', 'tasdeer', 'tasdiir', 'sadirat', 'saadirat', 'sadiraat'],
  ['commodities', 'ajnas', 'ajnaas'],
  ['services', 'service', 'khadamati', 'khedamat', 'khadamaat', 'khedmati', 'khadamate', 'khidmat', 'khidamat', 'khidmaat', 'khadamatiya'],
  ['distribution', 'distributing', 'distributors', 'pakhshe', 'pakhshi', 'tawzi', 'tawzee', 'tauzi', 'tawzia', 'tawzeeat'],
  ['sales', 'selling', 'sale', 'forush', 'foroosh', 'forosh', 'foroush', 'forushe', 'mabiaat', 'mabeeat', 'mabiat'],
  ['store', 'shop', 'stores', 'forooshgah', 'forushgah', 'foroushgah', 'foroshgah', 'forooshgaah', 'matjar', 'matajir', 'mataajir', 'matager'],
  ['market', 'markets', 'bazaar', 'bazar', 'baazaar', 'bazare', 'souq', 'souk', 'aswaq', 'aswaaq', 'asouak', 'suuq'],
  ['marketing', 'bazaryabi', 'bazar-yabi', 'bazaaryabi', 'bazaryaabi', 'taswiq', 'tasweeq', 'taswik', 'tasouiq', 'taswiiq'],
  ['purchase', 'purchasing', 'procurement', 'kharid', 'kharide', 'khariid', 'kharidari', 'mushtarayat', 'moshtarayat', 'mushtariyat'],
  ['procurement', 'logistics', 'supply', 'tadarokat', 'tadaarokat', 'tadarokaat', 'tadaarokaat'],
  ['supply', 'supplies', 'procurement', 'tawrid', 'tawreed', 'tawridat', 'tawreedat', 'tawriid', 'tourid', 'touridat'],
  ['supply', 'provision', 'provisioning'],
  ['insurance', 'bimeh', 'bime', 'bimeye', 'bimehe', 'biimeh'],
  ['clearance', 'clearing', 'tarkhis', 'tarkhees', 'tarkhiis', 'tarkhise', 'takhlis', 'takhlees', 'takhliis', 'takhleess'],
  ['loading', 'bargiri', 'bar-giri', 'bargiry', 'baargiri', 'tahmil', 'tahmeel'],
  ['unloading', 'discharge', 'takhlieh', 'takhliye', 'takhliyeh', 'takhlie', 'tafrigh', 'tafreegh', 'tafrig'],
  ['customs', 'gomrok', 'gomrog', 'gomroki', 'gomrokat', 'gomrock', 'jamarik', 'jamarek', 'jumruk', 'jumruki', 'jumrukiya', 'jamaarik'],
  ['free', 'hurra', 'horra'],
  ['bank', 'masraf', 'masrif', 'masref', 'masarif', 'masaarif', 'masrafi'],
  ['financial', 'finance', 'maliyeh', 'maliye', 'maaliye', 'maliya', 'maliyya', 'maaliya', 'maliyah', 'maliyyah', 'maaliyya'],
  ['finance', 'financing', 'funding', 'tamwil', 'tamweel', 'tamouil', 'tamwiil', 'tamwilat', 'tamwili'],
  ['credit', 'etebar', 'etebari', 'etebaar', 'eatebar', 'itiman', 'etiman', 'itimaan'],
  ['investment', 'investments', 'sarmayegozari', 'sarmayeh-gozari', 'sarmaie gozari', 'sarmaye-gozari', 'sarmaiegozari', 'istithmar', 'istismar', 'estethmar', 'istethmar', 'istithmari', 'istithmariya', 'istithmariyya', 'istithmarat', 'istithmaraat', 'istesmar', 'estithmar'],
  ['capital', 'sarmayeh', 'sarmaye', 'sarmaie', 'sarmaaye', 'sarmayeye', 'rasmal', 'rasmaal'],
  ['fund', 'funds', 'sandogh', 'sandoq', 'sandough', 'sanduq', 'sandouq', 'sandoogh', 'sandoqe', 'sunduq', 'sundooq', 'sondok', 'sunduk', 'sanadiq'],
  ['funds', 'money', 'assets', 'property', 'amval', 'amvaal', 'amvale', 'amwal', 'amwaal'],
  ['assets', 'property', 'finance', 'daraei', 'darayi', 'daraie', 'daraee'],
  ['economy', 'economic', 'economics', 'eqtesade', 'eghtesade', 'eqtesaadi', 'eghtesaadi', 'iqtisad', 'iqtisadi', 'iqtisadiya', 'iqtisadiyya', 'eqtisad', 'iqtisadiyah', 'iqtisaad', 'iktisadi', 'iqtissad', 'iqtisadiyyah'],
  ['exchange', 'money exchange', 'sirafa', 'sirafah', 'serafa', 'sirafat', 'sarrafa'],
  ['transfer', 'transfers', 'remittance', 'tahwil', 'tahweel', 'tahwilat', 'tahweelat', 'tahwiil'],
  ['loan', 'loans', 'lending', 'gharz', 'qarz', 'gharzolhasaneh', 'qarzolhasaneh', 'gharzolhasane', 'gharzulhasaneh', 'qard', 'qurud', 'qorood', 'qurudh'],
  ['savings', 'pasandaz', 'pasandaaz', 'pas-andaz', 'pasandaze', 'iddikhar', 'idikhar', 'eddekhar', 'iddikhaar', 'idkhar'],
  ['accounting', 'accountancy', 'accounts', 'hesabdari', 'hesaabdari', 'hesabdary', 'muhasaba', 'mohasaba', 'muhasabat', 'muhasabah', 'mohasabat', 'mouhasaba'],
  ['audit', 'auditing', 'audit organization', 'hesabresi', 'hesabrasi', 'hesab-resi', 'hesaabresi', 'tadqiq', 'tadqeeq', 'tadkik', 'tadqiqat'],
  ['business', 'businesses', 'kasbokar', 'kasbvakar'],
  ['business', 'works', 'businesses', 'aamal', 'aamaal'],
  ['workers', 'labour', 'labor', 'kargaran', 'kargari', 'kaargaran', 'kargarane', 'ummal', 'oummal', 'ommal', 'ummaal'],
  ['zakat', 'alms', 'zakaat', 'zakah', 'zakaah', 'zakaa'],
  ['endowments', 'endowment', 'waqf', 'religious endowments', 'oghaf', 'owghaf', 'oqaf', 'owqaf', 'ouqaf', 'vaghf', 'vaqf', 'awqaf', 'awkaf', 'auqaf', 'wakf', 'awqaaf'],
  ['transport', 'transportation', 'hamlonaghl', 'hamlvanaghl', 'hamlonaql', 'hamlonaqhl', 'naqliyeh', 'naghliyeh', 'naqliye', 'naghliye', 'naql', 'naqil', 'naqliyat', 'naqliyyat', 'naqel', 'nakl', 'naqli', 'naqliya'],
  ['transport', 'haulage', 'freight', 'tarabari', 'taraabari', 'terabari', 'tarabary'],
  ['freight', 'cargo', 'shipping', 'shahn', 'shahnat', 'chahn', 'shahnaat'],
  ['freight', 'cargo', 'haulage', 'barbari', 'baarbari'],
  ['tanker', 'tankers', 'carriers', 'carrier', 'naftkesh', 'naft-kesh', 'naftkeshi', 'naqilat', 'naqelat', 'nakilat', 'naqila', 'naqilah', 'naaqilat'],
  ['fleet', 'navgan', 'nawgan', 'naavgan', 'navgane', 'ustul', 'ostool', 'ustool', 'ustoul', 'ostoul'],
  ['shipping', 'shipping line', 'navigation', 'keshtirani', 'kashtiraani', 'keshtiranie', 'keshtiraani', 'keshtiranii'],
  ['navigation', 'shipping', 'milaha', 'milahah', 'malaha', 'milaaha'],
  ['maritime', 'navigation', 'seafaring', 'daryanavardi', 'darya-navardi', 'daryanavardy', 'daryaanavardi'],
  ['ship', 'ships', 'vessel', 'vessels', 'keshti', 'kashti', 'keshtiha', 'keshtie', 'keshtihaye', 'sufun', 'sufon', 'sofon'],
  ['shipbuilding', 'keshtisazi', 'kashtisazi', 'keshti-sazi', 'keshtisaazi'],
  ['ports', 'port', 'harbours', 'banader', 'banaader', 'banadere', 'mawani', 'mawanee', 'mawaniy', 'mawaanee', 'mawaani'],
  ['naval', 'marine', 'maritime', 'bahriya', 'bahriyya', 'bahriyah', 'bahriyyah', 'bahri', 'bahria'],
  ['offshore', 'farasahel', 'farasaheli', 'fara-sahel', 'faraasaheli'],
  ['ocean', 'oceanic', 'oghyanoos', 'oqyanus', 'oghyanus', 'oqyanoos', 'oghianoos', 'oghyanousi'],
  ['railway', 'railways', 'railroad', 'rahahan', 'raahahan', 'rah-ahan', 'raah-aahan', 'rahe-ahan', 'sikak', 'sekak', 'sikak hadid'],
  ['roads', 'turuq', 'toroq', 'turouq', 'tourouq'],
  ['road construction', 'road building', 'rahsazi', 'raahsazi', 'rah-sazi', 'raahsaazi'],
  ['bridges', 'bridge', 'polsazi', 'pol-sazi', 'jusur', 'josour', 'jousour', 'jusoor'],
  ['dams', 'sadsazi', 'saddsazi', 'sad-sazi', 'sudud', 'sudood', 'soudoud'],
  ['airport', 'airports', 'foroudgah', 'forudgah', 'foroodgah', 'forudgahe', 'foroudgaah', 'matarat', 'mataraat', 'mataar'],
  ['aircraft', 'aviation', 'airplane', 'aeroplane', 'havapeymaei', 'havapeymayi', 'havapeymaie', 'havapeyma', 'havapeimaei', 'havapaymaei', 'havapeymaee', 'havapeymaii', 'havapeymai', 'havaapeymaei', 'havapeima', 'tairat', 'taerat'],
  ['aviation', 'flight', 'flying', 'havanavardi', 'havanavardy', 'havaanavardi', 'tayaran', 'tayyaran', 'tairan', 'tayaraan', 'tayeran'],
  ['aerial', 'havaei', 'havayi', 'havaie', 'havaee', 'jawwi', 'jawiya', 'jawiyya', 'jawiyah', 'jawwiya', 'jawwiyya', 'jaouiya'],
  ['aerospace', 'havafaza', 'hava-faza', 'havafazaei', 'havafazayi', 'havaafazaa', 'havafazaie', 'havafazaee'],
  ['space', 'fazaei', 'fazaee', 'fazayi', 'fazaie', 'fadaa', 'fadaiya', 'fadaaiya', 'fadaaiyya'],
  ['satellite', 'satellites', 'mahvareh', 'mahvare', 'maahvareh', 'mahvarei', 'mahvareha'],
  ['lines', 'airlines', 'khutut', 'khotout', 'khoutout', 'khutoot'],
  ['helicopter', 'helicopters', 'balgard', 'baalgard', 'helikopter', 'helicopteri', 'marwahiya', 'marwahiyat', 'marwahiyya', 'hilikubtar'],
  ['drone', 'drones', 'pahpad', 'pahpaad', 'pahpadha', 'musayyara', 'musayyarat', 'moussayara', 'musayyarah', 'musayara'],
  ['petroleum', 'nafte', 'nift', 'betrol', 'bitrol', 'batrul', 'bitrul', 'naftiya', 'naftiyya', 'naftiyah', 'bitroliya', 'betroliya'],
  ['petrochemical', 'petrochemicals', 'petroshimie', 'petrushimi', 'petroshimiaei', 'petrochimi', 'petrokimawiya', 'betrokimawiya', 'batrukimawiyat', 'petrokimiya', 'batrukimawiya', 'bitrukimawiyat'],
  ['electricity', 'electric', 'electrical', 'power', 'bargh', 'barq', 'barghi', 'barqi', 'barghe', 'barghie', 'kahraba', 'kahrabaa', 'kahrabaiya', 'kahrabaiyya', 'kahrabaiyah', 'kahrubaiya', 'kahrabai', 'kahroba'],
  ['power plant', 'power station', 'power plants', 'nirougah', 'nirogah', 'niroogah', 'nirugah', 'nirougahi', 'nirougaah', 'nirougahha'],
  ['station', 'stations', 'istgah', 'istgaah', 'istegah', 'mahatta', 'mahattat', 'mahatat', 'mahata', 'mahattah', 'mahataat'],
  ['energy', 'power', 'enerzhi', 'energi', 'enerji', 'enerzhy', 'taqa', 'taqah', 'taaqa'],
  ['nuclear', 'hastei', 'hasteyi', 'hasteie', 'hastehei', 'hasteh', 'nawawi', 'nawawiya', 'nawawiyya', 'nawawiyah', 'nawawiyyah'],
  ['atomic', 'atomi', 'atomie', 'atoomi', 'dharri', 'dharriya', 'dharriyya', 'zarri', 'zarriya', 'tharriya'],
  ['water', 'miyah', 'meyah', 'miyaah'],
  ['fuel', 'fuels', 'sookht', 'sukht', 'sokht', 'sukhtresani', 'sookhtresani', 'waqud', 'wuqud', 'woqoud', 'waqood'],
  ['oils', 'lubricant', 'lubricants', 'rowghan', 'roghan', 'roughan', 'rowqan', 'roqan', 'zuyut', 'zuyoot', 'zoyout', 'zuyout'],
  ['refinery', 'refining', 'refineries', 'palayesh', 'palayeshgah', 'paalayesh', 'palaishgah', 'palayeshgahe', 'paalaayeshgaah', 'palayeshi', 'tasfiya', 'tasfiyah', 'tasfia', 'masfat', 'misfat', 'masafi'],
  ['pipe', 'pipes', 'pipeline', 'piping', 'looleh', 'luleh', 'loole', 'lolle', 'lolehkeshi', 'loolehkeshi', 'anabib', 'anabeeb', 'anaabib', 'unbub'],
  ['drilling', 'hafari', 'haffari', 'hafary', 'haffaari', 'tanqib', 'tanqeeb', 'tanquib'],
  ['transmission', 'transfer', 'enteghal', 'enteqal', 'enteghaal', 'enteqaal', 'intiqal', 'intiqaal', 'entiqal', 'intikal'],
  ['storage', 'warehousing', 'warehouse', 'anbardari', 'anbardary', 'anbaardari', 'anbarha', 'makhazin', 'makhazen', 'makhzan', 'makhaazin', 'makhzen'],
  ['reserves', 'storage', 'stores', 'zakhireh', 'zakhire', 'zakhayer', 'zakhaayer', 'zakhirehsazi'],
  ['army', 'artesh', 'arteshe', 'arteshi'],
  ['army', 'division', 'legion', 'lashkar', 'lashkare'],
  ['division', 'sect', 'firqa', 'firqat', 'ferqa', 'firqah', 'ferqeh'],
  ['corps', 'faylaq', 'failaq', 'filaq', 'faylak', 'fayleq'],
  ['forces', 'force', 'power', 'niroye', 'nirooye', 'niruye', 'nirooha', 'niruha', 'nirouha', 'niroha', 'quwwat', 'quwat', 'qowat', 'kuwwat', 'quwwa', 'qowwat', 'qouwat', 'quwwah'],
  ['armed', 'mosallah', 'mosalah', 'mosallahe', 'mosallahaneh', 'musallaha', 'musallah', 'musalaha', 'mosallaha', 'musallahah', 'mousallaha'],
  ['military', 'nezami', 'nezamie', 'nezaami', 'askari', 'askariya', 'askariyya', 'askariyah', 'askaria'],
  ['defence', 'defense', 'defensive', 'defaei', 'defaee', 'defaie', 'defai', 'defae', 'difaa', 'defaa', 'difai', 'difaiya', 'difaiyya'],
  ['air defence', 'air defense', 'defence', 'padafand', 'pedafand', 'padafande', 'padaafand', 'padafandi'],
  ['security', 'amniyat', 'amniat', 'amniyati', 'amniati', 'amniyate', 'amniyyat', 'amni', 'amniya', 'amniyya', 'amniyah', 'amniyyah'],
  ['intelligence', 'information', 'ettelaat', 'etelaat', 'ettelaati', 'ettelaate', 'istikhbarat', 'istikhbaraat', 'estekhbarat', 'istikhbari'],
  ['intelligence', 'mukhabarat', 'mukhabaraat', 'moukhabarat', 'mukhaabarat'],
  ['police', 'polis', 'polise', 'shurta', 'shorta', 'shurtah', 'shourta', 'chorta', 'shurtat'],
  ['law enforcement', 'disciplinary', 'police', 'entezami', 'entezamie', 'entezaami'],
  ['guard', 'guards', 'guarding', 'negahban', 'negahbani', 'haras', 'harasa', 'hirasa', 'hirasah'],
  ['border guard', 'border control', 'frontier', 'marzbani', 'marzbaani', 'marzbanie'],
  ['border', 'borders', 'frontier', 'marzha', 'hudud', 'hudood', 'houdoud', 'hodud'],
  ['protection', 'security', 'hefazat', 'hefazate', 'hefazati', 'hefaazat', 'himaya', 'himayah', 'hemaya', 'himaaya', 'himayat'],
  ['firefighting', 'fire service', 'fire brigade', 'atashneshani', 'aatashneshani', 'atash-neshani', 'atashnesani', 'itfa', 'itfaa'],
  ['missile', 'missiles', 'rocket', 'rockets', 'mooshak', 'moushak', 'mushak', 'moshak', 'mooshaki', 'mushaki', 'moushaki', 'sarukh', 'saroukh', 'sarookh', 'sawarikh', 'sawareekh', 'saroukhi'],
  ['ammunition', 'munitions', 'mohemmat', 'mohemat', 'mohemmatsazi', 'mohematsazi', 'mohemmaat', 'mohemaat', 'dhakhira', 'dhakhair', 'thakhira', 'dhakhirah'],
  ['weapons', 'arms', 'armaments', 'taslihat', 'taslihati', 'tasleehat', 'taslihaat', 'jangafzar', 'jang-afzar', 'asliha', 'aslihah', 'aslaha', 'asleha', 'aslihat'],
  ['explosives', 'explosive', 'monfajereh', 'monfajere', 'monfajerat', 'monfajereha', 'mutafajjirat', 'mutafajirat', 'motafajerat', 'mutafajjira', 'moutafajirat'],
  ['materials', 'substances', 'mavad', 'mavadd', 'mavaad', 'mavaadd', 'mawad', 'mawadd', 'mawaad', 'mawaadd'],
  ['veterans', 'self-sacrificers', 'isargaran', 'isargar', 'eesargaran', 'isaargaran', 'isargari'],
  ['war veterans', 'disabled veterans', 'war-disabled', 'janbazan', 'janbaz', 'jaanbazan', 'janbaaz'],
  ['research', 'researches', 'tahghighat', 'tahqiqat', 'tahghighati', 'tahqiqati', 'tahghigh', 'tahqiq', 'tahghighate', 'tahghighaat', 'tahqiqaat', 'tahgigat'],
  ['research', 'researches', 'pajouhesh', 'pazhouhesh', 'pajuhesh', 'pazhuhesh', 'pajoohesh', 'pazhoohesh', 'pajouheshi', 'pazhouheshi', 'pajoheshi', 'pajohesh', 'pazhohesh', 'pajuheshi', 'abhath', 'abhaath', 'bahth', 'buhuth', 'bohouth', 'buhooth', 'bohuth', 'bouhouth', 'buhoth', 'buhus', 'abhas'],
  ['research institute', 'research centre', 'research center', 'research institution', 'pajouheshgah', 'pazhouheshgah', 'pajuheshgah', 'pazhuheshgah', 'pajooheshgah', 'pazhooheshgah', 'pajoheshgah', 'pajouheshkadeh', 'pazhouheshkadeh', 'pajuheshkadeh', 'pazhuheshkadeh'],
  ['scientific', 'science', 'elmi', 'elmie', 'elmiye', 'elmiyeh', 'elmiyyeh', 'ilmi', 'ilmiya', 'ilmiyya', 'elmiya', 'ilmiyah', 'ilmiyyah'],
  ['sciences', 'oloom', 'olum', 'oloum', 'ulum', 'uloom', 'ouloum'],
  ['university', 'daneshgah', 'daneshgahe', 'daneshgaah'],
  ['academic', 'university', 'daneshgahi', 'daneshgahy', 'daneshgaahi'],
  ['faculty', 'college', 'daneshkadeh', 'daneshkade', 'daaneshkadeh', 'daneshkadeye', 'kulliya', 'kulliyat', 'kuliya', 'kulliyah', 'koleya', 'kulliyyat', 'kolleyya'],
  ['school', 'schools', 'madreseh', 'madrese', 'madraseh', 'madarese', 'madrasa', 'madrasah', 'madrassa', 'madrasat', 'madaris', 'madrassah', 'madaress'],
  ['academy', 'farhangestan', 'farhangestaan', 'farhangesstan', 'akademi', 'akaademi', 'akadimiya', 'akadimiyya', 'akadimiyah', 'akademiyya', 'akadimia'],
  ['education', 'educational', 'training', 'amoozesh', 'amuzesh', 'amouzesh', 'amoozeshi', 'amuzeshi', 'amouzeshi', 'amozesh', 'amozeshi', 'aamoozesh'],
  ['education', 'teaching', 'instruction', 'talim', 'talimat', 'taalim', 'taleem', 'talimi', 'taalimiya'],
  ['training', 'tadrib', 'tadreeb', 'tadriib', 'tadribi', 'tadribiya', 'tadreebiya'],
  ['education', 'training', 'upbringing', 'tarbiat', 'tarbiyat', 'tarbiati', 'tarbiya', 'tarbiyah', 'tarbiyya', 'tarbiyyah', 'tarbawi', 'tarbawiya'],
  ['students', 'student', 'daneshjoo', 'daneshju', 'daneshjou', 'daneshjooyan', 'daneshjuyan', 'daneshjouyan', 'daneshjooei', 'daneshjui', 'tullab', 'tulab', 'tollab', 'tollaab', 'tullaab'],
  ['scholars', 'clerics', 'ulema', 'olama', 'olamaa', 'ulama', 'oulema', 'ulamaa'],
  ['seminary', 'religious seminary', 'hozeh', 'howzeh', 'houzeh', 'hozeye', 'hawza', 'hawzah', 'hauza'],
  ['knowledge', 'daneshe', 'maarifa'],
  ['computer', 'computers', 'computing', 'rayaneh', 'rayane', 'raayaaneh', 'rayanei', 'rayaneie', 'rayanehi', 'rayanehha', 'hasub', 'hasoub', 'hasoob', 'hawasib', 'hawaseeb', 'hasibat'],
  ['software', 'narmafzar', 'narm-afzar', 'narm afzar', 'narmafzari', 'narmafzaar', 'barmajiyat', 'barmajiat', 'barmajiyyat', 'barmaja', 'barmajiya'],
  ['hardware', 'sakhtafzar', 'sakht-afzar', 'sakhtafzari'],
  ['information', 'etelaresani', 'ettelaresani', 'ettela-resani', 'etela-resani', 'maalumat', 'maloumat', 'maloomat', 'malumat', 'maalomat', 'maloumatiya'],
  ['data', 'dadeh', 'dadeha', 'dadehpardazi', 'dadeh-pardazi', 'dadehaa', 'bayanat', 'bayanaat', 'bayaanat'],
  ['electronics', 'electronic', 'electroniki', 'elektroniki', 'elektronik', 'elektroniky', 'elektroonik', 'elektronikie', 'iliktruniya', 'electroniya', 'iliktrouniya', 'elektroniyat', 'iliktruniyat', 'iliktruni', 'elektroniya', 'ilektroniya'],
  ['communications', 'telecommunications', 'telecom', 'mokhaberat', 'mokhaberati', 'mokhaberaat'],
  ['communications', 'telecommunications', 'telecom', 'ittisalat', 'itisalat', 'ettisalat', 'etisalat', 'ittisal', 'ittisalaat', 'ittissalat'],
  ['network', 'networks', 'shabakeh', 'shabake', 'shabakeye', 'shabakehha', 'shabaka', 'shabakat', 'shabakah', 'chabaka', 'shabakaat'],
  ['laser', 'lasers', 'leyzer', 'leizer', 'layzer', 'leyzeri', 'layzar', 'laizar'],
  ['optics', 'optical', 'optik', 'optiki', 'opteek', 'basariyat', 'basariyyat'],
  ['media', 'resaneh', 'resane', 'rasaneh', 'resanehha', 'resaneha'],
  ['news agency', 'khabargozari', 'khabar-gozari', 'khabargozariye', 'khabargozary'],
  ['news', 'khabar', 'akhbar', 'akhbaar', 'anbaa'],
  ['broadcasting', 'sedavasima', 'sedaosima', 'idhaa', 'idhaat', 'izaa'],
  ['publications', 'publishing', 'publishers', 'publisher', 'entesharat', 'entesharaat', 'enteshaarat', 'entesharate', 'nashre', 'nashr', 'manshurat', 'manshourat', 'manshoorat'],
  ['printing', 'printing house', 'press', 'chapkhaneh', 'chapkhane', 'chaapkhaneh', 'matbaa', 'matbaah', 'matabi', 'tibaa', 'tibaah'],
  ['press', 'journalism', 'matbuat', 'matbooat', 'sahafa', 'sahafah', 'sihafa', 'sahaafa', 'suhuf'],
  ['propagation', 'propaganda', 'advertising', 'promotion', 'tablighat', 'tabliqat', 'tablighi', 'tabligh', 'tablighaat', 'tabliqaat', 'tableegh'],
  ['guidance', 'ershad', 'ershade', 'ershaad', 'irshad', 'irshaad', 'irshadi'],
  ['culture', 'cultural', 'farhangi', 'farhangie', 'farhangiye', 'thaqafi', 'thaqafiya', 'thaqafiyya', 'saqafi', 'thakafia', 'thaqafa', 'thaqafah', 'thaqafiyah', 'saqafa'],
  ['arts', 'artistic', 'honari', 'honar', 'honarhaye', 'funun', 'fonoun', 'fonun'],
  ['health', 'healthcare', 'sanitary', 'hygiene', 'behdasht', 'behdashti', 'behdashte', 'behdaasht', 'behdashtie', 'sihha', 'sihhiya', 'sihhi', 'sehha', 'sihhah', 'sehiya', 'sihhiyya', 'sehhiya'],
  ['treatment', 'therapy', 'medical care', 'darman', 'darmani', 'darmane', 'darmaan', 'darmaani', 'ilaj', 'ilaaj', 'elaj', 'ilaji'],
  ['medical', 'medicine', 'pezeshki', 'pezeshky', 'pezeshkie', 'tibbi', 'tibbiya', 'tibbiyya', 'tebbi', 'tibbiyah', 'tibb', 'tebbiya'],
  ['physicians', 'doctors', 'pezeshkan', 'pezeshkaan', 'atibba', 'atibbaa', 'atebba'],
  ['pharmaceutical', 'pharmaceuticals', 'medicines', 'drugs', 'daruei', 'darooei', 'darouei', 'daruyi', 'daruee', 'darui', 'daroo', 'darusazi', 'daroosazi', 'darousazi', 'daroei', 'daroyi', 'adwiya', 'adwiyah', 'adwiyya', 'adweya', 'adwia', 'adwiyat'],
  ['pharmacy', 'pharmacies', 'pharmacist', 'darookhaneh', 'darukhaneh', 'darukhane', 'daroukhaneh', 'darookhane', 'saydaliya', 'saydaliyya', 'saidaliya', 'saidaliyya', 'saydala', 'saidala', 'saydaliyat'],
  ['hospital', 'hospitals', 'bimarestan', 'bimarestane', 'bimaarestaan', 'bimarestanha', 'mustashfa', 'mustashfayat', 'mostashfa', 'moustashfa', 'mustashfaa', 'mostashfayat'],
  ['clinic', 'clinics', 'dispensary', 'darmangah', 'darmangahe', 'darmaangaah', 'kelinik', 'iyada', 'eyada', 'iyadat', 'iyadah', 'eyadat'],
  ['veterinary', 'dampezeshki', 'dam-pezeshki', 'daampezeshki', 'baytari', 'baytariya', 'bitari', 'baitariya', 'baytariyya', 'baitari'],
  ['diagnostics', 'diagnostic', 'diagnosis', 'discernment', 'tashkhis', 'tashkhisi', 'tashkhees', 'tashkhise'],
  ['humanitarian', 'human', 'ensani', 'ensandusti', 'ensandoosti', 'ensan-dousti', 'ensaani', 'insaniya', 'insaniyya', 'insani', 'ensaniya', 'insaniyah', 'insaaniya', 'insaniyyah'],
  ['rights', 'hoghugh', 'hoquq', 'hoqouq', 'hughugh', 'hoghoogh', 'hoghughi', 'hoquqi', 'huquq', 'houqouq', 'hoqooq', 'huqooq', 'huquqi'],
  ['relief', 'rescue', 'emdad', 'emdadi', 'emdaad', 'emdade', 'imdad', 'imdadat', 'imdaad'],
  ['relief', 'ighathah', 'eghatha', 'ighasa', 'igatha', 'ighaatha', 'ighathat'],
  ['assistance', 'help', 'komak', 'komaak', 'komakrasani', 'musaada', 'mosaada', 'musaadat', 'mousaada', 'musaadah'],
  ['support', 'logistics', 'backup', 'poshtibani', 'pashtibani', 'poshtibanie', 'poshtibaani', 'pushtibani', 'poshtibany', 'musanada', 'musaanada'],
  ['logistics', 'logistic', 'lojestik', 'lojistik', 'lojestiki', 'lojistiki', 'lujistiya', 'lojistiya', 'lojistiyat', 'lujistiyat', 'lujisti', 'lujistiyya'],
  ['charity', 'charitable', 'benevolent', 'kheyrieh', 'kheirieh', 'khairiyeh', 'kheyriyeh', 'kheyriye', 'kheiriye', 'kheyrie', 'khayriya', 'khairiya', 'khayriyya', 'khairiyah', 'khayriyah', 'khairia', 'kheiriya', 'khayriyyah', 'khairiyya'],
  ['welfare', 'prosperity', 'refah', 'refahi', 'refaah', 'refaahi'],
  ['orphans', 'orphan', 'orphanage', 'aytam', 'yatimkhaneh', 'yatimkhane', 'aytaam', 'ayttam', 'yatama', 'yatamaa'],
  ['poor', 'needy', 'foqara', 'foqaraa', 'fuqara', 'fuqaraa'],
  ['women', 'womens', 'zanan', 'banovan', 'baanovaan', 'zanaan'],
  ['youth', 'young', 'javanan', 'javaanan', 'javanane', 'shabab', 'shabaab', 'chabab'],
  ['mosque', 'mosques', 'masjed', 'masjid', 'masjede', 'masajid', 'masaajid'],
  ['agriculture', 'agricultural', 'farming', 'keshavarzi', 'keshavarzie', 'keshaavarzi', 'keshavarzy'],
  ['agriculture', 'agricultural', 'farming', 'zeraat', 'zeraati', 'ziraa', 'ziraat', 'ziraiya', 'ziraiyya', 'zeraiya', 'ziraiyah'],
  ['agro-industry', 'agro-industrial', 'agribusiness', 'keshtosanat', 'keshtvasanat', 'keshtosanaat'],
  ['livestock', 'animal husbandry', 'cattle breeding', 'damdari', 'dam-dari', 'damparvari', 'daamdaari', 'damdary', 'mawashi', 'mawaashi', 'mawashy'],
  ['poultry', 'poultry farming', 'morghdari', 'morgh-dari', 'morghdary', 'morghdaari', 'dawajin', 'dawajen', 'dawaajin', 'dawagen'],
  ['fisheries', 'fishing', 'fishery', 'shilat', 'shilaat', 'shilate', 'masayid', 'masayed'],
  ['food', 'foodstuffs', 'food products', 'ghithaa', 'ghidhaa', 'ghizaa', 'aghdhiya', 'aghziya', 'aghthiya', 'aghdhiyah', 'aghdiya', 'ghidhaiya'],
  ['sugar', 'ghand', 'qand', 'ghandsazi', 'sukkar', 'sokkar', 'soukkar', 'sukar'],
  ['housing', 'residential', 'dwelling', 'maskan', 'maskani', 'maskane', 'maskaan', 'iskan', 'eskan', 'iskaan', 'iskani'],
  ['real estate', 'property', 'properties', 'amlak', 'amlaak', 'amlaki', 'amlake', 'aqarat', 'akarat', 'aqaraat', 'aqari', 'aqariya', 'aqariyya', 'akaria', 'aqaariya'],
  ['lands', 'land', 'zamin', 'zamine', 'zaminha', 'arazi', 'araazi', 'aradi', 'araadi', 'aradhi'],
  ['urban planning', 'urban development', 'town planning', 'shahrsazi', 'shahr-sazi', 'shahrsaazi'],
  ['tourism', 'tourist', 'travel', 'gardeshgari', 'gardeshgary', 'gardeshgaari', 'jahaangardi', 'siyaha', 'siyahah', 'siahah', 'seyaha', 'siyahiya', 'siyahiyya', 'siyaaha', 'siyahat'],
  ['travel', 'passenger', 'travellers', 'mosaferati', 'mosaferat', 'mosaferi', 'mosaaferati', 'mosaferbari'],
  ['hotel', 'hotels', 'funduq', 'fondouk', 'fundouk', 'fanadiq', 'fanadeq'],
  ['chemical', 'chemicals', 'chemistry', 'shimiaei', 'shimiyaei', 'shimiayi', 'shimiai', 'shimiaee', 'shimiyai', 'shimi', 'shimiaie', 'shimiyaee', 'kimawiya', 'kimyawiya', 'kimiyawiya', 'kimawi', 'kimyawi', 'kimawiyat', 'kimyawiyat', 'kimiyaiya', 'kimiaeya', 'kimiyaiyat', 'kimaweya'],
  ['mechanical', 'mechanics', 'mekaniki', 'mekanik', 'mekaaniki', 'mekanikie', 'mikaniki', 'mikanikiya', 'mikanikiyya', 'mikanika', 'mekanikiya', 'mikaniyaki'],
  ['fertilizer', 'fertilizers', 'fertiliser', 'fertilisers', 'asmida', 'asmidah', 'asmeda', 'asmidat', 'asmidaat'],
  ['tractor', 'tractors', 'teraktor', 'teraktorsazi', 'traktorsazi', 'teraaktor', 'jarrarat', 'jarrara', 'jarrarah', 'jarraraat'],
  ['truck', 'trucks', 'lorry', 'kamion', 'kamyon', 'kamiyon', 'kaamion', 'kamiondari'],
  ['wagon', 'wagons', 'railcars', 'vagonsazi', 'vaagon', 'vagonha'],
  ['tobacco', 'dokhaniat', 'dokhaniyat', 'dokhaaniyaat', 'dokhaniyaat', 'tabgh', 'tibgh'],
  ['dairy', 'dairy products', 'labaniat', 'labaniyat', 'labaniyaat', 'labanyat'],
  ['container', 'containers', 'kantiner', 'kanteiner', 'kantineri', 'kantinerbar', 'kaantiner'],
  ['terminal', 'terminals', 'payaneh', 'payane', 'payanehha', 'paayaaneh', 'payaneha'],
  ['wharf', 'jetty', 'quay', 'pier', 'eskele', 'eskeleh', 'eskelehha', 'rasif', 'arsifa', 'arsefa', 'rasifat'],
  ['leasing', 'lease', 'ejareh', 'ejare', 'ejaare', 'ejarei', 'ijara', 'ijarah', 'ijaara', 'ijarat'],
  ['brokerage', 'broker', 'brokers', 'kargozari', 'kargozaari', 'kargozaran', 'kargozar', 'wasata', 'wisata', 'wasatah', 'wisatah'],
  ['securities', 'papers', 'awraq', 'awraaq', 'awraq maliya'],
  ['shares', 'stocks', 'ashum', 'ashom'],
  ['stock exchange', 'exchange', 'bourse', 'bours', 'boursa', 'borsa', 'bursat'],
  ['currency', 'currencies', 'umla', 'umlat', 'omla', 'umulat'],
  ['cyber', 'cyberspace', 'sayberi', 'saiberi', 'sayberie', 'saybery', 'saybrani', 'sibrani', 'sayberani', 'saybirani'],
  ['enrichment', 'ghanisazi', 'ghani-sazi', 'qanisazi', 'ghanisaazi', 'takhsib', 'takhseeb', 'takhsiib'],
  ['centrifuge', 'centrifuges', 'santrifiuzh', 'santrifyuzh', 'sentrifiuzh', 'santrifuzh', 'santrifiyuzh'],
  ['uranium', 'oranium', 'uranyom', 'oraniom', 'uraniyom', 'oraanium', 'yuranyum', 'uranyum', 'yuraniyum', 'yuraanyum'],
  ['reactor', 'reactors', 'raktor', 'reaktor', 'reaktori', 'mufaail', 'mufaeel', 'mufaailat'],
  ['artillery', 'tupkhaneh', 'toopkhaneh', 'tupkhane', 'toupkhaneh', 'madfaiya', 'madfaiyya', 'madfaiyah'],
  ['submarine', 'submarines', 'zirdaryaei', 'zirdaryayi', 'zir-daryaei', 'zirdaryaee', 'zirdaryaie', 'ghawwasa', 'ghawasa', 'ghawwasat', 'ghawassa'],
  ['propulsion', 'thrust', 'pishrans', 'pishranesh', 'pishraneh'],
  ['self-sufficiency', 'self-reliance', 'khodkafaei', 'khodkafayi', 'khodkafaee', 'khod-kafaei', 'khodkafaie', 'iktifa'],
  // Chinese, pinyin as company names glue it (round 15, second part)
  ['branch', 'branch company', 'branch office', 'fengongsi', 'fen gongsi'], // 分公司
  ['branch', 'bank branch', 'fenhang'], // 分行
  ['subsidiary', 'subsidiary company', 'zigongsi', 'zi gongsi'], // 子公司
  ['corporation', 'general company', 'head company', 'zonggongsi', 'zong gongsi'], // 总公司
  ['headquarters', 'head office', 'zongbu'], // 总部
  ['office', 'liaison office', 'banshichu', 'banshi chu'], // 办事处
  ['representative office', 'representative', 'daibiaochu', 'daibiao chu'], // 代表处
  ['centre', 'center', 'zhongxin'], // 中心
  ['factory', 'plant', 'works', 'gongchang'], // 工厂
  ['manufacturing', 'manufacture', 'manufacturer', 'zhizao'], // 制造
  ['production', 'manufacturing', 'shengchan'], // 生产
  ['research institute', 'yanjiusuo', 'yanjiu suo'], // 研究所
  ['research institute', 'yanjiuyuan', 'yanjiu yuan'], // 研究院
  ['research', 'yanjiu'], // 研究
  ['laboratory', 'laboratories', 'shiyanshi', 'shiyan shi'], // 实验室
  ['experiment', 'experimental', 'test', 'testing', 'shiyan'], // 实验 试验
  ['university', 'daxue'], // 大学
  ['college', 'xueyuan'], // 学院
  ['academy', 'kexueyuan', 'kexue yuan'], // 科学院
  ['school', 'xuexiao'], // 学校
  ['association', 'xiehui'], // 协会
  ['foundation', 'jijinhui', 'jijin hui'], // 基金会
  ['fund', 'funds', 'jijin'], // 基金
  ['committee', 'weiyuanhui', 'weiyuan hui'], // 委员会
  ['cooperation', 'cooperative', 'hezuo'], // 合作
  ['united', 'joint', 'union', 'lianhe'], // 联合
  ['joint venture', 'joint-venture', 'hezi'], // 合资
  ['foreign-invested', 'foreign invested', 'foreign capital', 'waizi'], // 外资
  ['sino-foreign', 'chinese-foreign', 'zhongwai'], // 中外
  ['state-owned', 'state owned', 'guoyou'], // 国有
  ['state assets', 'guozi'], // 国资
  ['enterprise', 'enterprises', 'qiye'], // 企业
  ['industry', 'industrial', 'industries', 'chanye'], // 产业
  ['professional', 'specialised', 'specialized', 'zhuanye'], // 专业
  ['comprehensive', 'general', 'integrated', 'zonghe'], // 综合
  ['general purpose', 'general-purpose', 'universal', 'general', 'tongyong'], // 通用
  ['special', 'special type', 'special-type', 'tezhong'], // 特种
  ['government', 'zhengfu'], // 政府
  ['general administration', 'general bureau', 'zongju'], // 总局
  ['office', 'general office', 'bangongshi', 'bangong shi'], // 办公室
  ['state council', 'guowuyuan', 'guowu yuan'], // 国务院
  ['national', 'state', 'guojia'], // 国家
  ['central', 'zhongyang'], // 中央
  ['public security', 'police', 'gongan'], // 公安
  ['customs', 'haiguan'], // 海关
  ['peoples', 'people', 'peoples', 'renmin'], // 人民
  ['liberation', 'jiefang'], // 解放
  ['liberation army', 'jiefangjun', 'jiefang jun'], // 解放军
  ['troops', 'army unit', 'military unit', 'budui'], // 部队
  ['military', 'junshi'], // 军事
  ['military use', 'military', 'junyong'], // 军用
  ['military industry', 'defence industry', 'defense industry', 'jungong'], // 军工
  ['military-civil', 'civil-military', 'military-civilian', 'junmin'], // 军民
  ['national defence', 'national defense', 'defence', 'defense', 'guofang'], // 国防
  ['air force', 'kongjun'], // 空军
  ['ordnance', 'weapons', 'weaponry', 'bingqi'], // 兵器
  ['ordnance industry', 'military industry', 'binggong'], // 兵工
  ['weapons', 'weapon', 'arms', 'wuqi'], // 武器
  ['ammunition', 'munitions', 'danyao'], // 弹药
  ['armoured', 'armored', 'armour', 'armor', 'zhuangjia'], // 装甲
  ['missile', 'missiles', 'daodan'], // 导弹
  ['rocket', 'rockets', 'huojian'], // 火箭
  ['warship', 'warships', 'naval vessels', 'jianchuan'], // 舰船
  ['simulation', 'emulation', 'fangzhen'], // 仿真
  ['aircraft', 'airplane', 'aeroplane', 'feiji'], // 飞机
  ['aircraft', 'aerial vehicle', 'flying vehicle', 'feixingqi', 'feixing qi'], // 飞行器
  ['drone', 'drones', 'unmanned aircraft', 'wurenji', 'wuren ji'], // 无人机
  ['unmanned', 'wuren'], // 无人
  ['helicopter', 'helicopters', 'zhishengji', 'zhisheng ji'], // 直升机
  ['engine', 'engines', 'fadongji', 'fadong ji'], // 发动机
  ['aero engine', 'aero-engine', 'aeroengine', 'aircraft engine', 'hangfa'], // 航发
  ['aerospace', 'astronautics', 'space', 'hangtian'], // 航天
  ['satellite', 'satellites', 'weixing'], // 卫星
  ['navigation', 'daohang'], // 导航
  ['remote sensing', 'yaogan'], // 遥感
  ['space', 'outer space', 'taikong', 'kongjian'], // 太空 空间
  ['radar', 'radars', 'leida'], // 雷达
  ['airport', 'jichang'], // 机场
  ['air freight', 'air transport', 'air cargo', 'kongyun'], // 空运
  ['nuclear industry', 'hegongye', 'he gongye'], // 核工业
  ['nuclear power', 'nuclear energy', 'hedian', 'heneng'], // 核电 核能
  ['atomic energy', 'yuanzineng', 'yuanzi neng'], // 原子能
  ['atomic', 'atom', 'yuanzi'], // 原子
  ['shipbuilding', 'zaochuan'], // 造船
  ['shipyard', 'dockyard', 'chuanchang'], // 船厂
  ['ship', 'ships', 'vessel', 'vessels', 'marine', 'chuanbo'], // 船舶
  ['shipping agency', 'ship affairs', 'shipping', 'chuanwu'], // 船务
  ['maritime', 'marine', 'haishi'], // 海事
  ['ocean shipping', 'ocean-going', 'ocean', 'yuanyang'], // 远洋
  ['offshore engineering', 'marine engineering', 'offshore', 'haigong'], // 海工
  ['tanker', 'oil tanker', 'tankers', 'youlun'], // 油轮
  ['container', 'containers', 'jizhuangxiang', 'jizhuang xiang'], // 集装箱
  ['port', 'harbour', 'harbor', 'port authority', 'port affairs', 'gangkou', 'gangwan', 'gangwu'], // 港口 港湾 港务
  ['wharf', 'dock', 'terminal', 'matou'], // 码头
  ['freight', 'cargo transport', 'freight transport', 'huoyun'], // 货运
  ['transport', 'transportation', 'yunshu'], // 运输
  ['freight forwarding', 'forwarding', 'forwarder', 'huodai'], // 货代
  ['express', 'express delivery', 'courier', 'kuaidi'], // 快递
  ['warehousing', 'storage', 'cangchu'], // 仓储
  ['supply chain', 'gongyinglian', 'gongying lian'], // 供应链
  ['railway', 'railways', 'railroad', 'tielu'], // 铁路
  ['highway', 'highways', 'road', 'gonglu'], // 公路
  ['transport', 'transportation', 'communications', 'traffic', 'jiaotong'], // 交通
  ['automobile', 'automotive', 'auto', 'motor vehicle', 'qiche'], // 汽车
  ['vehicle', 'vehicles', 'cheliang'], // 车辆
  ['parts', 'spare parts', 'accessories', 'fittings', 'peijian'], // 配件
  ['components', 'parts', 'lingbujian', 'lingbu jian'], // 零部件
  ['components', 'electronic components', 'yuanqijian', 'yuanqi jian'], // 元器件
  ['devices', 'device', 'components', 'qijian'], // 器件
  ['microelectronics', 'microelectronic', 'wei dianzi'], // 微电子
  ['semiconductor', 'semiconductors', 'bandaoti', 'ban daoti'], // 半导体
  ['integrated circuit', 'integrated circuits', 'jichengdianlu', 'jicheng dianlu'], // 集成电路
  ['integrated', 'integration', 'jicheng'], // 集成
  ['circuit', 'circuits', 'dianlu'], // 电路
  ['circuit board', 'circuit boards', 'dianluban', 'dianlu ban'], // 电路板
  ['chip', 'chips', 'microchip', 'microchips', 'xinpian'], // 芯片
  ['wafer', 'wafers', 'jingyuan'], // 晶圆
  ['packaging', 'package', 'encapsulation', 'fengzhuang'], // 封装
  ['optoelectronic', 'optoelectronics', 'photoelectric', 'guangdian'], // 光电
  ['photonics', 'photon', 'photonic', 'guangzi'], // 光子
  ['optical fibre', 'optical fiber', 'fibre optic', 'fiber optic', 'guangxian'], // 光纤
  ['fibre', 'fiber', 'fibres', 'fibers', 'xianwei'], // 纤维
  ['communications', 'telecommunications', 'communication', 'tongxun'], // 通讯
  ['telecom', 'telecommunications', 'telecommunication', 'dianxin', 'dianxun'], // 电信 电讯
  ['mobile', 'yidong'], // 移动
  ['network', 'networks', 'wangluo'], // 网络
  ['internet', 'hulianwang', 'hulian wang'], // 互联网
  ['software', 'ruanjian'], // 软件
  ['hardware', 'yingjian'], // 硬件
  ['data', 'shuju'], // 数据
  ['big data', 'dashuju', 'da shuju'], // 大数据
  ['cloud computing', 'yunjisuan', 'yun jisuan'], // 云计算
  ['computing', 'calculation', 'jisuan'], // 计算
  ['computer', 'computers', 'jisuanji', 'jisuan ji', 'diannao'], // 计算机 电脑
  ['digital', 'shuzi', 'shuma'], // 数字 数码
  ['system', 'systems', 'xitong'], // 系统
  ['memory', 'memory device', 'storage device', 'cunchuqi', 'cunchu qi'], // 存储器
  ['processor', 'processors', 'chuliqi', 'chuli qi'], // 处理器
  ['server', 'servers', 'fuwuqi', 'fuwu qi'], // 服务器
  ['display', 'displays', 'xianshi'], // 显示
  ['artificial intelligence', 'rengongzhineng', 'rengong zhineng'], // 人工智能
  ['robot', 'robots', 'robotics', 'jiqiren', 'jiqi ren'], // 机器人
  ['machine', 'machines', 'jiqi'], // 机器
  ['control', 'controls', 'kongzhi'], // 控制
  ['automation', 'zidong hua'], // 自动化
  ['automatic', 'automated', 'zidong'], // 自动
  ['security', 'safety', 'anquan'], // 安全
  ['security', 'security systems', 'surveillance', 'anfang'], // 安防
  ['monitoring', 'surveillance', 'jiankong'], // 监控
  ['encryption', 'jiami'], // 加密
  ['sensor', 'sensors', 'chuanganqi', 'chuangan qi'], // 传感器
  ['laser', 'lasers', 'jiguang'], // 激光
  ['infrared', 'hongwai'], // 红外
  ['microwave', 'microwaves', 'weibo'], // 微波
  ['radio frequency', 'radio-frequency', 'shepin'], // 射频
  ['radio', 'wireless', 'wuxiandian', 'wuxian dian'], // 无线电
  ['wireless', 'wuxian'], // 无线
  ['meter', 'meters', 'instrument', 'instruments', 'gauge', 'gauges', 'yibiao'], // 仪表
  ['measurement', 'measuring', 'surveying', 'celiang'], // 测量
  ['metrology', 'measurement', 'jiliang'], // 计量
  ['testing', 'test', 'ceshi'], // 测试
  ['testing', 'inspection', 'detection', 'jiance'], // 检测
  ['mapping', 'surveying', 'cartography', 'cehui'], // 测绘
  ['electromechanical', 'electro-mechanical', 'jidian'], // 机电
  ['home appliances', 'household appliances', 'appliances', 'jiadian'], // 家电
  ['electric', 'electrically powered', 'diandong'], // 电动
  ['motor', 'motors', 'electric motor', 'dianji'], // 电机
  ['cable', 'cables', 'dianlan'], // 电缆
  ['switch', 'switches', 'switchgear', 'kaiguan'], // 开关
  ['transformer', 'transformers', 'bianyaqi', 'bianya qi'], // 变压器
  ['power supply', 'power supplies', 'power source', 'dianyuan'], // 电源
  ['battery', 'batteries', 'dianchi'], // 电池
  ['lithium battery', 'lithium batteries', 'lithium', 'lidian'], // 锂电
  ['energy storage', 'chuneng'], // 储能
  ['electronic technology', 'electronics technology', 'dianke'], // 电科
  ['electric power', 'power', 'electricity', 'dianli'], // 电力
  ['power grid', 'grid', 'dianwang'], // 电网
  ['power generation', 'fadian'], // 发电
  ['generator', 'generators', 'fadianji', 'fadian ji'], // 发电机
  ['power plant', 'power station', 'dianchang', 'dianzhan'], // 电厂 电站
  ['hydropower', 'hydroelectric', 'hydro power', 'shuidian'], // 水电
  ['thermal power', 'huodian'], // 火电
  ['wind power', 'wind energy', 'fengdian', 'fengneng'], // 风电 风能
  ['solar', 'solar energy', 'taiyangneng', 'taiyang neng'], // 太阳能
  ['photovoltaic', 'photovoltaics', 'guangfu'], // 光伏
  ['new energy', 'xinnengyuan', 'xin nengyuan'], // 新能源
  ['renewable', 'renewable energy', 'kezaisheng', 'ke zaisheng'], // 可再生
  ['energy saving', 'energy-saving', 'energy conservation', 'jieneng'], // 节能
  ['environmental protection', 'environmental', 'huanbao'], // 环保
  ['environment', 'environmental', 'huanjing'], // 环境
  ['water conservancy', 'hydraulic engineering', 'water resources', 'shuili'], // 水利
  ['steam turbine', 'turbine', 'turbines', 'qilunji', 'qilun ji'], // 汽轮机
  ['compressor', 'compressors', 'yasuoji', 'yasuo ji'], // 压缩机
  ['petroleum', 'shiyou'], // 石油
  ['petrochemical', 'petrochemicals', 'shihua'], // 石化
  ['natural gas', 'tianranqi', 'tianran qi'], // 天然气
  ['natural', 'tianran'], // 天然
  ['fuel gas', 'town gas', 'gas supply', 'ranqi'], // 燃气
  ['oil-gas', 'hydrocarbons', 'youqi'], // 油气
  ['oilfield', 'oil field', 'oilfields', 'youtian'], // 油田
  ['refining', 'refinery', 'oil refining', 'lianyou'], // 炼油
  ['refined oil', 'oil products', 'petroleum products', 'chengpinyou', 'chengpin you'], // 成品油
  ['liquefied gas', 'yehuaqi', 'yehua qi'], // 液化气
  ['pipeline', 'pipelines', 'guandao'], // 管道
  ['coal', 'meitan'], // 煤炭
  ['coal mine', 'colliery', 'meikuang'], // 煤矿
  ['mining', 'mining industry', 'kuangye'], // 矿业
  ['minerals', 'mineral', 'mineral products', 'kuangchan'], // 矿产
  ['mine', 'mines', 'kuangshan'], // 矿山
  ['iron ore', 'tiekuang'], // 铁矿
  ['geology', 'geological', 'dizhi'], // 地质
  ['exploration', 'prospecting', 'kantan'], // 勘探
  ['metallurgy', 'metallurgical', 'yejin'], // 冶金
  ['steel', 'iron-steel', 'gangtie'], // 钢铁
  ['stainless steel', 'stainless', 'buxiugang', 'buxiu gang'], // 不锈钢
  ['non-ferrous', 'nonferrous', 'youse'], // 有色
  ['metal', 'metals', 'jinshu'], // 金属
  ['precious metals', 'precious metal', 'guijinshu', 'gui jinshu'], // 贵金属
  ['rare earth', 'rare earths', 'rare-earth', 'xitu'], // 稀土
  ['alloy', 'alloys', 'hejin'], // 合金
  ['aluminium', 'aluminum', 'aluminium industry', 'lvye', 'luye'], // 铝业
  ['graphite', 'shimo'], // 石墨
  ['polysilicon', 'polycrystalline silicon', 'duojinggui', 'duojing gui'], // 多晶硅
  ['new materials', 'new material', 'advanced materials', 'xincailiao', 'xin cailiao'], // 新材料
  ['polymer', 'polymers', 'macromolecular', 'gaofenzi', 'gao fenzi'], // 高分子
  ['composite', 'composites', 'compound', 'fuhe'], // 复合
  ['chemistry', 'chemical', 'huaxue'], // 化学
  ['plastics', 'plastic', 'suliao'], // 塑料
  ['fertiliser', 'fertilizer', 'fertilisers', 'fertilizers', 'huafei'], // 化肥
  ['explosives', 'explosive', 'zhayao'], // 炸药
  ['gunpowder', 'propellant', 'propellants', 'huoyao'], // 火药
  ['heavy industry', 'heavy industries', 'zhonggong', 'zhonggongye', 'zhong gongye'], // 重工 重工业
  ['apparatus', 'device', 'devices', 'installation', 'zhuangzhi'], // 装置
  ['equipment', 'apparatus', 'qicai'], // 器材
  ['tools', 'tool', 'gongju'], // 工具
  ['mould', 'mold', 'moulds', 'molds', 'moju'], // 模具
  ['casting', 'castings', 'foundry', 'zhuzao'], // 铸造
  ['forging', 'forgings', 'duanzao'], // 锻造
  ['processing', 'machining', 'jiagong'], // 加工
  ['valve', 'valves', 'famen'], // 阀门
  ['bearing', 'bearings', 'zhoucheng'], // 轴承
  ['hydraulic', 'hydraulics', 'yeya'], // 液压
  ['products', 'zhipin'], // 制品
  ['products', 'product', 'chanpin'], // 产品
  ['materials', 'supplies', 'wuzi'], // 物资
  ['construction', 'building', 'jianshe'], // 建设
  ['construction', 'architecture', 'building', 'jianzhu'], // 建筑
  ['engineering', 'project', 'projects', 'gongcheng'], // 工程
  ['design', 'sheji'], // 设计
  ['installation', 'anzhuang'], // 安装
  ['repair', 'maintenance', 'weixiu'], // 维修
  ['real estate', 'property', 'fangdichan', 'fangdi chan', 'dichan'], // 房地产 地产
  ['industrial park', 'gongyeyuan', 'gongye yuan'], // 工业园
  ['development zone', 'kaifaqu', 'kaifa qu'], // 开发区
  ['high-tech', 'hi-tech', 'high technology', 'new technology', 'gaoxin'], // 高新
  ['high-tech', 'hi-tech', 'high technology', 'gaoke', 'gaokeji', 'gao keji'], // 高科 高科技
  ['bonded', 'bonded zone', 'baoshui'], // 保税
  ['bonded zone', 'bonded area', 'baoshuiqu', 'baoshui qu'], // 保税区
  ['free trade', 'free-trade', 'zimao'], // 自贸
  ['economic', 'economy', 'jingji'], // 经济
  ['economic trade', 'trade', 'jingmao'], // 经贸
  ['industry trade', 'industrial trading', 'gongmao'], // 工贸
  ['science trade', 'technology trading', 'kemao'], // 科贸
  ['foreign trade', 'waimao'], // 外贸
  ['import-export', 'import export', 'impex', 'jinchukou', 'jin chukou'], // 进出口
  ['commerce', 'business', 'commercial', 'shangwu'], // 商务
  ['commercial', 'commerce', 'business', 'shangye'], // 商业
  ['civil', 'civilian', 'civil use', 'minyong'], // 民用
  ['sales', 'marketing', 'xiaoshou'], // 销售
  ['finance', 'financial', 'jinrong'], // 金融
  ['insurance', 'baoxian'], // 保险
  ['reinsurance', 'zaibaoxian', 'zai baoxian'], // 再保险
  ['securities', 'zhengquan'], // 证券
  ['trust', 'trusts', 'xintuo'], // 信托
  ['leasing', 'lease', 'zulin'], // 租赁
  ['financing', 'finance', 'rongzi'], // 融资
  ['guarantee', 'guaranty', 'guarantees', 'danbao'], // 担保
  ['assets', 'asset', 'zichan'], // 资产
  ['management', 'administration', 'guanli'], // 管理
  ['capital', 'ziben'], // 资本
  ['exchange', 'stock exchange', 'jiaoyisuo', 'jiaoyi suo'], // 交易所
  ['trading', 'transaction', 'transactions', 'exchange', 'jiaoyi'], // 交易
  ['financial holding', 'financial holdings', 'jinkong'], // 金控
  ['state investment', 'development investment', 'guotou'], // 国投
  ['urban investment', 'city investment', 'chengtou'], // 城投
  ['venture capital', 'venture investment', 'chuangtou'], // 创投
  ['technology innovation', 'innovation', 'kechuang'], // 科创
  ['innovation', 'innovative', 'chuangxin'], // 创新
  ['scientific research', 'research', 'keyan'], // 科研
  ['research development', 'yanfa'], // 研发
  ['services', 'service', 'fuwu'], // 服务
  ['consulting', 'consultancy', 'advisory', 'zixun'], // 咨询
  ['media', 'chuanmei'], // 传媒
  ['broadcasting', 'broadcast', 'radio', 'guangbo'], // 广播
  ['television', 'dianshi'], // 电视
  ['publishing', 'publishers', 'publication', 'chuban'], // 出版
  ['global', 'worldwide', 'quanqiu'], // 全球
  ['overseas', 'haiwai'], // 海外
  ['medicine', 'pharmaceutical', 'pharmaceuticals', 'yiyao'], // 医药
  ['medical', 'medical care', 'healthcare', 'yiliao'], // 医疗
  ['pharmaceutical', 'pharmaceuticals', 'yaoye'], // 药业
  ['pharmaceutical', 'pharmaceuticals', 'drug manufacturing', 'zhiyao'], // 制药
  ['biological', 'biology', 'biotechnology', 'biotech', 'shengwu'], // 生物
  ['medical devices', 'medical equipment', 'apparatus', 'qixie'], // 器械
  ['gene', 'genes', 'genetic', 'genomics', 'jiyin'], // 基因
  ['agriculture', 'agricultural', 'nongye'], // 农业
  ['textile', 'textiles', 'fangzhi'], // 纺织
  ['garments', 'apparel', 'clothing', 'fuzhuang'], // 服装
  ['company', 'kongsi'], // 公司
  ['company', 'kung si', 'kung sze'], // 公司
  ['limited', 'yau han'], // 有限
  ['trading', 'trade', 'mau yik'], // 貿易
  ['international', 'kwok tsai'], // 國際
  ['industrial', 'industries', 'enterprise', 'shat yip', 'sat yip'], // 實業
  ['industrial', 'industry', 'kung yip'], // 工業
  ['development', 'fat chin'], // 發展
  ['property', 'real estate', 'chi yip'], // 置業
  ['investment', 'tau tsz'], // 投資
  ['bank', 'ngan hong'], // 銀行
  ['trading house', 'trading firm', 'foreign firm', 'yeung hong'], // 洋行
  ['technology', 'fo kei'], // 科技
  ['company', 'kung ssu'], // 公司
  ['limited', 'yu hsien'], // 有限
  ['joint-stock', 'joint stock', 'shareholding', 'ku fen'], // 股份
  ['electronics', 'electronic', 'tien tzu'], // 電子
  ['technology', 'ko chi'], // 科技
  ['international', 'kuo chi'], // 國際
  ['industrial', 'industry', 'kung yeh'], // 工業
  ['industrial', 'industries', 'enterprise', 'shih yeh'], // 實業
  ['group', 'chi tuan'], // 集團
  ['development', 'fa chan'], // 發展
  ['science', 'ko hsueh'], // 科學
  ['research', 'yen chiu'], // 研究
  ['university', 'ta hsueh'], // 大學
  ['college', 'academy', 'hsueh yuan'], // 學院
  ['machinery', 'machine', 'chi hsieh'], // 機械
];
