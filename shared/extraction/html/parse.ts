import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

/**
 * Browsers stop nesting past a fixed depth (Chromium's HTML parser caps the
 * tree at 512 levels and attaches deeper elements' content at the cap). We do
 * the same: no article is nested that deep, while a hostile page of 100,000
 * nested <div>s would otherwise overflow every recursive walk of the tree.
 */
export const MAX_DEPTH = 512;

class DepthCappedHandler extends DomHandler {
  private depth = 0;
  private flattened = 0;

  override onopentag(name: string, attribs: Record<string, string>): void {
    if (this.depth >= MAX_DEPTH) {
      this.flattened++;
      return;
    }
    this.depth++;
    super.onopentag(name, attribs);
  }

  override onclosetag(): void {
    // The parser opens and closes strictly last-in first-out, so the first
    // closes after the cap belong to the flattened elements.
    if (this.flattened > 0) {
      this.flattened--;
      return;
    }
    this.depth--;
    super.onclosetag();
  }
}

/** An HTML page as htmlparser2's DOM, entities decoded, nesting capped at MAX_DEPTH. */
export function parseHtml(html: string): Document {
  const handler = new DepthCappedHandler();
  new Parser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}
