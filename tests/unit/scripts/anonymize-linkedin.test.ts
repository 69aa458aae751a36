// @vitest-environment node
import { anonymize } from '../../../scripts/anonymize-linkedin.mjs';

const page = [
  '<html><head><title>(3) Élodie Durand, MBA | LinkedIn</title>',
  '<meta property="profile:first_name" content="Élodie"><meta property="profile:last_name" content="Durand">',
  '<script type="application/ld+json">{"@type":"Person","name":"Élodie Durand","worksFor":[{"@type":"Organization","name":"Acme Widgets"}]}</script></head>',
  '<body class="pv-top-card"><h1 class="text-heading-xlarge">Élodie Durand</h1>',
  '<a href="https://www.linkedin.com/in/elodie-durand-4a1b2c/overlay/contact-info/">Contact info</a>',
  '<a href="mailto:Elodie.Durand@acme.com">Elodie.Durand@acme.com</a><a href="tel:+33 6 12 34 56 78">+33 6 12 34 56 78</a>',
  '<img alt="Élodie Durand" src="https://media.licdn.com/dms/image/v2/D4E03AQHabcdefghij12/profile-displayphoto-shrink_100_100/0/1700000000000?e=1735776000&amp;v=beta&amp;t=Zx9AbCdEfGhIjKlMn">',
  '<code id="bpr-guid-1">{&quot;firstName&quot;:&quot;\\u00c9lodie&quot;,&quot;lastName&quot;:&quot;Durand&quot;,&quot;publicIdentifier&quot;:&quot;elodie-durand-4a1b2c&quot;,',
  '&quot;entityUrn&quot;:&quot;urn:li:fsd_profile:ACoAABcdEfGhIjKlMnOpQrStUvWx&quot;,&quot;objectUrn&quot;:&quot;urn:li:member:123456789&quot;}</code>',
  '<a href="/search?q=urn%3Ali%3Afsd_profile%3AACoAABcdEfGhIjKlMnOpQrStUvWx&amp;u=%2Fin%2Felodie-durand-4a1b2c">x</a>',
  '<p>ÉLODIE DURAND</p><aside><a href="/in/luc-petit"><span>Luc Petit</span><span>Chief Marketing Officer</span></a></aside>',
  '<h1>Profile not found</h1><div class="experience-item">2019 - 2021</div></body></html>',
].join('\n');

describe('anonymize-linkedin', () => {
  const { html, report } = anonymize(page);

  it('leaves no real name, slug, email, phone, photo id or member id', () => {
    for (const real of ['Élodie', 'lodie', 'Durand', 'DURAND', 'elodie-durand', 'Luc Petit', 'luc-petit', 'Elodie.Durand', '12 34 56 78', 'D4E03AQHabcdefghij12', 'Zx9AbCdEfGhIjKlMn', 'ACoAABcdEfGhIjKlMnOpQrStUvWx', '123456789']) {
      expect(html, real).not.toContain(real);
    }
  });

  it('replaces one real value by one fake everywhere: text, attributes, JSON, escaped JSON, percent-encoded', () => {
    const fakeSlug = html.match(/\/in\/([a-z0-9-]+)\/overlay/)![1]!;
    expect(html.match(new RegExp(fakeSlug, 'g'))).toHaveLength(3);
    const fakeFirst = html.match(/profile:first_name" content="([^"]+)"/)![1]!;
    const fakeLast = html.match(/profile:last_name" content="([^"]+)"/)![1]!;
    expect(html).toContain(`<h1 class="text-heading-xlarge">${fakeFirst} ${fakeLast}</h1>`);
    expect(html).toContain(`&quot;firstName&quot;:&quot;${fakeFirst}&quot;`);
    expect(html).toContain(`<p>${fakeFirst.toUpperCase()} ${fakeLast.toUpperCase()}</p>`);
    const fakeUrn = html.match(/fsd_profile:(ACoAA[A-Za-z0-9]+)/)![1]!;
    expect(html).toContain(`fsd_profile%3A${fakeUrn}&amp;`);
    expect(fakeUrn).toHaveLength('ACoAABcdEfGhIjKlMnOpQrStUvWx'.length);
    expect(html).toMatch(/href="tel:\+33 \d \d\d \d\d \d\d \d\d">\+33 \d \d\d \d\d \d\d \d\d</);
    expect(html).toMatch(/href="mailto:([a-z.]+@example\.com)">\1</);
  });

  it('keeps the markup and what is not personal byte for byte', () => {
    expect(html.split('\n')).toHaveLength(page.split('\n').length);
    for (const kept of ['class="pv-top-card"', '"name":"Acme Widgets"', 'Chief Marketing Officer', '<h1>Profile not found</h1>', '2019 - 2021', 'profile-displayphoto-shrink_100_100', '&amp;v=beta&amp;t=', ', MBA | LinkedIn</title>']) {
      expect(html).toContain(kept);
    }
    expect(anonymize('<html><body><h1 class="x">About</h1><p>VP Sales at Acme</p></body></html>').html).toBe('<html><body><h1 class="x">About</h1><p>VP Sales at Acme</p></body></html>');
  });

  it('is stable: the same page gives the same fakes on every run', () => {
    expect(anonymize(page).html).toBe(html);
  });

  it('reports what it replaced and what it could not decide', () => {
    expect(report.names.join(' ')).toContain('Durand ->');
    expect(report.slugs).toHaveLength(2);
    expect(report.undecided).toContain('not a name? kept: "Profile not found"');
  });

  it('applies an explicit mapping first, word by word for names', () => {
    const out = anonymize('<p>Grace Hopper met Rear Admiral Smith</p>', { map: { 'Grace Hopper': 'Ada Quillon', 'Rear Admiral Smith': 'someone' } }).html;
    expect(out).toBe('<p>Ada Quillon met someone</p>');
  });
});
