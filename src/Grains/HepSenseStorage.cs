namespace HepSense.Grains;

/// <summary>The grain storage provider every HepSense grain persists to. The node registers a provider
/// under this name (memory for tests, ADO.NET on PostgreSQL in production); grains never care which.</summary>
public static class HepSenseStorage
{
    public const string Name = "hepsense";
}
