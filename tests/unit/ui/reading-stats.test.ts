import { describe, expect, it } from 'vitest';
import { readPerWeek, weekStart } from '@/lib/ui/reading-stats';

describe('readPerWeek', () => {
  it('counts papers read in each of the last weeks, oldest first', () => {
    const now = new Date(2024, 5, 13, 15).getTime(); // Thursday 13 June 2024
    const day = (d: number) => new Date(2024, 5, d, 12).getTime();
    const weeks = readPerWeek([day(10), day(13), day(12), day(3), day(2), undefined, new Date(2023, 0, 1).getTime()], now, 4);
    expect(weeks.map((w) => w.count)).toEqual([0, 1, 1, 3]);
    expect(new Date(weeks[3]!.start)).toEqual(new Date(2024, 5, 10));
    expect(new Date(weeks[0]!.start)).toEqual(new Date(2024, 4, 20));
  });

  it('starts weeks on Monday', () => {
    expect(new Date(weekStart(new Date(2024, 5, 16, 23).getTime()))).toEqual(new Date(2024, 5, 10));
    expect(new Date(weekStart(new Date(2024, 5, 17, 0, 1).getTime()))).toEqual(new Date(2024, 5, 17));
  });
});
