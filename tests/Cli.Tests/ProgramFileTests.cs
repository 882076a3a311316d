using HepSense.Cli.Commands;

namespace HepSense.Cli.Tests;

public sealed class ProgramFileTests
{
    [Fact]
    public void Reads_the_protos_field_names()
    {
        var p = ProgramFile.Parse("""
            {"start_date": "2026-11-02", "exercises": [
              {"exercise": "knee-extension-seated", "sets": 3, "reps": 12, "hold_seconds": 2, "side": "left", "times_per_day": 2, "days_per_week": 5}]}
            """, "program.json");

        Assert.Equal("2026-11-02", p.StartDate);
        var e = Assert.Single(p.Exercises);
        Assert.Equal(("knee-extension-seated", 3u, 12u, 2.0, "left", 2u, 5u), (e.Exercise, e.Sets, e.Reps, e.HoldSeconds, e.Side, e.TimesPerDay, e.DaysPerWeek));
    }

    [Fact]
    public void Reads_lower_camel_case_too()
    {
        var p = ProgramFile.Parse("""{"startDate": "2026-11-02", "exercises": [{"exercise": "heel-slide", "sets": 1, "reps": 10, "timesPerDay": 3}]}""", "p.json");
        Assert.Equal(3u, p.Exercises[0].TimesPerDay);
    }

    [Theory]
    [InlineData("""{"exercises": [{"exercise": "x", "sets": 1, "repz": 10}]}""", "repz")]
    [InlineData("""{"exercises": [{"exercise": "x", "sets": -1}]}""", "p.json")]
    [InlineData("""{"exercises": [""", "not valid JSON")]
    [InlineData("""[1, 2]""", "a program is a JSON object")]
    public void A_bad_file_is_one_clear_error_naming_the_file(string text, string expected)
    {
        var e = Assert.Throws<CliError>(() => ProgramFile.Parse(text, "p.json"));
        Assert.StartsWith("p.json: ", e.Message);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var e = Assert.Throws<CliError>(() => ProgramFile.Read("/nonexistent/program.json"));
        Assert.Contains("cannot read /nonexistent/program.json", e.Message);
    }
}
