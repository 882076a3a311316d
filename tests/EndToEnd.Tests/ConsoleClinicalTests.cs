using System.Text.Json;

namespace HepSense.EndToEnd.Tests;

/// <summary>
/// The therapist console against a real node: setup, programs, adherence, flags and RTM through the commands a
/// clinic runs, checking the operator contract's JSON key for key.
/// </summary>
public sealed class ConsoleClinicalTests(NodeFixture node) : IClassFixture<NodeFixture>
{
    private const string Exercise = "knee-extension-seated";

    private async Task Setup(string clinic, string patient, string tz = "America/Chicago")
    {
        var c = await ConsoleRun.Json(node, "clinics", "add", "--clinic", clinic, "--name", $"Clinic {clinic}");
        Assert.Equal(clinic, c.GetProperty("clinic").GetString());
        await ConsoleRun.Json(node, "therapists", "add", "--clinic", clinic, "--therapist", $"t-{clinic}", "--name", "Ana Ruiz");
        var p = await ConsoleRun.Json(node, "patients", "add", "--clinic", clinic, "--patient", patient, "--name", "Maria Lopez", "--tz", tz);
        Assert.Equal((patient, clinic, tz), (p.GetProperty("patient").GetString(), p.GetProperty("clinic").GetString(), p.GetProperty("time_zone").GetString()));
    }

