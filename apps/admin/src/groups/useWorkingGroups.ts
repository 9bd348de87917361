import { useMemo } from 'react';
import { useGetIdentity, useGetList } from 'react-admin';
import type { WorkingGroupResponse } from '@caseatlas/contracts';

/**
 * Every working group, and those the signed-in reader belongs to, from one list: each group
 * carries its members (a forum has a handful of groups).
 */
export function useWorkingGroups() {
  const { identity } = useGetIdentity();
  const { data, isPending } = useGetList<WorkingGroupResponse>('groups', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  return useMemo(() => {
    const groups = data ?? [];
    const mine = identity ? groups.filter((group) => group.members.some((member) => member.id === identity.id)) : [];
    const nameOf = (id: string | null) => groups.find((group) => group.id === id)?.name ?? '';
    return { groups, mine, nameOf, isPending };
  }, [data, identity, isPending]);
}
