namespace HepSense.Grains;

/// <summary>One patient, keyed by patient id: daily, per-exercise tallies of what their bands detected.</summary>
public interface IPatientGrain : IGrainWithStringKey
{
    Task RecordReps(IReadOnlyList<RepRecord> reps);

    Task<IReadOnlyList<DailyTally>> GetDailyTallies();
}
