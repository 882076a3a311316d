using System.Net;
using HepSense.Api.Access;
using HepSense.Api.Health;
using HepSense.Api.Services;
using HepSense.Grains.Storage;
using HepSense.Grains.Telemetry;
using HepSense.Ingest;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using HepSense.Grains;

namespace HepSense.Api;

/// <summary>Composes a node. Kept apart from Program.cs so end-to-end tests can start real nodes in-process.</summary>
public static class Node
{
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        var config = builder.Configuration;

        var bind = IPAddress.Parse(config["HepSense:BindAddress"] ?? "127.0.0.1");
        var grpcPort = config.GetValue("HepSense:Grpc:Port", 5080);
        // Cleartext gRPC has no ALPN: the endpoint must be HTTP/2 only, or every call fails with HTTP_1_1_REQUIRED.
        builder.WebHost.ConfigureKestrel(k => k.Listen(bind, grpcPort, o => o.Protocols = HttpProtocols.Http2));

        builder.UseOrleans(silo => silo
            .UseHepSenseClustering(config)
            .AddHepSenseStorage(config));

        builder.Services.AddHepSenseTelemetry(config);
        builder.Services.AddHepSenseIngest(config);

        builder.Services.AddHepSenseClock();
        builder.Services.AddHepSenseAccess(config);
        builder.Services.AddSingleton<AuditLog>();
        builder.Services.AddSingleton<PatientAccess>();
        builder.Services.AddGrpc(o =>
        {
            o.EnableDetailedErrors = false;
            o.Interceptors.Add<RejectionInterceptor>();
        });
        builder.Services.AddGrpcReflection();
        builder.Services.AddGrpcHealthChecks()
            .AddCheck<OrleansHealthCheck>("orleans")
            .AddCheck<InfluxHealthCheck>("influxdb");

        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGrpcService<DeviceGrpcService>();
        app.MapGrpcService<RepGrpcService>();
        app.MapGrpcService<ClinicGrpcService>();
        app.MapGrpcService<ProgramGrpcService>();
        app.MapGrpcService<PatientGrpcService>();
        app.MapGrpcService<ReportGrpcService>();
        app.MapGrpcHealthChecksService().AllowAnonymous();
        app.MapGrpcReflectionService().AllowAnonymous();
        return app;
    }
}
