using System.Globalization;
using System.Text;
using HepSense.FirmwareSim.Recording;
using HepSense.FirmwareSim.Truth;

namespace HepSense.FirmwareSim.Commands;

/// <summary>
/// A folder of simulated sets in the layout of data/imu, for the accuracy harness: one recording per set, manifest.csv
/// with the true counts, truth.json with every rep. Sets lie ten simulated minutes apart, grouped by subject.
/// </summary>
public sealed class DatasetLayout(string dir)
{
    readonly StringBuilder manifest = new("file,source,subject,exercise,placement,rate_hz,reps,partial_reps,notes\n");
    readonly List<PatientTruth> patients = [];
    List<SessionTruth> sessions = [];

    /// <summary>Where the next set starts on the simulated clock.</summary>
    public DateTimeOffset Start { get; private set; } = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Writes a set's recording as <paramref name="file"/> (relative to the folder) and lists it with its truth.</summary>
    public void Add(string file, ImuRecording recording, SetTruth truth, string source, string subject, string placement, string notes)
    {
        var path = Path.Combine(dir, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        ImuCsv.Write(path, recording);
        manifest.Append(string.Create(CultureInfo.InvariantCulture,
            $"{file},{source},{subject},{truth.Exercise},{placement},{recording.RateHz},{truth.Reps.Count},{truth.Reps.Count(r => r.Partial)},{notes}\n"));
        sessions.Add(new SessionTruth(Start, truth.End ?? Start, [truth], 0, 0) { Id = file });
        Start = Start.AddMinutes(10);
    }

    /// <summary>The sets added since the last subject are <paramref name="subject"/>'s, listed in truth.json as patient <paramref name="id"/>.</summary>
    public void EndSubject(string id, string subject)
    {
        patients.Add(new PatientTruth(id, "sim-band", subject, sessions));
        sessions = [];
    }

    /// <summary>Writes manifest.csv and truth.json; returns the number of sets.</summary>
    public int Save()
    {
        File.WriteAllText(Path.Combine(dir, "manifest.csv"), manifest.ToString());
        new GroundTruth(patients, []).Save(Path.Combine(dir, "truth.json"));
        return patients.Sum(p => p.Sessions.Count);
    }
}
