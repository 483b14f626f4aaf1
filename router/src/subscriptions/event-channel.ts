/**
 * A push-based async iterator. Unlike an `async function*`, its `return()` takes effect at once
 * even while a consumer is waiting for the next value, so a client that unsubscribes (or
 * disconnects) closes the upstream subscription immediately instead of after the next event.
 */
export interface EventChannel<T> {
  /** Queues a value for the consumer; ignored once the channel is finished. */
  push(value: T): void;
  /** The producer is done: buffered values are still delivered, then the iterator completes. */
  end(): void;
  readonly iterator: AsyncGenerator<T, undefined, unknown>;
}

/** `onClose` runs exactly once: when the consumer returns early or the producer ends. */
export function createEventChannel<T>(onClose: () => void): EventChannel<T> {
  const buffered: T[] = [];
  let waiting: ((result: IteratorResult<T, undefined>) => void) | undefined;
  let ending = false;
  let finished = false;

  const finish = () => {
    if (finished) return;
    finished = true;
    buffered.length = 0;
    try {
      onClose();
    } finally {
      const resolve = waiting;
      waiting = undefined;
      resolve?.({ done: true, value: undefined });
    }
  };

  const iterator: AsyncGenerator<T, undefined, unknown> = {
    next() {
      if (buffered.length > 0) return Promise.resolve({ done: false, value: buffered.shift() });
      if (ending) finish();
      if (finished) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve) => {
        waiting = resolve;
      });
    },
    return() {
      finish();
      return Promise.resolve({ done: true, value: undefined });
    },
    throw(error: unknown) {
      finish();
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  } as AsyncGenerator<T, undefined, unknown>;

  return {
    push(value) {
      if (finished || ending) return;
      if (waiting) {
        const resolve = waiting;
        waiting = undefined;
        resolve({ done: false, value });
      } else {
        buffered.push(value);
      }
    },
    end() {
      if (finished || ending) return;
      ending = true;
      if (buffered.length === 0) finish();
    },
    iterator,
  };
}
