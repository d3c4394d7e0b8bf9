// A real IndexedDB implementation for Dexie in unit tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
