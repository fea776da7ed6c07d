// A typedoc plugin of this repository: the index page of a module lists every export once, so
// it drops the "On This Page" menu (a second copy of that list) and the permalink icon of each
// entry. Without it the page of the root entry, which names some 290 exports, would exceed the
// 150 KB budget of a docs page. It also shortens the written-out zod type of a schema whose type
// runs past LONG_SCHEMA_TYPE characters (a schema nesting money, periods and reported amounts):
// the page shows the outer zod type and the sentence of its comment names the interface it parses
// to, which the docs link.
import { Converter, PageEvent, ReflectionKind, UnknownType } from 'typedoc';

/** The longest written-out type a schema's page shows in full. */
const LONG_SCHEMA_TYPE = 1_500;

const PERMALINK =
  /<a href="#[^"]*" aria-label="Permalink" class="tsd-anchor-icon"><svg[^>]*><use href="[^"]*"><\/use><\/svg><\/a>/g;

/** Removes the `<details class="tsd-accordion tsd-page-navigation">` block, nested details included. */
function withoutPageMenu(html) {
  const start = html.indexOf('<details open class="tsd-accordion tsd-page-navigation">');
  if (start < 0) return html;
  let depth = 0;
  const tags = /<details\b|<\/details>/g;
  tags.lastIndex = start;
  for (let tag = tags.exec(html); tag !== null; tag = tags.exec(html)) {
    depth += tag[0] === '</details>' ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(tag.index + tag[0].length);
  }
  return html;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Variable)) {
      const text = reflection.type?.toString() ?? '';
      if (!reflection.name.endsWith('Schema') || text.length <= LONG_SCHEMA_TYPE) continue;
      reflection.type = new UnknownType(`${text.slice(0, text.indexOf('<'))}<…>`);
    }
  });
  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined || !page.model.kindOf?.(ReflectionKind.Module)) return;
    page.contents = withoutPageMenu(page.contents).replace(PERMALINK, '');
  });
}
