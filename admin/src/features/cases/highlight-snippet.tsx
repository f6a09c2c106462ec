import { Fragment, type ReactNode } from 'react';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Undoes the server's HTML escaping, so the text can go into React text nodes (which escape it again). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1] === 'x' || entity[1] === 'X' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole;
  });
}

export interface SnippetPart {
  text: string;
  hit: boolean;
}

/**
 * Splits a server snippet (`…<em>渗水</em>…`, text HTML-escaped) into plain and matched parts. Only the exact
 * `<em>`/`</em>` markers are structure; anything else that looks like a tag is text — the page never parses HTML.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  for (const piece of snippet.split(/(<em>|<\/em>)/)) {
    if (piece === '<em>') hit = true;
    else if (piece === '</em>') hit = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), hit });
  }
  return parts;
}

/** A search snippet with the matched words highlighted (`<mark class="case-hit">`). */
export function HighlightSnippet({ snippet }: { snippet: string }): ReactNode {
  return (
    <>
      {parseSnippet(snippet).map((part, index) =>
        part.hit ? (
          <mark key={index} className="case-hit">
            {part.text}
          </mark>
        ) : (
          <Fragment key={index}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
