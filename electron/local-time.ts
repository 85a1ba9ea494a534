/** Local date and time the Indonesian way, for messages: "14.05" and "28-11-2025". */

/** The local time ("14.05") and date ("28-11-2025") of an ISO timestamp, or null if invalid. */
export function localTimeParts(iso: string): { time: string; date: string } | null {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return null;
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    time: `${p(d.getHours())}.${p(d.getMinutes())}`,
    date: `${p(d.getDate())}-${p(d.getMonth() + 1)}-${d.getFullYear()}`,
  };
}
