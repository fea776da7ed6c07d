import { describe, expect, it } from 'vitest';
import { PAGE_STYLE } from './pageStyle.js';

/** The rules inside `@media print{…}`: from the block's start to the end of the style sheet. */
const print = PAGE_STYLE.slice(PAGE_STYLE.indexOf('@media print{'));
/** The rules for the screen: everything before the print block. */
const screen = PAGE_STYLE.slice(0, PAGE_STYLE.indexOf('@media print{'));

describe('PAGE_STYLE on screen', () => {
  it('scrolls tables in their own box and shrinks charts to the width', () => {
    expect(screen).toContain('.table-scroll{overflow-x:auto;max-width:100%;margin:1rem 0}');
    expect(screen).toContain('figure svg{display:block;max-width:100%;height:auto}');
  });

  it('breaks long words in text anywhere, in cells only where they do not fit', () => {
    expect(screen).toContain('p,li,dd,dt,figcaption,caption,a,code{overflow-wrap:anywhere}');
    expect(screen).toContain('td,th,td a,td code{overflow-wrap:break-word}');
  });

  it('right-aligns numeric cells and lays the key figures out as wrapping cards', () => {
    expect(screen).toContain('.num{text-align:right;font-variant-numeric:tabular-nums}');
    expect(screen).toContain('dl.key-figures{display:flex;flex-wrap:wrap;');
    expect(screen).toContain('dl.key-figures>div{flex:1 1 13rem;min-width:0;');
    expect(screen).toContain('dl.key-figures dd.value{font-size:1.35rem;font-weight:600;');
  });

  it('keeps headings with what follows them', () => {
    expect(screen).toContain(
      'h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em;break-after:avoid;page-break-after:avoid}',
    );
  });
});

describe('PAGE_STYLE in print', () => {
  it('prints on A4 with margins, the whole sheet in one block', () => {
    expect(print).toContain('@page{size:A4;margin:18mm 16mm}');
    // The block closes last: every print rule is inside it.
    expect(print.endsWith('\n}')).toBe(true);
    expect(print.match(/\{/g)?.length).toBe(print.match(/\}/g)?.length);
  });

  it('breaks no page inside a figure, a table row or the key figures', () => {
    expect(print).toContain(
      'tr,figure,li,dl.key-figures,dl.key-figures>div,caption{break-inside:avoid;page-break-inside:avoid}',
    );
    expect(print).toContain('thead{display:table-header-group}');
  });

  it('prints external links as references, not internal anchors, and unclips the scroll boxes', () => {
    expect(print).toContain('a[href^="http"]::after{content:" (" attr(href) ")";');
    expect(print).not.toContain('a[href^="#"]::after');
    expect(print).toContain('.table-scroll{overflow:visible}');
    // Headings break inside words on paper only, so a table of many columns fits the page.
    expect(print).toContain('th{overflow-wrap:anywhere}');
    expect(screen).not.toContain('th{overflow-wrap:anywhere}');
  });
});
