import { escapeAttribute, escapeText, renderElement } from './xml-writer.js';
import { parseXml } from './iati-xml.fixtures.js';

describe('the XML writer', () => {
  it('escapes markup in text and, in attributes, quotes and white space too', () => {
    expect(escapeText(`a & b < c > d "e" 'f'\r\n`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'&#13;\n`);
    expect(escapeAttribute(`a & "b" 'c' <d>\t\n\r`)).toBe('a &amp; &quot;b&quot; &apos;c&apos; &lt;d&gt;&#9;&#10;&#13;');
  });

  it('drops the characters XML 1.0 forbids, keeping paired surrogates (emoji) and the BMP', () => {
    expect(escapeText('a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg\uD800h\uDC00i')).toBe('abcdefghi');
    expect(escapeText('🎯 \u00A0é\u200F')).toBe('🎯 \u00A0é\u200F');
  });

  it('renders elements that a strict parser reads back to the same text and attributes', () => {
    const text = `Tab\there, "quotes" & 'apostrophes' <tags> — مرحبا · 你好 · привет · ¡Hola! · Élodie\r\nnext`;
    const xml = renderElement({
      name: 'a',
      attrs: { title: text, skipped: null, n: 3 },
      children: [{ name: 'b', children: [text] }, { name: 'c' }, null, false],
    });
    const parsed = parseXml(xml);
    expect(parsed.attrs).toEqual({ title: text, n: '3' });
    expect(parsed.children.map((c) => [c.name, c.text])).toEqual([
      ['b', text],
      ['c', ''],
    ]);
  });
});
