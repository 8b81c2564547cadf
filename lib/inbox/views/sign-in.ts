import type { Element, ElementContent } from 'hast';
import { notice } from './html';

/**
 * The sign-in page (the prerendered frame: its title, its words, its button) with a word above the
 * button: refused, expired, signed out; without the button while sign-in is not set up.
 */
export function signInView(
  own: Element,
  message: { text: string; kind: 'status' | 'alert' },
  { button = true } = {},
): ElementContent[] {
  const [title, intro, link] = own.children.filter((c) => c.type === 'element');
  return [title!, intro!, notice(message.text, message.kind), ...(button && link ? [link] : [])];
}
