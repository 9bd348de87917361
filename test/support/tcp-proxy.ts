import { AddressInfo, createServer, Server, Socket, connect } from 'node:net';

/**
 * A TCP pass-through to a real service. Closing it looks to the API exactly like the
 * service going away (connections reset, new ones refused); opening it again on the same
 * port brings the service back. It forwards bytes only: nothing is mocked.
 */
export class TcpProxy {
  private server?: Server;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  static to(url: string): TcpProxy {
    const { hostname, port, protocol } = new URL(url);
    const defaultPort = protocol.startsWith('postgres') ? 5432 : protocol === 'https:' ? 443 : 80;
    return new TcpProxy(hostname, Number(port || defaultPort));
  }

  /** The URL with host and port swapped for the proxy's. */
  rewrite(url: string): string {
    const rewritten = new URL(url);
    rewritten.hostname = '127.0.0.1';
    rewritten.port = String(this.port);
    return rewritten.toString();
  }

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = connect(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => socket.destroy());
      }
      client.pipe(upstream).pipe(client);
      client.on('close', () => upstream.destroy());
      upstream.on('close', () => client.destroy());
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
