/**
 * What a form of the inbox shows after it is sent and the page stays (lib/inbox/act.ts): what its
 * action said, what was typed (to correct), the contact details an administrator asked for. Its
 * texts are in the page's language already. A form whose action succeeds goes to a page instead.
 */
export type ActState = {
  notice?: { text: string; kind: 'status' | 'alert' };
  draft?: Record<string, string>;
  contacts?: { name: string; contact: string; consentAt: string; deleteAfter: string };
};
