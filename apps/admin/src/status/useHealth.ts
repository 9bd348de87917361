import { useQuery } from '@tanstack/react-query';
import type { HealthResponse } from '@caseatlas/contracts';

/** Health is not a resource, so it is read directly; 503 still carries the details. */
export function useHealth() {
  return useQuery({
    queryKey: ['health'],
    queryFn: async (): Promise<HealthResponse> => {
      const response = await fetch('/api/health', { headers: { Accept: 'application/json' } });
      if (response.status !== 200 && response.status !== 503) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as HealthResponse;
    },
    refetchInterval: 15_000,
    retry: false,
  });
}
