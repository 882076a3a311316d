using System.Net;
using System.Net.Sockets;

namespace HepSense.EndToEnd.Tests;

/// <summary>A loopback port nobody listens on right now, so parallel test nodes never collide.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
