import { htmlToPlainText, sanitizeRichText } from './html-sanitizer';

describe(sanitizeRichText.name, () => {
  it('keeps the whitelisted subset and drops scripts, handlers and dangerous links', () => {
    expect(
      sanitizeRichText(
        '<p onclick="x()">Text <script>alert(1)</script><em>kursiv</em></p>',
      ),
    ).toBe('<p>Text <em>kursiv</em></p>');
    expect(sanitizeRichText('<a href="javascript:alert(1)">x</a>')).toBe(
      '<a rel="noopener noreferrer">x</a>',
    );
    expect(
      sanitizeRichText('<a href="https://example.org" target="_blank">x</a>'),
    ).toBe('<a href="https://example.org" rel="noopener noreferrer">x</a>');
    expect(
      sanitizeRichText(
        '<iframe src="https://evil"></iframe><img src=x onerror=alert(1)><p>ok</p>',
      ),
    ).toBe('<p>ok</p>');
  });

  it('demotes page-level headings so the page keeps its outline', () => {
    expect(sanitizeRichText('<h1>A</h1><h2>B</h2><h4>C</h4>')).toBe(
      '<h3>A</h3><h3>B</h3><h4>C</h4>',
    );
  });
});

describe(htmlToPlainText.name, () => {
  it('returns readable text with line breaks between blocks and decoded entities', () => {
    expect(
      htmlToPlainText(
        '<p>Erste &amp; zweite</p><ul><li>Eins</li><li>Zwei &lt;3</li></ul>',
      ),
    ).toBe('Erste & zweite\nEins\nZwei <3');
  });

  it('does not decode twice', () => {
    expect(htmlToPlainText('<p>&amp;lt;b&amp;gt;</p>')).toBe('&lt;b&gt;');
  });
});
