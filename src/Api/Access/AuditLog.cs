using HepSense.Grains;
using HepSense.Grains.Telemetry;
using InfluxDB.Client.Api.Domain;
using InfluxDB.Client.Writes;

namespace HepSense.Api.Access;

/// <summary>
/// Who read which patient's data: every read by a therapist (or admin) is written to InfluxDB (measurement
/// <c>audit</c>) and logged under <see cref="Category"/>. A patient reading their own data is not audited.
/// </summary>
public sealed class AuditLog(TelemetryWriter telemetry, ILoggerFactory loggers, [FromKeyedServices(Clock.Key)] TimeProvider clock)
{
    public const string Category = "HepSense.Audit";
    public const string Measurement = "audit";
    /// <summary>The patient tag of a read that covers a whole clinic (lists, flags, reports).</summary>
    public const string AllPatients = "*";

    private readonly ILogger _log = loggers.CreateLogger(Category);

    public async Task Read(Caller caller, string method, string clinic, string patient)
    {
        if (caller.Role == Contracts.Access.Roles.Patient) return;
        var line = PointData.Builder.Measurement(Measurement)
            .Tag("role", caller.Role).Tag("clinic", clinic).Tag("patient", patient).Tag("method", method)
            .Field("actor", caller.Subject)
            .Timestamp(clock.GetUtcNow().ToUnixTimeMilliseconds(), WritePrecision.Ms)
            .ToPointData().ToLineProtocol();
        await telemetry.WriteAsync(line);
        _log.LogInformation("{Actor} ({Role}, clinic {Clinic}) read {Method} of patient {Patient}", caller.Subject, caller.Role, clinic, method, patient);
    }
}
