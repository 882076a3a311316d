using HepSense.Grains.Clinical;
using Orleans.Concurrency;

namespace HepSense.Grains;

/// <summary>Live feed of everything about a patient: reps (as <see cref="IRepObserver"/>), new risk flags and reminders.
/// One-way for the same reason: a slow screen must not slow the patient's grain.</summary>
public interface IPatientObserver : IRepObserver
{
    [OneWay]
    Task OnFlags(IReadOnlyList<CurrentFlag> flags);

    [OneWay]
    Task OnReminder(DueReminder reminder);
}
