import { createServer, type IncomingMessage, type Server } from 'node:http';
import Provider from 'oidc-provider';
import { GIT_HOST_TOKEN, TEST_CLIENT, testAccounts } from './inbox-env';

/*
 * What the inbox's tests sign in with and publish to (docs/inbox.md, tests): a real OpenID Connect
 * provider (oidc-provider, its development login form: any password), standing in for the git host's,
 * with accounts in the press office's groups and one outside them; and the git host's API as far as
 * publishing uses it (Forgejo's: a file on a new branch, a pull request), keeping what it was sent.
 * `tsx tests/oidc-provider.ts <port> <site>…`: the provider on <port>, the git host on <port + 1>.
 */

export function startProvider(port: number, sites: string[]): Promise<Server> {
  const issuer = `http://localhost:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.id,
        client_secret: TEST_CLIENT.secret,
        redirect_uris: sites.flatMap((site) => ['kk', 'ru'].map((l) => `${site}/${l}/inbox/auth/callback`)),
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'groups'],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], groups: ['groups'] },
    findAccount: (_ctx, id) => {
      const account = testAccounts[id] ?? { name: id, groups: [] };
      return {
        accountId: id,
        claims: () => ({ sub: id, name: account.name, preferred_username: id, groups: account.groups }),
      };
    },
    // The press office's own site: no consent screen, as a git host's first-party application.
    loadExistingGrant: async (ctx) => {
      const { oidc } = ctx;
      const grantId = oidc.result?.consent?.grantId ?? oidc.session!.grantIdFor(oidc.client!.clientId);
      if (grantId) return oidc.provider.Grant.find(grantId);
      const grant = new oidc.provider.Grant({ clientId: oidc.client!.clientId, accountId: oidc.session!.accountId! });
      grant.addOIDCScope('openid profile groups');
      grant.addOIDCClaims(['name', 'preferred_username', 'groups']);
      await grant.save();
      return grant;
    },
    features: { devInteractions: { enabled: true } },
    cookies: { keys: ['a-test-key-of-the-provider'] },
  });
  return new Promise((resolve) => {
    const server = provider.listen(port, () => resolve(server));
  });
}

/** What the git host was sent: each file written, each pull request opened. */
export type Received = {
  files: { path: string; branch: string; content: string }[];
  pulls: { head: string; base: string; title: string; body: string }[];
};

const bodyOf = (request: IncomingMessage) =>
  new Promise<Record<string, string>>((resolve) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    request.on('end', () => resolve(text ? (JSON.parse(text) as Record<string, string>) : {}));
  });

export function startGitHost(port: number): Promise<Server> {
  const received: Received = { files: [], pulls: [] };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', `http://localhost:${port}`);
    const json = (status: number, value: unknown) => {
      response.writeHead(status, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.method === 'GET' && url.pathname === '/received') return json(200, received);
    if (request.headers.authorization !== `Bearer ${GIT_HOST_TOKEN}`) return json(401, { message: 'token' });
    const file = /^\/api\/v1\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (request.method === 'POST' && file) {
      const body = await bodyOf(request);
      const path = decodeURIComponent(file[1]!);
      if (received.files.some((f) => f.path === path && f.branch === body.new_branch))
        return json(422, { message: 'exists' });
      received.files.push({
        path,
        branch: body.new_branch!,
        content: Buffer.from(body.content!, 'base64').toString('utf8'),
      });
      return json(201, { content: { path } });
    }
    if (request.method === 'POST' && /^\/api\/v1\/repos\/[^/]+\/[^/]+\/pulls$/.test(url.pathname)) {
      const body = await bodyOf(request);
      received.pulls.push({ head: body.head!, base: body.base!, title: body.title!, body: body.body ?? '' });
      return json(201, {
        html_url: `http://localhost:${port}/press-office/qyzylorda-site/pulls/${received.pulls.length}`,
      });
    }
    json(404, { message: 'not found' });
  });
  return new Promise((resolve) => server.listen(port, () => resolve(server)));
}

if (process.argv[1]?.endsWith('oidc-provider.ts')) {
  const [port, ...sites] = process.argv.slice(2);
  await startProvider(Number(port), sites);
  await startGitHost(Number(port) + 1);
  console.log(`OpenID provider on ${port}, git host on ${Number(port) + 1}`);
}
