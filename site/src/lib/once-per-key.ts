/**
 * One promise per key, computed once per build and shared by every page that asks for it (picture
 * variants, share-image crops: the same picture shows on its page and on several list pages). A rejected
 * promise is forgotten, so the next page asks again and reports the error with its own page named.
 */
export function oncePerKey<Value>(): (key: string, compute: () => Promise<Value>) => Promise<Value> {
  const cache = new Map<string, Promise<Value>>();
  return (key, compute) => {
    let found = cache.get(key);
    if (!found) {
      found = compute();
      found.catch(() => cache.delete(key));
      cache.set(key, found);
    }
    return found;
  };
}
