import { env } from '@/lib/env';
import type { Role } from './roles';

/** How the inbox signs press officers in, from the environment (docs/inbox.md); undefined until it is set up. */
export type InboxSettings = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  scope: string;
  members: Record<Role, readonly string[]>;
};

/*
 * Forgejo gives the groups (organisations and "org:team") with the `groups` scope; GitLab gives its
 * groups' paths with `openid` alone and refuses a scope it does not know.
 */
const defaultScope = { forgejo: 'openid profile groups', gitlab: 'openid profile', github: 'openid profile' };

export function inboxSettings(): InboxSettings | undefined {
  const e = env();
  if (!e.INBOX_OIDC_ISSUER || !e.INBOX_OIDC_CLIENT_ID || !e.INBOX_OIDC_CLIENT_SECRET) return undefined;
  return {
    issuer: new URL(e.INBOX_OIDC_ISSUER),
    clientId: e.INBOX_OIDC_CLIENT_ID,
    clientSecret: e.INBOX_OIDC_CLIENT_SECRET,
    scope: e.INBOX_OIDC_SCOPE ?? defaultScope[e.CMS_BACKEND ?? 'forgejo'],
    members: { reader: e.INBOX_READERS ?? [], editor: e.INBOX_EDITORS ?? [], admin: e.INBOX_ADMINS ?? [] },
  };
}
