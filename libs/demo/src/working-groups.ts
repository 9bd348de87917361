import type { Role } from '@caseatlas/contracts';

/**
 * The forum's four working groups, which annotate cases together between meetings, and which of
 * the demo accounts (by role) belong to each. Synthetic, like all demo data.
 */
export const DEMO_WORKING_GROUPS: { name: string; description: string; members: Role[] }[] = [
  {
    name: 'Law-enforcement coordination',
    description:
      'Synthetic demo group. How police, prosecutors and border services coordinate across borders: joint teams, mutual legal assistance, extradition.',
    members: ['member', 'reviewer'],
  },
  {
    name: 'Legislation analysis',
    description:
      'Synthetic demo group. Anti-trafficking statutes side by side: definitions, penalty ranges and the sentences courts actually give.',
    members: ['member', 'editor'],
  },
  {
    name: 'Media awareness',
    description: 'Synthetic demo group. Recruitment channels and the public messages that reach people at risk.',
    members: ['editor', 'viewer'],
  },
  {
    name: 'Mental-health involvement',
    description:
      'Synthetic demo group. Psychologists in investigations, at trial and in reintegration: testimony, retraumatisation, support.',
    members: ['member', 'viewer'],
  },
];
