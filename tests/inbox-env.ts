/*
 * The inbox as the tests set it up (docs/inbox.md, tests): the client registered with the test
 * provider (tests/oidc-provider.ts), its accounts and their groups, and the settings the site is
 * served with.
 */

export const GIT_HOST_TOKEN = 'a-test-token-of-the-git-host';

export const TEST_CLIENT = { id: 'qyzylorda-inbox', secret: 'a-test-secret-of-the-inbox' };

/** The groups the tests configure for each role (INBOX_READERS, INBOX_EDITORS, INBOX_ADMINS). */
export const testGroups = { reader: 'press-office:readers', editor: 'press-office:editors', admin: 'press-office' };

/** The provider's accounts: their login is their id. */
export const testAccounts: Record<string, { name: string; groups: string[] }> = {
  reader: { name: 'Оқырман Сынақ', groups: [testGroups.reader] },
  editor: { name: 'Редактор Сынақ', groups: ['other-org', testGroups.editor] },
  admin: { name: 'Әкімші Сынақ', groups: [testGroups.admin] },
  // An administrator of one test alone (the role's renewal), whose sign-ins no other test adds to.
  renewer: { name: 'Жаңартушы Сынақ', groups: [testGroups.admin] },
  stranger: { name: 'Бөгде Сынақ', groups: ['other-org'] },
};

export function inboxEnv(providerPort: number): Record<string, string> {
  return {
    INBOX_OIDC_ISSUER: `http://localhost:${providerPort}`,
    INBOX_OIDC_CLIENT_ID: TEST_CLIENT.id,
    INBOX_OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    INBOX_READERS: testGroups.reader,
    INBOX_EDITORS: testGroups.editor,
    INBOX_ADMINS: testGroups.admin,
    INBOX_PUBLISH_TOKEN: GIT_HOST_TOKEN,
    CMS_BACKEND: 'forgejo',
    CMS_REPO: 'press-office/qyzylorda-site',
    CMS_BRANCH: 'main',
    CMS_API_ROOT: `http://localhost:${providerPort + 1}/api/v1`,
  };
}

/** What the test git host was sent (GET /received). */
export const receivedUrl = (providerPort: number) => `http://localhost:${providerPort + 1}/received`;
