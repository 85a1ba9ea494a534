/**
 * The node view of a live cross-reference: shows the label the numbering plugin computed for it
 * (passed as a node decoration, see numbering-plugin.ts), so a reference always prints its
 * target's current number; a reference to a deleted or "Dihapus." unit is marked.
 */
import type { Node } from 'prosemirror-model';
import type { Decoration, NodeView } from 'prosemirror-view';

/** What the numbering plugin knows about one reference. */
export interface RefSpec {
  refLabel: string;
  broken: boolean;
}

function specOf(decorations: readonly Decoration[]): RefSpec | null {
  for (const d of decorations) {
    const spec = d.spec as Partial<RefSpec>;
    if (typeof spec.refLabel === 'string') return spec as RefSpec;
  }
  return null;
}

/** A reference's DOM. */
export class RefView implements NodeView {
  dom: HTMLElement;

  constructor(node: Node, decorations: readonly Decoration[]) {
    this.dom = document.createElement('span');
    this.dom.setAttribute('contenteditable', 'false');
    this.render(node, decorations);
  }

  private render(node: Node, decorations: readonly Decoration[]): void {
    const spec = specOf(decorations);
    const label = spec?.refLabel ?? String(node.attrs.text ?? '');
    this.dom.className = spec?.broken ? 'ref ref-broken' : 'ref';
    this.dom.dataset.target = String(node.attrs.target ?? '');
    if (this.dom.textContent !== label) this.dom.textContent = label;
    if (spec?.broken) this.dom.title = 'Acuan ke unit yang dihapus atau tidak ada';
    else this.dom.removeAttribute('title');
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type.name !== 'ref') return false;
    this.render(node, decorations);
    return true;
  }

  ignoreMutation(): boolean {
    return true;
  }
}
