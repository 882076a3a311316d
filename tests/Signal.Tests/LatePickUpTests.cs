namespace HepSense.Signal.Tests;

/// <summary>
/// Accelerometer only (<see cref="PickUpHold"/>, <see cref="DetectorTuning.CyclePickUpJudgeLate"/>): a slow set's reach for the
/// weight is often followed by seconds of gripping and settling before the first rep. When no next cycle comes within the wait,
/// the reach was released unjudged (and counted); now it waits for the set's cycles and is judged against them.
/// </summary>
public class LatePickUpTests
{
    private const int Wait = 150;   // samples: the set-start hold's wait (6 s at 25 Hz)

    /// <summary>
    /// The tilts the hold hands out for a set's first cycles (each: the quiet before it, length in samples, tilt °, peak tilt speed
    /// °/s), stepping the stream sample by sample as the detector does: released when due, else as judged.
    /// </summary>
    private static double[] Kept(bool judgeLate, (long Gap, long Length, double RomDeg, double PeakSpeedDps)[] cycles)
    {
        var hold = new PickUpHold(tiltShare: 0.25, lengthShare: 0.7, cycles: 2, look: 4, waitSamples: Wait, speedShare: 0.2,
            speedTiltShare: 0.85, speedMaxDeg: 30, speedLengthShare: 0.65, judgeLate: judgeLate);
        hold.Begin();
        var (n, kept) = (0L, new List<double>());
        foreach (var (gap, length, rom, speed) in cycles)
        {
            for (var end = n + gap; n < end; n++)
                while (hold.Due(n) && hold.Release(out var released)) kept.Add(released.RomDeg);
            var cycle = new RepCandidate(n, n + length / 2, n + length / 2, n + length, 3, 1, rom, speed);
            n += length;
            if (hold.Holding) kept.AddRange(hold.Add(cycle).ToArray().Select(c => c.RomDeg));
            else kept.Add(rom);
        }
        while (hold.Release(out var left)) kept.Add(left.RomDeg);   // the stream's end
        return [.. kept];
    }

    [Fact]
    public void AReachFollowedByALongGripIsJudgedAgainstTheSet()
    {
        // A gentle 1.8 s reach (14°, 13°/s), then 7 s of gripping and getting set, then presses of 40-46° at ~250°/s
        // (shoulder-press-medium-3, seed 11): judged, the reach is dropped; released at the wait, it was counted.
        (long, long, double, double)[] set = [(50, 45, 14, 13), (175, 90, 46, 260), (0, 35, 42, 250), (0, 30, 40, 220), (0, 32, 44, 240),
            (0, 33, 41, 250)];
        Assert.Equal([46, 42, 40, 44, 41], Kept(judgeLate: true, set));
        Assert.Equal([14, 46, 42, 40, 44, 41], Kept(judgeLate: false, set));
    }

    [Fact]
    public void AFirstRepFollowedByALongPauseIsStillARep()
    {
        // A real first rep as brisk and as large as the set's, then a long pause: judged late, it is still kept.
        (long, long, double, double)[] set = [(50, 60, 40, 240), (175, 60, 42, 250), (0, 60, 40, 230), (0, 60, 44, 240), (0, 60, 41, 250)];
        Assert.Equal([40, 42, 40, 44, 41], Kept(judgeLate: true, set));
    }

    [Fact]
    public void AFirstCycleLongerThanTheWaitGoesOnUnjudged()
    {
        // A cycle longer than the wait is no single reach (a slow held rep, or the pick-up merged with the first rep): it goes on
        // unjudged when the wait runs out, as before, however gentle.
        (long, long, double, double)[] set = [(50, 160, 14, 13), (175, 90, 46, 260), (0, 35, 42, 250), (0, 30, 40, 220), (0, 32, 44, 240),
            (0, 33, 41, 250)];
        Assert.Equal([14, 46, 42, 40, 44, 41], Kept(judgeLate: true, set));
    }
}
