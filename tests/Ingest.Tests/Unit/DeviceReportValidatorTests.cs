using HepSense.Contracts.Band;

namespace HepSense.Ingest.Tests.Unit;

public sealed class DeviceReportValidatorTests
{
    static readonly DateTimeOffset Now = new(2026, 11, 27, 10, 0, 0, TimeSpan.Zero);
    static readonly long NowMs = Now.ToUnixTimeMilliseconds();

    [Theory]
    [InlineData(0f, "1.4.2", true)]
    [InlineData(100f, "", true)]
    [InlineData(-1f, "1.4.2", false)]
    [InlineData(100.5f, "1.4.2", false)]
    [InlineData(float.NaN, "1.4.2", false)]
    public void Status_battery_must_be_a_percentage(float battery, string firmware, bool valid) =>
        Assert.Equal(valid ? null : RejectReason.InvalidStatus,
            DeviceReportValidator.Validate(new DeviceStatus { DeviceTimeMs = NowMs, BatteryPct = battery, Firmware = firmware }, Now));

    [Fact]
    public void Status_text_and_clock_are_bounded()
    {
        Assert.Equal(RejectReason.InvalidStatus, DeviceReportValidator.Validate(
            new DeviceStatus { DeviceTimeMs = NowMs, BatteryPct = 50, Firmware = new string('1', DeviceReportValidator.MaxTextLength + 1) }, Now));
        Assert.Equal(RejectReason.InvalidStatus, DeviceReportValidator.Validate(new DeviceStatus { DeviceTimeMs = 0, BatteryPct = 50 }, Now));
    }

    [Fact]
    public void Events_must_say_what_happened()
    {
        Assert.Null(DeviceReportValidator.Validate(new DeviceEvent { DeviceTimeMs = NowMs, ButtonPress = new ButtonPress { Count = 2 } }, Now));
        Assert.Null(DeviceReportValidator.Validate(new DeviceEvent { DeviceTimeMs = NowMs, ExerciseChosen = new ExerciseChosen { Exercise = "squat" } }, Now));
        Assert.Equal(RejectReason.InvalidEvent, DeviceReportValidator.Validate(new DeviceEvent { DeviceTimeMs = NowMs }, Now));
        Assert.Equal(RejectReason.InvalidEvent, DeviceReportValidator.Validate(
            new DeviceEvent { DeviceTimeMs = NowMs, ExerciseChosen = new ExerciseChosen { Exercise = "" } }, Now));
    }

    [Fact]
    public void Events_map_to_grain_data()
    {
        var chosen = new DeviceEvent { DeviceTimeMs = NowMs, ExerciseChosen = new ExerciseChosen { Exercise = "squat" } }.ToData();
        var ended = new DeviceEvent { DeviceTimeMs = NowMs, SessionEnded = new SessionEnded() }.ToData();
        Assert.Equal(new Grains.DeviceEventData(NowMs, "squat", false), chosen);
        Assert.Equal(new Grains.DeviceEventData(NowMs, null, true), ended);
    }
}
