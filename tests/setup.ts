// A real IndexedDB implementation for Dexie in unit tests.
import 'fake-indexeddb/auto';
import { Blob as NodeBlob } from 'node:buffer';
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// findBy*/waitFor give up after 1 s by default. UI fed by Dexie live queries can lag a
// write by longer than that when CI runs 97 files on 2 cores; a wait that ends in time
// passes as soon as it can, so the longer limit only slows genuine failures.
configure({ asyncUtilTimeout: 5000 });

// The stored catalogue index keeps its arrays as Blobs (lib/db/stored-arrays.ts). fake-indexeddb
// copies values with Node's structuredClone, which clones Node's Blob but turns happy-dom's into
// an empty object: the tests build Blobs with Node's, as a browser's IndexedDB takes its own.
globalThis.Blob = NodeBlob as unknown as typeof Blob;
