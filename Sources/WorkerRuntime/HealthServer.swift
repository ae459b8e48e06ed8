import Logging
internal import NIOCore
internal import NIOHTTP1
internal import NIOPosix
import Prometheus
import ServiceLifecycle

/// The worker's one small HTTP port: `/health/live` (the process answers), `/health/ready` (the
/// database and the broker answered the last attempt; 503 with the reason otherwise) and
/// `/metrics` (Prometheus text).
public struct HealthServer: Service {
    let host: String
    let port: Int
    let health: WorkerHealth
    let registry: PrometheusCollectorRegistry
    let logger: Logger

    public init(host: String, port: Int, health: WorkerHealth, registry: PrometheusCollectorRegistry, logger: Logger) {
        self.host = host
        self.port = port
        self.health = health
        self.registry = registry
        self.logger = logger
    }

    public func run() async throws {
        let health = self.health
        let registry = self.registry
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(HealthHTTPHandler(health: health, registry: registry))
                }
            }
            .bind(host: host, port: port)
            .get()
        logger.info("Health and metrics listening", metadata: ["address": "\(channel.localAddress.map { "\($0)" } ?? "\(host):\(port)")"])
        try? await gracefulShutdown()
        try await channel.close()
    }
}

/// Answers one request per exchange; no keep-alive bookkeeping beyond NIO's defaults.
private final class HealthHTTPHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    let health: WorkerHealth
    let registry: PrometheusCollectorRegistry

    init(health: WorkerHealth, registry: PrometheusCollectorRegistry) {
        self.health = health
        self.registry = registry
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard case .head(let request) = unwrapInboundIn(data) else { return }
        let (status, body, contentType): (HTTPResponseStatus, String, String)
        switch request.uri {
        case "/health/live":
            (status, body, contentType) = (.ok, "live\n", "text/plain")
        case "/health/ready":
            let readiness = health.readiness
            (status, body, contentType) = readiness.ready
                ? (.ok, "ready\n", "text/plain")
                : (.serviceUnavailable, "not ready: \(readiness.reason ?? "unknown")\n", "text/plain")
        case "/metrics":
            (status, body, contentType) = (.ok, registry.emitToString(), "text/plain; version=0.0.4")
        default:
            (status, body, contentType) = (.notFound, "not found: try /health/live, /health/ready or /metrics\n", "text/plain")
        }
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: contentType)
        headers.add(name: "Content-Length", value: String(body.utf8.count))
        headers.add(name: "Connection", value: "close")
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: request.version, status: status, headers: headers))), promise: nil)
        context.write(wrapOutboundOut(.body(.byteBuffer(ByteBuffer(string: body)))), promise: nil)
        let channel = context.channel
        context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
    }
}
