namespace HepSense.Signal;

/// <summary>
/// Butterworth filters as second-order sections, by the bilinear transform with pre-warping
/// (so the -3 dB point lands exactly on the cut-off). Orders are even.
/// </summary>
internal static class Butterworth
{
    public static Biquad[] LowPass(int order, double cutoffHz, double sampleRateHz) =>
        Sections(order, cutoffHz, sampleRateHz, highPass: false);

    public static Biquad[] HighPass(int order, double cutoffHz, double sampleRateHz) =>
        Sections(order, cutoffHz, sampleRateHz, highPass: true);

    /// <summary>Band-pass as a high-pass cascaded with a low-pass, each Butterworth of the given order.</summary>
    public static Biquad[] BandPass(int order, double lowHz, double highHz, double sampleRateHz) =>
        [.. HighPass(order, lowHz, sampleRateHz), .. LowPass(order, highHz, sampleRateHz)];

    private static Biquad[] Sections(int order, double cutoffHz, double sampleRateHz, bool highPass)
    {
        if (order < 2 || order % 2 != 0) throw new ArgumentOutOfRangeException(nameof(order), order, "Order must be even and at least 2.");
        if (!(sampleRateHz > 0)) throw new ArgumentOutOfRangeException(nameof(sampleRateHz), sampleRateHz, "Sample rate must be positive.");
        if (!(cutoffHz > 0 && cutoffHz < sampleRateHz / 2))
            throw new ArgumentOutOfRangeException(nameof(cutoffHz), cutoffHz, "Cut-off must lie between 0 and the Nyquist frequency.");

        var w0 = 2 * Math.PI * cutoffHz / sampleRateHz;
        var cos = Math.Cos(w0);
        var sin = Math.Sin(w0);
        var sections = new Biquad[order / 2];
        for (var k = 0; k < sections.Length; k++)
        {
            // Pole pair k of the analogue prototype sits at angle (2k+1)π/(2N) from the imaginary axis.
            var q = 1 / (2 * Math.Sin((2 * k + 1) * Math.PI / (2 * order)));
            var alpha = sin / (2 * q);
            var a0 = 1 + alpha;
            var (b0, b1) = highPass ? ((1 + cos) / 2, -(1 + cos)) : ((1 - cos) / 2, 1 - cos);
            sections[k] = new Biquad(b0 / a0, b1 / a0, b0 / a0, -2 * cos / a0, (1 - alpha) / a0);
        }
        return sections;
    }
}
