using Orleans.Concurrency;

namespace HepSense.Grains;

/// <summary>Live feed of a patient's reps (e.g. a gRPC stream to a therapist's screen). One-way on purpose:
/// a slow screen must not slow ingest, and nothing is lost by a missed call since tallies and InfluxDB hold
/// every rep.</summary>
public interface IRepObserver : IGrainObserver
{
    [OneWay]
    Task OnReps(IReadOnlyList<RepRecord> reps);
}
