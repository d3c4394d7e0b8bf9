// A real IndexedDB implementation for Dexie in unit tests.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default. UI fed by Dexie live queries can lag a
// write by longer than that when CI runs 97 files on 2 cores; a wait that ends in time
// passes as soon as it can, so the longer limit only slows genuine failures.
configure({ asyncUtilTimeout: 5000 });
