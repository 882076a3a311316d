using Grpc.Core;
using Grpc.Net.Client;
using HepSense.Contracts.Access;
using HepSense.Contracts.Api;

namespace HepSense.FirmwareSim.Band;

/// <summary>
/// Registers bands with the node over gRPC (DeviceService.ProvisionDevice, an admin call) and returns their
/// secrets. The bearer token is the one given, else $HEPSENSE_TOKEN, else one minted from the node's local signing key.
/// </summary>
public sealed class NodeProvisioner(string grpcUrl, string? token = null) : IDisposable
{
    readonly GrpcChannel channel = NodeChannel.Open(grpcUrl, token);

    public GrpcChannel Channel => channel;

    public string Url { get; } = grpcUrl;

    public async Task<string> ProvisionAsync(string deviceId, string patientId, CancellationToken ct = default)
    {
        var client = new DeviceService.DeviceServiceClient(channel);
        try
        {
            var reply = await client.ProvisionDeviceAsync(new ProvisionDeviceRequest { DeviceId = deviceId, PatientId = patientId },
                deadline: DateTime.UtcNow.AddSeconds(30), cancellationToken: ct);
            return reply.Secret;
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unavailable or StatusCode.DeadlineExceeded)
        {
            throw new BandConnectionException($"cannot reach the node's gRPC endpoint at {Url} to provision {deviceId}: {e.Status.Detail}", e);
        }
        catch (RpcException e) when (e.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied)
        {
            throw new BandConnectionException($"the node refused to provision {deviceId}: {e.StatusCode} ({e.Status.Detail}); provisioning needs an admin token: --token, $HEPSENSE_TOKEN, or the node's signing key file on this machine", e);
        }
        catch (RpcException e)
        {
            throw new BandConnectionException($"the node refused to provision {deviceId} for {patientId}: {e.StatusCode} {e.Status.Detail}", e);
        }
    }

    public void Dispose() => channel.Dispose();
}
