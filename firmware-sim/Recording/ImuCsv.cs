using System.Globalization;
using System.Text;

namespace HepSense.FirmwareSim.Recording;

/// <summary>
/// The replay format of data/imu/README.md: header <c>t,ax,ay,az,gx,gy,gz</c>, t in seconds from the
/// first sample, acceleration in m/s^2 with gravity, angular rate in rad/s (empty without a gyroscope).
/// </summary>
public static class ImuCsv
{
    public const string Header = "t,ax,ay,az,gx,gy,gz";
    const string AccelerometerHeader = "t,ax,ay,az";
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static ImuRecording Read(string path, double? rateHz = null)
    {
        using var reader = new StreamReader(path);
        return Read(reader, path, rateHz);
    }

    /// <param name="rateHz">Overrides the rate inferred from the t column.</param>
    public static ImuRecording Read(TextReader reader, string name, double? rateHz = null)
    {
        var header = reader.ReadLine()?.Trim();
        // A recording of an accelerometer alone may leave out the gyroscope's columns altogether.
        var columns = header?.Replace(" ", "");
        if (!Header.Equals(columns, StringComparison.OrdinalIgnoreCase) && !AccelerometerHeader.Equals(columns, StringComparison.OrdinalIgnoreCase))
            throw new FormatException($"{name}: first line must be the header '{Header}', found '{header}'.");
        var width = columns!.Count(c => c == ',') + 1;

        var times = new List<double>();
        var samples = new List<ImuSample>();
        bool? hasGyro = null;
        var lineNo = 1;
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var f = line.Split(',');
            if (f.Length != width) throw new FormatException($"{name}:{lineNo}: expected {width} fields, found {f.Length}.");
            var gyro = width == 7 && f[4].Trim().Length > 0 && f[5].Trim().Length > 0 && f[6].Trim().Length > 0;
            if (hasGyro is { } known && known != gyro)
                throw new FormatException($"{name}:{lineNo}: gyro columns must be filled on every line or on none.");
            hasGyro = gyro;
            times.Add(Number(f[0], name, lineNo));
            samples.Add(new ImuSample(Number(f[1], name, lineNo), Number(f[2], name, lineNo), Number(f[3], name, lineNo),
                gyro ? Number(f[4], name, lineNo) : 0, gyro ? Number(f[5], name, lineNo) : 0, gyro ? Number(f[6], name, lineNo) : 0));
        }
        if (samples.Count == 0) throw new FormatException($"{name}: no samples.");
        var rate = rateHz ?? InferRate(times) ?? throw new FormatException($"{name}: cannot infer the sample rate from one sample; pass it explicitly.");
        return new ImuRecording(rate, hasGyro ?? false, samples);
    }

    public static void Write(string path, ImuRecording recording)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        Write(writer, recording);
    }

    public static void Write(TextWriter writer, ImuRecording rec)
    {
        writer.Write(Header + "\n");
        var sb = new StringBuilder(64);
        for (var i = 0; i < rec.Samples.Count; i++)
        {
            var s = rec.Samples[i];
            sb.Clear();
            sb.Append((i / rec.RateHz).ToString("0.000", Inv)).Append(',')
              .Append(s.Ax.ToString("0.0000", Inv)).Append(',')
              .Append(s.Ay.ToString("0.0000", Inv)).Append(',')
              .Append(s.Az.ToString("0.0000", Inv)).Append(',');
            if (rec.HasGyro)
                sb.Append(s.Gx.ToString("0.00000", Inv)).Append(',')
                  .Append(s.Gy.ToString("0.00000", Inv)).Append(',')
                  .Append(s.Gz.ToString("0.00000", Inv));
            else
                sb.Append(",,");
            writer.Write(sb.Append('\n'));
        }
    }

    static double Number(string field, string name, int lineNo) =>
        double.TryParse(field, NumberStyles.Float, Inv, out var v) && double.IsFinite(v)
            ? v
            : throw new FormatException($"{name}:{lineNo}: '{field}' is not a number.");

    /// <summary>Median interval, so a single jittered timestamp does not skew the rate; rounded to 0.01 Hz.</summary>
    static double? InferRate(List<double> t)
    {
        if (t.Count < 2) return null;
        var dts = new double[t.Count - 1];
        for (var i = 1; i < t.Count; i++) dts[i - 1] = t[i] - t[i - 1];
        Array.Sort(dts);
        var median = dts[dts.Length / 2];
        return median > 0 ? Math.Round(1 / median, 2) : null;
    }
}
