/**
 * Makes sure a test never reaches beyond loopback: while installed, every outgoing TCP or
 * TLS connection (undici dials through `net.connect` and `tls.connect`) is recorded, and
 * one to an address other than 127.0.0.1 or ::1 throws before any packet is sent.
 */
import net from 'node:net'
import tls from 'node:tls'

export type Dial = { host: string; port: number }

const loopback = new Set(['127.0.0.1', '::1'])

const targetOf = (args: unknown[]): Dial => {
  const [first, second] = args
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: number | string }
    return { host: options.host ?? 'localhost', port: Number(options.port) }
  }
  return { host: typeof second === 'string' ? second : 'localhost', port: Number(first) }
}

export const guardDials = () => {
  const dials: Dial[] = []
  const original = { net: net.connect, tls: tls.connect }
  const guarded =
    <T extends (...args: never[]) => unknown>(connect: T) =>
    (...args: unknown[]) => {
      const dial = targetOf(args)
      dials.push(dial)
      if (!loopback.has(dial.host))
        throw new Error(`a test tried to dial ${dial.host}:${dial.port}`)
      return connect(...(args as Parameters<T>))
    }
  net.connect = guarded(original.net) as typeof net.connect
  tls.connect = guarded(original.tls) as typeof tls.connect
  return {
    dials,
    restore: () => {
      net.connect = original.net
      tls.connect = original.tls
    },
  }
}

/**
 * A plain TCP listener on loopback that counts the connections it is offered and closes
 * them, or (`isMute`) holds them open without a word, like a server that hangs.
 */
export const startCanary = async ({ isMute = false }: { isMute?: boolean } = {}) => {
  let connections = 0
  const sockets = new Set<net.Socket>()
  const server = net.createServer((socket) => {
    connections += 1
    if (!isMute) return void socket.destroy()
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    port: (server.address() as net.AddressInfo).port,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy()
        server.close(() => resolve())
      }),
  }
}
