using Microsoft.Extensions.Logging;

namespace HepSense.Ingest.Tests.Unit;

public sealed class RejectionLogTests
{
    /// <summary>Collects what was logged; the logger is the only stand-in here.</summary>
    sealed class ListLogger : ILogger<RejectionLog>
    {
        public List<string> Lines { get; } = [];
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add(formatter(state, exception));
    }

    [Fact]
    public void A_refusal_is_logged_once_per_band_and_reason()
    {
        var logger = new ListLogger();
        var log = new RejectionLog(logger);

        for (var i = 0; i < 100; i++)
            log.Log("band-1", RejectReason.MalformedPayload, "imu");
        log.Log("band-1", RejectReason.TopicNotAllowed, "topic");
        log.Log("band-2", RejectReason.MalformedPayload, "imu");

        Assert.Equal(3, logger.Lines.Count);
        Assert.Contains("band-1", logger.Lines[0]);
        Assert.Contains("malformed_payload", logger.Lines[0]);
    }

    [Fact]
    public void Memory_stays_bounded_when_many_bands_misbehave()
    {
        var logger = new ListLogger();
        var log = new RejectionLog(logger);

        for (var i = 0; i < RejectionLog.Capacity; i++)
            log.Log($"band-{i}", RejectReason.BadCredentials, "x");
        Assert.False(log.Log("band-0", RejectReason.BadCredentials, "x"));
        Assert.True(log.Log("one-too-many", RejectReason.BadCredentials, "x"));  // clears: a new epoch starts
        Assert.True(log.Log("band-0", RejectReason.BadCredentials, "x"));        // so band-0 is logged once more
    }

    [Fact]
    public void Long_usernames_are_cut_before_they_reach_the_log()
    {
        var logger = new ListLogger();
        new RejectionLog(logger).Log(new string('x', 10_000), RejectReason.BadCredentials, "x");
        Assert.DoesNotContain(new string('x', TopicRules.MaxDeviceIdLength + 1), logger.Lines.Single());
    }
}
