import { describe, expect, it } from 'vitest';
import { loadFeed, parseFeed } from '../../src/corpus/feed.js';
import { htmlToText } from '../../src/corpus/html.js';
import { parseText } from '../../src/corpus/parse.js';

const rss = (items: string, channel = '<title>Wire</title>'): string =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>${channel}${items}</channel></rss>`;

describe('feed bodies', () => {
  it('reads escaped HTML, CDATA HTML and bare child elements alike as paragraphs of text', () => {
    const { articles } = parseFeed(
      rss(
        '<item><title>A</title><description>&lt;p&gt;One &amp;amp; two&lt;/p&gt;&lt;p&gt;Three&lt;/p&gt;</description></item>' +
          '<item><title>B</title><content:encoded><![CDATA[<p>Caf&eacute; <script>x()</script>open</p><style>p{}</style><p>Next</p>]]></content:encoded></item>' +
          '<item><title>C</title><description><div>Bare <b>markup</b></div><div>here</div></description></item>',
      ),
      'f.rss',
    );
    expect(articles.map((a) => a.text)).toEqual(['One & two\n\nThree', 'Café open\n\nNext', 'Bare markup\n\nhere']);
  });

  it('reads markup escaped twice beside bare markup (reddit self posts) as text, and a tag named in prose stays', () => {
    const { articles } = parseFeed(
      rss(
        '<item><title>A</title><description>&amp;lt;!-- SC_OFF --&amp;gt;&amp;lt;div class=&amp;quot;md&amp;quot;&amp;gt;&amp;lt;p&amp;gt;A threesome&amp;lt;/p&amp;gt;&amp;lt;/div&amp;gt;<a href="u">[89 comments]</a></description></item>' +
          '<item><title>B</title><description>&lt;p&gt;Wrap it in a &amp;lt;b&amp;gt; tag.&lt;/p&gt;</description></item>',
      ),
      'f.rss',
    );
    expect(articles.map((a) => a.text)).toEqual(['A threesome\n\n[89 comments]', 'Wrap it in a <b> tag.']);
  });

  it('prefers content:encoded over description and uses the title as text when there is no body', () => {
    const { articles } = parseFeed(
      rss(
        '<item><title>T</title><description>short</description><content:encoded>long body</content:encoded></item><item><title>Only title</title></item>',
      ),
      'f.rss',
    );
    expect(articles.map((a) => a.text)).toEqual(['long body', 'Only title']);
  });

  it('reads Atom text, html and xhtml content, links and dates', () => {
    const { articles, problems } = parseFeed(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">News &amp;amp; more</title>
        <entry><title>X</title><link rel="self" href="http://self"/><link rel="alternate" href="http://alt"/><updated>2024-05-01T23:00:00-07:00</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>First</p><p>Second</p></div></content></entry>
        <entry><title>Y</title><published>2024-05-02T01:00:00Z</published><summary type="text">a &lt;b&gt; literal</summary></entry>
      </feed>`,
      'f.atom',
    );
    expect(problems).toEqual([]);
    expect(articles[0]).toMatchObject({
      url: 'http://alt',
      date: '2024-05-01',
      text: 'First\n\nSecond',
      source: 'News & more',
    });
    expect(articles[1]).toMatchObject({ date: '2024-05-02', text: 'a <b> literal' });
  });

  it('reads Atom written with an atom: prefix', () => {
    const { articles } = parseFeed(
      '<atom:feed xmlns:atom="http://www.w3.org/2005/Atom"><atom:title>P</atom:title><atom:entry><atom:title>E</atom:title><atom:content type="html">&lt;p&gt;body&lt;/p&gt;</atom:content></atom:entry></atom:feed>',
      'p.atom',
    );
    expect(articles[0]).toMatchObject({ title: 'E', text: 'body', source: 'P' });
  });

  it('reads RSS 1.0 items, which sit beside the channel', () => {
    const { articles } = parseFeed(
      `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel rdf:about="http://x"><title>Journal</title></channel>
        <item rdf:about="http://x/1"><title>Paper</title><dc:date>2017-06-15T10:29:47-07:00</dc:date></item>
      </rdf:RDF>`,
      'f.rdf',
    );
    expect(articles[0]).toMatchObject({
      path: 'f.rdf#1',
      title: 'Paper',
      date: '2017-06-15',
      url: 'http://x/1',
      source: 'Journal',
    });
  });

  it('names an unreadable item date and still loads the item undated', async () => {
    const { articles, problems } = await parseText(
      rss('<item><title>T</title><pubDate>someday</pubDate></item>'),
      'f.rss',
      'feed',
    );
    expect(articles[0]!.date).toBeNull();
    expect(problems).toEqual([{ path: 'f.rss#1', reason: 'date: unrecognised date "someday"' }]);
  });

  it('names documents that are not feeds', () => {
    expect(parseFeed('<?xml version="1.0"?><svg></svg>', 'x.xml').problems[0]!.reason).toBe(
      'not a feed (root element <svg>)',
    );
    expect(parseFeed('<rss><channel><title>t</title></channel></rss>', 'x.rss').problems[0]!.reason).toBe(
      'feed has no items',
    );
    expect(parseFeed('<html><body>hi</body></html>', 'x.rss').problems[0]!.reason).toBe('not a feed (HTML page)');
  });

  it('reads a feed declaring UTF-8 but sent as Latin-1, with a note', () => {
    const bytes = Buffer.from(
      rss('<item><title>Caf\xe9</title><description>S\xe3o Paulo</description></item>'),
      'latin1',
    );
    const { articles, problems } = loadFeed(bytes, 'x.rss');
    expect(articles[0]).toMatchObject({ title: 'Café', text: 'São Paulo' });
    expect(problems).toEqual([{ path: 'x.rss', reason: 'declared UTF-8 but is not; read as windows-1252' }]);
  });

  it('decodes a windows-1252 declaration, curly quotes included', () => {
    const bytes = Buffer.concat([
      Buffer.from('<?xml version="1.0" encoding="windows-1252"?><rss><channel><title>T</title><item><title>'),
      Buffer.from([0x93, 0x51, 0x94, 0x20, 0x80]),
      Buffer.from('</title></item></channel></rss>'),
    ]);
    expect(loadFeed(bytes, 'x.rss').articles[0]!.title).toBe('“Q” €');
  });
});

