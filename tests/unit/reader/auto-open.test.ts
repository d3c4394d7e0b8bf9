import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyAutoOpenRules, setAutoOpenReader, syncAutoOpenRules } from '@/lib/reader/auto-open';
import { readerRuleIds } from '@/lib/reader/redirect-rules';
import { autoOpenReader } from '@/lib/settings';

const update = vi.fn(async (_options: unknown) => undefined);

beforeEach(() => {
  fakeBrowser.reset();
  update.mockClear();
  // The fake browser has no declarativeNetRequest: the reader's calls are recorded instead.
  Object.assign(fakeBrowser, { declarativeNetRequest: { updateDynamicRules: update } });
});
afterEach(() => {
  Object.assign(fakeBrowser, { declarativeNetRequest: undefined });
});

describe('auto-open setting', () => {
  it('is off until turned on', async () => {
    expect(await autoOpenReader.getValue()).toBe(false);
  });

  it('installs the redirect rules with the setting, and removes them when turned off', async () => {
    await setAutoOpenReader(true);
    expect(await autoOpenReader.getValue()).toBe(true);
    const on = update.mock.calls[0]![0] as { removeRuleIds: number[]; addRules: Array<{ id: number }> };
    expect(on.removeRuleIds).toEqual(readerRuleIds());
    expect(on.addRules.map((r) => r.id).sort()).toEqual([...readerRuleIds()].sort());
    await setAutoOpenReader(false);
    expect(update.mock.calls[1]![0]).toEqual({ removeRuleIds: readerRuleIds(), addRules: [] });
    await syncAutoOpenRules();
    expect(update.mock.calls[2]![0]).toEqual({ removeRuleIds: readerRuleIds(), addRules: [] });
  });

  it('does not save a setting the browser refused to apply', async () => {
    update.mockRejectedValueOnce(new Error('rule too big'));
    await expect(setAutoOpenReader(true)).rejects.toThrow('rule too big');
    expect(await autoOpenReader.getValue()).toBe(false);
  });

  it('does nothing where the API is missing', async () => {
    Object.assign(fakeBrowser, { declarativeNetRequest: undefined });
    await expect(applyAutoOpenRules(true)).resolves.toBeUndefined();
  });
});
