using ImuCsv = HepSense.FirmwareSim.Recording.ImuCsv;
using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>A recording in the replay CSV format, read by firmware-sim's <see cref="ImuCsv"/> so the format has one reader.</summary>
public sealed record Recording(ImuSample[] Samples, bool HasGyroscope)
{
    public static Recording Read(string path)
    {
        var csv = ImuCsv.Read(path);
        var samples = new ImuSample[csv.Samples.Count];
        for (var i = 0; i < samples.Length; i++)
        {
            var s = csv.Samples[i];
            samples[i] = new ImuSample((float)s.Ax, (float)s.Ay, (float)s.Az, (float)s.Gx, (float)s.Gy, (float)s.Gz);
        }
        return new Recording(samples, csv.HasGyro);
    }
}
