using System.Collections.Concurrent;
using Grpc.Core;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>
/// Calls an optional part of the node's API: a node that does not implement it yet (UNIMPLEMENTED)
/// is told about once per service, and the run goes on without it.
/// </summary>
public sealed class ApiAvailability
{
    readonly ConcurrentDictionary<string, string> missing = new();
    readonly ConcurrentDictionary<string, int> errors = new();

    public IReadOnlyDictionary<string, string> Missing => missing;
    public IReadOnlyDictionary<string, int> Errors => errors;

    /// <returns>False when the call could not be made; <paramref name="alreadyOk"/> codes count as success.</returns>
    public async Task<bool> TryAsync(string service, Func<Task> call, params StatusCode[] alreadyOk)
    {
        if (missing.ContainsKey(service)) return false;
        try
        {
            await call();
            return true;
        }
        catch (RpcException e) when (alreadyOk.Contains(e.StatusCode))
        {
            return true;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unimplemented)
        {
            missing.TryAdd(service, e.Status.Detail);
            return false;
        }
        catch (RpcException e) when (e.StatusCode is not (StatusCode.Unavailable or StatusCode.Unauthenticated or StatusCode.PermissionDenied))
        {
            errors.AddOrUpdate($"{service}: {e.StatusCode} {e.Status.Detail}", 1, (_, n) => n + 1);
            return false;
        }
    }
}
