using HepSense.Grains.Clinical;

namespace HepSense.Grains;

[GenerateSerializer]
public sealed class PatientState
{
    /// <summary>One entry per (day, exercise) with reps, in date then exercise order (UTC days, as the foundation's rep query reports).</summary>
    [Id(0)] public List<DailyTally> Tallies { get; set; } = [];
    /// <summary>Null until a clinic enrolls the patient.</summary>
    [Id(1)] public string? ClinicId { get; set; }
    [Id(2)] public string Name { get; set; } = "";
    [Id(3)] public string TimeZone { get; set; } = "UTC";
    [Id(4)] public List<string> Devices { get; set; } = [];
    [Id(5)] public ProgramHistory Program { get; set; } = ProgramHistory.Empty;
    /// <summary>The sets the bands detected (<see cref="RepSets"/>): a few a day, not every rep.</summary>
    [Id(6)] public List<DetectedSet> Sets { get; set; } = [];
    [Id(7)] public List<PainReport> Pain { get; set; } = [];
    [Id(8)] public List<SelfReport> SelfReports { get; set; } = [];
    [Id(9)] public List<ProposalEntry> Proposals { get; set; } = [];
    /// <summary>Starts with the first program.</summary>
    [Id(10)] public MonitoringEpisode? Episode { get; set; }
    [Id(11)] public List<TherapistTime> TherapistTime { get; set; } = [];
    /// <summary>Sessions already reminded (<see cref="SlotKeys.Session"/>); a few days are kept.</summary>
    [Id(12)] public List<string> Reminded { get; set; } = [];
    [Id(13)] public List<CurrentFlag> Flags { get; set; } = [];
    /// <summary>The reps already recorded, so none counts twice in <see cref="Tallies"/> or <see cref="Sets"/>. Empty in state stored before it existed.</summary>
    [Id(14)] public RecentReps RecentReps { get; set; } = new();
}
