using Google.Protobuf;
using HepSense.Contracts.Band;

namespace HepSense.FirmwareSim.Cohort;

/// <summary>Payloads a buggy or hostile band might send on its imu topic; the node must refuse each.</summary>
public static class Malformed
{
    public static readonly string[] Kinds = ["garbage", "truncated", "bad_channels", "impossible_rate"];

    public static byte[] Make(string kind, ImuBatch template, Random rng) => kind switch
    {
        "garbage" => RandomBytes(rng),
        "truncated" => template.ToByteArray()[..(template.CalculateSize() / 2)],
        "bad_channels" => Modified(template, b => b.Channels = 5),
        "impossible_rate" => Modified(template, b => b.SampleRateHz = 50_000),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    static byte[] RandomBytes(Random rng)
    {
        // 0xFF first: an invalid protobuf tag, so the bytes cannot parse as a batch by accident.
        var bytes = new byte[64 + rng.Next(200)];
        rng.NextBytes(bytes);
        bytes[0] = 0xFF;
        return bytes;
    }

    static byte[] Modified(ImuBatch template, Action<ImuBatch> change)
    {
        var b = template.Clone();
        change(b);
        return b.ToByteArray();
    }
}
