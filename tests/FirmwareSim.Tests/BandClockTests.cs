using HepSense.FirmwareSim.Cohort;

namespace HepSense.FirmwareSim.Tests;

public class BandClockTests
{
    static readonly DateTimeOffset Epoch = new(2026, 10, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_correct_clock_reads_true_time() =>
        Assert.Equal(Epoch.AddHours(5).ToUnixTimeMilliseconds(), new BandClock(Epoch).DeviceMs(Epoch.AddHours(5)));

    [Fact]
    public void Skew_is_constant_and_drift_grows_with_time_since_the_epoch()
    {
        var clock = new BandClock(Epoch, SkewSeconds: -12.5, DriftPpm: 100);
        var tenDays = Epoch.AddDays(10);
        // 100 ppm of ten days is 86.4 s.
        Assert.Equal(tenDays.ToUnixTimeMilliseconds() - 12_500 + 86_400, clock.DeviceMs(tenDays));
        Assert.Equal(Epoch.ToUnixTimeMilliseconds() - 12_500, clock.DeviceMs(Epoch));
    }
}
