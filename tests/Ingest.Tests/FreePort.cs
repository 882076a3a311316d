using System.Net;
using System.Net.Sockets;

namespace HepSense.Ingest.Tests;

/// <summary>A loopback port nobody listens on right now (for the silo; the broker takes port 0 itself).</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
