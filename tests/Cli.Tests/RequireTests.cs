namespace HepSense.Cli.Tests;

public sealed class RequireTests
{
    [Theory]
    [InlineData("2026-11-02", true)]
    [InlineData("2026-11-2", false)]
    [InlineData("2026-02-30", false)]
    [InlineData("02/11/2026", false)]
    public void Days_are_strict_yyyy_mm_dd(string text, bool ok)
    {
        var r = Require.Day(text, "--from");
        Assert.Equal(ok, r.Successful);
        if (!ok) Assert.Equal($"--from must be a date as YYYY-MM-DD, not '{text}'", r.Message);
    }

    [Fact]
    public void Months_are_yyyy_mm()
    {
        Assert.True(Require.Month("2026-11", "--month").Successful);
        Assert.Equal("--month must be a month as YYYY-MM, not '2026-13'", Require.Month("2026-13", "--month").Message);
        Assert.Equal("--month is required (YYYY-MM)", Require.Month("", "--month").Message);
    }

    [Fact]
    public void All_reports_the_first_failure()
    {
        var r = Require.All(Require.Value("x", "--a"), Require.Value("", "--b"), Require.Value("", "--c"));
        Assert.Equal("--b is required", r.Message);
    }

    [Fact]
    public void Weeks_start_on_monday()
    {
        Assert.Equal(new DateOnly(2026, 10, 26), Dates.WeekStart(new DateOnly(2026, 11, 1)));
        Assert.Equal(new DateOnly(2026, 11, 2), Dates.WeekStart(new DateOnly(2026, 11, 2)));
    }
}
