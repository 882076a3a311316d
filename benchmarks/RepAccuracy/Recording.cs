using System.Globalization;
using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>A recording in the replay CSV format (<c>t,ax,ay,az,gx,gy,gz</c>; gyroscope columns empty when absent).</summary>
public sealed record Recording(ImuSample[] Samples, bool HasGyroscope)
{
    public static Recording Read(string path)
    {
        var samples = new List<ImuSample>();
        var hasGyro = false;
        var first = true;
        foreach (var line in File.ReadLines(path))
        {
            if (first) { first = false; continue; }
            if (line.Length == 0) continue;
            var f = line.Split(',');
            if (f.Length != 7) throw new FormatException($"{path}: expected 7 fields in '{line}'.");
            static float P(string s) => s.Length == 0 ? 0 : float.Parse(s, CultureInfo.InvariantCulture);
            hasGyro |= f[4].Length > 0;
            samples.Add(new ImuSample(P(f[1]), P(f[2]), P(f[3]), P(f[4]), P(f[5]), P(f[6])));
        }
        return new Recording([.. samples], hasGyro);
    }
}
