import { docStoreContract } from '../store/docStoreContract.js';
import { MemoryDocStore } from './MemoryDocStore.js';

docStoreContract('memory (test double)', {
  async create() {
    return { store: new MemoryDocStore(), async cleanup() {} };
  },
});