describe('a feed cut short', () => {
  const rss = (items: string): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}`;
  const item = (title: string): string =>
    `<item><title>${title}</title><pubDate>Mon, 08 Jan 2024 10:00:00 GMT</pubDate><description>${title} met on Monday.</description></item>`;

  it('keeps the items it got whole and says it was cut short', () => {
    const result = parseFeed(rss(`${item('One')}${item('Two')}<item><title>Thr`), 'cut.rss');
    expect(result.articles.map((a) => a.title)).toEqual(['One', 'Two']);
    expect(result.problems).toEqual([
      { path: 'cut.rss', reason: 'broken XML: cut short inside an element; the 2 items before it read' },
    ]);
  });

  it('reads an Atom feed cut inside an entry the same way', () => {
    const atom =
      '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>' +
      '<entry><title>One</title><updated>2024-01-08T10:00:00Z</updated><content>The UN met.</content></entry><entry><ti';
    const result = parseFeed(atom, 'cut.atom');
    expect(result.articles.map((a) => a.title)).toEqual(['One']);
    expect(result.problems[0]?.reason).toBe('broken XML: cut short inside an element; the item before it read');
  });

  it('still names broken XML with no whole item as broken', () => {
    const result = parseFeed(rss('<item><title>One'), 'cut.rss');
    expect(result.articles).toEqual([]);
    expect(result.problems[0]?.reason).toMatch(/^broken XML: .+ \(line \d+, column \d+\)$/);
  });
});

describe('markup nested deeper than any page', () => {
  it('is read by a scan of its tags: its text kept, its entities decoded, its paragraphs apart', () => {
    const depth = 100_000;
    const html = `${'<div>'.repeat(depth)}The UN met on Monday &amp; talked.${'</div>'.repeat(depth)}<p>Then &#8220;more&#8221;.</p>`;
    expect(htmlToText(html)).toBe('The UN met on Monday & talked.\n\nThen “more”.');
  });

  it('leaves ordinary nesting to the parser, which drops scripts', () => {
    const html = `${'<div>'.repeat(50)}<p>Kept</p><script>dropped()</script>${'</div>'.repeat(50)}`;
    expect(htmlToText(html)).toBe('Kept');
  });
});
