import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseXml, texts, UnsafeXmlError } from '../../../lambdas/domain/lists/xml-tree';

describe('list XML is parsed as untrusted input', () => {
  test('a DTD with entities (billion laughs) is refused before parsing', () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<sdnList><sdnEntry><lastName>&lol2;</lastName></sdnEntry></sdnList>`;
    expect(() => parseXml(bomb)).toThrow(UnsafeXmlError);
  });

  test('the published list files still parse (entities the UN file uses are character references, not a DTD)', () => {
    const fixture = readFileSync(join(__dirname, '..', '..', 'fixtures', 'lists', 'ofac-sdn.xml'));
    expect(() => parseXml(fixture)).not.toThrow();
    const tree = parseXml('<a><b>Caf&#233; &#8217;X&#8217;</b></a>');
    expect(texts(tree.a, 'b')).toEqual(['Café ’X’']);
  });
});
