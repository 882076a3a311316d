using HepSense.Grains.Storage;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace HepSense.Grains;

/// <summary>
/// One patient: the per-day, per-exercise tallies of what their bands detected. A set is counted at its
/// first rep (<see cref="RepRecord.RepInSet"/> == 1), so tallies never depend on how a detector numbers sets.
/// Days are UTC dates of the rep's start until patients carry a time zone.
/// </summary>
public sealed class PatientGrain(
    [PersistentState("patient", HepSenseStorage.Name)] IPersistentState<PatientState> state,
    ILogger<PatientGrain> logger) : Grain, IPatientGrain
{
    public static readonly TimeSpan ObserverLease = TimeSpan.FromMinutes(1);

    private readonly ObserverManager<IRepObserver> _observers = new(ObserverLease, logger);

    public async Task RecordReps(IReadOnlyList<RepRecord> reps)
    {
        if (reps.Count == 0) return;
        var tallies = state.State.Tallies;
        foreach (var rep in reps)
        {
            var date = DateOnly.FromDateTime(rep.Start.UtcDateTime);
            var at = tallies.FindIndex(t => t.Date == date && t.Exercise == rep.Exercise);
            var tally = at >= 0 ? tallies[at] : new DailyTally(date, rep.Exercise, 0, 0, 0);
            tally = tally with
            {
                Reps = tally.Reps + 1,
                PartialReps = tally.PartialReps + (rep.Partial ? 1 : 0),
                Sets = tally.Sets + (rep.RepInSet == 1 ? 1 : 0),
            };
            if (at >= 0) tallies[at] = tally;
            else tallies.Add(tally);
        }
        tallies.Sort((a, b) => (a.Date, a.Exercise).CompareTo((b.Date, b.Exercise)));
        await state.WriteStateAsync();
        if (_observers.Count > 0) await _observers.Notify(o => o.OnReps(reps));
    }

    public Task<IReadOnlyList<DailyTally>> GetDailyTallies() =>
        Task.FromResult<IReadOnlyList<DailyTally>>(state.State.Tallies.ToList());

    public Task Subscribe(IRepObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IRepObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }
}
