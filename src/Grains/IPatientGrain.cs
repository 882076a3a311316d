namespace HepSense.Grains;

/// <summary>One patient, keyed by patient id: daily, per-exercise tallies of what their bands detected.</summary>
public interface IPatientGrain : IGrainWithStringKey
{
    Task RecordReps(IReadOnlyList<RepRecord> reps);

    Task<IReadOnlyList<DailyTally>> GetDailyTallies();

    /// <summary>Adds a live observer of new reps. Subscriptions lapse after <see cref="PatientGrain.ObserverLease"/>:
    /// subscribe again well within it (every 30 s, say) to stay on.</summary>
    Task Subscribe(IRepObserver observer);

    Task Unsubscribe(IRepObserver observer);
}
