/** A loopback HTTP server for the generated pages and the injected scripts, all held in memory. */
import { createServer } from 'node:http';

export interface PageServer {
  url(pathname: string): string;
  close(): Promise<void>;
}

export async function startPageServer(files: ReadonlyMap<string, string>): Promise<PageServer> {
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const body = files.get(pathname);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const type = pathname.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('bench server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    url: (pathname) => `${origin}${pathname}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Keep-alive sockets would hold close() open.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
