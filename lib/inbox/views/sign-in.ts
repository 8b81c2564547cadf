import type { Element, ElementContent } from 'hast';
import { select } from 'hast-util-select';
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
  const signIn = select('[data-part="sign-in"]', own);
  const rest = own.children.filter((child) => child.type === 'element' && child !== signIn);
  return [...rest, notice(message.text, message.kind), ...(button && signIn ? [signIn] : [])];
}
