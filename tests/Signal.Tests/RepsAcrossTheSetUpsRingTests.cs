namespace HepSense.Signal.Tests;

/// <summary>
/// After a large quick set-up turn (the reach to the floor and back, 34°), the rate's band rings along that turn's axis for
/// seconds (its 0.2 Hz high-pass); the smaller reps that follow about another joint (lunges, 8°, ~63° away) mix with the ring
/// and move along no clear line, so the axis stayed the pick-up's, the first lunges were invisible on it, and the pick-up was
/// counted in their place. Across the held axis they do move along a line (SwingAxis.ApartLine, AfterFirstApart).
/// Simulated files: tests/Signal.Tests/data/gym-setup (firmware-sim gym, seeds 7 and 11, 25 Hz).
/// </summary>
public class RepsAcrossTheSetUpsRingTests
{
    private static int Counted(string file, DetectorTuning tuning) => SimulatedSets.Counted("gym-setup", file, hasGyroscope: true, tuning);

    [Fact]
    public void TheLineApartFromARingIsFoundWithItsLeanOnTheRingsAxis()
    {
        // The held axis along x; since then a large decaying ring along x and a smaller rhythm about u, 63° from x.
        const double rate = 25;
        var held = new PrincipalAxis(rate, 3);
        for (var n = 0; n < 100; n++) held.Add(Math.Sin(2 * Math.PI * 0.5 * n / rate), 0, 0);
        held.Refresh();
        var (ux, uy, uz) = (Math.Cos(63 * Math.PI / 180), Math.Sin(63 * Math.PI / 180) * 0.6, Math.Sin(63 * Math.PI / 180) * 0.8);
        var since = new PrincipalAxis(rate, 1);
        for (var n = 0; n < 40; n++)
        {
            var t = n / rate;
            var ring = 0.5 * Math.Exp(-t / 1.1) * Math.Cos(2 * Math.PI * 0.2 * t);
            var rep = 0.12 * Math.Sin(2 * Math.PI * 0.8 * t);
            since.Add(ring + rep * ux, rep * uy, rep * uz);
        }
        // The plain principal axis is the ring's, far from u.
        since.Refresh();
        Assert.True(Math.Abs(since.X * ux + since.Y * uy + since.Z * uz) < 0.6, $"plain axis {since.X:F2} {since.Y:F2} {since.Z:F2}");
        var apart = since.ApartFrom(held);
        var cos = Math.Abs(apart.X * ux + apart.Y * uy + apart.Z * uz);
        Assert.True(cos > 0.95, $"apart line off by {Math.Acos(Math.Min(1, cos)) * 180 / Math.PI:F1}°");
        Assert.True(apart.Clarity > 0.99);
        Assert.True(apart.Along > apart.Across, "the ring left along the held axis");
    }

    [Theory]
    [InlineData("lunge-slow-3.csv", 15)]
    [InlineData("lunge-medium-1-s11.csv", 11)]
    public void TheLungesAfterThePickUpAreSeenAcrossItsRing(string file, int reps)
    {
        // Without the line apart from the ring the axis stays the pick-up's: the first lunges are lost, the pick-up counted.
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(reps - 1, Counted(file, new DetectorTuning { AfterFirstApart = 0 }));
    }

    [Fact]
    public void TheWaitForTheNextRepCountsFromTheSwitch()
    {
        // The lunges show on the new axis only once it is found: the pick-up waits SetUpNextWaitS from there, and no pause comes
        // from turns read on the old axis; else it is released before the lunges can show it a set-up, and counted.
        Assert.Equal(9, Counted("lunge-medium-3.csv", new DetectorTuning()));
        Assert.Equal(10, Counted("lunge-medium-3.csv", new DetectorTuning { AfterFirstSwitchWaits = 0 }));
    }

    [Theory]
    [InlineData("lunge-slow-1.csv", 9, 8)]
    [InlineData("lunge-slow-3.csv", 15, 16)]
    public void ARepAboutTheNewAxisShowsThePickUpASetUp(string file, int reps, int without)
    {
        // The first lunge turns about an axis over 50° from the pick-up's: the pick-up was getting into position, whatever
        // their sizes; and a swing out begun before the switch is not judged at its top on the old axis's reading.
        Assert.Equal(reps, Counted(file, new DetectorTuning()));
        Assert.Equal(without, Counted(file, new DetectorTuning { AfterFirstApartSetUp = 0 }));
    }
}
