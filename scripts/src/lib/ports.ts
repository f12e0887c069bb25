/** Checks that a port is free before a service is started, so a clash is reported in plain words. */
import { createServer } from 'node:net';

export const LOOPBACK = '127.0.0.1';

/** Resolves true when nothing listens on host:port (we could bind it ourselves). */
export function isPortFree(port: number, host: string = LOOPBACK): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

/**
 * @throws {Error} "Port 1337 on 127.0.0.1 is already in use; …" naming the variable that moves it.
 */
export async function assertPortFree(port: number, variable: string, host: string = LOOPBACK): Promise<void> {
  if (!(await isPortFree(port, host))) {
    throw new Error(
      `Port ${port} on ${host} is already in use; stop whatever listens there or set ${variable} to a free port.`,
    );
  }
}

/** A free port chosen by the kernel, for tests and benchmarks that run beside a live system. */
export function freePort(host: string = LOOPBACK): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen({ port: 0, host }, () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
