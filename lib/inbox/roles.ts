/*
 * Who may do what in the inbox (docs/inbox.md). A press officer's role comes from the groups of
 * their account on the git host, at each sign-in; the highest one they are in counts.
 */

export const roles = ['reader', 'editor', 'admin'] as const;
export type Role = (typeof roles)[number];

const allowed = {
  /** Read the texts and their history. */
  read: ['reader', 'editor', 'admin'],
  /** Answer, change the status (spam included), publish, export without contact details. */
  answer: ['editor', 'admin'],
  export: ['editor', 'admin'],
  /** See contact details (each time recorded), export them, delete, read the audit log, end sessions. */
  contacts: ['admin'],
  delete: ['admin'],
  audit: ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof allowed;

export const can = (role: Role, permission: Permission) => (allowed[permission] as readonly Role[]).includes(role);

/** The role of an account in these groups, or none: not a member of the press office. */
export function roleOf(groups: readonly string[], members: Record<Role, readonly string[]>): Role | undefined {
  const held = new Set(groups);
  return [...roles].reverse().find((role) => members[role].some((group) => held.has(group)));
}

export const isRole = (value: string): value is Role => (roles as readonly string[]).includes(value);
