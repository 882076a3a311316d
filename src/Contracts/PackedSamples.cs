using System.Buffers.Binary;

namespace HepSense.Contracts.Band;

/// <summary>
/// The packing of <see cref="ImuBatch.Samples"/>: little-endian int16, interleaved per sample.
/// Shared by everything that writes or reads a batch so the byte layout lives in one place.
/// </summary>
public static class PackedSamples
{
    public const string TopicRoot = "hepsense/v1/";

    /// <summary>Number of whole samples in a packed buffer, or -1 when its length does not fit the channel count.</summary>
    public static int Count(int byteLength, int channels) =>
        channels is 3 or 6 && byteLength % (2 * channels) == 0 ? byteLength / (2 * channels) : -1;

    public static byte[] Pack(ReadOnlySpan<short> interleaved)
    {
        var bytes = new byte[interleaved.Length * 2];
        for (var i = 0; i < interleaved.Length; i++)
            BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(i * 2), interleaved[i]);
        return bytes;
    }

    public static short Read(ReadOnlySpan<byte> packed, int index) =>
        BinaryPrimitives.ReadInt16LittleEndian(packed[(index * 2)..]);

    /// <summary>Quantises a physical value to int16 with the given scale, saturating at the sensor's range.</summary>
    public static short Quantise(double value, double scale) =>
        (short)Math.Clamp(Math.Round(value / scale), short.MinValue, short.MaxValue);
}
