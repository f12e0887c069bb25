// The contract's index names every value export of its modules (see the note in cms/contract/index.ts):
// a module export missing here would be invisible to scripts that import the contract through tsx.
import { describe, expect, it } from 'vitest';
import * as contract from '@glasnik/cms/contract';
import * as blocks from '@glasnik/cms/contract/blocks';
import * as blocksText from '@glasnik/cms/contract/blocks-text';
import * as common from '@glasnik/cms/contract/common';
import * as contentTypes from '@glasnik/cms/contract/content-types';
import * as locales from '@glasnik/cms/contract/locales';
import * as publicTypes from '@glasnik/cms/contract/public-types';
import * as transliterate from '@glasnik/cms/contract/transliterate';
import * as urls from '@glasnik/cms/contract/urls';

describe('contract index', () => {
  it('re-exports every value of every contract module by name', () => {
    const modules = { blocks, blocksText, common, contentTypes, locales, publicTypes, transliterate, urls };
    const missing = Object.entries(modules).flatMap(([module, exports]) =>
      Object.keys(exports)
        .filter((name) => !(name in contract))
        .map((name) => `${module}.${name}`),
    );
    expect(missing).toEqual([]);
  });
});
