import { describe, expect, it } from 'vitest';
import { loadFailure } from '@/lib/reader/load-error';

const named = (name: string, extra: Record<string, unknown> = {}) => Object.assign(new Error('x'), { name, ...extra });

describe('loadFailure', () => {
  it('tells the kinds of failure apart', () => {
    expect(loadFailure(named('PasswordException', { code: 1 })).kind).toBe('password');
    expect(loadFailure(named('InvalidPDFException')).kind).toBe('not-pdf');
    expect(loadFailure(named('ResponseException', { status: 404, missing: true })).kind).toBe('not-found');
    expect(loadFailure(named('ResponseException', { status: 403 })).kind).toBe('http');
    expect(loadFailure(named('ResponseException', { status: 0 })).kind).toBe('network');
    expect(loadFailure(new TypeError('Failed to fetch')).kind).toBe('network');
    expect(loadFailure(named('UnknownErrorException')).kind).toBe('corrupt');
    expect(loadFailure('weird').kind).toBe('corrupt');
  });

  it('says what happened in words', () => {
    expect(loadFailure(named('ResponseException', { status: 404 })).message).toMatch(/not found.*404/);
    expect(loadFailure(named('PasswordException')).message).toMatch(/password/);
  });
});
