import * as client from 'openid-client';
import type { InboxSettings } from './settings';

/*
 * Sign-in through the git host (Forgejo or GitLab) as an OpenID Connect provider, with openid-client
 * (docs/inbox.md, "why openid-client"): the authorization code flow with PKCE, this server a
 * confidential client (its secret never leaves it), the ID token's nonce checked, the groups read from
 * the userinfo endpoint, where both hosts put them.
 */

let discovered: { key: string; config: Promise<client.Configuration> } | undefined;

/** Plain http only for a provider on this machine (the tests'). */
const local = (url: URL) => ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);

function configuration(settings: InboxSettings): Promise<client.Configuration> {
  const key = `${settings.issuer.href}\n${settings.clientId}`;
  if (discovered?.key !== key) {
    const config = client
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        client.ClientSecretBasic(settings.clientSecret),
        local(settings.issuer) && settings.issuer.protocol === 'http:'
          ? { execute: [client.allowInsecureRequests] }
          : {},
      )
      .catch((error: unknown) => {
        discovered = undefined;
        throw error;
      });
    discovered = { key, config };
  }
  return discovered.config;
}

/** What a sign-in's answer must match: kept on the server until the provider sends the browser back. */
export type SignInChecks = { state: string; verifier: string; nonce: string };

export async function authorizationUrl(
  settings: InboxSettings,
  redirectUri: string,
): Promise<{ url: URL; checks: SignInChecks }> {
  const config = await configuration(settings);
  const checks = {
    state: client.randomState(),
    verifier: client.randomPKCECodeVerifier(),
    nonce: client.randomNonce(),
  };
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: settings.scope,
    code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
    code_challenge_method: 'S256',
    state: checks.state,
    nonce: checks.nonce,
  });
  return { url, checks };
}

export type Account = { subject: string; name: string; groups: string[] };

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** The account the provider signed in, once the code is exchanged and every check passed. */
export async function finishSignIn(settings: InboxSettings, callbackUrl: URL, checks: SignInChecks): Promise<Account> {
  const config = await configuration(settings);
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims()!;
  const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  const groups = [info.groups, claims.groups].find(Array.isArray) ?? [];
  return {
    subject: claims.sub,
    name: text(info.name) ?? text(info.preferred_username) ?? text(info.nickname) ?? claims.sub,
    groups: groups.filter((g): g is string => typeof g === 'string'),
  };
}