    private static string ProgramFile(params (string Exercise, int Sets, int Reps)[] exercises)
    {
        var path = Path.Combine(Path.GetTempPath(), $"hepsense-program-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new
        {
            exercises = exercises.Select(e => new { exercise = e.Exercise, sets = e.Sets, reps = e.Reps, side = "right", times_per_day = 1, days_per_week = 7 }),
        }));
        return path;
    }

    private async Task<string[]> LibraryNames()
    {
        var library = await ConsoleRun.Json(node, "exercises");
        return library.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("exercise").GetString()!).ToArray();
    }

    [Fact]
    public async Task Programs_are_versioned_warned_edited_and_started_from_templates()
    {
        await Setup("c-prog", "p-prog");
        var names = await LibraryNames();
        Assert.Contains(Exercise, names);
        var six = names.Where(n => n != Exercise).Take(5).Prepend(Exercise).Select(n => (n, 2, 10)).ToArray();
        Assert.Equal(6, six.Length);

        var v1 = await ConsoleRun.Json(node, "program", "set", "--patient", "p-prog", "--file", ProgramFile(six));
        Assert.Equal(1, v1.GetProperty("version").GetInt32());
        Assert.Contains("6 exercises", Assert.Single(v1.GetProperty("warnings").EnumerateArray()).GetString());

        var v2 = await ConsoleRun.Json(node, "program", "set", "--patient", "p-prog", "--exercise", Exercise, "--reps", "12");
        Assert.Equal(2, v2.GetProperty("version").GetInt32());
        var exercises = v2.GetProperty("program").GetProperty("exercises").EnumerateArray().ToList();
        Assert.Equal(6, exercises.Count);
        Assert.Equal(12, exercises.Single(e => e.GetProperty("exercise").GetString() == Exercise).GetProperty("reps").GetInt32());
        Assert.All(exercises.Where(e => e.GetProperty("exercise").GetString() != Exercise), e => Assert.Equal(10, e.GetProperty("reps").GetInt32()));

        var shown = await ConsoleRun.Json(node, "program", "show", "--patient", "p-prog", "--version", "1");
        Assert.Equal(1, shown.GetProperty("version").GetInt32());
        Assert.All(shown.GetProperty("program").GetProperty("exercises").EnumerateArray(), e => Assert.Equal(10, e.GetProperty("reps").GetInt32()));
        Assert.Equal([1, 2], shown.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("version").GetInt32()));

        await ConsoleRun.Json(node, "templates", "save", "--clinic", "c-prog", "--template", "knee-basic", "--name", "Knee basics", "--file", ProgramFile((Exercise, 3, 8)));
        var templates = await ConsoleRun.Json(node, "templates", "--clinic", "c-prog");
        Assert.Equal("knee-basic", Assert.Single(templates.GetProperty("templates").EnumerateArray()).GetProperty("template").GetString());
        var v3 = await ConsoleRun.Json(node, "program", "from-template", "--patient", "p-prog", "--clinic", "c-prog", "--template", "knee-basic");
        Assert.Equal(3, v3.GetProperty("version").GetInt32());
        Assert.Equal(8, Assert.Single(v3.GetProperty("program").GetProperty("exercises").EnumerateArray()).GetProperty("reps").GetInt32());

        var proposals = await ConsoleRun.Json(node, "program", "proposals", "--patient", "p-prog");
        Assert.Empty(proposals.GetProperty("proposals").EnumerateArray());

        // The human view draws the program with its warning.
        var text = await ConsoleRun.Text(node, "program", "show", "--patient", "p-prog", "--version", "1");
        Assert.Contains("warning:", text);
        Assert.Contains("program version 1", text);
    }

    [Fact]
    public async Task A_replayed_session_shows_in_adherence_and_the_rtm_report_in_the_contracts_shape()
    {
        await Setup("c-adh", "p-adh", tz: "UTC");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var todayText = today.ToString("yyyy-MM-dd");
        await ConsoleRun.Json(node, "program", "set", "--patient", "p-adh", "--file", ProgramFile((Exercise, 3, 10)), "--start", todayText);
        var (replayExit, replayOut, replayErr) = await Tool.FirmwareSim(node, "replay", "--file", RepoPaths.Data("uci-pt/s1-e1-test.csv"), "--device", "band-adh",
            "--patient", "p-adh", "--exercise", Exercise, "--speed", "0", "--mqtt", $"127.0.0.1:{node.MqttPort}", "--grpc", node.GrpcUrl, "--provision");
        Assert.True(replayExit == 0, replayOut + replayErr);
        var reps = (await Poll.Until(() => ConsoleRun.Json(node, "reps", "--patient", "p-adh"), r => r.GetProperty("total").GetInt32() >= 27)).GetProperty("total").GetInt32();

        var from = today.AddDays(-2).ToString("yyyy-MM-dd");
        var a = await Poll.Until(() => ConsoleRun.Json(node, "adherence", "--patient", "p-adh", "--from", from, "--to", todayText),
            j => j.GetProperty("days").EnumerateArray().Last().GetProperty("reps_done").GetInt32() > 0);

        Assert.Equal(["patient", "days"], ConsoleRun.Keys(a));
        Assert.Equal("p-adh", a.GetProperty("patient").GetString());
        var days = a.GetProperty("days").EnumerateArray().ToList();
        Assert.Equal([from, today.AddDays(-1).ToString("yyyy-MM-dd"), todayText], days.Select(d => d.GetProperty("date").GetString()));
        Assert.All(days, d => Assert.Equal(["date", "sessions_prescribed", "sessions_done", "reps_prescribed", "reps_done", "partial_reps"], ConsoleRun.Keys(d)));
        Assert.Equal(0, days[0].GetProperty("sessions_prescribed").GetInt32()); // before the program started
        var day = days[^1];
        Assert.Equal(1, day.GetProperty("sessions_prescribed").GetInt32());
        Assert.Equal(30, day.GetProperty("reps_prescribed").GetInt32());
        Assert.InRange(day.GetProperty("reps_done").GetInt32(), 1, reps);
        Assert.InRange(day.GetProperty("partial_reps").GetInt32(), 0, day.GetProperty("reps_done").GetInt32());

        // The human view is a chart, not a dump.
        var chart = await ConsoleRun.Text(node, "adherence", "--patient", "p-adh", "--from", from, "--to", todayText);
        Assert.Contains("█", chart);
        Assert.Contains("Weeks", chart);

        var therapist = node.Token("therapist", "t-c-adh", "c-adh"); // only therapists log their time
        var time = await ConsoleRun.Json(node, "time", "--patient", "p-adh", "--minutes", "25", "--interactive", "--date", todayText, "--token", therapist);
        Assert.Equal(25, time.GetProperty("month_minutes").GetInt32());

        var rtm = await ConsoleRun.Json(node, "rtm", "--clinic", "c-adh", "--month", today.ToString("yyyy-MM"));
        Assert.Equal(["patients"], ConsoleRun.Keys(rtm));
        var p = Assert.Single(rtm.GetProperty("patients").EnumerateArray());
        Assert.Equal(["patient", "data_days", "codes"], ConsoleRun.Keys(p));
        Assert.Equal("p-adh", p.GetProperty("patient").GetString());
        Assert.Equal(1, p.GetProperty("data_days").GetInt32());
        Assert.Contains("98980", p.GetProperty("codes").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task High_pain_is_flagged_with_its_reason_in_flags_and_patients()
    {
        await Setup("c-flag", "p-flag");
        await ConsoleRun.Json(node, "program", "set", "--patient", "p-flag", "--file", ProgramFile((Exercise, 3, 10)));
        var pain = await ConsoleRun.Json(node, "pain", "--patient", "p-flag", "--report", "8", "--moment", "after");
        Assert.Equal(8, pain.GetProperty("score").GetInt32());
        var listed = await ConsoleRun.Json(node, "pain", "--patient", "p-flag");
        Assert.Equal(8, Assert.Single(listed.GetProperty("reports").EnumerateArray()).GetProperty("score").GetInt32());

        var flags = await Poll.Until(() => ConsoleRun.Json(node, "flags", "--clinic", "c-flag"),
            j => j.GetProperty("flags").EnumerateArray().Any(f => f.GetProperty("kind").GetString() == "pain_high"));
        Assert.Equal(["flags"], ConsoleRun.Keys(flags));
        Assert.All(flags.GetProperty("flags").EnumerateArray(), f => Assert.Equal(["patient", "kind", "reason", "urgency"], ConsoleRun.Keys(f)));
        var high = flags.GetProperty("flags").EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "pain_high");
        Assert.Equal("p-flag", high.GetProperty("patient").GetString());
        Assert.Contains("8", high.GetProperty("reason").GetString());
        var urgencies = flags.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("urgency").GetInt32()).ToList();
        Assert.Equal(urgencies.OrderByDescending(u => u), urgencies);

        var patients = await ConsoleRun.Json(node, "patients", "--clinic", "c-flag");
        var maria = Assert.Single(patients.GetProperty("patients").EnumerateArray());
        Assert.Contains("pain_high", maria.GetProperty("flags").EnumerateArray().Select(f => f.GetProperty("kind").GetString()));

        var table = await ConsoleRun.Text(node, "patients", "--clinic", "c-flag");
        Assert.Contains("pain_high", table);
    }

    [Fact]
    public async Task A_therapist_of_another_clinic_gets_one_clear_error_and_sees_nothing()
    {
        await Setup("c-mine", "p-mine");
        var token = node.Token("therapist", "t-other", "c-other");

        foreach (var args in new[] { new[] { "flags", "--clinic", "c-mine" }, ["patients", "--clinic", "c-mine"], ["adherence", "--patient", "p-mine", "--from", "2026-01-01", "--to", "2026-01-07"] })
        {
            var (exit, error) = await ConsoleRun.Failing(node, [.. args, "--token", token]);
            Assert.Equal(1, exit);
            Assert.Matches("^error: (PermissionDenied|NotFound): ", error);
            Assert.DoesNotContain("p-mine\"", error);
        }

        // A patient reads their own adherence, and nobody else's.
        await Setup("c-mine2", "p-other");
        var own = await ConsoleRun.Json(node, "adherence", "--patient", "p-mine", "--from", "2026-01-01", "--to", "2026-01-02", "--token", node.Token("patient", "p-mine"));
        Assert.Equal(2, own.GetProperty("days").GetArrayLength());
        var (code, denied) = await ConsoleRun.Failing(node, "adherence", "--patient", "p-other", "--from", "2026-01-01", "--to", "2026-01-02", "--token", node.Token("patient", "p-mine"));
        Assert.Equal(1, code);
        Assert.Matches("^error: (PermissionDenied|NotFound): ", denied);
    }

    [Fact]
    public async Task Bad_input_gets_one_clear_line_and_nothing_is_saved()
    {
        await Setup("c-bad", "p-bad");

        var (exit, error) = await ConsoleRun.Failing(node, "adherence", "--patient", "p-bad", "--from", "2026-11-1", "--to", "2026-11-07");
        Assert.Contains("--from must be a date as YYYY-MM-DD, not '2026-11-1'", error);

        (exit, error) = await ConsoleRun.Failing(node, "program", "set", "--patient", "p-bad", "--file", "/nonexistent/program.json");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: cannot read /nonexistent/program.json", error);

        (exit, error) = await ConsoleRun.Failing(node, "program", "set", "--patient", "p-bad", "--file", ProgramFile(("no-such-exercise", 2, 10)));
        Assert.Equal(1, exit);
        Assert.StartsWith("error: InvalidArgument: ", error);
        Assert.Contains("no-such-exercise", error);
        (exit, error) = await ConsoleRun.Failing(node, "program", "show", "--patient", "p-bad");
        Assert.Equal(1, exit);

        (exit, error) = await ConsoleRun.Failing(node, "patients", "add", "--clinic", "c-bad", "--patient", "p-bad2", "--name", "X", "--tz", "Mars/Olympus");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: InvalidArgument: ", error);

        (exit, error) = await ConsoleRun.Failing(node, "program", "decide", "--patient", "p-bad", "--proposal", "nope", "--accept");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: NotFound: ", error);
        (_, error) = await ConsoleRun.Failing(node, "program", "decide", "--patient", "p-bad", "--proposal", "nope", "--accept", "--decline");
        Assert.Contains("give exactly one of --accept or --decline", error);

        (exit, error) = await ConsoleRun.Failing(node, "rtm", "--clinic", "c-bad", "--month", "2026-13");
        Assert.Contains("--month must be a month as YYYY-MM, not '2026-13'", error);
    }
}
