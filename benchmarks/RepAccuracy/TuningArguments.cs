using System.Globalization;
using HepSense.Signal;

namespace HepSense.RepAccuracy;

/// <summary>Tuning experiments from the command line: each <c>Name=Value</c> argument sets that <see cref="DetectorTuning"/> property.</summary>
internal static class TuningArguments
{
    public static DetectorTuning Parse(IEnumerable<string> args)
    {
        var tuning = new DetectorTuning();
        foreach (var arg in args.Where(a => a.Contains('=')))
        {
            var (name, value) = (arg[..arg.IndexOf('=')], arg[(arg.IndexOf('=') + 1)..]);
            var property = typeof(DetectorTuning).GetProperty(name) ?? throw new ArgumentException($"No tuning '{name}'.");
            property.SetValue(tuning, double.Parse(value, CultureInfo.InvariantCulture));   // every tuning is a number
        }
        return tuning;
    }
}
