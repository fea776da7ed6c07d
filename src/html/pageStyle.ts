/**
 * The style sheet of the HTML report, inlined in its `<style>` element (the page loads nothing).
 *
 * @remarks
 * On screen: readable type (system fonts, 1.5 line height, at most 72 rem wide), tables that
 * scroll sideways in their own box (`.table-scroll`) instead of widening the page, numeric cells
 * (`.num`) right-aligned with tabular digits, charts that shrink to the width with their
 * proportions kept (`max-width: 100%; height: auto`), long words, URLs and ids in text broken
 * anywhere rather than overflowing (in table cells only where they do not fit, so that columns
 * keep their width), and the key figures (`dl.key-figures`, one `<div>` a figure: its `<dt>`
 * label, its `<dd class="value">` in large type, then smaller `<dd>` lines) as a row of cards
 * that wraps on small screens. So the page is never wider than a 390 px phone screen.
 *
 * In print (`@media print`): A4 pages with 18 mm margins (16 mm at the sides); no page break
 * inside a figure, a table row, a key-figures block or a list item; headings kept with what
 * follows them (`break-after: avoid`; CSS Fragmentation Level 3); table headers repeated on each
 * page; the scroll boxes unclipped; external links followed by their address in brackets
 * (internal anchors are not expanded).
 *
 * @category Reports
 * @internal
 */
export const PAGE_STYLE: string = [
  '*,*::before,*::after{box-sizing:border-box}',
  'html{-webkit-text-size-adjust:100%;text-size-adjust:100%}',
  'body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;background:#fff;line-height:1.5;overflow-wrap:break-word}',
  'h1,h2,h3,h4{line-height:1.25;margin:1.6em 0 .5em;break-after:avoid;page-break-after:avoid}',
  'h1{font-size:1.8rem;margin-top:0}h2{font-size:1.4rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}h3{font-size:1.15rem}h4{font-size:1rem}',
  'p,li,dd,dt,figcaption,caption,a,code{overflow-wrap:anywhere}a{color:#0b57d0}code{font-size:.9em}',
  // In a cell, `anywhere` would shrink the column's minimum width to one letter: words break
  // only where they do not fit, and a table wider than the screen scrolls in its box instead.
  'td,th,td a,td code{overflow-wrap:break-word}',
  '.table-scroll{overflow-x:auto;max-width:100%;margin:1rem 0}',
  'table{border-collapse:collapse;width:100%;margin:1rem 0;font-size:.92rem}.table-scroll>table{margin:0}',
  'th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}th{background:#f3f3f3}',
  'caption{caption-side:top;text-align:left;font-weight:600;padding:0 0 .35rem}',
  // No nowrap: a numeric cell may hold the published words after the number; a number itself
  // has no break opportunity (digits and the separators between them keep together).
  '.num{text-align:right;font-variant-numeric:tabular-nums}',
  'figure{margin:1.5rem 0}figure svg{display:block;max-width:100%;height:auto}',
  'figcaption{font-size:.9rem;color:#444;margin-top:.4rem}.tag{font-size:.8rem;color:#555}',
  'dl.key-figures{display:flex;flex-wrap:wrap;gap:.75rem;margin:1rem 0;padding:0}',
  'dl.key-figures>div{flex:1 1 13rem;min-width:0;border:1px solid #ccc;border-radius:.4rem;background:#f8f8f8;padding:.6rem .8rem}',
  'dl.key-figures dt{font-size:.85rem;color:#444}',
  'dl.key-figures dd{margin:.15rem 0 0;font-size:.8rem;color:#555}',
  'dl.key-figures dd.value{font-size:1.35rem;font-weight:600;line-height:1.3;color:#1a1a1a}',
  '@media (max-width:30rem){body{margin:1rem auto;padding:0 .75rem}h1{font-size:1.5rem}table{font-size:.85rem}}',
  '@media print{',
  '@page{size:A4;margin:18mm 16mm}',
  'body{margin:0;max-width:none;padding:0;font-size:10pt;line-height:1.4}',
  'a{color:inherit}a[href^="http"]::after{content:" (" attr(href) ")";font-size:.85em;color:#444}',
  // On paper nothing scrolls: the boxes show all, and headings may break inside a word so that a
  // table of many columns (categories by district) fits the page's width.
  '.table-scroll{overflow:visible}table{font-size:8.5pt}thead{display:table-header-group}',
  'th{overflow-wrap:anywhere}',
  'tr,figure,li,dl.key-figures,dl.key-figures>div,caption{break-inside:avoid;page-break-inside:avoid}',
  'caption{break-after:avoid;page-break-after:avoid}',
  'p{orphans:3;widows:3}',
  '}',
].join('\n');
