namespace HepSense.Ingest;

/// <summary>The plausible range of a band's clock: a timestamp outside it is a broken or unset RTC.</summary>
public static class DeviceClock
{
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan MaxAhead = TimeSpan.FromDays(1);

    public static bool IsPlausible(long deviceTimeMs, DateTimeOffset now) =>
        deviceTimeMs >= Earliest.ToUnixTimeMilliseconds()
        && deviceTimeMs <= (now + MaxAhead).ToUnixTimeMilliseconds();
}
