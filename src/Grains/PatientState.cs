namespace HepSense.Grains;

[GenerateSerializer]
public sealed class PatientState
{
    /// <summary>One entry per (day, exercise) with reps, in date then exercise order.</summary>
    [Id(0)] public List<DailyTally> Tallies { get; set; } = [];
}
