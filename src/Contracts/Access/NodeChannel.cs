using Grpc.Core;
using Grpc.Net.Client;

namespace HepSense.Contracts.Access;

/// <summary>
/// A gRPC channel to a node that sends a bearer token on every call: the one given, else $HEPSENSE_TOKEN,
/// else an admin token minted from the local signing key when this machine has it (local use).
/// </summary>
public static class NodeChannel
{
    public static GrpcChannel Open(string url, string? token = null)
    {
        token ??= Environment.GetEnvironmentVariable("HEPSENSE_TOKEN") ?? LocalAdminToken();
        if (token is null) return GrpcChannel.ForAddress(url);
        var credentials = CallCredentials.FromInterceptor((_, metadata) =>
        {
            metadata.Add("Authorization", "Bearer " + token);
            return Task.CompletedTask;
        });
        return GrpcChannel.ForAddress(url, new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Create(ChannelCredentials.Insecure, credentials),
            UnsafeUseInsecureChannelCallCredentials = true, // loopback h2c by default; use https beyond it
        });
    }

    private static string? LocalAdminToken()
    {
        var path = LocalSigningKey.DefaultPath;
        return File.Exists(path)
            ? LocalTokenIssuer.Issue(LocalSigningKey.Load(path), Roles.Admin, "local-admin", null, TimeSpan.FromHours(1))
            : null;
    }
}
